/**
 * parseReport: decode → detect shape → read → recognize. Pure (no I/O). Unusable input never throws: it
 * yields an empty report and an error Diagnostic (`input-*` from the decoder, or `not-a-report`).
 */

import type { Document } from "./document.js";
import { decodeInput } from "./input/decode.js";
import { detectShape } from "./input/detect.js";
import { relocate, unflattenTables } from "./input/flattened.js";
import { replacementWarning } from "./input/replacements.js";
import { joinSeparatorCells } from "./input/separator-cells.js";
import { type Recognition, type RecognizeOptions, recognizeDocument, recognizeFirst } from "./recognize/index.js";
import { documentLines } from "./recognize/lines.js";
import { reportStarts } from "./recognize/report-starts.js";
import type { Diagnostic, Shape } from "./schema/common.js";
import { emptyReport } from "./schema/empty.js";
import type { AnnualReport, ParseResult } from "./schema/report.js";
import { HIDDEN_SKIPPED } from "./shapes/html.js";
import { type ReadOptions, readDocument } from "./shapes/index.js";
import { Locator, lineStarts } from "./shapes/positions.js";

/** Options of parseReport. */
export interface ParseOptions {
  /** Text shape; detected from the text when absent. */
  shape?: Shape;
  /** Encoding of byte input (utf-8, gb18030 …); detected when absent. */
  encoding?: string;
  /** Largest accepted input in bytes (the decoder's default when absent). */
  maxBytes?: number;
  /** Statistical year: a prior for the era when the report itself does not say. */
  year?: number;
  /**
   * Force a layout (`gb2021` or `gb2019`) instead of deciding the era from the labels. Any other value is a
   * programming error: TypeError (the pre-2019 families are recognised by their own labels, never forced).
   */
  era?: "gb2021" | "gb2019";
}

/** Diagnostic codes that make a result unusable (the CLI exits 2). */
export const UNUSABLE_CODES = /^(input-|not-a-report$)/;

/** True unless the result carries an error diagnostic that means no report could be read. */
export function isUsable(result: ParseResult): boolean {
  return !result.diagnostics.some((d) => d.severity === "error" && UNUSABLE_CODES.test(d.code));
}

/**
 * How many distinct cells a reading recognised: canonical cells, typed legacy ids, and untyped legacy rows by
 * label and column (a hidden copy of the same table adds none).
 */
function cellCount(report: AnnualReport): number {
  const ids = new Set(Object.keys(report.cells));
  for (const table of report.legacy) {
    for (const row of table.rows) ids.add(row.id ?? `\u0000${row.label}\u0000${row.column ?? ""}`);
  }
  return ids.size;
}

/** At least two recognised sections make a report even without a title or tables. */
const MIN_KNOWN_SECTIONS = 2;

function hasContent(report: AnnualReport): boolean {
  const known = report.sections.filter((s) => s.id !== null).length;
  return (
    report.meta.title !== null || report.tables.length > 0 || report.legacy.length > 0 || known >= MIN_KNOWN_SECTIONS
  );
}

/**
 * The input decoded and read into a document, or the result of an unusable input. `input` is the decoded input
 * when `text`, the text read, is it with flattened tables split (input/flattened.ts): positions read from `text`
 * are turned into the input's by `relocated`.
 */
type Read =
  | { document: Document; recognizeOptions: RecognizeOptions; text: string; input?: string }
  | { failed: ParseResult };

/** A result of a read input, its positions those of the input (see Read). */
function relocated(result: ParseResult, read: { input?: string }): ParseResult {
  if (read.input !== undefined) relocate(result, new Locator(read.input));
  return result;
}

