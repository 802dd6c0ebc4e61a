/**
 * HTML writer: a standalone page (or a fragment) with `<h1>`–`<h3>`, `<p>` and real `<table>`s carrying the
 * official rowspan/colspan structure; header and label cells are `<th>`, value cells `<td>`.
 */
import type { RenderItem } from "./document-layout.js";
import type { RenderCell, RenderGrid } from "./grid.js";
import { escapeHtml } from "./text-escape.js";

function htmlCell(cell: RenderCell): string {
  const tag = cell.header ? "th" : "td";
  const rowspan = cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : "";
  const colspan = cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : "";
  const text = cell.text.split("\n").map(escapeHtml).join("<br>");
  return `<${tag}${rowspan}${colspan}>${text}</${tag}>`;
}

function htmlTable(grid: RenderGrid): string {
  const rows = grid.rows.map((row) => `<tr>${row.map(htmlCell).join("")}</tr>`);
  return `<table border="1">\n${rows.join("\n")}\n</table>`;
}

function htmlItem(item: RenderItem): string {
  switch (item.kind) {
    case "title":
      return `<h1>${escapeHtml(item.text)}</h1>`;
    case "heading":
      return `<h${item.level}>${escapeHtml(item.text)}</h${item.level}>`;
    case "paragraph":
      return `<p>${escapeHtml(item.text)}</p>`;
    case "table":
      return htmlTable(item.grid);
  }
}

/** Serialises laid-out items as HTML: a full page with `<title>` unless `fragment` is set. */
export function writeHtml(items: readonly RenderItem[], fragment = false): string {
  const body = items.map(htmlItem).join("\n");
  if (fragment) return `${body}\n`;
  const title = items.find((i) => i.kind === "title");
  const head = `<meta charset="utf-8">\n<title>${escapeHtml(title?.text ?? "")}</title>`;
  return `<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n${head}\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}
