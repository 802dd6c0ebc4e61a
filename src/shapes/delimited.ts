/**
 * The reader for line-delimited tables (pipe and tab shapes): a line that holds the delimiter is a table
 * row split on it; consecutive rows form one table (blank lines and page furniture between rows do not
 * end it); every other line is a text block.
 */
import type { Document, GridCell } from "../document.js";
import type { Shape } from "../schema/common.js";
import { DocumentBuilder } from "./builder.js";
import { spansFromDuplicates } from "./duplicated-spans.js";
import { gridRows, isGridBorder } from "./grid-rows.js";
import { Locator } from "./positions.js";
import {
  isBlank,
  isSkippable,
  linePoint,
  type SourceLine,
  sourceLines,
  splitDelimited,
  trimSpan,
} from "./source-lines.js";

/** How one delimited shape recognises and splits its rows. */
export interface DelimitedSyntax {
  /** The shape id written into the document. */
  shape: Shape;
  /** The cell delimiter (`|` or a tab). */
  delimiter: string;
  /** Whether a leading/trailing empty cell made by an outer delimiter is dropped. */
  outer: boolean;
}

/** Pipe rows: `a | b | c`, outer pipes optional. */
export const PIPE_SYNTAX: DelimitedSyntax = { shape: "pipe", delimiter: "|", outer: true };
/** Tab rows: `a\tb\tc`, every tab a boundary (leading empties kept). */
export const TAB_SYNTAX: DelimitedSyntax = { shape: "tab", delimiter: "\t", outer: false };

/**
 * Whether a line is a table row: it holds the delimiter and some text, or (inside a table) it holds only
 * delimiters and spaces, at least two delimiters (a row of blank cells, as a template printed blank).
 */
function isRow(text: string, delimiter: string, inTable: boolean): boolean {
  const at = text.indexOf(delimiter);
  if (at < 0) return false;
  if (!isBlank(text)) return true;
  return inTable && text.indexOf(delimiter, at + 1) >= 0;
}

/** A Markdown delimiter cell (`---`, `:-:`, `--`). */
const DELIMITER_CELL = /^:?-+:?$/;

/**
 * Whether a table's second row is a Markdown delimiter row that GFM did not take (a converter writing an
 * empty cell for a column with no content: `| ---- | -- |  |  |`, node-html-markdown), so the row is markup, not
 * values: every cell empty or a delimiter cell, one of them two dashes or more (a row of `-` alone is
 * values: each "none").
 */
function isDelimiterRow(cells: readonly GridCell[]): boolean {
  let long = false;
  for (const cell of cells) {
    const text = cell.text;
    if (text === "") continue;
    if (!DELIMITER_CELL.test(text)) return false;
    if (text.replace(/:/g, "").length >= 2) long = true;
  }
  return long;
}

/** Whether the first line from `from` that is not blank is a table row. */
function startsTable(lines: readonly SourceLine[], from: number, syntax: DelimitedSyntax): boolean {
  for (let k = from; k < lines.length; k++) {
    const text = (lines[k] as SourceLine).text;
    if (!isBlank(text)) return isRow(text, syntax.delimiter, false);
  }
  return false;
}

/**
 * Whether a cell of one of `lines` fills its column: one space, the text, one space, between two delimiters,
 * as wide as its column's run of the grid border above (a cell where a writer wraps what does not fit; the
 * slot is measured in code units, as wide as displayed for the numbers this is asked of). Asked only of
 * stacked numbers, so the line and its border are looked up then (by offset, in the lines in input order).
 */
function fillsColumn(lines: readonly SourceLine[], cell: GridCell, delimiter: string): boolean {
  const offset = cell.position.offset;
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lines[mid] as SourceLine).start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const line = lines[lo];
  if (!line || cell.text === "") return false;
  const text = line.text;
  const a = offset - line.start;
  const b = a + cell.text.length;
  if (text.charCodeAt(a - 1) !== 32 || text.charCodeAt(b) !== 32) return false;
  if (text[a - 2] !== delimiter || text[b + 1] !== delimiter) return false;
  let border = lo - 1;
  while (border >= 0 && !isGridBorder((lines[border] as SourceLine).text)) border--;
  if (border < 0) return false;
  const column = text.slice(0, a - 1).split(delimiter).length - 1; // delimiters before the cell, the outer one first
  const runs = (lines[border] as SourceLine).text.trim().split("+");
  return runs[column]?.length === b - a + 2;
}