/** Decodes and reads the input (the steps parseReport and parseReports share); throws TypeError on misuse. */
function readInput(input: string | Uint8Array, options: ParseOptions, caller: string): Read {
  if (typeof input !== "string" && !(input instanceof Uint8Array)) {
    throw new TypeError(`${caller}: input must be a string or a Uint8Array`);
  }
  if (options.era != null && options.era !== "gb2021" && options.era !== "gb2019") {
    throw new TypeError(`${caller}: options.era must be "gb2021" or "gb2019" (got ${JSON.stringify(options.era)})`);
  }
  const decodeOptions: { encoding?: string; maxBytes?: number } = {};
  if (options.encoding !== undefined) decodeOptions.encoding = options.encoding;
  if (options.maxBytes !== undefined) decodeOptions.maxBytes = options.maxBytes;
  const decoded = decodeInput(input, decodeOptions);
  if (!decoded.ok) {
    const error: Diagnostic = { code: decoded.code, severity: "error", message: decoded.message };
    return { failed: { report: emptyReport(options.shape ?? "lines", "unknown"), diagnostics: [error] } };
  }
  const joined = joinedCells(decoded.text, options.shape);
  const text = joined?.text ?? decoded.text;
  const detected = options.shape ?? detectShape(text);
  const recognizeOptions: RecognizeOptions = { encoding: decoded.encoding };
  if (options.year !== undefined) recognizeOptions.year = options.year;
  if (options.era != null) recognizeOptions.era = options.era;
  // A table flattened onto one line is read split at its whitespace, one piece per line (`|` pieces of a pipe
  // table become lines of `|`), in text of no markup (the lines shape): the other shapes' readers read a row
  // of any length (Word's .doc text puts a whole table on one line of tabs).
  const flat = detected === "lines" ? unflattenTables(text) : null;
  const document = readText(flat?.text ?? text, detected);
  const notes = [...(joined?.diagnostics ?? []), ...(flat?.diagnostics ?? [])];
  if (notes.length > 0) document.diagnostics = [...notes, ...(document.diagnostics ?? [])];
  if (flat === null && joined === null) return { document, recognizeOptions, text };
  return { document, recognizeOptions, text: flat?.text ?? text, input: decoded.text };
}

/**
 * The text with the rows html2text writes a cell per paragraph joined onto one line each (input/separator-cells.ts),
 * and its `input-cells-joined` info; null when it holds none, or for HTML (its own markup says where cells are).
 */
function joinedCells(text: string, shape: Shape | undefined): { text: string; diagnostics: Diagnostic[] } | null {
  if (shape === "html") return null;
  const joined = joinSeparatorCells(text);
  if (joined === null || (shape === undefined && detectShape(text) === "html")) return null;
  const source = { ...new Locator(text).point(joined.first), offset: joined.first };
  const message = `${joined.rows} table row(s) whose cells stand in paragraphs of their own between lines holding only | (html2text's tables of a Word page) were read joined onto one line each, their cells split at |`;
  return { text: joined.text, diagnostics: [{ code: "input-cells-joined", severity: "info", message, source }] };
}

/**
 * The document of a decoded text, its reader's diagnostics after the `input-replacement-characters` warning
 * when the text holds U+FFFD.
 */
function readText(text: string, shape: Shape, options?: ReadOptions): Document {
  const document = readDocument(text, shape, options);
  const warning = replacementWarning(text);
  if (warning) document.diagnostics = [warning, ...(document.diagnostics ?? [])];
  return document;
}

/** A line this long holding nearly all of a text that is no report: its line breaks were lost. */
const ONE_LINE = 1000;

/** The length of a text's longest line when it holds 90% of the text or more and ONE_LINE characters, else 0. */
function oneLineLength(text: string): number {
  const starts = lineStarts(text);
  let longest = 0;
  for (let k = 0; k < starts.length; k++)
    longest = Math.max(longest, (starts[k + 1] ?? text.length + 1) - starts[k]! - 1);
  return longest >= ONE_LINE && longest >= 0.9 * text.trim().length ? longest : 0;
}

/**
 * A recognition with the `not-a-report` error first when it found nothing of a report; its message says so when
 * the text read is one line (a converter that joins a document's text runs without separators: any-text's and
 * docx-parser's .docx text), where no heading or cell can be told apart.
 */
function checked({ report, diagnostics }: ParseResult, text: string): ParseResult {
  if (!hasContent(report)) {
    const length = oneLineLength(text);
    diagnostics.unshift({
      code: "not-a-report",
      severity: "error",
      message:
        length > 0
          ? `No annual report was found in one line of ${length} characters: a report whose line breaks were lost (a converter that joins a document's text runs without them, as any-text's .docx text does) cannot be read, no title, heading or table cell can be told apart; extract the text keeping its line breaks`
          : "No annual report was found: no title, no section headings and no statistics tables",
      source: { line: 1, column: 1, offset: 0 },
    });
  }
  return { report, diagnostics };
}

/**
 * Parses one annual report from text or bytes. Throws TypeError only for programmer misuse: `input` neither a
 * string nor a Uint8Array, `options.shape` naming no shape, `options.era` other than gb2021 or gb2019; every
 * other problem is a Diagnostic. A file holding several reports is
 * read as its first (a `multiple-reports` warning stands at each other's start): `parseReports` reads them all.
 */
export function parseReport(input: string | Uint8Array, options: ParseOptions = {}): ParseResult {
  const read = readInput(input, options, "parseReport");
  return "failed" in read ? read.failed : relocated(recognizeRead(read).result, read);
}

