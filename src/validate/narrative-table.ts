/**
 * What the tables say for a claim of the prose: the sum of the normalized metrics it may equal, and the cells
 * behind them (read only when a finding shows them).
 */

import { lookupCell } from "../records.js";
import type { SourcePosition } from "../schema/common.js";
import type { Operand } from "../schema/finding.js";
import type { Metric, MetricId, NormalizedReport } from "../schema/normalized.js";
import type { AnnualReport } from "../schema/report.js";

/** A table value behind a metric; its cells are read only when a finding shows them (`operandsOf`). */
export interface TableValue {
  value: number;
  /** The metrics summed, in order. */
  metrics: Metric[];
  /** The cells behind the metrics, once read. */
  operands?: Operand[];
  source?: SourcePosition;
  /** Why the comparison is approximate (a metric mapped `approximate`), when it is. */
  approximate?: { zh: string; en: string };
}

/** The metric of an id in a normalized view (its first), if evaluated. */
export function metricOf(normalized: NormalizedReport, id: MetricId): Metric | undefined {
  const { metrics } = normalized;
  for (let i = 0; i < metrics.length; i++) if ((metrics[i] as Metric).id === id) return metrics[i];
  return undefined;
}

/** The cells behind a table value's metrics, in metric then source order (read once, on first use). */
export function operandsOf(report: AnnualReport, table: TableValue): Operand[] {
  if (table.operands) return table.operands;
  const operands: Operand[] = [];
  for (const metric of table.metrics) {
    for (const field of metric.sources) {
      const found = lookupCell(report, field);
      if (!found) continue;
      const { cell, label } = found;
      operands.push({ field, label, value: cell.value, status: cell.status, source: cell.source });
    }
  }
  table.operands = operands;
  return operands;
}

/**
 * The sum of the metrics' values; undefined when one is unavailable, not a number, mapped approximately
 * (unless `approximate` allows it), or read from a row whose label names none of `rowContext`.
 */
export function tableValue(
  report: AnnualReport,
  normalized: NormalizedReport,
  ids: readonly MetricId[],
  approximate = false,
  rowContext?: readonly string[],
): TableValue | undefined {
  let value = 0;
  const metrics: Metric[] = [];
  let source: SourcePosition | undefined;
  let reason: TableValue["approximate"];
  for (const id of ids) {
    const metric = metricOf(normalized, id);
    if (!metric || metric.value === null) return undefined;
    if (metric.mapping !== "exact" && !(approximate && metric.mapping === "approximate")) return undefined;
    if (metric.mapping === "approximate" && metric.reason) reason ??= metric.reason;
    value += metric.value;
    source ??= metric.source;
    metrics.push(metric);
  }
  const out: TableValue = { value, metrics };
  if (rowContext) {
    // The rows' labels decide whether the value counts: read the cells now.
    const operands = operandsOf(report, out);
    if (!operands.every((o) => rowContext.some((w) => o.label.includes(w)))) return undefined;
  }
  if (source) out.source = source;
  if (reason) out.approximate = reason;
  return out;
}

/** `tableValue(…).value` without row context, computed without building the table value. */
export function sumOf(
  normalized: NormalizedReport,
  ids: readonly MetricId[],
  approximate: boolean,
): number | undefined {
  let value = 0;
  for (const id of ids) {
    const metric = metricOf(normalized, id);
    if (!metric || metric.value === null) return undefined;
    if (metric.mapping !== "exact" && !(approximate && metric.mapping === "approximate")) return undefined;
    value += metric.value;
  }
  return value;
}
