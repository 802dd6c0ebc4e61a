/**
 * `tab` writer: every table row is its cells joined by tabs; a one-cell row (a block header) gets a
 * trailing tab to stay a table row. Tabs and line breaks inside cells and prose become spaces.
 */
import type { RenderItem } from "./document-layout.js";
import { flatRows, flatText } from "./flat.js";
import type { RenderGrid } from "./grid.js";
import { oneLine } from "./text-escape.js";

/** Serialises laid-out items as tab-separated text. */
export function writeTab(items: readonly RenderItem[]): string {
  const table = (grid: RenderGrid) =>
    flatRows(grid)
      .map((row) => {
        const line = row.map(oneLine).join("\t");
        return row.length === 1 ? `${line}\t` : line;
      })
      .join("\n");
  return flatText(items, oneLine, table);
}
