/**
 * Table rows whose cells stand in paragraphs of their own between lines holding only a cell separator `|`:
 * html2text writes a row so when its cells hold paragraphs (Word's HTML puts a `<p>` in every cell, as most report
 * pages pasted from Word do):
 *
 * ```text
 * 规章
 *
 * |
 *
 * 1
 *
 * |
 *
 * |
 *
 * 3␠␠
 * ␠␠
 * ```
 *
 * The row ends with its last cell's hard line break (two spaces at the line's end; a line of spaces alone after
 * an empty last cell), then a line of spaces alone. Such a row is joined onto
 * one line, each line break inside it made a space (`规章  |  1  |    |  3  `): one code unit for one, so
 * every position stays that of the input, and the row is read as a pipe row.
 */

import { type SourceLine, sourceLines } from "../shapes/source-lines.js";

/** A line holding only a cell separator. */
const SEPARATOR = /^[ \t]*\|[ \t]*$/;
/** A hard line break: two spaces or more at a line's end (Markdown's, which html2text ends a row's last cell with). */
const HARD_BREAK = / {2,}$/;
/** So many separator lines at least make the text one written so (a table of a few rows). */
const MIN_SEPARATORS = 8;
/** A row running over more lines than this has no end: it is left as it is. */
const MAX_ROW_LINES = 400;

/** Whether a code unit is a space or a tab (or a carriage return, at a line's end). */
const isBlankCode = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0x0d;

/**
 * How many lines of a text hold only a separator, counting up to `limit`: each `|` is looked at with its
 * neighbours up to the first other character, and a line failing is skipped whole (one pass over a pipe table).
 */
function separatorLines(text: string, limit: number): number {
  let n = 0;
  for (let at = text.indexOf("|"); at >= 0 && n < limit; ) {
    let a = at - 1;
    while (a >= 0 && isBlankCode(text.charCodeAt(a))) a--;
    let b = at + 1;
    while (b < text.length && isBlankCode(text.charCodeAt(b))) b++;
    if ((a < 0 || text.charCodeAt(a) === 0x0a) && (b === text.length || text.charCodeAt(b) === 0x0a)) n++;
    const end = text.indexOf("\n", at);
    if (end < 0) break;
    at = text.indexOf("|", end);
  }
  return n;
}

/**
 * The text with each such row joined onto one line, how many rows were and where the first starts; null when
 * the text holds fewer than MIN_SEPARATORS separator lines (no row is so written) or no row was joined.
 */
export function joinSeparatorCells(text: string): { text: string; rows: number; first: number } | null {
  if (separatorLines(text, MIN_SEPARATORS) < MIN_SEPARATORS) return null;
  const lines = sourceLines(text);
  // The first line of each row joined, and its last.
  const joined: [number, number][] = [];
  // The first line of the paragraph read last (a row's first cell, once a separator follows it), and of the row.
  let paragraph = -1;
  let row = -1;
  let blankBefore = true;
  // The last line holding text or a separator.
  let last = -1;
  /** Whether line `i` is followed by a line of spaces alone (html2text's hard break after a row), or ends the text. */
  const breakAfter = (i: number): boolean => {
    const next = lines[i + 1];
    return next === undefined || (next.text.trim() === "" && HARD_BREAK.test(next.text));
  };
  /** Joins lines `from` to `to`, unless a cell among them is prose. */
  const join = (from: number, to: number): void => {
    if (!holdsProse(lines, from, to)) joined.push([from, to]);
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.text;
    if (line.trim() === "") {
      blankBefore = true;
      // A row whose last cell is empty ends with that cell's hard break alone: a line of spaces.
      if (row >= 0 && HARD_BREAK.test(line) && breakAfter(i)) {
        join(row, last);
        row = -1;
        paragraph = -1;
      }
      continue;
    }
    last = i;
    if (SEPARATOR.test(line)) {
      // A row opens with the paragraph before its first separator (none: its first cell is empty).
      if (row < 0) row = paragraph >= 0 && !endsRow(lines, paragraph) ? paragraph : i;
      blankBefore = true;
      continue;
    }
    if (blankBefore) paragraph = i;
    blankBefore = false;
    if (row >= 0 && i - row > MAX_ROW_LINES) row = -1;
    if (row < 0 || !HARD_BREAK.test(line) || !breakAfter(i)) continue;
    join(row, i);
    row = -1;
    paragraph = -1;
  }
  // A row open at the text's end (its last cell's hard break trimmed away) ends on the last line of text, in a
  // text whose rows end with hard breaks (else its `|` lines are another writer's: a cell per line, `|` between).
  if (joined.length > 0 && row >= 0 && last > row) join(row, last);
  if (joined.length === 0) return null;
  // Each line break inside a joined row (`\n`, `\r\n` or `\r`) becomes as many spaces.
  const out: string[] = [];
  let copied = 0;
  for (const [from, to] of joined) {
    for (let k = from; k < to; k++) {
      const end = lines[k]!.start + lines[k]!.text.length;
      const next = lines[k + 1]!.start;
      out.push(text.slice(copied, end), " ".repeat(next - end));
      copied = next;
    }
  }
  out.push(text.slice(copied));
  return { text: out.join(""), rows: joined.length, first: lines[joined[0]![0]]!.start };
}

/** The most characters a table cell of a report holds (the longest row label has under 40). */
const MAX_CELL = 100;

/**
 * Whether a cell of lines `from` to `to` (the text between two separator lines) is longer than MAX_CELL: prose,
 * not a table's cell, as in a page laid out in a table, whose one row holds title, sections and tables.
 */
function holdsProse(lines: readonly SourceLine[], from: number, to: number): boolean {
  let cell = 0;
  for (let k = from; k <= to; k++) {
    const line = lines[k]!.text;
    if (SEPARATOR.test(line)) {
      cell = 0;
      continue;
    }
    cell += line.trim().length;
    if (cell > MAX_CELL) return true;
  }
  return false;
}

/** Whether the paragraph starting at line `p` ends a row already (its last line a hard break: a one-cell row). */
function endsRow(lines: readonly SourceLine[], p: number): boolean {
  let k = p;
  while (k + 1 < lines.length && lines[k + 1]!.text.trim() !== "") k++;
  return HARD_BREAK.test(lines[k]!.text);
}