/** parseReport's recognition of a read input, and what parseReports needs of it. */
interface ReadRecognition {
  /** parseReport's result. */
  result: ParseResult;
  /** Whether the document holds several reports (its recognition warned `multiple-reports` at the others' starts). */
  several: boolean;
  /**
   * For a document of several reports whose first was read (not the page read whole with its hidden part): the
   * first report and the diagnostics its recognition gave after the reader's and the `multiple-reports` ones.
   */
  first: { report: AnnualReport; after: Diagnostic[] } | null;
  /** The document split at the starts of its reports (the document alone when it holds one). */
  parts: Document[];
}

/** parseReport's recognition of a document read from the input (see ReadRecognition). */
function recognizeRead(read: Exclude<Read, { failed: ParseResult }>): ReadRecognition {
  const { document, recognizeOptions } = read;
  const { recognition, parts } = recognizeFirst(document, recognizeOptions);
  let { report, diagnostics } = recognition;
  const several = diagnostics.some((d) => d.code === MULTIPLE_REPORTS);
  // recognizeDocument's diagnostics: the reader's, the multiple-reports warnings, then the first report's own.
  let first: ReadRecognition["first"] = null;
  if (several) {
    const own = (document.diagnostics?.length ?? 0) + diagnostics.filter((d) => d.code === MULTIPLE_REPORTS).length;
    first = { report, after: diagnostics.slice(own) };
  }
  // Tables were hidden: the page read whole may be the report (a tab its script shows) where the visible
  // part is not. It wins only when it recognises more than twice the cells: a hidden print copy beside a
  // visible report a row short must not replace it. Hidden tables of no more cells than the visible reading
  // recognises (a share widget) cannot make it win: then the page is not read again.
  const visibleCells = document.diagnostics?.some((d) => d.code === HIDDEN_SKIPPED) ? cellCount(report) : -1;
  if (visibleCells >= 0 && (document.hiddenCells ?? 0) > visibleCells) {
    const whole = recognizeDocument(readText(read.text, document.shape, { readHidden: true }), recognizeOptions);
    if (cellCount(whole.report) > 2 * cellCount(report)) {
      ({ report, diagnostics } = whole);
      first = null;
    }
  }
  return { result: checked({ report, diagnostics }, read.text), several, first, parts };
}

/**
 * The recognition of a file's first report (`part`, reportDocuments' first document) that parseReport's
 * recognition of the whole file made: the same report, the diagnostics of the reader that stand in it before its
 * own (recognizeDocument of `part` gives them so), unless `part` holds report starts of its own (a title that
 * was a running page header of the whole file, printed fewer times in `part`): then null.
 */
function firstReport(first: ReadRecognition["first"], part: Document): Recognition | null {
  if (first === null || reportStarts(documentLines(part)).length > 0) return null;
  return { report: first.report, diagnostics: [...(part.diagnostics ?? []), ...first.after] };
}

/** The warning recognizeDocument gives at each report after the first (report-starts.ts multipleReports). */
const MULTIPLE_REPORTS = "multiple-reports";

/**
 * Parses every report a file holds, in order: a page printing several years' reports, the text of two PDFs
 * joined, a report pasted twice. Each report runs from its title to the next report's (where `parseReport`
 * puts its `multiple-reports` warnings); positions are those of the whole input. A file holding one report
 * (or an unusable one) gives one result, `parseReport`'s. Throws TypeError only on misuse, as parseReport.
 */
export function parseReports(input: string | Uint8Array, options: ParseOptions = {}): ParseResult[] {
  const read = readInput(input, options, "parseReports");
  if ("failed" in read) return [read.failed];
  // The starts of the reports are found once for a file of one report (by recognizeDocument, which warns at
  // each other report's start), and split on only for a file of several.
  const { result, several, first, parts: documents } = recognizeRead(read);
  if (!several) return [relocated(result, read)];
  return documents.map((document, k) => {
    // The first report was recognised with the whole file: not again.
    const recognition =
      (k === 0 ? firstReport(first, document) : null) ?? recognizeDocument(document, read.recognizeOptions);
    const result = checked(recognition, read.text);
    // A publication stamp outside the report's blocks (a page's date, in its head, without a place in the text)
    // is the page's, no report's.
    const stamp = result.report.meta.sources?.publishDate?.offset;
    const from = document.blocks[0]?.position.offset ?? 0;
    const to = documents[k + 1]?.blocks[0]?.position.offset ?? Number.POSITIVE_INFINITY;
    if (result.report.meta.publishDate !== null && (stamp === undefined || stamp < from || stamp >= to)) {
      result.report.meta.publishDate = null;
      delete result.report.meta.sources?.publishDate;
    }
    return relocated(result, read);
  });
}
