/**
 * One cell per line with `|` lines (seed 003 style, a web table flattened to text): every cell is followed
 * by a line holding a single `|`; a `|` right after a closed cell is an empty cell; a row ends with a line
 * of pipes whose count is one more than the cells the row lacks (cells covered by spans), so a full row
 * ends with a single `|` after its last cell's `|`. The column count is inferred as the one that makes
 * the most rows consistent with that rule.
 */
import type { GridCell } from "../document.js";
import type { DocumentBuilder } from "./builder.js";
import { isBlank, isPageFurniture, isSpaceCode, lineCell, linePoint, type SourceLine } from "./source-lines.js";

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

/** One token of a cell region: a (possibly multi-line) cell text, or a line of pipes; `line` holds `offset`. */
type Token =
  | { kind: "cell"; text: string; offset: number; line: SourceLine }
  | { kind: "pipes"; count: number; offset: number; line: SourceLine };

/** The cells of `tokens` read as rows of `columns` cells (see the module comment for the rule). */
function parseRows(tokens: Token[], columns: number): GridCell[][] {
  const rows: GridCell[][] = [];
  let cells: GridCell[] = [];
  let open = false;
  const end = (): void => {
    rows.push(cells);
    cells = [];
  };
  for (const token of tokens) {
    if (token.kind === "cell") {
      if (cells.length >= columns) end();
      cells.push(lineCell(token.text, token.line, token.offset));
      open = true;
      continue;
    }
    if (open) {
      open = false;
      if (token.count > 1) end();
      continue;
    }
    if (token.count > 1 || cells.length >= columns) end();
    else cells.push(lineCell("", token.line, token.offset));
  }
  if (cells.length > 0) end();
  return rows;
}

/**
 * How many rows of `columns` cells are terminated by a pipe line that accounts for exactly their missing
 * cells: {@link parseRows}' walk over `pipes` (0 for a cell token, else the pipe line's count), counting
 * cells instead of making them.
 */
function consistentRows(pipes: Int32Array, columns: number): number {
  let score = 0;
  let cells = 0;
  let open = false;
  for (let k = 0; k < pipes.length; k++) {
    const count = pipes[k] as number;
    if (count === 0) {
      if (cells >= columns) cells = 0;
      cells++;
      open = true;
      continue;
    }
    if (open) {
      open = false;
      if (count > 1) {
        if (cells + count - 1 === columns) score++;
        cells = 0;
      }
      continue;
    }
    if (count > 1 || cells >= columns) {
      if (cells + count - 1 === columns) score++;
      cells = 0;
    } else cells++;
  }
  return score;
}

/**
 * The column count that makes the most rows consistent (the smallest on a tie). One walk without a width
 * limit gives the widths of the terminated rows and the most cells a row collects (`most`): a width above
 * `most` never cuts a row, so its walk is that same walk and its score is read off the widths; only the
 * widths up to `most` need their own walk.
 */
function bestColumns(tokens: Token[]): number {
  const pipes = new Int32Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (token.kind === "pipes") pipes[k] = token.count;
  }
  const maxColumns = Math.min(MAX_COLUMNS, tokens.length);
  const widths = new Int32Array(maxColumns + 1);
  let most = 0;
  let cells = 0;
  let open = false;
  for (let k = 0; k < pipes.length; k++) {
    const count = pipes[k] as number;
    if (count === 0) {
      cells++;
      open = true;
    } else if (count > 1) {
      const width = cells + count - 1;
      if (width <= maxColumns) widths[width] = (widths[width] as number) + 1;
      cells = 0;
      open = false;
    } else if (open) open = false;
    else cells++;
    if (cells > most) most = cells;
  }
  let best = 1;
  let bestScore = -1;
  for (let columns = 1; columns <= maxColumns; columns++) {
    const score = columns > most ? (widths[columns] as number) : consistentRows(pipes, columns);
    if (score > bestScore) {
      best = columns;
      bestScore = score;
    }
  }
  return best;
}

/** A line's trimmed text and the input offset of its first visible character (the line's start when blank). */
function trimmedText(line: SourceLine): { text: string; offset: number } {
  const text = line.text;
  let a = 0;
  let b = text.length;
  while (a < b && isSpaceCode(text.charCodeAt(a))) a++;
  while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b--;
  return { text: a === 0 && b === text.length ? text : text.slice(a, b), offset: line.start + (a === b ? 0 : a) };
}

/** Adds the blocks of `|`-separated cell lines to a builder. */
export function addCellLines(builder: DocumentBuilder, lines: SourceLine[]): void {
  const kept: SourceLine[] = [];
  const pipes: number[] = [];
  for (const line of lines) {
    if (isBlank(line.text) || isPageFurniture(line.text)) continue;
    kept.push(line);
    pipes.push(pipeRun(line.text));
  }
  let tokens: Token[] = [];
  const flush = (): void => {
    if (tokens.length === 0) return;
    builder.addTable(parseRows(tokens, bestColumns(tokens)), true);
    tokens = [];
  };
  let i = 0;
  while (i < kept.length) {
    const line = kept[i] as SourceLine;
    const count = pipes[i] as number;
    if (count > 0) {
      tokens.push({ kind: "pipes", count, offset: line.start + line.text.indexOf("|"), line });
      i++;
      continue;
    }
    let j = i;
    while (j < kept.length && pipes[j] === 0) j++;
    const closesCell = j < kept.length;
    const inTable = tokens.length > 0;
    // Inside a table a short run (≤ MAX_WRAPPED_LINES) is one wrapped cell; a longer run is prose
    // between tables, and only its last line (the one its `|` closes) is a cell.
    const cellFrom = !closesCell ? j : inTable && j - i <= MAX_WRAPPED_LINES ? i : j - 1;
    if (cellFrom > i || !closesCell) flush();
    for (let k = i; k < cellFrom; k++) {
      const prose = kept[k] as SourceLine;
      const span = trimmedText(prose);
      builder.addText(span.text, linePoint(prose, span.offset));
    }
    if (closesCell && cellFrom < j) {
      const first = kept[cellFrom] as SourceLine;
      const span = trimmedText(first);
      let text = span.text;
      for (let k = cellFrom + 1; k < j; k++) text = `${text}\n${trimmedText(kept[k] as SourceLine).text}`;
      tokens.push({ kind: "cell", text, offset: span.offset, line: first });
    }
    i = j;
  }
  flush();
}
