/**
 * What the flat shapes share (`pipe`, `tab`, `lines`): like Word and WPS exports, they write each spanning
 * cell once, at its anchor, and leave out the slots a span covers; prose is one line per paragraph.
 */
import type { RenderItem } from "./document-layout.js";
import type { RenderGrid } from "./grid.js";

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
