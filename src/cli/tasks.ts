/**
 * The per-document work of the batch commands, by name, so the same code runs in-process and in worker
 * threads (workers receive the task name and options, never code).
 */
import {
  type AnnualReport,
  type Finding,
  findingsToDelimited,
  isUsable,
  normalizedRows,
  type ParseResult,
  parseReport,
  parseReports,
  type Shape,
  toDelimited,
  toRecords,
  toWideDelimited,
  validateReport,
} from "../index.js";
import { type DelimitedFormat, delimitedLine } from "./delimited.js";
import { ndjsonLine } from "./ndjson.js";

/** Options of every task (each task reads its own); structured-cloneable. */
export interface TaskOptions {
  /** Force the input shape. */
  shape?: Shape;
  /** Force the input encoding. */
  encoding?: string;
  /** Output format of the command. */
  format?: string;
  /** Prefix rows with the document path / put it in each JSON element (the command line names several). */
  withPath?: boolean;
  /** Message language of findings. */
  lang?: "zh" | "en";
  /** Lenient validation: blanks count as 0. */
  blankAsZero?: boolean;
  /** The previous year's report, for the cross-year rules. */
  previous?: AnnualReport;
  /** Run only these rule ids (validate's `rules`). */
  rules?: string[];
  /** Skip these rule ids (validate's `skipRules`). */
  skipRules?: string[];
  /** normalize with tsv|csv: one row per report, one column per metric (`toWideDelimited`). */
  wide?: boolean;
  /** parse: every report of a file holding several (`parseReports`), each as a document of its own. */
  eachReport?: boolean;
}

/** Findings of one or more reports, counted by severity and by rule. */
export interface FindingCounts {
  /** Findings of severity error. */
  error: number;
  /** Findings of severity warning. */
  warning: number;
  /** Findings of severity info. */
  info: number;
  /** Findings of severity error or warning per rule id (what the totals count; infos are left out). */
  rules: Map<string, number>;
}

/** One document handed to a task. */
export interface TaskInput {
  /** Display path. */
  path: string;
  /** Its bytes. */
  bytes: Uint8Array;
}

/** What a task produced for one document. */
export interface TaskValue {
  /**
   * Formatted output for this document (written in input order): text, or its UTF-8 bytes when it comes
   * from a worker (bytes are transferred, not copied, and written as they are).
   */
  chunk?: string | Uint8Array;
  /** The parsed report, for commands that combine reports. */
  report?: AnnualReport;
  /** Finding counts (check). */
  counts?: FindingCounts;
}

/** A task's outcome: a value, or the reason the document is unusable. */
export type TaskOutcome = { ok: true; value: TaskValue } | { ok: false; reason: string };

/** The reason a parse result is unusable (`code: message` of its first error diagnostic), or null. */
export function unusableReason(result: ParseResult): string | null {
  if (isUsable(result)) return null;
  const fatal = result.diagnostics.find((d) => d.severity === "error");
  return fatal ? `${fatal.code}: ${fatal.message}` : "no report found";
}

/** Parses one document with the task options; a failure outcome when it is unusable. */
export function parseInput(input: TaskInput, options: TaskOptions): ParseResult | { reason: string } {
  const result = parseReport(input.bytes, {
    ...(options.shape ? { shape: options.shape } : {}),
    ...(options.encoding ? { encoding: options.encoding } : {}),
  });
  const reason = unusableReason(result);
  return reason ? { reason } : result;
}

/** Column names of `xxgk parse --format tsv|csv`. */
export const PARSE_COLUMNS = ["field", "value", "status", "line", "column", "raw"] as const;

/**
 * One row per cell (toRecords), preceded by `meta.year` and `meta.format_era` rows, followed by one row per
 * pre-2019 statistics-table row that has a typed id (`report.legacy[].rows[]`, field = its id such as
 * `legacy_national.applications.received`; rows of an unrecognised family have no id and are left out).
 */
function parseRows(path: string, result: ParseResult, format: DelimitedFormat, withPath: boolean): string {
  const { meta } = result.report;
  const rows: (string | number | null)[][] = [
    ["meta.year", meta.year, meta.year === null ? "blank" : "number", null, null, meta.year ?? ""],
    ["meta.format_era", null, "text", null, null, meta.formatEra],
  ];
  for (const r of toRecords(result.report)) {
    rows.push([r.field, r.value, r.status, r.source.line, r.source.column, r.raw]);
  }
  for (const table of result.report.legacy) {
    for (const { id, cell } of table.rows) {
      if (id !== null) rows.push([id, cell.value, cell.status, cell.source.line, cell.source.column, cell.raw]);
    }
  }
  return rows.map((row) => delimitedLine(withPath ? [path, ...row] : row, format)).join("");
}

/**
 * The reports of a file for `parse --each-report`: each usable report of a file holding several, its path
 * suffixed `#1`, `#2` … in file order (a file of one report keeps its path); the reason when none is usable.
 */
function eachReport(
  input: TaskInput,
  options: TaskOptions,
): { path: string; result: ParseResult }[] | { reason: string } {
  const results = parseReports(input.bytes, {
    ...(options.shape ? { shape: options.shape } : {}),
    ...(options.encoding ? { encoding: options.encoding } : {}),
  });
  if (results.length === 1) {
    const reason = unusableReason(results[0]!);
    return reason ? { reason } : [{ path: input.path, result: results[0]! }];
  }
  const usable = results.flatMap((result, k) =>
    unusableReason(result) === null ? [{ path: `${input.path}#${k + 1}`, result }] : [],
  );
  return usable.length > 0 ? usable : { reason: unusableReason(results[0]!) ?? "no report found" };
}

