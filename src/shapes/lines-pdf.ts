/**
 * Text extracted from PDF (one line per printed line, no row separators): lines that end in numbers are
 * table rows (label cell + one cell per number), and the short lines around them (headers, labels wrapped
 * over lines, vertical labels one character per line) belong to the same table; long lines are prose, as
 * are enumerated headings (`二、…` without numbers) and runs of short lines with no numeric row. Row
 * boundaries are guesses, so tables are marked `rowsReliable: false`.
 */
import type { GridCell } from "../document.js";
import { blankCellInserts, type CellLineCounts, isNoBreakSpaceLine, mergeInserts } from "./blank-cell-conventions.js";
import { type BlankInsert, BlankRuns, blankCellsMakeTable, isBlankCell, withBlankCells } from "./blank-line-cells.js";
import { browserHeaderResidue, headerLine } from "./browser-print.js";
import type { DocumentBuilder } from "./builder.js";
import { numbersWithBlanks } from "./pdf-columns.js";
import { isLoneNumber, type SplitLine, splitNumbersFrom } from "./pdf-trailing-numbers.js";
import {
  isPageFurnitureAt,
  isPageNumberAtBreak,
  isSpaceCode,
  lineCell,
  linePoint,
  type SourceLine,
  trimSpan,
} from "./source-lines.js";

const ENUMERATED_HEADING = /^[一二三四五六七八九十]+[、.．]\S/u;
const FALLBACK_PROSE_WIDTH = 26;

/** 一 to 十: the numerals an enumerated heading such as `二、…` starts with. */
function isChineseNumeral(code: number): boolean {
  return (
    code === 0x4e00 || // 一
    code === 0x4e8c || // 二
    code === 0x4e09 || // 三
    code === 0x56db || // 四
    code === 0x4e94 || // 五
    code === 0x516d || // 六
    code === 0x4e03 || // 七
    code === 0x516b || // 八
    code === 0x4e5d || // 九
    code === 0x5341 // 十
  );
}

/** True for the sentence-ending punctuation a prose line ends with (`。；！？;!?`). */
function isSentenceEnd(code: number): boolean {
  return (
    code === 0x3002 ||
    code === 0xff1b ||
    code === 0xff01 ||
    code === 0xff1f ||
    code === 0x3b ||
    code === 0x21 ||
    code === 0x3f
  );
}

/** The width of a full prose line: the 90th percentile of visible line lengths, scaled down a little. */
function proseWidth(lengths: number[]): number {
  const sorted = Uint32Array.from(lengths.filter((n) => n > 0));
  if (sorted.length < 10) return FALLBACK_PROSE_WIDTH;
  sorted.sort();
  const p90 = sorted[Math.floor(sorted.length * 0.9)] ?? FALLBACK_PROSE_WIDTH;
  return Math.max(12, Math.floor(p90 * 0.85));
}

type LineKind = "row" | "short" | "prose" | "heading";

function classify(split: SplitLine, lineLength: number, width: number): LineKind {
  const label = split.label;
  const count = split.numbers.length;
  if (!label || count >= 2) return "row";
  // Outside the label and the number tokens a line holds only whitespace.
  const labelLength = count === 0 ? lineLength : lineLength - (split.numbers[0]?.text.length ?? 0);
  if (count === 1 && labelLength < width) return "row";
  if (
    count === 0 &&
    isChineseNumeral(label.text.charCodeAt(0)) &&
    ENUMERATED_HEADING.test(label.text) &&
    labelLength > 2
  )
    return "heading";
  if (count === 0 && isSentenceEnd(label.text.charCodeAt(label.text.length - 1))) return "prose";
  return lineLength >= width ? "prose" : "short";
}

/** Start and end offsets of the label pieces of the row being split (rowOf never re-enters). */
const pieceBounds: number[] = [];

/** The cells of a row: the label's pieces (separated by runs of two or more spaces), then the numbers. */
function rowOf(split: SplitLine): GridCell[] {
  const line = split.line;
  const label = split.label;
  const numbers = split.numbers;
  let pieces = 0;
  if (label) {
    // Layout-preserving extraction (pdftotext -layout) separates columns by runs of spaces: a piece is
    // non-space runs joined by single spaces (`/\S+(?: \S+)*/g`).
    const text = label.text;
    const n = text.length;
    let i = 0;
    for (;;) {
      while (i < n && isSpaceCode(text.charCodeAt(i))) i++;
      if (i >= n) break;
      const from = i;
      while (i < n && !isSpaceCode(text.charCodeAt(i))) i++;
      while (i + 1 < n && text.charCodeAt(i) === 32 && !isSpaceCode(text.charCodeAt(i + 1))) {
        i += 2;
        while (i < n && !isSpaceCode(text.charCodeAt(i))) i++;
      }
      pieceBounds[2 * pieces] = from;
      pieceBounds[2 * pieces + 1] = i;
      pieces++;
    }
  }
  // An array of the row's exact length (a pushed-to array reserves 17 slots on its first push).
  const cells = new Array<GridCell>(pieces + numbers.length);
  for (let k = 0; k < pieces; k++) {
    const from = pieceBounds[2 * k]!;
    cells[k] = lineCell(label!.text.slice(from, pieceBounds[2 * k + 1]), line, label!.offset + from);
  }
  for (let k = 0; k < numbers.length; k++) {
    const number = numbers[k]!;
    cells[pieces + k] = lineCell(number.text, line, number.offset);
  }
  return cells;
}

