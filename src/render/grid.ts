/**
 * The abstract table grid the layout produces and every shape writer serialises: rows of anchor cells
 * with their spans, in HTML order (a cell covered by a span above or to the left is not repeated).
 */

/** One printed cell of a rendered table. */
export interface RenderCell {
  /** Cell text (may contain `\n` for wrapped labels); empty for a blank or absent value. */
  text: string;
  /** Rows the cell covers (1 when not spanning). */
  rowSpan: number;
  /** Columns the cell covers (1 when not spanning). */
  colSpan: number;
  /** True for header and label cells, false for value cells. */
  header: boolean;
}

/** A rendered table: anchor cells row by row, and the logical width in columns. */
export interface RenderGrid {
  /** Anchor cells, row by row, left to right (cells covered by spans are left out). */
  rows: RenderCell[][];
  /** Number of logical columns. */
  width: number;
  /**
   * True when the flat shapes (pipe, tab, lines) must write every slot, the ones a span covers as empty cells,
   * not each spanning cell once: the table holds a value kept as text (OCR's `l8`, `O`), which the parser tells
   * from a label only by the column it stands in.
   */
  aligned?: boolean;
}

/** A slot of an expanded grid: the anchor cell itself, or a copy left by a span (`covered`). */
export interface GridSlot {
  cell: RenderCell;
  /** True when the slot is covered by a span of the anchor cell above or to the left. */
  covered: boolean;
}

/** Builds a header or label cell. */
export function headerCell(text: string, colSpan = 1, rowSpan = 1): RenderCell {
  return { text, rowSpan, colSpan, header: true };
}

/** Builds a value cell. */
export function valueCell(text: string, colSpan = 1): RenderCell {
  return { text, rowSpan: 1, colSpan, header: false };
}

/**
 * Expands a grid's spans into a rectangular array of slots (HTML table model): every logical row has
 * `width` slots, spans leave covered copies, missing slots are filled with empty value cells.
 */
export function expandGrid(grid: RenderGrid): GridSlot[][] {
  const out: (GridSlot | undefined)[][] = grid.rows.map(() => new Array<GridSlot | undefined>(grid.width));
  grid.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      const slots = out[r];
      while (slots && c < grid.width && slots[c]) c++;
      for (let dr = 0; dr < cell.rowSpan && r + dr < out.length; dr++) {
        for (let dc = 0; dc < cell.colSpan && c + dc < grid.width; dc++) {
          const target = out[r + dr];
          if (target) target[c + dc] = { cell, covered: dr > 0 || dc > 0 };
        }
      }
      c += cell.colSpan;
    }
  });
  return out.map((row) => Array.from(row, (slot) => slot ?? { cell: valueCell(""), covered: false }));
}
