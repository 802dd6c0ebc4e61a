/**
 * Blank cells of layout-preserving PDF text (`pdftotext -layout` and the like). Such text pads every
 * cell to its printed place, so a cell printed empty leaves a gap where its number would stand: in
 * `304     9           4     6     7   335` the wide gap after 9 is a blank column. Without the gap found,
 * the numbers after it slide left into the wrong cells. The columns of a table run are read from its
 * fullest rows: a full row gives the columns when its numbers stand at varying distances (padded columns,
 * not numbers joined by a fixed run of spaces), a nearby full row whose label ends elsewhere has its
 * numbers end where its numbers end (within one character: real layout text aligns every row, whatever
 * its label), and its columns end at least MIN_PITCH characters apart. A row with fewer numbers whose every number ends where one of the nearest such
 * row's numbers ends gets an empty cell at each column it leaves out. Only runs whose fullest rows hold
 * at least MIN_COLUMNS numbers are read so (Tables 三 and 四: every row has the same columns; Table 二's
 * blocks have one to three columns each, merged cells in between). Text without layout is left as it is:
 * there a blank leaves no trace, and its rows' numbers (packed one or two spaces apart, ending wherever
 * their labels and widths put them) give no aligned columns. */

import { isDigitJoinerCode } from "../input/fold.js";
import { isWide } from "./wide-chars.js";

/** A number of a line: its text and its offset in the input. */
export interface LineNumber {
  /** The number as printed. */
  text: string;
  /** Input offset of its first character. */
  offset: number;
}

/** What the column reader needs of a split line: where its line starts and ends, and its trailing numbers. */
export interface NumberedLine {
  /** The source line (input offset of its first character, and its text). */
  line: { start: number; text: string };
  /** Its trailing numbers, in order. */
  numbers: readonly LineNumber[];
  /** The text before its numbers, when there is some (input offset of its first character). */
  label?: { text: string; offset: number } | undefined;
}

/** How far (in characters) a number's end may stand from its column's end: page shifts move a row by one. */
const TOLERANCE = 1;
/** The fewest spaces between two numbers of a layout row (text without layout separates them by one). */
const MIN_GAP = 2;
/** The fewest numbers of a run's fullest rows for its columns to be read (Table 三 has 7, Table 四 15 or 5). */
const MIN_COLUMNS = 5;
/**
 * The least distance between two column ends of a full row that gives columns: more than two tolerances
 * apart, so a number within TOLERANCE of one column is never within it of the next (D02/D03: 4 or more).
 */
const MIN_PITCH = 2 * TOLERANCE + 2;

/**
 * Whether a row's numbers stand at least MIN_GAP characters apart (the text between two numbers is spaces,
 * so this holds in characters exactly when it holds in printed width).
 */
function isLayoutRow(row: NumberedLine): boolean {
  const { numbers } = row;
  for (let k = 1; k < numbers.length; k++) {
    const before = numbers[k - 1] as LineNumber;
    if ((numbers[k] as LineNumber).offset - (before.offset + before.text.length) < MIN_GAP) return false;
  }
  return numbers.length > 0;
}

/** A zero-width character the decoding kept inside a number (`isDigitJoinerCode`): no column of its own. */
const DIGIT_JOINER = /[\u200b-\u200d\u2060]/;

/** The columns a code unit takes: 0 for a zero-width character, 2 for a wide one when `wide`, else 1. */
function columnsOfCode(code: number, wide: boolean): number {
  if (isDigitJoinerCode(code)) return 0;
  return wide && isWide(code) ? 2 : 1;
}

/**
 * The end column of each number in the line, counting every character as one column (`pdftotext -layout`)
 * or, when `wide`, wide characters as two (tools that pad by printed width), and a zero-width character
 * inside a number as none; null when two numbers stand closer than MIN_GAP.
 */
function layoutEnds(row: NumberedLine, wide: boolean): Int32Array | null {
  const { numbers, line } = row;
  const ends = new Int32Array(numbers.length);
  const scan = wide || DIGIT_JOINER.test(line.text);
  let column = 0;
  let at = 0;
  for (let k = 0; k < numbers.length; k++) {
    const n = numbers[k] as LineNumber;
    const start = n.offset - line.start;
    if (scan) {
      for (; at < start; at++) column += columnsOfCode(line.text.charCodeAt(at), wide);
    } else column = start;
    if (k > 0 && column - (ends[k - 1] as number) < MIN_GAP) return null;
    let width = n.text.length;
    if (scan) for (let i = 0; i < n.text.length; i++) if (isDigitJoinerCode(n.text.charCodeAt(i))) width--;
    ends[k] = column + width;
    if (scan) {
      column += width;
      at = start + n.text.length;
    }
  }
  return ends;
}

/**
 * The column of each of `ends` among `columns` (the ends of a full row): each within TOLERANCE of exactly
 * one column, in increasing order; null when one is not.
 */
function columnsOf(ends: Int32Array, columns: Int32Array): Int32Array | null {
  const at = new Int32Array(ends.length);
  let next = 0;
  for (let k = 0; k < ends.length; k++) {
    const end = ends[k] as number;
    while (next < columns.length && (columns[next] as number) < end - TOLERANCE) next++;
    if (next >= columns.length || Math.abs((columns[next] as number) - end) > TOLERANCE) return null;
    at[k] = next++;
  }
  return at;
}

