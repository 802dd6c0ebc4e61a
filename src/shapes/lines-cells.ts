/**
 * One cell per line with `|` lines (seed 003 style, a web table flattened to text): every cell is followed
 * by a line holding a single `|`; a `|` right after a closed cell is an empty cell; a row ends with a line
 * of pipes whose count is one more than the cells the row lacks (cells covered by spans), so a full row
 * ends with a single `|` after its last cell's `|`. The column count is inferred as the one that makes
 * the most rows consistent with that rule.
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
 * The tokens of one cell region as parallel arrays: `pipes[k]` is 0 for a (possibly multi-line) cell, whose
 * text is `texts[k]`, else the count of a line of pipes; `offsets[k]` is where the token starts and
 * `lines[k]` the line holding it.
 */
interface Tokens {
  pipes: number[];
  texts: string[];
  offsets: number[];
  lines: SourceLine[];
}

function noTokens(): Tokens {
  return { pipes: [], texts: [], offsets: [], lines: [] };
}

/** The cells of `tokens` read as rows of `columns` cells (see the module comment for the rule). */
function parseRows(tokens: Tokens, columns: number): GridCell[][] {
  const rows: GridCell[][] = [];
  let cells: GridCell[] = [];
  let open = false;
  const end = (): void => {
    rows.push(cells);
    cells = [];
  };
  const { pipes, texts, offsets, lines } = tokens;
  for (let k = 0; k < pipes.length; k++) {
    const count = pipes[k] as number;
    if (count === 0) {
      if (cells.length >= columns) end();
      cells.push(lineCell(texts[k] as string, lines[k] as SourceLine, offsets[k] as number));
      open = true;
      continue;
    }
    if (open) {
      open = false;
      if (count > 1) end();
      continue;
    }
    if (count > 1 || cells.length >= columns) end();
    else cells.push(lineCell("", lines[k] as SourceLine, offsets[k] as number));
  }
  if (cells.length > 0) end();
  return rows;
}

/** A cell, in {@link parseRows}' walk: it opens a new row when the current one is full. */
const CELL = 0;
/** A single `|` that closes no cell: an empty cell, or the end of a full row. */
const EMPTY = 1;

/**
 * How many rows of `columns` cells {@link parseRows} ends with a pipe line that accounts for exactly their
 * missing cells, given the walk's events (`events[0, count)`, CELL or EMPTY; a `|` closing a cell changes
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
      if (events[pos] === CELL) cells = 1;
      else {
        score++;
        cells = 0;
      }
      pos++;
    }
    if (s < ends.length && cells + (endPipes[s] as number) - 1 === columns) score++;
  }
  return score;
}

/** The column count that makes the most rows consistent (the smallest on a tie). */
function bestColumns(pipes: readonly number[]): number {
  const events = new Uint8Array(pipes.length);
  let count = 0;
  const ends: number[] = [];
  const endPipes: number[] = [];
  let open = false;
  for (let k = 0; k < pipes.length; k++) {
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
  const maxColumns = Math.min(MAX_COLUMNS, pipes.length);
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

/**
 * Adds the blocks of `|`-separated cell lines to a builder. Blank lines and page furniture are skipped;
 * each other line is a line of pipes or a text line (one scan per line finds which, and where its text starts).
 */
export function addCellLines(builder: DocumentBuilder, lines: SourceLine[]): void {
  const kept: SourceLine[] = [];
  const pipes: number[] = [];
  const firsts: number[] = [];
  for (const line of lines) {
    const text = line.text;
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
    kept.push(line);
    pipes.push(count);
    firsts.push(a);
  }
  let tokens = noTokens();
  const flush = (): void => {
    if (tokens.pipes.length === 0) return;
    builder.addTable(parseRows(tokens, bestColumns(tokens.pipes)), true);
    tokens = noTokens();
  };
  const push = (count: number, text: string, offset: number, line: SourceLine): void => {
    tokens.pipes.push(count);
    tokens.texts.push(text);
    tokens.offsets.push(offset);
    tokens.lines.push(line);
  };
  let i = 0;
  while (i < kept.length) {
    const line = kept[i] as SourceLine;
    const count = pipes[i] as number;
    if (count > 0) {
      push(count, "", line.start + (firsts[i] as number), line);
      i++;
      continue;
    }
    let j = i;
    while (j < kept.length && pipes[j] === 0) j++;
    const closesCell = j < kept.length;
    const inTable = tokens.pipes.length > 0;
    // Inside a table a short run (≤ MAX_WRAPPED_LINES) is one wrapped cell; a longer run is prose
    // between tables, and only its last line (the one its `|` closes) is a cell.
    const cellFrom = !closesCell ? j : inTable && j - i <= MAX_WRAPPED_LINES ? i : j - 1;
    if (cellFrom > i || !closesCell) flush();
    for (let k = i; k < cellFrom; k++) {
      const prose = kept[k] as SourceLine;
      const first = firsts[k] as number;
      builder.addText(trimmedFrom(prose.text, first), linePoint(prose, prose.start + first));
    }
    if (closesCell && cellFrom < j) {
      const first = kept[cellFrom] as SourceLine;
      let text = trimmedFrom(first.text, firsts[cellFrom] as number);
      for (let k = cellFrom + 1; k < j; k++)
        text = `${text}\n${trimmedFrom((kept[k] as SourceLine).text, firsts[k] as number)}`;
      push(0, text, first.start + (firsts[cellFrom] as number), first);
    }
    i = j;
  }
  flush();
}
