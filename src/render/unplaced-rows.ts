/**
 * Extra rows the renderer must not print as grid rows. The parser keeps a row as an extra row when it cannot
 * tell which cells its values fill (`row-values-unplaced`: PDF text whose blank cells left no trace, `308 0 ␣
 * 8 8 1 325`), yet its label may still name a row of the layout (一、本年新收政府信息公开申请数量). Printed as a
 * grid row, the values would stand in definite cells, and reading the text again would place them — values in
 * cells the report never had them in. Such a row is printed as a line of text after its table instead (its
 * label, then its values), as the text it was read from: read again, its cells are again unplaced and the row
 * is again an extra row, with the same warning.
 */

import { normalizeLabel } from "../recognize/labels.js";
import { matchRow, NO_CONTEXT } from "../recognize/match-row.js";
import type { ExtraRow } from "../schema/report.js";
import type { RowTemplate, TableTemplate } from "../templates/types.js";

/** The layout row an extra row's label names (as the parser matches labels), or undefined. */
export function namedLayoutRow(extra: ExtraRow, table: TableTemplate): RowTemplate | undefined {
  return (
    matchRow(extra.label, table, NO_CONTEXT)?.row ??
    matchRow(normalizeLabel(extra.rawLabel), table, NO_CONTEXT)?.row ??
    undefined
  );
}

/**
 * Whether an extra row, printed in its table's grid after the layout rows in `printedBefore`, would be read
 * as a layout row: its label names a row of the layout that is not printed before it (read after that row, it
 * would be a repeat of it, kept as an extra row).
 */
export function readsAsLayoutRow(
  extra: ExtraRow,
  table: TableTemplate,
  printedBefore: ReadonlySet<RowTemplate>,
): boolean {
  const row = namedLayoutRow(extra, table);
  return row !== undefined && !printedBefore.has(row);
}

/** The line of text an unplaced extra row is printed as: its label as printed, then its values, spaced. */
export function unplacedRowLine(extra: ExtraRow): string {
  return [extra.rawLabel, ...extra.cells.map((cell) => cell.raw)].join(" ");
}
