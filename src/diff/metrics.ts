/** Metric-by-metric diff of two reports' normalized views (any eras), keeping each side's mapping. */
import type { Metric, NormalizedReport } from "../schema/normalized.js";
import { absoluteChange, relativeChange } from "./change.js";
import type { MetricChange, MetricSide, MetricStatus } from "./schema.js";

/** A metric's status: a number, missing (blank / absent / partly blank sum) or unavailable in its era. */
export function metricStatus(metric: Metric): MetricStatus {
  if (metric.value !== null) return "number";
  return metric.mapping === "unavailable" ? "unavailable" : "missing";
}

/** One side of a metric change. */
export function metricSide(metric: Metric): MetricSide {
  return {
    value: metric.value,
    status: metricStatus(metric),
    mapping: metric.mapping,
    reason: metric.reason,
    sources: [...metric.sources],
  };
}

function unavailable(template: Metric): Metric {
  return { ...template, value: null, mapping: "unavailable", reason: null, sources: [] };
}

/**
 * Compares the metrics of two normalized views, in the newer view's order (metrics one view lacks count as
 * unavailable there). A metric changed when its value, status or mapping differs.
 */
export function diffMetrics(
  older: NormalizedReport,
  newer: NormalizedReport,
  includeUnchanged = false,
): { changes: MetricChange[]; unchanged: number } {
  const byId = new Map(older.metrics.map((m) => [m.id, m]));
  const ids = [...newer.metrics.map((m) => m.id), ...older.metrics.map((m) => m.id)];
  const newById = new Map(newer.metrics.map((m) => [m.id, m]));
  const changes: MetricChange[] = [];
  let unchanged = 0;
  for (const id of new Set(ids)) {
    const b0 = newById.get(id);
    const a0 = byId.get(id);
    const a = a0 ?? unavailable(b0!);
    const b = b0 ?? unavailable(a0!);
    const oldSide = metricSide(a);
    const newSide = metricSide(b);
    const changed = a.value !== b.value || oldSide.status !== newSide.status || a.mapping !== b.mapping;
    if (!changed) unchanged++;
    if (!changed && !includeUnchanged) continue;
    changes.push({
      metric: id,
      label: b.label,
      old: oldSide,
      new: newSide,
      change: absoluteChange(a.value, b.value),
      relativeChange: relativeChange(a.value, b.value),
      statusChange: oldSide.status === newSide.status ? null : { from: oldSide.status, to: newSide.status },
      approximate: a.mapping === "approximate" || b.mapping === "approximate",
      changed,
    });
  }
  return { changes, unchanged };
}
