/**
 * The recognizer: Document → AnnualReport. Pure: it reads only the document it is given, and reports
 * every problem as a Diagnostic.
 */

import { append } from "../append.js";
import type { Document } from "../document.js";
import type { Diagnostic, FormatEra } from "../schema/common.js";
import { emptyReport } from "../schema/empty.js";
import type { AnnualReport, LegacyTable } from "../schema/report.js";
import { GB_TEMPLATES } from "../templates/index.js";
import { recognizeLegacy } from "./legacy.js";
import { documentLines, type Line } from "./lines.js";
import { recognizeMeta, textYear } from "./meta.js";
import { reportEnd } from "./report-end.js";
import { splitDocument } from "./report-split.js";
import { multipleReports, reportStarts } from "./report-starts.js";
import { recognizeSections } from "./sections.js";
import { compact, signatureLines } from "./signature.js";
import { recognizeTables, type TablesResult } from "./tables.js";

/** Options of the recognizer. */
export interface RecognizeOptions {
  /** Statistical year, a prior for era ties when the title has none. */
  year?: number;
  /** Force a template (`gb2021` or `gb2019`). */
  era?: FormatEra;
  /** Encoding the document text was decoded from (recorded in meta). */
  encoding?: string;
}

/** What the recognizer returns. */
export interface Recognition {
  /** The recognised report. */
  report: AnnualReport;
  /** Every problem met (the reader's diagnostics first). */
  diagnostics: Diagnostic[];
}

/** Recognises a report in a Document: metadata, narrative sections, Tables 二/三/四 and legacy tables. */
export function recognizeDocument(whole: Document, options: RecognizeOptions = {}): Recognition {
  return recognizeFirst(whole, options).recognition;
}

/**
 * recognizeDocument's recognition, and the document split at the starts of the reports it holds (one part, the
 * document itself, for a file of one report): parseReports reads the other parts without finding the starts again.
 */
export function recognizeFirst(
  whole: Document,
  options: RecognizeOptions,
): { recognition: Recognition; parts: Document[] } {
  const diagnostics: Diagnostic[] = [...(whole.diagnostics ?? [])];
  let lines = documentLines(whole);
  // A file holding several reports: only the first is read, the others are reported where they start.
  const starts = reportStarts(lines);
  const parts = splitDocument(whole, lines, starts);
  if (starts.length > 0) {
    append(diagnostics, multipleReports(lines, starts));
    lines = documentLines(parts[0]!);
  }
  return { recognition: recognizeReport(parts[0]!, lines, diagnostics, options), parts };
}

/** Recognises the report of a document of one report (its lines given), after the `diagnostics` given. */
function recognizeReport(
  document: Document,
  lines: readonly Line[],
  diagnostics: Diagnostic[],
  options: RecognizeOptions,
): Recognition {
  const report = emptyReport(document.shape, options.encoding ?? "string");
  const prior = textYear(lines) ?? options.year ?? null;
  const tableOptions = options.era ? { era: options.era, year: prior } : { year: prior };
  let tables = recognizeTables(lines, tableOptions);
  const legacyDiagnostics: Diagnostic[] = [];
  // Strong gb tables win over any legacy table: the legacy probe runs only when they are weak or absent.
  const legacy = isStrong(tables) ? [] : recognizeLegacy(document, legacyDiagnostics);
  if (legacy.length > 0) tables = { ...noTables(), diagnostics: [] };
  append(diagnostics, tables.diagnostics);
  if (legacy.length > 0) append(diagnostics, legacyDiagnostics);
  const skip = legacy.length === 0 ? tables.tableLines : new Set([...tables.tableLines, ...legacyLines(lines, legacy)]);
  // A web page's furniture after the report (相关链接, 上一篇, a footer): the date, signature and sections end before it.
  const end = reportEnd(document, lines, skip);
  const meta = recognizeMeta(document, lines, skip, end);
  report.meta = { ...report.meta, ...meta, year: meta.year ?? options.year ?? null, hybridBlocks: tables.hybridBlocks };
  // The first table of a known family: a staff table printed before the statistics table says nothing of the era.
  // A report without a table follows the layout its year prescribes (its tables are then missing).
  report.meta.formatEra =
    tables.era ?? legacy.find((t) => t.family !== "unknown")?.family ?? layoutOfYear(report.meta.year);
  const signature = signatureLines(lines, skip, report.meta.orgName, end);
  report.sections = recognizeSections(lines, signature.length === 0 ? skip : new Set([...skip, ...signature]), end);
  report.tables = tables.tables;
  report.cells = tables.cells as AnnualReport["cells"];
  report.extraRows = tables.extraRows;
  report.legacy = legacy;
  return { report, diagnostics };
}

/**
 * The gb layout that covers a statistical year (templates' `years`: 2019–2020 gb2019, 2021 on gb2021); unknown
 * before 2019, when two families of statistics tables were in use, and for an unknown year.
 */
function layoutOfYear(year: number | null): FormatEra {
  if (year === null) return "unknown";
  const covering = GB_TEMPLATES.find((t) => year >= t.years.from && (t.years.to === null || year <= t.years.to));
  return covering?.id ?? "unknown";
}

/** Share of the template rows found (over all tables found) above which gb tables win over legacy ones. */
const STRONG_SHARE = 0.5;

function isStrong(tables: TablesResult): boolean {
  const found = tables.tables.reduce((n, t) => n + t.rows, 0);
  const expected = tables.tables.reduce((n, t) => n + t.expectedRows, 0);
  return expected > 0 && found / expected >= STRONG_SHARE;
}

function noTables(): TablesResult {
  return { cells: {}, tables: [], extraRows: [], hybridBlocks: [], diagnostics: [], era: null, tableLines: new Set() };
}

/**
 * Indexes of the lines a legacy table spans (from its start to its last value cell), and of the line right above
 * it that prints its title (2014年某局政府信息公开工作统计表, `LegacyTable.title`), kept out of sections.
 * Compared by source offset, not source line, as a whole HTML page may stand on one source line: a line
 * (from its start to the next line's start) is the table's when it overlaps the table's span.
 */
function legacyLines(lines: readonly Line[], legacy: readonly LegacyTable[]): number[] {
  const out = spannedLines(lines, legacy);
  const taken = new Set(out);
  for (const t of legacy) {
    if (t.title === null) continue;
    const first = lines.findIndex((l) => l.source.offset >= t.source.offset);
    const above = first > 0 ? lines[first - 1]! : undefined;
    if (above?.kind === "text" && !taken.has(above.index) && compact(above.text) === compact(t.title)) {
      out.push(above.index);
    }
  }
  return out;
}

/** Indexes of the lines the legacy tables span (see legacyLines). */
function spannedLines(lines: readonly Line[], legacy: readonly LegacyTable[]): number[] {
  const from: number[] = [];
  const to: number[] = [];
  for (const t of legacy) {
    let last = t.source.offset;
    for (const r of t.rows) last = Math.max(last, r.source.offset, r.cell.source.offset);
    from.push(t.source.offset);
    to.push(last);
  }
  const out: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const start = lines[i]!.source.offset;
    const end = lines[i + 1]?.source.offset ?? Number.POSITIVE_INFINITY;
    for (let k = 0; k < from.length; k++) {
      if (start <= to[k]! && (end > from[k]! || start >= from[k]!)) {
        out.push(lines[i]!.index);
        break;
      }
    }
  }
  return out;
}
