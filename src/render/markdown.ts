/**
 * Markdown writer: `#` title, `##` section headings, `###` sub-section headings, GFM tables. GFM has no
 * spans, so a spanning cell is written once at its anchor and the slots it covers are empty cells.
 */
import type { RenderItem } from "./document-layout.js";
import { expandGrid, type RenderGrid } from "./grid.js";
import { escapeMarkdownInline, escapeMarkdownParagraph } from "./text-escape.js";

function markdownTable(grid: RenderGrid): string {
  const lines = expandGrid(grid).map(
    (row) => `| ${row.map((slot) => (slot.covered ? "" : escapeMarkdownInline(slot.cell.text))).join(" | ")} |`,
  );
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
