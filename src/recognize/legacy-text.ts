/**
 * Legacy tables in PDF text, where a reader keeps some rows as prose: a text line read as a one-cell grid,
 * and a title the reader folded into a grid of short lines.
 */
import type { Block, GridCell, TableBlock, TextBlock } from "../document.js";
import type { SourcePosition } from "../schema/common.js";
import { isLegacyTitle, type LegacyRawRow } from "./legacy-grid.js";

/**
 * The last one-cell row of a grid reading as a table title (…统计表), or null: a PDF reader may fold the title
 * and the header lines into a grid of short lines that is no legacy table, the rows after it still the table's.
 */
export function titleInGrid(table: TableBlock): string | null {
  const row = titleRowInGrid(table);
  return row < 0 ? null : onlyText(table.rows[row]!);
}

/** The index of the last one-cell row of a grid reading as a table title, -1 when none does. */
export function titleRowInGrid(table: TableBlock): number {
  let title = -1;
  table.rows.forEach((row, i) => {
    const only = onlyText(row);
    if (only !== null && isLegacyTitle(only)) title = i;
  });
  return title;
}

/** True when the first row of a grid holding text is a table title (…统计表) alone. */
export function opensWithTitle(table: TableBlock): boolean {
  for (const row of table.rows) {
    if (row.every((c) => c.text.trim() === "")) continue;
    const only = onlyText(row);
    return only !== null && isLegacyTitle(only);
  }
  return false;
}

/** The text of a row's one filled cell (trimmed), null when the row has none or several. */
function onlyText(row: readonly GridCell[]): string | null {
  let only: string | null = null;
  for (const c of row) {
    if (!c.anchor || c.text.trim() === "") continue;
    if (only !== null) return null;
    only = c.text.trim();
  }
  return only;
}

/** A one-cell grid holding a text block's line, for rows that a reader kept as prose (PDF text). */
export function textGrid(block: TextBlock): TableBlock {
  return {
    kind: "table",
    index: 0,
    rows: [[blockCell(block.text, block)]],
    position: block.position,
    rowsReliable: false,
  };
}

/** A grid cell holding a text block's line (or `text`, its trimmed form), at the block's position. */
export const blockCell = (text: string, block: TextBlock): GridCell => ({
  text,
  position: block.position,
  rowSpan: 1,
  colSpan: 1,
  anchor: true,
});

function gridless(source: SourcePosition): SourcePosition {
  return { line: source.line, column: source.column, offset: source.offset };
}

/** Drops the grid coordinates of a row read from a text line (it stood in no table). */
export function withoutGrid(row: LegacyRawRow): LegacyRawRow {
  return { ...row, source: gridless(row.source), cell: { ...row.cell, source: gridless(row.cell.source) } };
}

/**
 * Drops the grid coordinates of a row of a grid read back from one-cell lines (`table`, index -1), keeping
 * which of its rows it was read from (see `LegacyRawRow.printedRow`).
 */
export function withoutStreamGrid(row: LegacyRawRow, table: TableBlock): LegacyRawRow {
  return { ...withoutGrid(row), printedRow: `${table.position.offset}:${row.cell.source.row}` };
}

/**
 * The text lines longer than `minLength` a document prints more than once: a page header or footer repeated on every
 * page (11/24/26, 1:58 AM …年度报告), never prose.
 */
export function repeatedLongLines(blocks: readonly Block[], minLength: number): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const block of blocks) {
    if (block.kind !== "text" || block.text.length <= minLength) continue;
    const text = block.text.trim();
    if (text.length <= minLength) continue;
    if (seen.has(text)) repeated.add(text);
    else seen.add(text);
  }
  return repeated;
}
