/**
 * The slots a Markdown table writes, row by row, without expanding the grid to its full width first:
 * `expandGrid` gives every row `width` slots, so a table with one very wide row and many short ones would
 * cost rows × width although the short rows end in a colspan Markdown leaves out. Here each row is held as
 * the column intervals its cells (and the rowspans from above) cover, and only its written slots are made.
 * The result is `writtenSlots(expandGrid(grid)[r], r === 0)` for every row r of a grid whose spans do not
 * overlap (the grids the layout makes).
 */
import { type GridSlot, type RenderCell, type RenderGrid, valueCell } from "./grid.js";

/** Columns start … end - 1 of a row covered by one cell anchored at row `row`, column `start` of its span. */
interface Span {
  start: number;
  end: number;
  cell: RenderCell;
  /** Row and column of the cell's anchor slot. */
  row: number;
  col: number;
}

/** The cells of a row placed as expandGrid places them, after the spans reaching down from rows above. */
function placeRow(cells: readonly RenderCell[], r: number, width: number, above: Span[]): Span[] {
  const spans = above.slice();
  let c = 0;
  let k = 0;
  for (const cell of cells) {
    // Past the columns the rows above cover (they are sorted by start).
    while (k < above.length && above[k]!.start <= c) {
      if (above[k]!.end > c) c = above[k]!.end;
      k++;
    }
    if (c < width) {
      const end = Math.min(c + cell.colSpan, width);
      if (end > c) spans.push({ start: c, end, cell, row: r, col: c });
      // A cell after this one starts past its whole colspan, even beyond the width.
    }
    c += cell.colSpan;
    if (c >= width) break;
  }
  spans.sort((a, b) => a.start - b.start);
  return spans;
}

/** Where a row's written slots end: trailing covered slots of a value cell are left out (not in the header row). */
function writtenEnd(spans: readonly Span[], r: number, width: number, header: boolean): number {
  if (header) return width;
  let end = width;
  for (let i = spans.length - 1; i >= 0; i--) {
    const span = spans[i]!;
    // A slot past the last span is an empty value cell (not covered): it is written.
    if (span.end < end || span.cell.header) return end;
    // The anchor slot is written; covered slots are not.
    if (span.row === r) return Math.max(span.start + 1, 1);
    end = span.start;
    if (end <= 1) return Math.max(end, 1);
  }
  return Math.max(end, 1);
}

/** Each row's written slots (see the module's description). */
export function writtenRows(grid: RenderGrid): GridSlot[][] {
  const { width } = grid;
  const out: GridSlot[][] = [];
  let above: Span[] = [];
  for (let r = 0; r < grid.rows.length; r++) {
    const spans = placeRow(grid.rows[r]!, r, width, above);
    const end = writtenEnd(spans, r, width, r === 0);
    const slots: GridSlot[] = [];
    let c = 0;
    for (const span of spans) {
      if (c >= end) break;
      for (; c < span.start && c < end; c++) slots.push({ cell: valueCell(""), covered: false });
      for (; c < span.end && c < end; c++) slots.push({ cell: span.cell, covered: span.row < r || c > span.col });
    }
    for (; c < end; c++) slots.push({ cell: valueCell(""), covered: false });
    out.push(slots);
    // The spans that reach the next row.
    above = spans.filter((s) => s.row + s.cell.rowSpan > r + 1);
  }
  return out;
}

/**
 * Slots a row is written with: covered slots at the row's end (a colspan reaching the last column) are
 * left out, as GFM pads short rows when displaying them; the header row keeps the full width that fixes
 * the column count. Leaving them out keeps a blank value next to a spanning one unambiguous. `writtenRows`
 * gives this for every row of a grid without expanding it.
 */
export function writtenSlots(row: readonly GridSlot[], isHeader: boolean): readonly GridSlot[] {
  if (isHeader) return row;
  let end = row.length;
  while (end > 1 && row[end - 1]?.covered && !row[end - 1]?.cell.header) end--;
  return row.slice(0, end);
}
