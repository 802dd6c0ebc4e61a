/**
 * Pandoc's simple and multiline tables in Markdown. A simple table: a header line, a line of dash groups (one
 * group a column), rows one a line, the table ended by a blank line (or a closing dash line). A multiline
 * table: a dash line across the table, header lines, the dash groups, rows separated by blank lines (a row's
 * lines are its cells' wrapped lines, joined by `\n`), a closing dash line across. Columns are placed by
 * display width (a CJK character is two columns wide, as pandoc counts it). remark reads such a table as
 * prose (the dash lines are thematic breaks), so the Markdown reader takes these lines as a grid instead.
 *
 * Only a header that prints text in every column is taken: a table whose merged head leaves columns empty
 * (pandoc's headerless tables and the 2021 forms' merged heads) is read by the recognizer as text lines.
 */
import type { GridCell } from "../document.js";
import { joinLines } from "./grid-rows.js";
import type { Locator } from "./positions.js";
import { gridCell, isBlank, isSpaceCode, type SourceLine } from "./source-lines.js";
import { isWide } from "./wide-chars.js";

/** A table found in the source lines: its first and last line (1-based) and its rows. */
export interface ColumnTable {
  /** 1-based number of the header line. */
  firstLine: number;
  /** 1-based number of the table's last line (a row or the closing dash line). */
  lastLine: number;
  /** The header and the rows, one cell a column. */
  rows: GridCell[][];
}

/** A column: its first display column and the first display column after its dashes. */
interface Column {
  from: number;
  to: number;
}

/** The dash groups of a line made of two or more groups of at least two `-` (and spaces), else undefined. */
function dashColumns(text: string): Column[] | undefined {
  const columns: Column[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      i++;
      continue;
    }
    if (code !== 45) return undefined;
    const from = i;
    while (text.charCodeAt(i) === 45) i++;
    if (i - from < 2) return undefined;
    columns.push({ from, to: i });
  }
  return columns.length >= 2 ? columns : undefined;
}

/** A line's cells: its characters dealt to the columns by display column (a column runs to the next one's start). */
function splitColumns(line: SourceLine, columns: readonly Column[], locator: Locator): GridCell[] {
  const text = line.text;
  const starts: number[] = [];
  const ends: number[] = [];
  let column = 0;
  let k = -1;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i) as number;
    const size = code > 0xffff ? 2 : 1;
    while (k + 1 < columns.length && column >= (columns[k + 1] as Column).from) k++;
    const at = Math.max(k, 0);
    if (!isSpaceCode(code)) {
      if (starts[at] === undefined) starts[at] = i;
      ends[at] = i + size;
    }
    column += isWide(code) ? 2 : 1;
    i += size;
  }
  return columns.map((_, c) => {
    const from = starts[c];
    if (from === undefined) {
      const at = Math.min(text.length, (columns[c] as Column).from);
      return gridCell("", line.start + at, locator);
    }
    return gridCell(text.slice(from, ends[c]), line.start + from, locator);
  });
}

/** Whether a line is one run of dashes (after an indent): a multiline table's top or bottom rule. */
function isRule(text: string): boolean {
  const first = text.search(/\S/);
  return first >= 0 && /^-{3,}\s*$/.test(text.slice(first));
}

/**
 * A multiline table whose top rule is line `top`: its header lines up to the dash groups, rows of
 * blank-separated lines up to the bottom rule. Undefined when it is not one or its header leaves a column empty.
 */
function multilineTable(lines: readonly SourceLine[], top: number, locator: Locator): ColumnTable | undefined {
  let groups = top + 1;
  while (groups < lines.length && groups <= top + 4 && !isBlank((lines[groups] as SourceLine).text)) {
    if (dashColumns((lines[groups] as SourceLine).text)) break;
    groups++;
  }
  const columns = groups > top + 1 ? dashColumns((lines[groups] as SourceLine | undefined)?.text ?? "") : undefined;
  if (!columns) return undefined;
  const split = (from: number, to: number): GridCell[] =>
    joinLines(lines.slice(from, to).map((line) => splitColumns(line, columns, locator)));
  const header = split(top + 1, groups);
  if (header.some((cell) => cell.text === "")) return undefined;
  const rows: GridCell[][] = [header];
  let from = groups + 1;
  for (let k = from; k < lines.length; k++) {
    const text = (lines[k] as SourceLine).text;
    const bottom = isRule(text);
    if (bottom || isBlank(text)) {
      if (k > from) rows.push(split(from, k));
      from = k + 1;
    }
    if (bottom) {
      if (rows.length < 2) return undefined;
      return { firstLine: (lines[top] as SourceLine).number, lastLine: (lines[k] as SourceLine).number, rows };
    }
  }
  return undefined;
}

/** Two dash groups side by side, as every dash line holds. */
const DASH_GAP = /-- +--/;

/** Whether the line before `index` is blank (or there is none). */
const afterBlank = (lines: readonly SourceLine[], index: number): boolean =>
  index === 0 || isBlank((lines[index - 1] as SourceLine).text);

/**
 * The simple and multiline tables of a text's source lines (see the module comment): a header after a blank
 * line with text in every column, its dash line, and one or more rows up to a blank line or a closing dash
 * line; or a multiline table after a blank line.
 */
export function findColumnTables(text: string, lines: readonly SourceLine[], locator: Locator): ColumnTable[] {
  const tables: ColumnTable[] = [];
  if (!DASH_GAP.test(text)) return tables; // (one native scan: no two dash groups side by side anywhere)
  for (let i = 0; i + 1 < lines.length; i++) {
    const dashes = lines[i] as SourceLine;
    // (cheap test first: a dash line starts, after its indent, with "--")
    const first = dashes.text.search(/\S/);
    if (first < 0 || dashes.text.charCodeAt(first) !== 45 || dashes.text.charCodeAt(first + 1) !== 45) continue;
    const multiline = afterBlank(lines, i) && isRule(dashes.text) ? multilineTable(lines, i, locator) : undefined;
    if (multiline) {
      tables.push(multiline);
      i = multiline.lastLine - 1;
      continue;
    }
    if (i === 0) continue;
    const columns = dashColumns(dashes.text);
    const head = lines[i - 1] as SourceLine;
    if (!columns || isBlank(head.text) || !afterBlank(lines, i - 1)) continue;
    const header = splitColumns(head, columns, locator);
    if (header.some((cell) => cell.text === "")) continue;
    const rows: GridCell[][] = [header];
    let last = i;
    for (let k = i + 1; k < lines.length; k++) {
      const line = lines[k] as SourceLine;
      if (isBlank(line.text)) break;
      last = k;
      if (dashColumns(line.text)) break; // the closing dash line
      rows.push(splitColumns(line, columns, locator));
    }
    if (rows.length < 2) continue;
    tables.push({ firstLine: head.number, lastLine: (lines[last] as SourceLine).number, rows });
    i = last;
  }
  return tables;
}