/** Adds the blocks of some source lines to a builder (shared with the Markdown reader). */
export function addDelimitedLines(builder: DocumentBuilder, lines: SourceLine[], syntax: DelimitedSyntax): void {
  // The table's lines, grouped between grid borders (`+---+`; one group when there are none).
  let segments: GridCell[][][] = [];
  let segment: GridCell[][] = [];
  let borders = 0;
  const fills = (cell: GridCell): boolean => fillsColumn(lines, cell, syntax.delimiter);
  const endSegment = (): void => {
    if (segment.length > 0) segments.push(segment);
    segment = [];
  };
  const flush = (): void => {
    endSegment();
    const rows = gridRows(segments, borders, fills);
    // A merged cell written into every cell it covers (python-docx's row.cells, a sheet's filled merges).
    spansFromDuplicates(rows);
    builder.addTable(rows, true);
    segments = [];
    borders = 0;
  };
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] as SourceLine;
    const inTable = segment.length > 0 || segments.length > 0;
    if (isRow(line.text, syntax.delimiter, inTable)) {
      const cells = splitDelimited(line, syntax.delimiter, syntax.outer);
      if (segment.length === 1 && segments.length === 0 && isDelimiterRow(cells)) continue;
      // (on a table's last row, or on a line holding a whole table: word-extractor joins a .doc table's rows; the
      // cheap test of the row's last cell first, the look at the lines after it only when that holds)
      const heading = trailingHeading(cells);
      if (heading < 0 || (cells.length <= ROW_CELLS && !endsTable(lines, k, syntax))) {
        segment.push(cells);
        continue;
      }
      // The next section's heading run onto the table's last row: the row, then the heading as text.
      segment.push(cells.slice(0, heading));
      flush();
      builder.addText(cells[heading]!.text, cells[heading]!.position);
      continue;
    }
    // A border belongs to a table it is inside of or that starts on the next line; a lone one is text.
    if (syntax.delimiter === "|" && isGridBorder(line.text) && (inTable || startsTable(lines, k + 1, syntax))) {
      borders++;
      endSegment();
      continue;
    }
    if (isSkippable(line.text)) continue;
    flush();
    const span = trimSpan(line.text, 0, line.text.length);
    builder.addText(span.text, linePoint(line, line.start + span.offset));
  }
  flush();
}

/** Whether no row follows line `k` (blank lines and page furniture aside): it is its table's last row. */
function endsTable(lines: readonly SourceLine[], k: number, syntax: DelimitedSyntax): boolean {
  let next = k + 1;
  while (next < lines.length && isSkippable(lines[next]!.text)) next++;
  return next >= lines.length || !isRow(lines[next]!.text, syntax.delimiter, true);
}

/** A section heading numbered in Chinese (五、存在的主要问题及改进情况, 六、其他需要报告的事项), alone in a cell. */
const ORDINAL_HEADING = /^[一二三四五六七八九十]{1,3}、[^\d\s]{2,40}(?:情况|事项)$/;
/** The most cells one row of a report's tables holds (a label and Table 四's 15 values): a longer line is a table. */
const ROW_CELLS = 16;

/**
 * The index of a row's last filled cell when it is a section heading run onto a table's last row after an empty cell
 * and a number (`…\t0\t3\t\t五、存在的主要问题及改进情况`: word-extractor joins a .doc table's rows and the paragraph
 * after it on one line); -1 otherwise.
 */
function trailingHeading(cells: readonly GridCell[]): number {
  let last = cells.length - 1;
  while (last >= 0 && cells[last]!.text === "") last--;
  if (last < 2 || cells[last - 1]!.text !== "" || !ORDINAL_HEADING.test(cells[last]!.text)) return -1;
  let before = last - 1;
  while (before >= 0 && cells[before]!.text === "") before--;
  return before >= 0 && /^\d+(?:\.\d+)?$/.test(cells[before]!.text) ? last : -1;
}

/**
 * Reads a text of a delimited shape into a Document. `cells` is the text the rows are split from when it
 * differs from `text` (the same length, code unit for code unit: every position holds in both).
 */
export function readDelimited(text: string, syntax: DelimitedSyntax, cells: string = text): Document {
  if (cells.length !== text.length) throw new RangeError("readDelimited: cells must be as long as text");
  const builder = new DocumentBuilder(syntax.shape, text, new Locator(text));
  addDelimitedLines(builder, sourceLines(cells), syntax);
  return builder.build();
}
