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

/**
 * One cell of several lines' cells in a column: the non-empty texts joined by `\n`, offsets recorded. With
 * `wrapped`, a piece that fills its slot and ends in a digit runs on into a next one starting with a digit
 * (a number the writer broke in a narrow column: `7` over `2` is 72).
 */
function joinColumn(parts: readonly GridCell[], wrapped?: (cell: GridCell) => boolean): GridCell {
  const filled = parts.filter((cell) => cell.text !== "");
  if (filled.length <= 1) return filled[0] ?? (parts[0] as GridCell);
  const offsets: number[] = [];
  let text = "";
  for (const [k, cell] of filled.entries()) {
    const before = filled[k - 1];
    if (before && wrapped && /\d$/.test(before.text) && /^\d/.test(cell.text) && wrapped(before)) {
      // run on: no line break between the pieces of one number
    } else if (k > 0) {
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

/** The lines of one grid row (between two borders) as one row (`wrapped` as for {@link joinColumn}). */
export function joinLines(lines: readonly GridCell[][], wrapped?: (cell: GridCell) => boolean): GridCell[] {
  if (lines.length === 1) return lines[0] as GridCell[];
  let width = 0;
  for (const line of lines) width = Math.max(width, line.length);
  const row = new Array<GridCell>(width);
  for (let c = 0; c < width; c++) {
    const parts: GridCell[] = [];
    for (const line of lines) if (line[c] !== undefined) parts.push(line[c] as GridCell);
    row[c] = joinColumn(parts, wrapped);
  }
  return row;
}

/** A cell holding a number and nothing else. */
const isNumberCell = (cell: GridCell | undefined): boolean => /^\s*-?\d[\d,.]*\s*$/.test(cell?.text ?? "");

/**
 * Whether two lines of a segment hold a number in the same column (rows, not one wrapped row), unless
 * every such number but a column's last fills its slot (`fills`): then they are the pieces of numbers
 * wrapped in narrow columns (pandoc's grid table writes `72` as `7` over `2` in a column one digit wide).
 */
function stacksNumbers(lines: readonly GridCell[][], fills?: (cell: GridCell) => boolean): boolean {
  const last = new Map<number, GridCell>();
  let stacked = false;
  let wrapped = fills !== undefined;
  for (const line of lines) {
    for (let c = 0; c < line.length; c++) {
      const cell = line[c] as GridCell;
      if (!isNumberCell(cell)) continue;
      const above = last.get(c);
      if (above) {
        stacked = true;
        if (!fills?.(above)) wrapped = false;
      }
      last.set(c, cell);
    }
  }
  return stacked && !wrapped;
}

/**
 * The rows of a table read line by line, `segments` its lines grouped between border lines and `borders`
 * how many border lines it had: a grid table's segments joined into rows (unless two of a segment's lines hold
 * a number in the same column: those lines are rows of a table ruled between row groups), any other
 * table's lines as rows. `fills` tells a cell whose text fills its slot between the delimiters (one space
 * each side): stacked numbers that fill their slots are one number wrapped, joined without a break.
 */
export function gridRows(
  segments: readonly GridCell[][][],
  borders: number,
  fills?: (cell: GridCell) => boolean,
): GridCell[][] {
  const grid = borders > MAX_HEAD_BORDERS;
  const rows: GridCell[][] = [];
  for (const lines of segments) {
    if (grid && !stacksNumbers(lines, fills)) rows.push(joinLines(lines, fills));
    else for (const line of lines) rows.push(line);
  }
  return rows;
}
