/**
 * One cell per line with `|` lines (seed 003 style, a web table flattened to text): every cell is followed
 * by a line holding a single `|`; a `|` right after a closed cell is an empty cell; a row ends with a line
 * of pipes whose count is one more than the cells the row lacks (cells covered by spans), so a full row
 * ends with a single `|` after its last cell's `|`. The column count is inferred as the one whose rows fit
 * that rule best: the rows that fit it less the rows that break it.
 */
import type { GridCell } from "../document.js";
import type { DocumentBuilder } from "./builder.js";
import { isPageFurnitureAt, isSpaceCode, lineCell, linePoint, type SourceLine } from "./source-lines.js";

/** The most lines one cell may wrap over. */
const MAX_WRAPPED_LINES = 3;
/** The widest table the column inference considers. */
const MAX_COLUMNS = 20;

/** The number of pipes when the line holds only `|` characters (and whitespace around them), else 0. */
export function pipeRun(line: string): number {
  const end = line.length;
  let i = 0;
  while (i < end && isSpaceCode(line.charCodeAt(i))) i++;
  const first = i;
  while (i < end && line.charCodeAt(i) === 124) i++;
  const count = i - first;
  if (count === 0) return 0;
  while (i < end && isSpaceCode(line.charCodeAt(i))) i++;
  return i === end ? count : 0;
}

/**
 * The lines of a `|`-cells text, classified once: the kept lines (blank lines and page furniture dropped),
 * each one's pipe count (0 for a text line) and the offset of its first visible character in the line.
 */
interface Kept {
  lines: SourceLine[];
  /** Index in `lines` of each kept line. */
  at: Int32Array;
  pipes: Int32Array;
  firsts: Int32Array;
  count: number;
}

/**
 * The tokens of one cell region: token `k` stands on kept line `lineOf[k]` (a line of pipes, or the first
 * line of a cell) and has `pipes[k]` pipes (0 for a cell); a cell wrapped over several lines has its joined
 * text in `wrapped`. The arrays are sized once for the whole text and reused region after region.
 */
interface Tokens {
  lineOf: Int32Array;
  pipes: Int32Array;
  count: number;
  wrapped: Map<number, string> | null;
}

/** The text of a kept line, trimmed. */
function keptText(kept: Kept, i: number): string {
  return trimmedFrom((kept.lines[kept.at[i] as number] as SourceLine).text, kept.firsts[i] as number);
}

/** The source line of a kept line. */
function keptLine(kept: Kept, i: number): SourceLine {
  return kept.lines[kept.at[i] as number] as SourceLine;
}

/**
 * The cells of `tokens` read as rows of `columns` cells (see the module comment for the rule). A row is
 * gathered in one scratch array and copied out at its exact length.
 */
function parseRows(kept: Kept, tokens: Tokens, columns: number): GridCell[][] {
  const rows: GridCell[][] = [];
  const scratch: GridCell[] = [];
  let cells = 0;
  let open = false;
  const end = (): void => {
    rows.push(scratch.slice(0, cells));
    cells = 0;
  };
  const { lineOf, pipes, wrapped } = tokens;
  for (let k = 0; k < tokens.count; k++) {
    const count = pipes[k] as number;
    const i = lineOf[k] as number;
    const line = keptLine(kept, i);
    const offset = line.start + (kept.firsts[i] as number);
    if (count === 0) {
      if (cells >= columns) end();
      scratch[cells++] = lineCell(wrapped?.get(k) ?? keptText(kept, i), line, offset);
      open = true;
      continue;
    }
    if (open) {
      open = false;
      if (count > 1) end();
      continue;
    }
    if (count > 1 || cells >= columns) end();
    else scratch[cells++] = lineCell("", line, offset);
  }
  if (cells > 0) end();
  return rows;
}

/** A cell, in {@link parseRows}' walk: it opens a new row when the current one is full. */
const CELL = 0;
/** A single `|` that closes no cell: an empty cell, or the end of a full row. */
const EMPTY = 1;

/**
 * How well rows of `columns` cells fit the rule: the rows {@link parseRows} ends with a pipe line that
 * accounts for exactly their missing cells, less the full rows it cuts at the next cell with no closing
 * `|` (without that, one column — every cell a row — ties with the true width of a table with no spans),
 * given the walk's events (`events[0, count)`, CELL or EMPTY; a `|` closing a cell changes
 * nothing) and the lines of several pipes that end rows (`ends[s]` events precede the s-th, of `endPipes[s]`
 * pipes). Between two events a row holds at most `columns` cells: it fills after `columns − cells` events
 * (each adds a cell), and the event met when it is full either starts a new row with a cell (CELL) or ends
 * it consistently (EMPTY), so the walk jumps from one full row to the next.
 */
function consistentRows(
  events: Uint8Array,
  count: number,
  ends: number[],
  endPipes: number[],
  columns: number,
): number {
  let score = 0;
  let pos = 0;
  for (let s = 0; s <= ends.length; s++) {
    const stop = s < ends.length ? (ends[s] as number) : count;
    let cells = 0;
    for (;;) {
      const need = columns - cells;
      if (stop - pos < need) {
        cells += stop - pos;
        pos = stop;
        break;
      }
      pos += need;
      cells = columns;
      if (pos === stop) break;
      if (events[pos] === CELL) {
        // A full row cut by the next cell, with no closing `|`, breaks the rule.
        score--;
        cells = 1;
      } else {
        score++;
        cells = 0;
      }
      pos++;
    }
    if (s < ends.length && cells + (endPipes[s] as number) - 1 === columns) score++;
  }
  return score;
}

