/**
 * Writers of the flat shapes, where a table row is one line (`pipe`, `tab`) or a run of lines (`lines`).
 * Like Word and WPS exports, they write each spanning cell once, at its anchor, and leave out the slots a
 * span covers; prose lines are kept free of the shape's cell separator.
 */
import type { RenderItem } from "./document-layout.js";
import type { RenderGrid } from "./grid.js";
import { oneLine } from "./text-escape.js";

function proseLines(
  items: readonly RenderItem[],
  clean: (text: string) => string,
  table: (g: RenderGrid) => string,
): string {
  const out: string[] = [];
  for (const item of items) out.push(item.kind === "table" ? table(item.grid) : clean(item.text));
  return `${out.join("\n")}\n`;
}

/** `pipe`: every table row is `| a | b | … |` (outer pipes kept so that empty first/last cells survive). */
export function writePipe(items: readonly RenderItem[]): string {
  const cell = (text: string) => oneLine(text).replace(/\|/g, "｜");
  const table = (grid: RenderGrid) =>
    grid.rows.map((row) => `| ${row.map((c) => cell(c.text)).join(" | ")} |`).join("\n");
  return proseLines(items, (t) => oneLine(t).replace(/\|/g, "｜"), table);
}

/** `tab`: every table row is its cells joined by tabs; a one-cell row gets a trailing tab to stay a row. */
export function writeTab(items: readonly RenderItem[]): string {
  const table = (grid: RenderGrid) =>
    grid.rows
      .map((row) => {
        const line = row.map((c) => oneLine(c.text)).join("\t");
        return row.length === 1 ? `${line}\t` : line;
      })
      .join("\n");
  return proseLines(items, oneLine, table);
}

/**
 * `lines` (the Word-export shape of seed 002): prose lines unindented; every table cell is a line indented
 * by a tab (an empty cell is a lone tab), rows separated by blank lines.
 */
export function writeLines(items: readonly RenderItem[]): string {
  const table = (grid: RenderGrid) =>
    `\n${grid.rows.map((row) => row.map((c) => `\t${oneLine(c.text)}`).join("\n")).join("\n\n")}\n`;
  return proseLines(items, oneLine, table);
}
