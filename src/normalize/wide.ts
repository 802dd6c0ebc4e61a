/**
 * The wide table of normalized reports: one row per report, one column per metric — what a spreadsheet or
 * a data frame that compares bodies and years wants first (the tidy rows of rows.ts keep every reason).
 */
import { delimitedLine } from "../cli/delimited.js";
import { METRIC_IDS, type MetricId } from "../schema/normalized.js";
import type { AnnualReport } from "../schema/report.js";
import { normalizeReport } from "./normalize.js";

/**
 * The columns of `toWideDelimited`, in order: the report's path, year, body and era, one column per metric
 * of METRIC_IDS (its value; empty when the report's era has no such figure or its cells are blank or
 * absent), then `approximate`: the metrics whose value is an approximate mapping, `;`-separated, then
 * `conflicts`: `metric:rule` for each metric and rule of its conflicts (the report's own error findings that
 * involve a source of the metric: its value is as printed), `;`-separated, empty when none.
 */
export const WIDE_COLUMNS: readonly string[] = Object.freeze([
  "report",
  "year",
  "org",
  "era",
  ...METRIC_IDS,
  "approximate",
  "conflicts",
]);

/** The row of one report, in WIDE_COLUMNS order. */
function wideRow(path: string | undefined, report: AnnualReport): (string | number | null)[] {
  const normalized = normalizeReport(report);
  const values = new Map<MetricId, number | null>();
  const approximate: MetricId[] = [];
  const conflicts: string[] = [];
  for (const metric of normalized.metrics) {
    values.set(metric.id, metric.value);
    if (metric.mapping === "approximate" && metric.value !== null) approximate.push(metric.id);
    for (const rule of new Set(metric.conflicts?.map((c) => c.rule))) conflicts.push(`${metric.id}:${rule}`);
  }
  return [
    path ?? null,
    normalized.year,
    normalized.orgName,
    normalized.era,
    ...METRIC_IDS.map((id) => values.get(id) ?? null),
    approximate.join(";"),
    conflicts.join(";"),
  ];
}

/**
 * Normalizes each report and writes one TSV or CSV line per report (escaping and line ends as `toDelimited`:
 * TSV with `\t`-style escapes and LF, CSV per RFC 4180 with CRLF), after a header line of WIDE_COLUMNS
 * unless `header` is false. A null value is an empty field: the tidy rows (`normalizedRows`) say why.
 */
export function toWideDelimited(
  reports: readonly { path?: string; report: AnnualReport }[],
  format: "tsv" | "csv",
  options: { header?: boolean } = {},
): string {
  let out = options.header === false ? "" : delimitedLine(WIDE_COLUMNS, format);
  for (const { path, report } of reports) out += delimitedLine(wideRow(path, report), format);
  return out;
}
