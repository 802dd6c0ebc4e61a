/** Tidy rows of normalized reports (one row per report × metric) and their TSV / CSV text. */
import { tsvField } from "../cli/delimited.js";
import type { FormatEra } from "../schema/common.js";
import type { Mapping, MetricId } from "../schema/normalized.js";
import type { AnnualReport } from "../schema/report.js";
import { normalizeReport } from "./normalize.js";

/** One metric of one report, flat. */
export interface NormalizedRow {
  /** The report's path (or name) as given, null when none was. */
  report: string | null;
  year: number | null;
  org: string | null;
  era: FormatEra;
  metric: MetricId;
  value: number | null;
  mapping: Mapping;
  /** Reason in Chinese and English (`zh / en`), null when exact with nothing to note. */
  reason: string | null;
  /** Source ids used. */
  sources: string[];
  /**
   * Rule ids of the report's own error findings that involve a source of the metric (`Metric.conflicts`), each
   * once; empty when none.
   */
  conflicts: string[];
}

/** The fields of a tidy row, in order (`xxgk normalize --format json`; the JSON row schema's properties). */
export const NORMALIZED_COLUMNS = Object.freeze([
  "report",
  "year",
  "org",
  "era",
  "metric",
  "value",
  "mapping",
  "reason",
  "sources",
  "conflicts",
] as const);

/**
 * The column order of `toDelimited`: NORMALIZED_COLUMNS (`conflicts` last, `;`-joined, so readers of the earlier
 * columns keep their positions).
 */
export const DELIMITED_COLUMNS = NORMALIZED_COLUMNS;

/** Normalizes each report and flattens the metrics into tidy rows, reports in the order given. */
export function normalizedRows(reports: readonly { path?: string; report: AnnualReport }[]): NormalizedRow[] {
  const out: NormalizedRow[] = [];
  for (const { path, report } of reports) {
    const n = normalizeReport(report);
    for (const m of n.metrics) {
      const row: NormalizedRow = {
        report: path ?? null,
        year: n.year,
        org: n.orgName,
        era: n.era,
        metric: m.id,
        value: m.value,
        mapping: m.mapping,
        reason: m.reason ? `${m.reason.zh} / ${m.reason.en}` : null,
        sources: m.sources,
        conflicts: m.conflicts ? [...new Set(m.conflicts.map((c) => c.rule))] : [],
      };
      out.push(row);
    }
  }
  return out;
}

function fieldText(row: NormalizedRow, column: (typeof DELIMITED_COLUMNS)[number]): string {
  const v = row[column] as NormalizedRow[typeof column] | undefined;
  if (v === undefined) return "";
  if (v === null) return "";
  return Array.isArray(v) ? v.join(";") : String(v);
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes rows as TSV (backslash, tab, newline and carriage return inside fields become `\\`, `\t`, `\n`,
 * `\r`, as in every TSV the CLI writes; LF line ends) or CSV (RFC 4180: fields
 * with a comma, quote or line break are quoted, quotes doubled; CRLF line ends), in DELIMITED_COLUMNS order.
 * A header line comes first; null values are empty fields (and a field a row lacks: a row read back from
 * JSON written before `conflicts` existed).
 */
export function toDelimited(rows: readonly NormalizedRow[], format: "tsv" | "csv"): string {
  const field = format === "csv" ? csvField : tsvField;
  const sep = format === "csv" ? "," : "\t";
  const eol = format === "csv" ? "\r\n" : "\n";
  const lines = [DELIMITED_COLUMNS.join(sep)];
  for (const row of rows) lines.push(DELIMITED_COLUMNS.map((c) => field(fieldText(row, c))).join(sep));
  return lines.join(eol) + eol;
}
