/**
 * Text extracted from PDF (one line per printed line, no row separators): lines that end in numbers are
 * table rows (label cell + one cell per number), and the short lines around them (headers, labels wrapped
 * over lines, vertical labels one character per line) belong to the same table; long lines are prose, as
 * are enumerated headings (`二、…` without numbers) and runs of short lines with no numeric row. Row
 * boundaries are guesses, so tables are marked `rowsReliable: false`.
 */
import type { GridCell } from "../document.js";
import { isMarkCode, trailingMarksStart } from "../footnote-marks.js";
import { isNumeralRun } from "../numerals.js";
import type { DocumentBuilder } from "./builder.js";
import { numbersWithBlanks } from "./pdf-columns.js";
import {
  isPageFurniture,
  isPageFurnitureAt,
  isSpaceCode,
  lineCell,
  linePoint,
  type SourceLine,
  trimSpan,
} from "./source-lines.js";

const ENUMERATED_HEADING = /^[一二三四五六七八九十]+[、.．]\S/u;
const FALLBACK_PROSE_WIDTH = 26;

/** A line split into an optional label and trailing numeric tokens, with offsets. */
interface SplitLine {
  line: SourceLine;
  label: { text: string; offset: number } | undefined;
  numbers: readonly { text: string; offset: number }[];
}

/** The numbers of a line that has none (most lines: prose), shared. */
const NO_NUMBERS: readonly { text: string; offset: number }[] = Object.freeze([]);

/** `-`, `—`, `–`, `－`, `−` (U+2212), `/`, `／`: the characters of a dash token (a printed "none"). */
function isDash(code: number): boolean {
  return (
    code === 0x2d ||
    code === 0x2f ||
    code === 0x2014 ||
    code === 0x2013 ||
    code === 0x2212 ||
    code === 0xff0d ||
    code === 0xff0f
  );
}

/** A character a numeric token may hold: digits, signs (U+2212 too), separators, percent signs, dashes, slashes. */
function isNumberChar(code: number): boolean {
  if (code < 0x80) return (code >= 0x2b && code <= 0x39) || code === 0x25;
  return (code >= 0xff0b && code <= 0xff19) || code === 0xff05 || code === 0x2013 || code === 0x2014 || code === 0x2212;
}

/** ASCII or full-width digit. */
function isDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

/**
 * True when `text.slice(from, to)` is a numeric token, as the pattern
 * `^(?:[+\-＋－−]?[0-9０-９]+(?:[.,．][0-9０-９]+)*[%％]?|[-—–－−/／]+)$` (a signed number with separators
 * and an optional percent sign, or a run of dashes and slashes) — matched without backtracking.
 */
export function isNumberToken(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  let i = from;
  while (i < to && isDash(text.charCodeAt(i))) i++;
  if (i === to) return true;
  i = from;
  const sign = text.charCodeAt(i);
  if (sign === 0x2b || sign === 0x2d || sign === 0x2212 || sign === 0xff0b || sign === 0xff0d) i++;
  if (i >= to || !isDigit(text.charCodeAt(i))) return false;
  while (i < to && isDigit(text.charCodeAt(i))) i++;
  for (;;) {
    const separator = text.charCodeAt(i);
    if (i + 1 >= to || !(separator === 0x2e || separator === 0x2c || separator === 0xff0e)) break;
    if (!isDigit(text.charCodeAt(i + 1))) return false;
    i += 2;
    while (i < to && isDigit(text.charCodeAt(i))) i++;
  }
  if (i < to) {
    const percent = text.charCodeAt(i);
    if (percent === 0x25 || percent === 0xff05) i++;
  }
  return i === to;
}

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

/** Splits the trailing whitespace-separated numeric tokens off a line. */
export function splitTrailingNumbers(line: SourceLine): SplitLine {
  let first = 0;
  while (first < line.text.length && isSpaceCode(line.text.charCodeAt(first))) first++;
  return splitNumbersFrom(line, first);
}