/**
 * A run of short lines is a table when it has a row of several numbers or at least three numeric rows, or
 * when its empty cells make it one (see {@link blankCellsMakeTable}; `afterTable`: a table run ended just
 * before it, only row labels between).
 */
function isTableRun(run: SplitLine[], afterTable: boolean): boolean {
  let single = 0;
  for (const s of run) {
    if (isBlankCell(s)) continue;
    if (s.numbers.length >= 2 || (!s.label && s.numbers.length > 0)) return true;
    if (s.numbers.length === 1) single++;
  }
  return single >= 3 || blankCellsMakeTable(run, afterTable);
}

/** How many lines may stand between two table runs of one table (row labels too long for short lines). */
const MAX_LABELS_BETWEEN = 3;

/** Whether the lines `splits[from..to)` are all row labels (no sentences), at most MAX_LABELS_BETWEEN. */
function onlyLabels(splits: readonly SplitLine[], from: number, to: number): boolean {
  if (to - from > MAX_LABELS_BETWEEN) return false;
  for (let k = from; k < to; k++) {
    const label = splits[k]!.label?.text ?? "";
    if (isSentenceEnd(label.charCodeAt(label.length - 1))) return false;
  }
  return true;
}

/** Whether a source line is blank (whitespace only). */
function isBlank(line: SourceLine | undefined): boolean {
  if (!line) return true;
  const t = line.text;
  for (let i = 0; i < t.length; i++) if (!isSpaceCode(t.charCodeAt(i))) return false;
  return true;
}

/** Adds the blocks of PDF-extracted lines to a builder. */
export function addPdfLines(builder: DocumentBuilder, lines: SourceLine[]): void {
  let splits: SplitLine[] = [];
  let lengths: number[] = [];
  const counts: CellLineCounts = { numbered: 0, several: 0, alone: 0, followed: 0 };
  /** Every run of blank lines: empty cells if the text turns out to be one cell per line. */
  const runs = new BlankRuns();
  /** The blank lines holding a no-break space: empty cells whatever the convention (isNoBreakSpaceLine). */
  const spaceCells: BlankInsert[] = [];
  // The lines a browser's print headers leave (their titles and years), found at the first such header.
  let residue: Set<number> | null = null;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    // One pass per line: skip blank lines and page furniture, count the visible characters of the rest.
    const t = line.text;
    let first = 0;
    while (first < t.length && isSpaceCode(t.charCodeAt(first))) first++;
    if (first === t.length) {
      if (isNoBreakSpaceLine(t)) spaceCells.push({ at: splits.length, line, length: 0 });
      else runs.blank(n, splits.length);
      continue;
    }
    const furniture = isPageFurnitureAt(t, first);
    runs.filled(furniture);
    // A browser's print header (a date and time first): the lines it takes are found once, at the first.
    if (residue === null && t.includes(":") && headerLine(t) !== null) residue = browserHeaderResidue(lines);
    if (residue?.has(n) || furniture) continue;
    if (isPageNumberAtBreak(t, first, lines[n + 1]?.text, lines[n - 1]?.text)) continue;
    let visible = 1;
    for (let k = first + 1; k < t.length; k++) if (!isSpaceCode(t.charCodeAt(k))) visible++;
    const split = splitNumbersFrom(line, first);
    splits.push(split);
    lengths.push(visible);
    if (split.numbers.length > 0) {
      counts.numbered++;
      if (split.numbers.length > 1) counts.several++;
      if (isLoneNumber(split)) {
        counts.alone++;
        if (!isBlank(lines[n + 1]) && n + 1 < lines.length) counts.followed++;
      }
    }
  }
  const inserts = mergeInserts(blankCellInserts(counts, runs, splits, lines), spaceCells);
  if (inserts.length > 0) ({ splits, lengths } = withBlankCells(splits, lengths, inserts));
  const width = proseWidth(lengths);
  const kinds = splits.map((s, k) => classify(s, lengths[k] as number, width));
  const text = (s: SplitLine): void => {
    const span = trimSpan(s.line.text, 0, s.line.text.length);
    builder.addText(span.text, linePoint(s.line, s.line.start + span.offset));
  };
  let i = 0;
  /** Where the last table run ended (-1: none yet). */
  let tableEnd = -1;
  while (i < splits.length) {
    const kind = kinds[i];
    if (kind === "prose" || kind === "heading") {
      text(splits[i] as SplitLine);
      i++;
      continue;
    }
    let j = i;
    while (j < splits.length && (kinds[j] === "row" || kinds[j] === "short")) j++;
    const run = splits.slice(i, j);
    if (isTableRun(run, tableEnd >= 0 && onlyLabels(splits, tableEnd, i))) {
      tableEnd = j;
      const numbers = numbersWithBlanks(run);
      builder.addTable(
        run.map((split, k) => rowOf(numbers[k] === split.numbers ? split : { ...split, numbers: numbers[k]! })),
        false,
      );
    } else for (const split of run) if (!isBlankCell(split)) text(split);
    i = j;
  }
}
