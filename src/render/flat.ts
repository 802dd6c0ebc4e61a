/**
 * What the flat shapes share (`pipe`, `tab`, `lines`): like Word and WPS exports, they write each spanning
 * cell once, at its anchor, and leave out the slots a span covers (except in a table holding a value kept as
 * text: flatRows); prose is one line per paragraph.
 */
import type { RenderItem } from "./document-layout.js";
import { expandGrid, type RenderGrid } from "./grid.js";

/**
 * Joins laid-out items into text: a line per title, heading and paragraph (after `clean`), and each table
 * as `table` writes it.
 */
export function flatText(
  items: readonly RenderItem[],
  clean: (text: string) => string,
  table: (grid: RenderGrid) => string,
): string {
  const out: string[] = [];
  for (const item of items) out.push(item.kind === "table" ? table(item.grid) : clean(item.text));
  return `${out.join("\n")}\n`;
}

/**
 * The texts a flat shape writes for a table, row by row: each anchor cell once (the slots a span covers left
 * out), or, for a grid marked `aligned`, every slot (covered ones empty) so that each cell stands in its column.
 */
export function flatRows(grid: RenderGrid): string[][] {
  if (!grid.aligned) return grid.rows.map((row) => row.map((cell) => cell.text));
  return expandGrid(grid).map((row) => row.map((slot) => (slot.covered ? "" : slot.cell.text)));
}
