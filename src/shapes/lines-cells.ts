/**
 * One cell per line with `|` lines (seed 003 style, a web table flattened to text): every cell is followed
 * by a line holding a single `|`; a `|` right after a closed cell is an empty cell; a row ends with a line
 * of pipes whose count is one more than the cells the row lacks (cells covered by spans), so a full row
 * ends with a single `|` after its last cell's `|`. The column count is inferred as the one that makes
 * the most rows consistent with that rule.
 */
import type { GridCell } from "../document.js";
import type { DocumentBuilder } from "./builder.js";
import { gridCell, isBlank, isPageFurniture, type SourceLine, trimSpan } from "./source-lines.js";

const PIPES = /^\s*(\|+)\s*$/;
/** The most lines one cell may wrap over. */
const MAX_WRAPPED_LINES = 3;
/** The widest table the column inference considers. */
const MAX_COLUMNS = 20;

/** The number of pipes when the line holds only `|` characters, else 0. */
export function pipeRun(line: string): number {
  const m = PIPES.exec(line);
  return m ? (m[1]?.length ?? 0) : 0;
}

/** One token of a cell region: a (possibly multi-line) cell text, or a line of pipes. */
type Token = { kind: "cell"; text: string; offset: number } | { kind: "pipes"; count: number; offset: number };

/** A parsed row and how many cells its terminator says are missing. */
interface ParsedRow {
  cells: GridCell[];
  missing: number;
  terminated: boolean;
}

function parseRows(tokens: Token[], columns: number, make: (text: string, offset: number) => GridCell): ParsedRow[] {
  const rows: ParsedRow[] = [];
  let cells: GridCell[] = [];
  let open = false;
  const end = (missing: number, terminated: boolean): void => {
    rows.push({ cells, missing, terminated });
    cells = [];
  };
  for (const token of tokens) {
    if (token.kind === "cell") {
      if (cells.length >= columns) end(0, false);
      cells.push(make(token.text, token.offset));
      open = true;
      continue;
    }
    if (open) {
      open = false;
      if (token.count > 1) end(token.count - 1, true);
      continue;
    }
    if (token.count > 1 || cells.length >= columns) end(token.count - 1, true);
    else cells.push(make("", token.offset));
  }
  if (cells.length > 0) end(0, false);
  return rows;
}

const PROBE: GridCell = { text: "", position: { line: 1, column: 1, offset: 0 }, rowSpan: 1, colSpan: 1, anchor: true };
const probe = (): GridCell => PROBE;

function bestColumns(tokens: Token[]): number {
  let best = 1;
  let bestScore = -1;
  const maxColumns = Math.min(MAX_COLUMNS, tokens.length);
  for (let columns = 1; columns <= maxColumns; columns++) {
    const rows = parseRows(tokens, columns, probe);
    const score = rows.filter((r) => r.terminated && r.cells.length + r.missing === columns).length;
    if (score > bestScore) {
      best = columns;
      bestScore = score;
    }
  }
  return best;
}

/** Adds the blocks of `|`-separated cell lines to a builder. */
export function addCellLines(builder: DocumentBuilder, lines: SourceLine[]): void {
  const locator = builder.locator;
  const kept = lines.filter((l) => !isPageFurniture(l.text) && !isBlank(l.text));
  let tokens: Token[] = [];
  const flush = (): void => {
    if (tokens.length === 0) return;
    const make = (text: string, offset: number): GridCell => gridCell(text, offset, locator);
    const rows = parseRows(tokens, bestColumns(tokens), make).map((r) => r.cells);
    builder.addTable(rows, true);
    tokens = [];
  };
  let i = 0;
  while (i < kept.length) {
    const line = kept[i] as SourceLine;
    const count = pipeRun(line.text);
    if (count > 0) {
      tokens.push({ kind: "pipes", count, offset: line.start + line.text.indexOf("|") });
      i++;
      continue;
    }
    let j = i;
    while (j < kept.length && pipeRun((kept[j] as SourceLine).text) === 0) j++;
    const closesCell = j < kept.length;
    const inTable = tokens.length > 0;
    // Inside a table a short run (≤ MAX_WRAPPED_LINES) is one wrapped cell; a longer run is prose
    // between tables, and only its last line (the one its `|` closes) is a cell.
    const cellFrom = !closesCell ? j : inTable && j - i <= MAX_WRAPPED_LINES ? i : j - 1;
    if (cellFrom > i || !closesCell) flush();
    for (let k = i; k < cellFrom; k++) {
      const prose = kept[k] as SourceLine;
      const span = trimSpan(prose.text, 0, prose.text.length);
      builder.addText(span.text, locator.point(prose.start + span.offset));
    }
    if (closesCell) {
      const parts = kept.slice(cellFrom, j).map((l) => ({ ...trimSpan(l.text, 0, l.text.length), start: l.start }));
      const first = parts[0];
      if (first) {
        tokens.push({ kind: "cell", text: parts.map((p) => p.text).join("\n"), offset: first.start + first.offset });
      }
    }
    i = j;
  }
  flush();
}
