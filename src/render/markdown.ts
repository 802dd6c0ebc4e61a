/**
 * Markdown writer: `#` title, `##` section headings, `###` sub-section headings, GFM tables. GFM has no
 * spans, so a spanning cell is written once at its anchor and the slots it covers are empty cells, except
 * a value's colspan at the end of a row, which is left out (the row is shorter).
 */
import type { RenderItem } from "./document-layout.js";
import { expandGrid, type GridSlot, type RenderGrid } from "./grid.js";
import { escapeMarkdownInline, escapeMarkdownParagraph } from "./text-escape.js";

/**
 * Slots a row is written with: covered slots at the row's end (a colspan reaching the last column) are
 * left out, as GFM pads short rows when displaying them; the header row keeps the full width that fixes
 * the column count. Leaving them out keeps a blank value next to a spanning one unambiguous.
 */
function writtenSlots(row: readonly GridSlot[], isHeader: boolean): readonly GridSlot[] {
  if (isHeader) return row;
  let end = row.length;
  while (end > 1 && row[end - 1]?.covered && !row[end - 1]?.cell.header) end--;
  return row.slice(0, end);
}

function markdownTable(grid: RenderGrid): string {
  const lines = expandGrid(grid).map((row, r) => {
    const slots = writtenSlots(row, r === 0);
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