/**
 * The column count that fits the rule best (the smallest on a tie; see {@link consistentRows} for the score,
 * rows that fit less rows that break). A width must score at least 0 to be chosen: when every width breaks the
 * rule more often than it fits it (pipe lines lost), the text says nowhere where rows end, and one column —
 * every cell a row, nothing merged — is kept.
 */
function bestColumns(pipes: Int32Array, tokens: number): number {
  const events = new Uint8Array(tokens);
  let count = 0;
  const ends: number[] = [];
  const endPipes: number[] = [];
  let open = false;
  for (let k = 0; k < tokens; k++) {
    const n = pipes[k] as number;
    if (n === 0) {
      events[count++] = CELL;
      open = true;
    } else if (n > 1) {
      ends.push(count);
      endPipes.push(n);
      open = false;
    } else if (open) open = false;
    else events[count++] = EMPTY;
  }
  const maxColumns = Math.min(MAX_COLUMNS, tokens);
  let best = 1;
  let bestScore = -1;
  for (let columns = 1; columns <= maxColumns; columns++) {
    const score = consistentRows(events, count, ends, endPipes, columns);
    if (score > bestScore) {
      best = columns;
      bestScore = score;
    }
  }
  return best;
}

/** The offset of the end of a line's visible text (past its last non-space character). */
function visibleEnd(text: string): number {
  let b = text.length;
  while (b > 0 && isSpaceCode(text.charCodeAt(b - 1))) b--;
  return b;
}

/** A kept line's trimmed text (`first`: its first non-space character, known to the caller). */
function trimmedFrom(text: string, first: number): string {
  const b = visibleEnd(text);
  return first === 0 && b === text.length ? text : text.slice(first, b);
}

/** Classifies the lines: blank lines and page furniture dropped, the others kept with their pipe count. */
function keepLines(lines: SourceLine[]): Kept {
  const at = new Int32Array(lines.length);
  const pipes = new Int32Array(lines.length);
  const firsts = new Int32Array(lines.length);
  let n = 0;
  for (let index = 0; index < lines.length; index++) {
    const text = (lines[index] as SourceLine).text;
    const end = text.length;
    let a = 0;
    while (a < end && isSpaceCode(text.charCodeAt(a))) a++;
    if (a === end) continue;
    let count = 0;
    if (text.charCodeAt(a) === 124) {
      let i = a + 1;
      while (i < end && text.charCodeAt(i) === 124) i++;
      count = i - a;
      while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
      if (i !== end) count = 0;
    } else if (isPageFurnitureAt(text, a)) continue;
    at[n] = index;
    pipes[n] = count;
    firsts[n] = a;
    n++;
  }
  return { lines, at, pipes, firsts, count: n };
}

/**
 * Adds the blocks of `|`-separated cell lines to a builder. Blank lines and page furniture are skipped;
 * each other line is a line of pipes or a text line (one scan per line finds which, and where its text starts).
 */
export function addCellLines(builder: DocumentBuilder, lines: SourceLine[]): void {
  const kept = keepLines(lines);
  const { pipes, count: n } = kept;
  const tokens: Tokens = { lineOf: new Int32Array(n), pipes: new Int32Array(n), count: 0, wrapped: null };
  const flush = (): void => {
    if (tokens.count === 0) return;
    builder.addTable(parseRows(kept, tokens, bestColumns(tokens.pipes, tokens.count)), true);
    tokens.count = 0;
    tokens.wrapped = null;
  };
  const push = (i: number, count: number): void => {
    tokens.lineOf[tokens.count] = i;
    tokens.pipes[tokens.count] = count;
    tokens.count++;
  };
  let i = 0;
  while (i < n) {
    const count = pipes[i] as number;
    if (count > 0) {
      push(i, count);
      i++;
      continue;
    }
    let j = i;
    while (j < n && pipes[j] === 0) j++;
    const closesCell = j < n;
    const inTable = tokens.count > 0;
    // Inside a table a short run (≤ MAX_WRAPPED_LINES) is one wrapped cell; a longer run is prose
    // between tables, and only its last line (the one its `|` closes) is a cell.
    const cellFrom = !closesCell ? j : inTable && j - i <= MAX_WRAPPED_LINES ? i : j - 1;
    if (cellFrom > i || !closesCell) flush();
    for (let k = i; k < cellFrom; k++) {
      const prose = keptLine(kept, k);
      builder.addText(keptText(kept, k), linePoint(prose, prose.start + (kept.firsts[k] as number)));
    }
    if (closesCell && cellFrom < j) {
      if (j - cellFrom > 1) {
        let text = keptText(kept, cellFrom);
        for (let k = cellFrom + 1; k < j; k++) text = `${text}\n${keptText(kept, k)}`;
        tokens.wrapped ??= new Map();
        tokens.wrapped.set(tokens.count, text);
      }
      push(cellFrom, 0);
    }
    i = j;
  }
  flush();
}
