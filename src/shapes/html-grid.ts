/**
 * Expands the cells of an HTML table (rows of cells with rowspan/colspan) into a rectangular-ish grid:
 * the anchor cell sits at its top-left slot and copies (`anchor: false`) fill the slots it covers. Spans
 * above {@link MAX_SPAN} are clamped and grids above {@link MAX_GRID_CELLS} are cut; both are reported.
 */
import type { GridCell, Point } from "../document.js";
import type { Diagnostic } from "../schema/common.js";
import { isSpaceCode } from "./source-lines.js";

/** The largest rowspan/colspan honoured; larger ones are clamped (diagnostic `span-clamped`). */
export const MAX_SPAN = 1000;
/** The largest grid (cells incl. span copies) built for one table; the rest is cut (`table-too-large`). */
export const MAX_GRID_CELLS = 1_000_000;

/** A parsed `<td>`/`<th>` before expansion. */
export interface RawCell {
  /** The cell's text. */
  text: string;
  /** Where its text starts. */
  position: Point;
  /** Declared rowspan (parsed; 1 when absent or invalid). */
  rowSpan: number;
  /** Declared colspan (parsed; 1 when absent or invalid). */
  colSpan: number;
}

/** Parses a rowspan/colspan attribute value (HTML rules: leading digits, 0 or invalid → 1). */
export function parseSpan(value: string | undefined): number {
  if (value === undefined) return 1;
  let i = 0;
  while (i < value.length && isSpaceCode(value.charCodeAt(i))) i++;
  const digits = i;
  let n = 0;
  for (; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 48 || code > 57) break;
    n = n * 10 + (code - 48);
  }
  if (i === digits) return 1;
  // Beyond 15 digits the running sum may round differently from parseInt; read those as parseInt does.
  if (i - digits > 15) n = Number.parseInt(value.slice(digits, i), 10);
  return Number.isFinite(n) && n >= 1 ? n : 1;
}

/** Expands rows of raw cells into a grid, reporting clamped spans and cut tables into `diagnostics`. */
export function expandGrid(rows: RawCell[][], diagnostics: Diagnostic[]): GridCell[][] {
  const grid: (GridCell | undefined)[][] = rows.map(() => []);
  let cells = 0;
  let cut = false;
  for (let r = 0; r < rows.length && !cut; r++) {
    const target = grid[r] as (GridCell | undefined)[];
    let c = 0;
    for (const raw of rows[r] as RawCell[]) {
      while (c < target.length && target[c] !== undefined) c++;
      const rowSpan = Math.min(raw.rowSpan, MAX_SPAN, rows.length - r);
      const colSpan = Math.min(raw.colSpan, MAX_SPAN);
      if (raw.rowSpan > MAX_SPAN || raw.colSpan > MAX_SPAN) {
        diagnostics.push({
          code: "span-clamped",
          severity: "warning",
          message: `A table cell spans ${raw.rowSpan} rows × ${raw.colSpan} columns; clamped to ${MAX_SPAN}.`,
          source: { line: raw.position.line, column: raw.position.column, offset: raw.position.offset },
          text: raw.text,
        });
      }
      if (cells + rowSpan * colSpan > MAX_GRID_CELLS) {
        diagnostics.push({
          code: "table-too-large",
          severity: "warning",
          message: `A table would exceed ${MAX_GRID_CELLS} grid cells; its rows from ${r + 1} on are cut.`,
          source: { line: raw.position.line, column: raw.position.column, offset: raw.position.offset },
        });
        cut = true;
        break;
      }
      cells += rowSpan * colSpan;
      for (let i = 0; i < rowSpan; i++) {
        const row = grid[r + i] as (GridCell | undefined)[];
        for (let j = 0; j < colSpan; j++) {
          const cell = { text: raw.text, position: raw.position, rowSpan, colSpan, anchor: i === 0 && j === 0 };
          // appending keeps the row a packed array; a slot past the end (a gap) makes it holey
          if (c + j === row.length) row.push(cell);
          else row[c + j] = cell;
        }
      }
      c += colSpan;
    }
  }
  return grid.map(withoutHoles);
}

/** The row without the slots no cell covers (the row itself when every slot is filled). */
function withoutHoles(row: (GridCell | undefined)[]): GridCell[] {
  for (let i = 0; i < row.length; i++)
    if (row[i] === undefined) return row.filter((cell): cell is GridCell => cell !== undefined);
  return row as GridCell[];
}
