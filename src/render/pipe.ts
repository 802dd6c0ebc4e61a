/**
 * `pipe` writer (seed 000's shape): every table row is `| a | b | … |`, outer pipes kept so that an empty
 * first or last cell survives. A `|` inside a cell or a prose line is written as the full-width `｜`, so
 * that prose is never read as a table row.
 */
import type { RenderItem } from "./document-layout.js";
import { flatRows, flatText } from "./flat.js";
import type { RenderGrid } from "./grid.js";
import { oneLine } from "./text-escape.js";

const clean = (text: string): string => oneLine(text).replace(/\|/g, "｜");

/** Serialises laid-out items as pipe-separated text. */
export function writePipe(items: readonly RenderItem[]): string {
  const table = (grid: RenderGrid) =>
    flatRows(grid)
      .map((row) => `| ${row.map(clean).join(" | ")} |`)
      .join("\n");
  return flatText(items, clean, table);
}
