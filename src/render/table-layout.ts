/**
 * Turns a table template and a report's cells into the official grid with spans, generically: Table 二's
 * blocks, Table 三's row groups and column paths, Table 四's sequence under a header tree all come from the
 * template data, so a row added to a template renders without code changes.
 */
import type { Cell } from "../schema/common.js";
import type { ExtraRow } from "../schema/report.js";
import type { RowTemplate, TableTemplate } from "../templates/types.js";
import { fieldIdOf } from "../templates/types.js";
import { headerCell, type RenderCell, type RenderGrid, valueCell } from "./grid.js";
import { headerRowsOf } from "./header-tree.js";
import { readsAsLayoutRow, unplacedRowLine } from "./unplaced-rows.js";

/** How cells the report lacks are rendered: `omit` leaves out rows (and tables) without any cell, `blank` prints the whole form. */
export type AbsentPolicy = "omit" | "blank";

/** Looks a cell up by field id. */
export type CellLookup = (fieldId: string) => Cell | undefined;

/** A statistics table laid out: its grid (undefined when none is printed) and the lines of text printed after it. */
export interface TableLayout {
  grid: RenderGrid | undefined;
  /** Extra rows whose values no cell of the layout may be given (unplaced-rows.ts), one line of text each. */
  linesAfter: string[];
}

/**
 * Lays one statistics table out. Extra rows (rows the template does not know, kept verbatim by the parser)
 * are printed after the rows of their block, or at the end of the table (rows layout only) — except an extra
 * row whose label names a layout row not printed before it: read again as a grid row, its values would be
 * placed in that row's cells, so it is printed as a line of text after the table (unplaced-rows.ts).
 */
export function tableLayout(
  table: TableTemplate,
  lookup: CellLookup,
  absent: AbsentPolicy,
  extraRows: readonly ExtraRow[] = [],
): TableLayout {
  if (table.layout === "sequence") return { grid: sequenceGrid(table, lookup, absent), linesAfter: [] };
  return rowsGrid(
    table,
    lookup,
    absent,
    extraRows.filter((r) => r.table === table.id),
  );
}

/** Renders one statistics table's grid (tableLayout's grid), or undefined when nothing of it is to be printed. */
export function tableGrid(
  table: TableTemplate,
  lookup: CellLookup,
  absent: AbsentPolicy,
  extraRows: readonly ExtraRow[] = [],
): RenderGrid | undefined {
  return tableLayout(table, lookup, absent, extraRows).grid;
}

const hasCells = (table: TableTemplate, row: RowTemplate, lookup: CellLookup): boolean =>
  row.columns.some((c) => lookup(fieldIdOf(table, row, c)) !== undefined);

/**
 * Rows to print: those with a cell; in `blank` mode also every other row, except another era's collapsed
 * form of a group (printed only with cells) and the rows of a group whose collapsed form is printed.
 */
function printedRows(table: TableTemplate, lookup: CellLookup, absent: AbsentPolicy): RowTemplate[] {
  const withCells = new Set(table.rows.filter((row) => hasCells(table, row, lookup)));
  const collapsed = new Set(
    table.rows.flatMap((row) => (row.collapsedGroup && withCells.has(row) ? [row.collapsedGroup.group] : [])),
  );
  return table.rows.filter(
    (row) =>
      withCells.has(row) ||
      (absent === "blank" && row.collapsedGroup === undefined && !row.groups.some((g) => collapsed.has(g))),
  );
}

const valueWidth = (table: TableTemplate): number => Math.max(1, ...table.rows.map((r) => r.columns.length));

function valueCells(table: TableTemplate, row: RowTemplate, lookup: CellLookup, width: number): RenderCell[] {
  return row.columns.map((column, i) => {
    const raw = lookup(fieldIdOf(table, row, column))?.raw ?? "";
    return valueCell(raw, i === row.columns.length - 1 ? width - row.columns.length + 1 : 1);
  });
}

/** Header cells spread over `width` columns: the last one spans what is left. */
function spreadHeaders(labels: readonly string[], width: number): RenderCell[] {
  return labels.map((label, i) => headerCell(label, i === labels.length - 1 ? width - labels.length + 1 : 1));
}

function groupLabel(table: TableTemplate, id: string): string {
  return table.groups.find((g) => g.id === id)?.labels[0] ?? id;
}

/** Header texts that are neither column, row, group nor block labels: the corner note and super headers. */
function captionsOf(table: TableTemplate): string[] {
  const known = new Set<string>();
  for (const row of table.rows) {
    for (const l of row.labels) known.add(l);
    for (const c of row.columns) {
      for (const l of c.labels) known.add(l);
      for (const seg of c.path?.split("/") ?? []) known.add(seg);
    }
  }
  for (const g of table.groups) for (const l of g.labels) known.add(l);
  for (const b of table.blocks) for (const l of [...b.labels, ...b.header]) known.add(l);
  return table.headerLabels.filter((l) => !known.has(l));
}

/** The extra rows of a section printed in the grid after `printedBefore`, and (pushed to `lines`) the others. */
function gridExtras(
  table: TableTemplate,
  extras: readonly ExtraRow[],
  printedBefore: ReadonlySet<RowTemplate>,
  lines: string[],
): ExtraRow[] {
  const inGrid: ExtraRow[] = [];
  for (const extra of extras) {
    if (readsAsLayoutRow(extra, table, printedBefore)) lines.push(unplacedRowLine(extra));
    else inGrid.push(extra);
  }
  return inGrid;
}

