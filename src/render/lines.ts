/**
 * `lines` writer (the Word-export shape of seed 002): prose lines unindented; every table cell is a line
 * indented by a tab (an empty cell is a lone tab), rows separated by blank lines.
 */
import type { RenderItem } from "./document-layout.js";
import { flatRows, flatText } from "./flat.js";
import type { RenderGrid } from "./grid.js";
import { oneLine } from "./text-escape.js";

/** Serialises laid-out items as one-cell-per-line text. */
export function writeLines(items: readonly RenderItem[]): string {
  const table = (grid: RenderGrid) =>
    `\n${flatRows(grid)
      .map((row) => row.map((text) => `\t${oneLine(text)}`).join("\n"))
      .join("\n\n")}\n`;
  return flatText(items, oneLine, table);
}
