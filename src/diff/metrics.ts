/** Metric-by-metric diff of two reports' normalized views (any eras), keeping each side's mapping. */
import { lookupCell } from "../records.js";
import type { Metric, NormalizedReport } from "../schema/normalized.js";
import type { AnnualReport } from "../schema/report.js";
import { absoluteChange, relativeChange } from "./change.js";
import type { MetricChange, MetricSide, MetricStatus } from "./schema.js";

/** A metric's status: a number, missing (blank / absent / partly blank sum) or unavailable in its era. */
export function metricStatus(metric: Metric): MetricStatus {
  if (metric.value !== null) return "number";
  return metric.mapping === "unavailable" ? "unavailable" : "missing";
}

/** Whether a missing metric's value is missing because a cell it is read from is printed blank in `report`. */
export function blankIn(metric: Metric, report: AnnualReport | undefined): boolean {
  if (!report || metricStatus(metric) !== "missing") return false;
  return metric.sources.some((id) => lookupCell(report, id)?.cell.status === "blank");
}

/** What a metric side adds to its value: `blank` (a blank cell, not an absent one) and its conflicts. */
export function sideExtras(metric: Metric, report?: AnnualReport): Pick<MetricSide, "blank" | "conflicts"> {
  return {
    ...(blankIn(metric, report) ? { blank: true as const } : {}),
    ...(metric.conflicts && metric.conflicts.length > 0
      ? { conflicts: metric.conflicts.map((c) => ({ rule: c.rule, message: { ...c.message } })) }
      : {}),
  };
}

/** One side of a metric change (`report`, when given, tells a blank cell from an absent one). */
export function metricSide(metric: Metric, report?: AnnualReport): MetricSide {
  return {
    value: metric.value,
    status: metricStatus(metric),
    mapping: metric.mapping,
    reason: metric.reason,
    sources: [...metric.sources],
    ...sideExtras(metric, report),
  };
}

function unavailable(template: Metric): Metric {
  const { conflicts: _, ...rest } = template;
  return { ...rest, value: null, mapping: "unavailable", reason: null, sources: [] };
}

/**
 * Compares the metrics of two normalized views, in the newer view's order (metrics one view lacks count as
 * unavailable there). A metric changed when its value or status differs. One of the same value counted
 * another way (≈0 → 0) is unchanged but listed (changed: false), so that the mapping note shows; one
 * unavailable on both sides is counted apart (`unavailable`), not as unchanged. `reports` (older, newer),
 * when given, tell a blank cell from an absent one on a missing side.
 */
export function diffMetrics(
  older: NormalizedReport,
  newer: NormalizedReport,
  includeUnchanged = false,
  reports?: readonly [AnnualReport, AnnualReport],
): { changes: MetricChange[]; unchanged: number; unavailable: number } {
  const byId = new Map(older.metrics.map((m) => [m.id, m]));
  const ids = [...newer.metrics.map((m) => m.id), ...older.metrics.map((m) => m.id)];
  const newById = new Map(newer.metrics.map((m) => [m.id, m]));
  const changes: MetricChange[] = [];
  let unchanged = 0;
  let neither = 0;
  for (const id of new Set(ids)) {
    const b0 = newById.get(id);
    const a0 = byId.get(id);
    const a = a0 ?? unavailable(b0!);
    const b = b0 ?? unavailable(a0!);
    const oldSide = metricSide(a, reports?.[0]);
    const newSide = metricSide(b, reports?.[1]);
    const changed = a.value !== b.value || oldSide.status !== newSide.status;
    if (!changed && oldSide.status === "unavailable") neither++;
    else if (!changed) unchanged++;
    if (!changed && !includeUnchanged && a.mapping === b.mapping) continue;
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
  return { changes, unchanged, unavailable: neither };
}
