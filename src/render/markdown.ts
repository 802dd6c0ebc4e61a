/**
 * Markdown writer: `#` title, `##` section headings, `###` sub-section headings, GFM tables. GFM has no
 * spans, so a spanning cell is written once at its anchor and the slots it covers are empty cells, except
 * a value's colspan at the end of a row, which is left out (the row is shorter).
 */
import type { RenderItem } from "./document-layout.js";
import type { RenderGrid } from "./grid.js";
import { writtenRows } from "./markdown-rows.js";
import { escapeMarkdownInline, escapeMarkdownParagraph } from "./text-escape.js";

function markdownTable(grid: RenderGrid): string {
  const lines = writtenRows(grid).map((slots) => {
    return `| ${slots.map((slot) => (slot.covered ? "" : escapeMarkdownInline(slot.cell.text))).join(" | ")} |`;
  });
  const delimiter = `|${" --- |".repeat(grid.width)}`;
  return [lines[0] ?? `|${" |".repeat(grid.width)}`, delimiter, ...lines.slice(1)].join("\n");
}

function markdownItem(item: RenderItem): string {
  switch (item.kind) {
    case "title":
      return `# ${escapeMarkdownInline(item.text)}`;
    case "heading":
      return `${"#".repeat(item.level)} ${escapeMarkdownInline(item.text)}`;
    case "paragraph":
      return escapeMarkdownParagraph(item.text);
    case "table":
      return markdownTable(item.grid);
  }
}

/** Serialises laid-out items as GitHub-flavoured Markdown. */
export function writeMarkdown(items: readonly RenderItem[]): string {
  return `${items.map(markdownItem).join("\n\n")}\n`;
}
