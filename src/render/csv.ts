/**
 * `csv` writer (RFC 4180), as a spreadsheet exports a sheet: every table row is a record of its table's
 * full width, a spanning cell written once at its anchor and the slots it covers left empty (merged cells
 * as Excel writes them); a cell's line breaks stay inside its quotes. Each title, heading and paragraph is
 * a record of one field padded with commas to the widest table's width, as a sheet pads every row — except a
 * table's row printed as a line of text (an unplaced extra row), a record of one field alone, read as text.
 */
import type { RenderItem } from "./document-layout.js";
import { expandGrid, type RenderGrid } from "./grid.js";
import { csvField } from "./text-escape.js";

/** One record: the fields quoted where needed, joined by commas. */
const record = (fields: readonly string[]): string => fields.map(csvField).join(",");

/** Serialises laid-out items as comma-separated values (line breaks `\r\n`, as RFC 4180 and Excel write). */
export function writeCsv(items: readonly RenderItem[]): string {
  let width = 1;
  for (const item of items) if (item.kind === "table") width = Math.max(width, item.grid.width);
  const padding = ",".repeat(width - 1);
  const table = (grid: RenderGrid): string[] =>
    expandGrid(grid).map((row) => record(row.map((slot) => (slot.covered ? "" : slot.cell.text.trim()))));
  const out: string[] = [];
  for (const item of items) {
    if (item.kind === "table") out.push(...table(item.grid));
    // A table's row printed as text (rowText) is one unpadded field: padded, a short one reads as a one-cell row.
    else
      out.push(
        record([item.text.replace(/[\r\n]+/g, " ").trim()]) +
          (item.kind === "paragraph" && item.rowText ? "" : padding),
      );
  }
  return `${out.join("\r\n")}\r\n`;
}
