/**
 * Grid tables (`+----+----+` borders, as pandoc writes a table whose cells wrap): the lines between two
 * borders are one row, each cell's text the non-empty pieces of its column joined by `\n`, with every
 * character's input offset recorded (the pieces are not contiguous in the input). A table ruled only around
 * its head (top, under the head, bottom: MySQL and `tabulate` output) keeps one row per line.
 */
import type { GridCell, Point } from "../document.js";
import { recordOffsets } from "./offsets.js";

/** A grid table's border line: `+----+----+`, `+====+`, `+:---+`. */
const GRID_BORDER = /^\s*\+(?:[-=:]+\+)+\s*$/;

/** Whether a line is a grid table's border. */
export const isGridBorder = (text: string): boolean => text.charCodeAt(0) !== 0x7c && GRID_BORDER.test(text);

/** The most borders a table ruled only around its head has (top, under the head, bottom). */
const MAX_HEAD_BORDERS = 3;

/** One cell of several lines' cells in a column: the non-empty texts joined by `\n`, offsets recorded. */
function joinColumn(parts: readonly GridCell[]): GridCell {
  const filled = parts.filter((cell) => cell.text !== "");
  if (filled.length <= 1) return filled[0] ?? (parts[0] as GridCell);
  const offsets: number[] = [];
  let text = "";
  for (const [k, cell] of filled.entries()) {
    if (k > 0) {
      offsets.push(offsets[offsets.length - 1] as number);
      text += "\n";
    }
    for (let i = 0; i < cell.text.length; i++) offsets.push(cell.position.offset + i);
    text += cell.text;
  }
  const first = filled[0] as GridCell;
  const position: Point = { ...first.position };
  recordOffsets(position, offsets);
  return { text, position, rowSpan: 1, colSpan: 1, anchor: true };
}

/** The lines of one grid row (between two borders) as one row. */
function joinLines(lines: readonly GridCell[][]): GridCell[] {
  if (lines.length === 1) return lines[0] as GridCell[];
  let width = 0;
  for (const line of lines) width = Math.max(width, line.length);
  const row = new Array<GridCell>(width);
  for (let c = 0; c < width; c++) {
    const parts: GridCell[] = [];
    for (const line of lines) if (line[c] !== undefined) parts.push(line[c] as GridCell);
    row[c] = joinColumn(parts);
  }
  return row;
}

/** Whether two lines of a segment hold a number in the same column (rows, not one wrapped row). */
function stacksNumbers(lines: readonly GridCell[][]): boolean {
  const seen = new Set<number>();
  for (const line of lines) {
    for (let c = 0; c < line.length; c++) {
      if (!/^\s*-?\d[\d,.]*\s*$/.test(line[c]?.text ?? "")) continue;
      if (seen.has(c)) return true;
      seen.add(c);
    }
  }
  return false;
}

/**
 * The rows of a table read line by line, `segments` its lines grouped between border lines and `borders`
 * how many border lines it had: a grid table's segments joined into rows (unless two of a segment's lines hold
 * a number in the same column: those lines are rows of a table ruled between row groups), any other
 * table's lines as rows.
 */
export function gridRows(segments: readonly GridCell[][][], borders: number): GridCell[][] {
  const grid = borders > MAX_HEAD_BORDERS;
  const rows: GridCell[][] = [];
  for (const lines of segments) {
    if (grid && !stacksNumbers(lines)) rows.push(joinLines(lines));
    else for (const line of lines) rows.push(line);
  }
  return rows;
}
