/**
 * Blank cells of layout-preserving PDF text (`pdftotext -layout` and the like). Such text pads every
 * cell to its printed place, so a cell printed empty leaves a gap where its number would stand: in
 * `304     9           4     6     7   335` the wide gap after 9 is a blank column. Without the gap found,
 * the numbers after it slide left into the wrong cells. The columns of a table run are read from its
 * fullest rows: a row with fewer numbers whose every number ends where one of the nearest full row's
 * numbers ends (within one character) gets an empty cell at each column it leaves out. Only runs whose
 * fullest rows hold at least MIN_COLUMNS numbers are read so (Tables 三 and 四: every row has the same
 * columns; Table 二's blocks have one to three columns each, merged cells in between). Text without
 * layout (numbers one space apart) is left as it is: there a blank leaves no trace.
 */

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
}

/** How far (in characters) a number's end may stand from its column's end: page shifts move a row by one. */
const TOLERANCE = 1;
/** The fewest spaces between two numbers of a layout row (text without layout separates them by one). */
const MIN_GAP = 2;
/** The fewest numbers of a run's fullest rows for its columns to be read (Table 三 has 7, Table 四 15 or 5). */
const MIN_COLUMNS = 5;

/**
 * Whether a code unit is a wide (East Asian) character, two columns on a terminal: Hangul Jamo, CJK
 * radicals to Yi, Hangul syllables, CJK compatibility ideographs, vertical and compatibility forms, and
 * full-width forms.
 */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
  );
}

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

/**
 * The end column of each number in the line, counting every character as one column (`pdftotext -layout`)
 * or, when `wide`, wide characters as two (tools that pad by printed width); null when two numbers stand
 * closer than MIN_GAP.
 */
function layoutEnds(row: NumberedLine, wide: boolean): Int32Array | null {
  const { numbers, line } = row;
  const ends = new Int32Array(numbers.length);
  let column = 0;
  let at = 0;
  for (let k = 0; k < numbers.length; k++) {
    const n = numbers[k] as LineNumber;
    const start = n.offset - line.start;
    if (wide) {
      for (; at < start; at++) column += isWide(line.text.charCodeAt(at)) ? 2 : 1;
    } else column = start;
    if (k > 0 && column - (ends[k - 1] as number) < MIN_GAP) return null;
    ends[k] = column + n.text.length;
    if (wide) {
      column += n.text.length;
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
 * The numbers of each row of a table run with the blank cells of layout text put in: for each row with
 * fewer numbers than the run's fullest rows, the nearest full row (before, else after it) gives the
 * columns, counted by characters, else by printed width. Rows keep their own numbers (the same array)
 * when nothing is put in.
 */
export function numbersWithBlanks(run: readonly NumberedLine[]): (readonly LineNumber[])[] {
  const out: (readonly LineNumber[])[] = run.map((row) => row.numbers);
  let most = 0;
  for (const row of run) most = Math.max(most, row.numbers.length);
  if (most < MIN_COLUMNS) return out;
  // Text without layout (numbers one space apart) has no full layout row: nothing to place by.
  const layout = run.map(isLayoutRow);
  const fulls: number[] = [];
  let short = 0;
  for (let i = 0; i < run.length; i++) {
    if (!layout[i]) continue;
    if ((run[i] as NumberedLine).numbers.length === most) fulls.push(i);
    else short++;
  }
  if (fulls.length === 0) return out;
  for (const wide of [false, true]) {
    if (short === 0) break;
    const ends = run.map((row, i) => (layout[i] ? layoutEnds(row, wide) : null));
    for (let i = 0; i < run.length; i++) {
      const row = run[i] as NumberedLine;
      const own = ends[i];
      if (own === null || own === undefined || out[i] !== row.numbers || row.numbers.length === most) continue;
      const after = fulls.findIndex((k) => k > i);
      const before = after < 0 ? fulls.at(-1) : fulls[after - 1];
      for (const k of [before, fulls[after]]) {
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