/**
 * The numbers of `row` with an empty number (text "") at each column of `full` it leaves out, placed at
 * that column's end (clamped to the line); null when its numbers do not stand in `full`'s columns.
 */
function withBlanks(row: NumberedLine, ends: Int32Array, full: Int32Array): LineNumber[] | null {
  const at = columnsOf(ends, full);
  if (at === null) return null;
  const out = new Array<LineNumber>(full.length);
  let k = 0;
  for (let c = 0; c < full.length; c++) {
    if (k < at.length && at[k] === c) {
      out[c] = row.numbers[k++] as LineNumber;
      continue;
    }
    const column = Math.min(Math.max((full[c] as number) - 1, 0), row.line.text.length);
    out[c] = { text: "", offset: row.line.start + column };
  }
  return out;
}

/**
 * Whether a row's numbers are not all the same distance apart: text that joins numbers by a fixed run of
 * spaces is no layout, however wide the run; padded columns leave gaps that vary with the numbers' widths.
 */
function gapsVary(row: NumberedLine): boolean {
  const { numbers } = row;
  let first = -1;
  for (let k = 1; k < numbers.length; k++) {
    const before = numbers[k - 1] as LineNumber;
    const gap = (numbers[k] as LineNumber).offset - (before.offset + before.text.length);
    if (first < 0) first = gap;
    else if (gap !== first) return true;
  }
  return false;
}

/** Whether two full rows' numbers end in the same columns (within TOLERANCE), each column MIN_PITCH apart. */
function agree(a: Int32Array, b: Int32Array): boolean {
  for (let k = 0; k < a.length; k++) {
    if (Math.abs((a[k] as number) - (b[k] as number)) > TOLERANCE) return false;
    if (k > 0 && (a[k] as number) - (a[k - 1] as number) < MIN_PITCH) return false;
  }
  return true;
}

/** How many full rows on each side a full row looks for one that agrees with it. */
const NEIGHBOURS = 3;

/** Where a row's label ends in its line (in characters; −1 without a label). */
function labelEnd(row: NumberedLine): number {
  return row.label ? row.label.offset + row.label.text.length - row.line.start : -1;
}

/**
 * The full rows (indexes into `ends`) that a nearby full row agrees with: the columns a run can be read by.
 * The two rows' labels must end in different places: text that packs numbers after their labels (no
 * layout) aligns two rows only when their labels end alike.
 */
function columnRows(
  run: readonly NumberedLine[],
  fulls: readonly number[],
  ends: readonly (Int32Array | null)[],
): number[] {
  const out: number[] = [];
  for (let i = 0; i < fulls.length; i++) {
    const own = ends[fulls[i] as number] as Int32Array;
    const end = labelEnd(run[fulls[i] as number] as NumberedLine);
    // The nearest full rows on either side (rows of a page agree; a bounded look keeps this linear).
    let confirmed = false;
    for (let d = 1; !confirmed && d <= NEIGHBOURS; d++) {
      for (const j of [i - d, i + d]) {
        if (j < 0 || j >= fulls.length || confirmed) continue;
        const other = fulls[j] as number;
        confirmed =
          Math.abs(labelEnd(run[other] as NumberedLine) - end) > TOLERANCE && agree(own, ends[other] as Int32Array);
      }
    }
    if (confirmed) out.push(fulls[i] as number);
  }
  return out;
}

/**
 * The numbers of each row of a table run with the blank cells of layout text put in: for each row with
 * fewer numbers than the run's fullest rows, the nearest full row that gives columns (before, else after
 * it) is tried, counted by characters, else by printed width. Rows keep their own numbers (the same array)
 * when nothing is put in.
 */
export function numbersWithBlanks(run: readonly NumberedLine[]): (readonly LineNumber[])[] {
  const out: (readonly LineNumber[])[] = run.map((row) => row.numbers);
  let most = 0;
  for (const row of run) most = Math.max(most, row.numbers.length);
  if (most < MIN_COLUMNS) return out;
  // Text without layout (numbers one space apart) has no full layout row: nothing to place by.
  const layout = run.map(isLayoutRow);
  const fullRows: number[] = [];
  let short = 0;
  for (let i = 0; i < run.length; i++) {
    if (!layout[i]) continue;
    const row = run[i] as NumberedLine;
    if (row.numbers.length !== most) short++;
    else if (gapsVary(row)) fullRows.push(i);
  }
  if (fullRows.length < 2) return out;
  for (const wide of [false, true]) {
    if (short === 0) break;
    const ends = run.map((row, i) => (layout[i] ? layoutEnds(row, wide) : null));
    const fulls = columnRows(run, fullRows, ends);
    let next = 0; // the first of `fulls` after the row
    for (let i = 0; i < run.length; i++) {
      while (next < fulls.length && (fulls[next] as number) <= i) next++;
      const row = run[i] as NumberedLine;
      const own = ends[i];
      if (own === null || own === undefined || out[i] !== row.numbers || row.numbers.length === most) continue;
      for (const k of [fulls[next - 1], fulls[next]]) {
        if (k === undefined) continue;
        const placed = withBlanks(row, own, ends[k] as Int32Array);
        if (placed === null) continue;
        out[i] = placed;
        short--;
        break;
      }
    }
  }
  return out;
}
