/**
 * Which convention a one-cell-per-line text follows for its empty cells, read from counts taken as its lines are
 * split: mammoth's raw text (every paragraph followed by a blank line: 1 + 2k blank lines for k empty cells),
 * LibreOffice's text export with few empty cells (a single empty line between two cells), or none (PDF text,
 * which sets its paragraphs and blocks apart by blank lines). See blank-line-cells.ts for the runs. Apart from
 * these, a blank line holding a no-break space is an empty cell in any text (isNoBreakSpaceLine).
 */
import type { BlankInsert, BlankRuns } from "./blank-line-cells.js";
import type { SplitLine } from "./pdf-trailing-numbers.js";
import type { SourceLine } from "./source-lines.js";

/**
 * Counts for `oneCellPerLine` and paragraph-spaced text, gathered while the lines are split: lines with numbers,
 * lines of several, lines of one number alone, and those of them followed by a line that is not blank.
 */
export interface CellLineCounts {
  /** Lines ending in numbers. */
  numbered: number;
  /** Lines of several numbers (a table row on a line). */
  several: number;
  /** Lines of one number and nothing else. */
  alone: number;
  /** Of those, the lines followed by a line that is not blank. */
  followed: number;
}

/**
 * Whether the text is one cell per line with rows not blank-separated (LibreOffice's text export): most
 * numbers stand alone on a line, followed by a non-blank line.
 */
const oneCellPerLine = (c: CellLineCounts): boolean => numbersAlone(c) && c.followed >= c.alone * 0.8;

/** Whether most numbers of a text with some stand alone on their lines. */
const numbersAlone = (c: CellLineCounts): boolean => c.numbered >= 20 && c.alone >= c.numbered * 0.9;

/** The empty cells to put among a text's split lines, by the convention its counts and runs of blank lines show. */
export function blankCellInserts(
  counts: CellLineCounts,
  runs: BlankRuns,
  splits: readonly SplitLine[],
  lines: readonly SourceLine[],
): BlankInsert[] {
  // Empty cells read from blank lines, in text of a cell per line (lines of several numbers are few):
  const cellPerLine = counts.several <= counts.alone * 0.1;
  // every paragraph followed by a blank line (mammoth's raw text), so a run of 1 + 2k is k empty cells;
  if (cellPerLine && runs.spaced()) return runs.cells(lines);
  // else (docx2txt and LibreOffice's txt write an empty line for each empty cell, none between cells; but PDF text
  // sets its paragraphs, blocks and pages apart by empty lines, one or several, which no count of them told apart
  // safely: reviews RV30, RV31) only a single blank line between a line and a number alone, when most numbers are
  // followed by a line (LibreOffice's txt with few empty cells).
  if (oneCellPerLine(counts)) return runs.singleCells(splits, lines);
  return [];
}

/**
 * Whether a blank line holds a no-break space: the text of an HTML table cell holding `&nbsp;` (Word's HTML
 * export writes one in every empty cell: `<p>&nbsp;</p>`), in a page's text taken with its text nodes as they
 * stand, a cell per line (BeautifulSoup's `get_text()`, cheerio's `.text()`). No converter of PDF or Word files
 * writes such lines, so each is an empty cell. Word's empty paragraphs are written so too: outside a table they
 * are dropped as blank lines are; right after one they are a blank value too many, which the table's reader
 * drops (recognize/reading.ts fitValues, sequence.ts).
 */
export const isNoBreakSpaceLine = (line: string): boolean => line.includes("\u00a0");

/** Two lists of inserts in order of `at` merged into one, in order of `at` and then of their lines. */
export function mergeInserts(a: readonly BlankInsert[], b: readonly BlankInsert[]): readonly BlankInsert[] {
  if (b.length === 0) return a;
  return [...a, ...b].sort((x, y) => x.at - y.at || x.line.start - y.line.start);
}