/**
 * Whether a row's first value holds text (OCR's `l8`, `O`: kept as text), which the parser tells from the label
 * before it only by its column: the flat shapes then write the table with every slot. A text value further right
 * is not (every slot written, the parser read the empty label slots of such a row as its first values and moved
 * them all one column right, silently: review RV32).
 */
function holdsTextValue(
  table: TableTemplate,
  rows: readonly RowTemplate[],
  extras: readonly ExtraRow[],
  lookup: CellLookup,
): boolean {
  return (
    rows.some((row) => lookup(fieldIdOf(table, row, row.columns[0]!))?.status === "text") ||
    extras.some((e) => e.cells[0]?.status === "text")
  );
}

function rowsGrid(
  table: TableTemplate,
  lookup: CellLookup,
  absent: AbsentPolicy,
  extras: readonly ExtraRow[],
): TableLayout {
  const rows = printedRows(table, lookup, absent);
  const linesAfter: string[] = [];
  const labelWidth = 1 + Math.max(0, ...table.rows.map((r) => r.groups.length));
  const blockIds = new Set(table.blocks.map((b) => b.id));
  const sections =
    table.blocks.length === 0
      ? [{ block: undefined, rows, extras }]
      : [
          ...table.blocks.map((b) => ({
            block: b,
            rows: rows.filter((r) => r.block === b.id),
            extras: extras.filter((e) => e.block === b.id),
          })),
          {
            block: undefined,
            rows: rows.filter((r) => r.block === undefined || !blockIds.has(r.block)),
            extras: extras.filter((e) => e.block === null || !blockIds.has(e.block)),
          },
        ];
  // Which extra rows stay in the grid: each section's rows are printed before its extra rows.
  const printedBefore = new Set<RowTemplate>();
  const laid = sections.map((section) => {
    for (const row of section.rows) printedBefore.add(row);
    return { ...section, extras: gridExtras(table, section.extras, printedBefore, linesAfter) };
  });
  const inGrid = laid.flatMap((section) => section.extras);
  if (rows.length === 0 && inGrid.length === 0) return { grid: undefined, linesAfter };
  // An extra row with more values than the layout widens the table rather than losing a value.
  let width = valueWidth(table);
  for (const e of inGrid) width = Math.max(width, e.cells.length);
  const out: RenderCell[][] = table.blocks.length > 0 ? [] : columnHeader(table, labelWidth, width);
  const dataRow = (row: RowTemplate, i: number, list: readonly RowTemplate[]): RenderCell[] => {
    const cells: RenderCell[] = [];
    row.groups.forEach((group, depth) => {
      if (i > 0 && list[i - 1]?.groups[depth] === group) return;
      let span = 1;
      while (list[i + span]?.groups[depth] === group) span++;
      cells.push(headerCell(groupLabel(table, group), 1, span));
    });
    cells.push(headerCell(row.labels[0] ?? row.id, labelWidth - row.groups.length));
    return [...cells, ...valueCells(table, row, lookup, width)];
  };
  const extraRow = (extra: ExtraRow): RenderCell[] => {
    const cells = extra.cells;
    return [
      headerCell(extra.rawLabel, labelWidth),
      ...cells.map((c, i) => valueCell(c.raw, i === cells.length - 1 ? width - cells.length + 1 : 1)),
    ];
  };
  for (const { block, rows: blockRows, extras: blockExtras } of laid) {
    if (blockRows.length === 0 && blockExtras.length === 0) continue;
    if (block) {
      out.push([headerCell(block.labels[0] ?? block.id, labelWidth + width)]);
      const [first = "", ...rest] = block.header;
      out.push([headerCell(first, labelWidth), ...spreadHeaders(rest, width)]);
    }
    blockRows.forEach((row, i) => {
      out.push(dataRow(row, i, blockRows));
    });
    for (const extra of blockExtras) out.push(extraRow(extra));
  }
  const grid: RenderGrid = { rows: out, width: labelWidth + width };
  if (holdsTextValue(table, rows, inGrid, lookup)) grid.aligned = true;
  return { grid, linesAfter };
}

/** Table 三's header: the corner note over the label columns, super headers, then the column-path tree. */
function columnHeader(table: TableTemplate, labelWidth: number, width: number): RenderCell[][] {
  const widest = table.rows.reduce<RowTemplate | undefined>(
    (best, r) => (r.columns.length > (best?.columns.length ?? 0) ? r : best),
    undefined,
  );
  const tree = headerRowsOf((widest?.columns ?? []).map((c) => (c.path ?? c.labels[0] ?? c.id).split("/")));
  const [corner, ...supers] = captionsOf(table);
  const top = [...supers.map((s) => [headerCell(s, width)]), ...tree];
  if (top.length === 0) return [];
  top[0]?.unshift(headerCell(corner ?? "", labelWidth, top.length));
  return top;
}

function sequenceGrid(table: TableTemplate, lookup: CellLookup, absent: AbsentPolicy): RenderGrid | undefined {
  if (absent === "omit" && !table.rows.some((row) => hasCells(table, row, lookup))) return undefined;
  const paths = table.rows.flatMap((row) =>
    row.columns.map((c) => [
      ...row.groups.map((g) => groupLabel(table, g)),
      row.labels[0] ?? row.id,
      c.labels[0] ?? c.id,
    ]),
  );
  const values = table.rows.flatMap((row) =>
    row.columns.map((c) => valueCell(lookup(fieldIdOf(table, row, c))?.raw ?? "")),
  );
  return { rows: [...headerRowsOf(paths), values], width: paths.length };
}