/** {@link splitTrailingNumbers} for a line whose first non-whitespace character is at `first`. */
function splitNumbersFrom(line: SourceLine, first: number): SplitLine {
  const text = line.text;
  let numbers: { text: string; offset: number }[] | undefined;
  let end = text.length;
  let labelEnd = -1;
  // Tokens are read from the end until one is not numeric: that one closes the label.
  for (;;) {
    while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
    if (end === 0) break;
    let start = end;
    // 无 / 不适用 before values already read: a na value of its own column (规章 无 0 11).
    if (numbers && (text.endsWith("无", end) || text.endsWith("不适用", end))) {
      const word = text.endsWith("无", end) ? 1 : 3;
      if (end - word === 0 || isSpaceCode(text.charCodeAt(end - word - 1))) {
        numbers.push({ text: text.slice(end - word, end), offset: line.start + end - word });
        end -= word;
        continue;
      }
    }
    // A count in Chinese numerals between a label and values already read (数量 95 一 0 0): a value of its own
    // column, kept as text by the cell reader (the row's values stay in their columns).
    if (numbers) {
      let from = end;
      while (from > 0 && !isSpaceCode(text.charCodeAt(from - 1))) from--;
      // Only after a label: a numeral alone before a row's values may be a vertical label's character (三).
      let before = from;
      while (before > 0 && isSpaceCode(text.charCodeAt(before - 1))) before--;
      if (from < end && before > 0 && isNumeralRun(text, from, end)) {
        numbers.push({ text: text.slice(from, end), offset: line.start + from });
        end = from;
        continue;
      }
    }
    // A value with footnote marks after it (0①, 72*): the number before the marks is the token's test.
    const marks = isMarkCode(text.charCodeAt(end - 1)) ? trailingMarksStart(text, 0, end) : end;
    start = marks;
    while (start > 0 && isNumberChar(text.charCodeAt(start - 1))) start--;
    // A token holding any other character (most labels: the scan stops at their last character) is no number.
    if ((start > 0 && !isSpaceCode(text.charCodeAt(start - 1))) || !isNumberToken(text, start, marks)) {
      labelEnd = end;
      break;
    }
    numbers ??= [];
    numbers.push({ text: text.slice(start, end), offset: line.start + start });
    end = start;
  }
  const found = numbers ? numbers.reverse() : NO_NUMBERS;
  if (labelEnd < 0) return { line, label: undefined, numbers: found };
  return { line, label: { text: text.slice(first, labelEnd), offset: line.start + first }, numbers: found };
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

/** A run of short lines is a table when it has a row of several numbers or at least three numeric rows. */
function isTableRun(run: SplitLine[]): boolean {
  let single = 0;
  for (const s of run) {
    if (s.numbers.length >= 2 || (!s.label && s.numbers.length > 0)) return true;
    if (s.numbers.length === 1) single++;
  }
  return single >= 3;
}

/** A split line holding one number and nothing else. */
const isLoneNumber = (split: SplitLine | undefined): boolean =>
  split !== undefined && split.label === undefined && split.numbers.length === 1;

/** Whether a source line is blank (whitespace only). */
function isBlank(line: SourceLine | undefined): boolean {
  if (!line) return true;
  const t = line.text;
  for (let i = 0; i < t.length; i++) if (!isSpaceCode(t.charCodeAt(i))) return false;
  return true;
}

/**
 * Counts for `oneCellPerLine`, gathered while the lines are split: lines with numbers, lines of one number
 * alone, and those of them followed by a non-blank line.
 */
interface CellLineCounts {
  numbered: number;
  alone: number;
  followed: number;
}

/**
 * Whether the text is one cell per line with rows not blank-separated (LibreOffice's text export): most
 * numbers stand alone on a line, followed by a non-blank line.
 */
const oneCellPerLine = (c: CellLineCounts): boolean =>
  c.numbered >= 20 && c.alone >= c.numbered * 0.9 && c.followed >= c.alone * 0.8;

/**
 * In one-cell-per-line text, a single blank line between a non-blank line and a line of one number is an
 * empty cell: its split is inserted where the blank line stood (`blanks`: where in `splits`, and the line).
 */
function insertBlankCells(
  splits: SplitLine[],
  lengths: number[],
  blanks: readonly { at: number; line: SourceLine; next: SourceLine | undefined }[],
): void {
  for (let b = blanks.length - 1; b >= 0; b--) {
    const { at, line, next } = blanks[b]!;
    const after = splits[at];
    if (after?.line !== next || !isLoneNumber(after)) continue;
    splits.splice(at, 0, { line, label: undefined, numbers: [{ text: "", offset: line.start }] });
    lengths.splice(at, 0, 1);
  }
}

/** Adds the blocks of PDF-extracted lines to a builder. */
export function addPdfLines(builder: DocumentBuilder, lines: SourceLine[]): void {
  const splits: SplitLine[] = [];
  const lengths: number[] = [];
  const counts: CellLineCounts = { numbered: 0, alone: 0, followed: 0 };
  /** Blank lines after a non-blank one: empty cells if the text turns out to be one cell per line. */
  const blanks: { at: number; line: SourceLine; next: SourceLine | undefined }[] = [];
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    // One pass per line: skip blank lines and page furniture, count the visible characters of the rest.
    const t = line.text;
    let first = 0;
    while (first < t.length && isSpaceCode(t.charCodeAt(first))) first++;
    if (first === t.length) {
      if (n > 0 && !isBlank(lines[n - 1]) && !isPageFurniture(lines[n - 1]!.text))
        blanks.push({ at: splits.length, line, next: lines[n + 1] });
      continue;
    }
    if (isPageFurnitureAt(t, first)) continue;
    let visible = 1;
    for (let k = first + 1; k < t.length; k++) if (!isSpaceCode(t.charCodeAt(k))) visible++;
    const split = splitNumbersFrom(line, first);
    splits.push(split);
    lengths.push(visible);
    if (split.numbers.length > 0) {
      counts.numbered++;
      if (isLoneNumber(split)) {
        counts.alone++;
        if (!isBlank(lines[n + 1]) && n + 1 < lines.length) counts.followed++;
      }
    }
  }
  // One cell per line with no blank line between rows (LibreOffice's text export): a blank line between two
  // cells is an empty cell.
  if (blanks.length > 0 && oneCellPerLine(counts)) insertBlankCells(splits, lengths, blanks);
  const width = proseWidth(lengths);
  const kinds = splits.map((s, k) => classify(s, lengths[k] as number, width));
  const text = (s: SplitLine): void => {
    const span = trimSpan(s.line.text, 0, s.line.text.length);
    builder.addText(span.text, linePoint(s.line, s.line.start + span.offset));
  };
  let i = 0;
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
    if (isTableRun(run)) {
      const numbers = numbersWithBlanks(run);
      builder.addTable(
        run.map((split, k) => rowOf(numbers[k] === split.numbers ? split : { ...split, numbers: numbers[k]! })),
        false,
      );
    } else run.forEach(text);
    i = j;
  }
}