/** The output chunk of one parsed report (`withPath`: the path in each row or JSON element). */
function parseChunk(path: string, result: ParseResult, format: string, withPath: boolean): string {
  if (format === "ndjson") return ndjsonLine({ path, ...result });
  if (format === "tsv" || format === "csv") return parseRows(path, result, format, withPath);
  return JSON.stringify(withPath ? { path, ...result } : result, null, 2);
}

function parseTask(input: TaskInput, options: TaskOptions): TaskOutcome {
  const format = options.format ?? "json";
  if (options.eachReport) {
    const reports = eachReport(input, options);
    if ("reason" in reports) return { ok: false, reason: reports.reason };
    // Several JSON array elements in one chunk: the output puts ",\n" between chunks, so between them too.
    const chunks = reports.map(({ path, result }) => parseChunk(path, result, format, true));
    return { ok: true, value: { chunk: chunks.join(format === "json" ? ",\n" : "") } };
  }
  const result = parseInput(input, options);
  if ("reason" in result) return { ok: false, reason: result.reason };
  return { ok: true, value: { chunk: parseChunk(input.path, result, format, options.withPath ?? false) } };
}

/** Counts findings by severity, and the errors and warnings by rule. */
export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts: FindingCounts = { error: 0, warning: 0, info: 0, rules: new Map() };
  for (const f of findings) {
    counts[f.severity]++;
    if (f.severity !== "info") counts.rules.set(f.rule, (counts.rules.get(f.rule) ?? 0) + 1);
  }
  return counts;
}

function checkTask(input: TaskInput, options: TaskOptions): TaskOutcome {
  const result = parseInput(input, options);
  if ("reason" in result) return { ok: false, reason: result.reason };
  const findings = validateReport(result.report, {
    // The reader's warnings and errors are findings too (row-extra-values …): a clerk sees what was not read.
    diagnostics: result.diagnostics,
    ...(options.blankAsZero ? { blankAsZero: true } : {}),
    ...(options.previous ? { previous: options.previous } : {}),
    ...(options.rules ? { rules: options.rules } : {}),
    ...(options.skipRules ? { skipRules: options.skipRules } : {}),
  });
  const counts = countFindings(findings);
  const format = options.format;
  if (format === "tsv" || format === "csv") {
    const path = options.withPath ? input.path : undefined;
    const lang = options.lang ?? "zh";
    const chunk = findingsToDelimited(findings, format, { lang, header: false, ...(path !== undefined && { path }) });
    return { ok: true, value: { chunk, counts } };
  }
  // JSON, which `check` also asks for to write its text output itself (check-text.ts groups findings across them).
  const chunk = JSON.stringify(options.withPath ? { path: input.path, findings } : findings, null, 2);
  return { ok: true, value: { chunk, counts } };
}

/** The header line `toDelimited` writes first, and the rest. */
function splitHeader(text: string, format: DelimitedFormat): { header: string; body: string } {
  const eol = format === "csv" ? "\r\n" : "\n";
  const end = text.indexOf(eol) + eol.length;
  return { header: text.slice(0, end), body: text.slice(end) };
}

/** The header line of `xxgk normalize --format tsv|csv` (with `wide`, of `--wide`). */
export function normalizedHeader(format: DelimitedFormat, wide = false): string {
  return wide ? toWideDelimited([], format) : splitHeader(toDelimited([], format), format).header;
}

function normalizeTask(input: TaskInput, options: TaskOptions): TaskOutcome {
  const result = parseInput(input, options);
  if ("reason" in result) return { ok: false, reason: result.reason };
  const format = options.format;
  if (options.wide && (format === "tsv" || format === "csv")) {
    return {
      ok: true,
      value: { chunk: toWideDelimited([{ path: input.path, report: result.report }], format, { header: false }) },
    };
  }
  const rows = normalizedRows([{ path: input.path, report: result.report }]);
  if (format === "tsv" || format === "csv") {
    return { ok: true, value: { chunk: splitHeader(toDelimited(rows, format), format).body } };
  }
  return { ok: true, value: { chunk: rows.map((row) => `  ${JSON.stringify(row)}`).join(",\n") } };
}

function reportTask(input: TaskInput, options: TaskOptions): TaskOutcome {
  const result = parseInput(input, options);
  if ("reason" in result) return { ok: false, reason: result.reason };
  return { ok: true, value: { report: result.report } };
}

/** The tasks, by name. */
const TASKS = {
  parse: parseTask,
  check: checkTask,
  normalize: normalizeTask,
  report: reportTask,
} as const;

/** A task name. */
export type TaskName = keyof typeof TASKS;

/** Runs a task on one document; an exception (a bug or a pathological input) becomes a failure outcome. */
export function runTask(name: TaskName, input: TaskInput, options: TaskOptions): TaskOutcome {
  const task = Object.hasOwn(TASKS, name) ? TASKS[name] : undefined;
  if (!task) throw new TypeError(`unknown task "${String(name)}"`);
  try {
    return task(input, options);
  } catch (error) {
    return { ok: false, reason: `internal error: ${error instanceof Error ? error.message : String(error)}` };
  }
}
