/**
 * Reads a `rows`-layout table (Tables 二 and 三): each label run is matched to a template row and the
 * values after it become that row's cells. Unknown labelled values become extra rows, never dropped —
 * except a Table 二 block header whose empty header cells print dashes (no number: no value).
 */
import { append } from "../append.js";
import type { Diagnostic } from "../schema/common.js";
import type { RowTemplate, TableTemplate } from "../templates/types.js";
import { fieldIdOf } from "../templates/types.js";
import { blockHead, noteBlockHead, valuesByHead } from "./block-head.js";
import { dealColumnMajor } from "./column-major.js";
import { columnOrder, orderDiagnostic, placeByOrder } from "./column-order.js";
import { mayEndInNumber, withGluedValue } from "./glued-value.js";
import { stripAnnotation } from "./labels.js";
import type { Line, Token } from "./lines.js";
import { isHeadMatch, matchBlock, matchRow } from "./match-row.js";
import { spreadMergedValues } from "./merged-cells.js";
import {
  cellList,
  diagnostic,
  fitValues,
  removeCell,
  type TableReading,
  tokenCell,
  valueColumnsOf,
} from "./reading.js";
import { isFilled, type LabelledRun, labelRuns, withLabel } from "./runs.js";
import { splitTextValues } from "./text-values.js";
import { joinWrappedLabels } from "./wrapped-labels.js";

/** Whether a token is a number (not blank, dash or text). */
const isNumber = (token: Token): boolean => token.reading.status === "number";

/** A label run with its label joined as printed and normalised (defined in runs.ts). */
export type { LabelledRun };

/** The label runs of a region's lines, each with its joined and normalised label. */
export function labelledRuns(lines: readonly Line[]): LabelledRun[] {
  return labelRuns(lines).map(withLabel);
}

const idCache = new WeakMap<TableTemplate, Map<RowTemplate, string[]>>();

/** The field ids of a row's columns, in column order (built once per template row). */
function fieldIds(table: TableTemplate, row: RowTemplate): string[] {
  let rows = idCache.get(table);
  if (!rows) {
    rows = new Map();
    idCache.set(table, rows);
  }
  let ids = rows.get(row);
  if (!ids) {
    ids = row.columns.map((column) => fieldIdOf(table, row, column));
    rows.set(row, ids);
  }
  return ids;
}

/**
 * Reads the lines of a table region as a rows-layout table of the given template. `runs` are the lines'
 * labelled runs when the caller already has them (one region is read with every candidate era).
 */
export function readRowsTable(
  table: TableTemplate,
  lines: readonly Line[],
  runs: readonly LabelledRun[] = labelledRuns(lines),
): TableReading {
  const reading: TableReading = {
    cells: cellList(),
    rowsFound: new Set(),
    expectedRows: 0,
    extraRows: [],
    hybridBlocks: [],
    diagnostics: [],
    mismatches: 0,
  };
  const ctx = { after: -1, block: null as string | null };
  /** The column labels of the current block's printed header (信息内容 | …), when one was read. */
  let head: string[] | null = null;
  const allBlank = new Set<string>();
  /** Rows of guessed (PDF) text with fewer values than columns, decided once the table is read. */
  const short: ShortRow[] = [];
  /** How many rows were read full, by their number of columns. */
  const full = new Map<number, number>();
  const valueColumns = valueColumnsOf(lines);
  // A header printing the columns in another order, or without some, places the values (Table 三).
  const order = columnOrder(table, lines);
  if (order) reading.diagnostics.push(orderDiagnostic(table, order));
  for (const run of splitTextValues(dealColumnMajor(joinWrappedLabels(runs, table), table), table, valueColumns)) {
    const { raw, label } = run;
    const block = matchBlock(label, table);
    if (block && block !== ctx.block) head = null;
    if (block) ctx.block = block;
    head = blockHead(run, table) ?? head;
    if (run.values.length === 0) continue;
    // Read only for a diagnostic or an extra row: a token makes its source on first use.
    const first = (run.texts[0] ?? run.values[0])!;
    let match = run.texts.length > 0 ? matchRow(label, table, ctx) : null;
    // A label's head stands for the row only when the run holds a number (values printed on the wrapped
    // row): a head with blank cells is the top half of a label whose values come on its second row.
    if (match !== null && isHeadMatch(match) && !run.values.some(isNumber)) match = null;
    if (match && reading.rowsFound.has(match.row.id)) {
      reading.diagnostics.push(
        diagnostic(
          "row-duplicate",
          "warning",
          `Row 「${raw}」 repeats ${table.number}、${match.row.labels[0]}; the first one is kept`,
          first.source,
          { text: raw },
        ),
      );
    }
    if (!match || reading.rowsFound.has(match.row.id)) {
      if (!run.values.some(isFilled)) continue;
      // A block's header row (第二十条第（八）项 信息内容 …) whose empty header cells hold dashes.
      if (!match && block && !run.values.some(isNumber)) continue;
      if (!match) {
        reading.diagnostics.push(
          diagnostic(
            "row-unrecognized",
            "warning",
            `Row 「${raw}」 of table ${table.number} matches no row of the layout; kept as an extra row`,
            first.source,
            { text: raw },
          ),
        );
      }
      reading.extraRows.push({
        table: table.id,
        block: ctx.block,
        label,
        rawLabel: raw,
        cells: run.values.filter(isFilled).map(tokenCell),
        source: first.source,
      });
      continue;
    }
    const { row } = match;
    reading.rowsFound.add(row.id);
    ctx.after = match.index;
    // A digit glued to the label is a value only when the row lacks one (else it is a footnote mark: 规章1 | 1 | 0 | 11).
    const values =
      mayEndInNumber(run) && filledCount(run.values) < row.columns.length
        ? withGluedValue(run, stripAnnotation(label).slice(match.end))
        : run.values;
    const merged = run.reliable
      ? spreadMergedValues(values, row.columns.length, `${table.number}、${row.labels[0]}`)
      : null;
    if (merged) append(reading.diagnostics, merged.diagnostics);
    // A printed block header says which value is which: more values than columns (a 2021 report printing the
    // 2019 block), or the columns in another order.
    const byHead = valuesByHead(values, row.columns, head);
    if (byHead && ctx.block) noteBlockHead(reading, table, ctx.block, head!, byHead.reordered);
    const width = order && !byHead ? order.printed.length : row.columns.length;
    const { kept, extra, missing } = byHead
      ? { ...byHead, missing: 0 }
      : fitValues(merged?.values ?? values, width, valueColumns, run.texts.at(-1));
    if (!kept.some(isFilled)) allBlank.add(row.id);
    const ids = fieldIds(table, row);
    // PDF text splits a one-cell row's value on spaces (139 82, 2 319): which piece is the value cannot be told.
    const unsure = extra.length > 0 && !run.reliable && row.columns.length === 1 && !byHead;
    const placed = order && !byHead ? placeByOrder(kept, order, row.columns.length) : kept;
    for (let i = 0; i < placed.length && !unsure; i++) {
      if (placed[i] === undefined) continue;
      reading.cells.ids.push(ids[i]!);
      reading.cells.tokens.push(placed[i]!);
    }
    if (extra.length > 0) {
      reading.mismatches++;
      reading.diagnostics.push(
        diagnostic(
          "row-extra-values",
          "warning",
          // Named by the layout: a PDF row's printed label may hold the header lines above it (in `text`).
          unsure
            ? `Row ${table.number}、${row.labels[0]} has ${kept.length + extra.length} values for its one column: ${[...kept, ...extra].map((t) => t.raw).join(" ")}; which is the value cannot be told, the cell is absent`
            : `Row ${table.number}、${row.labels[0]} has ${extra.length} value(s) more than its ${row.columns.length} column(s): ${extra.map((t) => t.raw).join(" ")}`,
          extra[0]!.source,
          { text: raw, field: ids[0]! },
        ),
      );
    }
    if (missing === 0 && extra.length === 0) full.set(row.columns.length, (full.get(row.columns.length) ?? 0) + 1);
    if (missing > 0) {
      reading.mismatches++;
      const firstMissing = row.columns[order && !byHead ? order.printed[kept.length]! : kept.length]!;
      const shortRow = { row, run, block: ctx.block, at: reading.diagnostics.length };
      if (!run.reliable && extra.length === 0) short.push(shortRow);
      else reading.diagnostics.push(missingValues(shortRow, fieldIdOf(table, row, firstMissing)));
    }
  }
  settleShortRows(table, reading, short, full);
  settleCollapsedGroups(table, reading, allBlank);
  return reading;
}

/** How many of some value tokens are filled (not blank). */
function filledCount(values: readonly Token[]): number {
  let n = 0;
  for (const t of values) if (isFilled(t)) n++;
  return n;
}

/** A row of guessed text with fewer values than columns: its run, its block, where its diagnostic goes. */
interface ShortRow {
  row: RowTemplate;
  run: LabelledRun;
  block: string | null;
  /** The index in the reading's diagnostics its diagnostic is inserted at. */
  at: number;
}

/**
 * The `row-missing-values` diagnostic of a row (the first missing cell's field id given); `guessed`: a row of
 * PDF text, whose values were placed from the first column on (a blank cell there leaves no trace).
 */
function missingValues(short: ShortRow, field: string, guessed = false): Diagnostic {
  const { row, run } = short;
  const count = Math.min(run.values.length, row.columns.length);
  const placed = guessed
    ? "they fill the first columns and the rest are absent; in PDF text a blank cell leaves no trace, so they may belong to other columns"
    : "the missing cells are absent";
  return diagnostic(
    "row-missing-values",
    "warning",
    `Row 「${run.raw}」 has ${count} of ${row.columns.length} values; ${placed}`,
    (run.texts[0] ?? run.values[0])!.source,
    { text: run.raw, field },
  );
}

/**
 * Settles the short rows of guessed (PDF) text. When the table's full rows of as many columns outnumber
 * the short ones, a short row's blank cells were printed as nothing and left no trace: which cells its
 * values fill cannot be told, so its cells are taken back and the row is kept as an extra row
 * (`row-values-unplaced`). Otherwise (a table printed without a column: its rows all short) the values
 * stay in the first columns (`row-missing-values`).
 */
function settleShortRows(
  table: TableTemplate,
  reading: TableReading,
  short: readonly ShortRow[],
  full: ReadonlyMap<number, number>,
): void {
  const shortByWidth = new Map<number, number>();
  for (const { row } of short) shortByWidth.set(row.columns.length, (shortByWidth.get(row.columns.length) ?? 0) + 1);
  for (let k = short.length - 1; k >= 0; k--) {
    const s = short[k]!;
    const { row, run } = s;
    const ids = fieldIds(table, row);
    const width = row.columns.length;
    if ((full.get(width) ?? 0) <= (shortByWidth.get(width) ?? 0)) {
      reading.diagnostics.splice(s.at, 0, missingValues(s, ids[run.values.length]!, true));
      continue;
    }
    for (const id of ids) removeCell(reading.cells, id);
    const first = (run.texts[0] ?? run.values[0])!;
    reading.extraRows.push({
      table: table.id,
      block: s.block,
      label: run.label,
      rawLabel: run.raw,
      cells: run.values.filter(isFilled).map(tokenCell),
      source: first.source,
    });
    const values = run.values.map((t) => t.raw).join(" ");
    reading.diagnostics.splice(
      s.at,
      0,
      diagnostic(
        "row-values-unplaced",
        "warning",
        `Row 「${run.raw}」 has ${run.values.length} of ${row.columns.length} values (${values}) in PDF text whose other rows are full: a blank cell left no trace, so which cells they fill cannot be told; kept as an extra row`,
        run.values[0]!.source,
        { text: run.raw, field: ids[0]! },
      ),
    );
  }
}

/**
 * A row that is another era's one-row form of a group (（六）其他处理): when the group's own rows were also
 * found and the one-row form holds only blanks, it was a group header, not data; when it stands alone, it
 * records a hybrid block. Sets the expected row count and reports template rows not found.
 */
function settleCollapsedGroups(table: TableTemplate, reading: TableReading, allBlank: Set<string>): void {
  const skipped = new Set<string>();
  for (const row of table.rows) {
    const collapsed = row.collapsedGroup;
    if (!collapsed) continue;
    const members = table.rows.filter((r) => r.groups.includes(collapsed.group) && !r.collapsedGroup);
    const membersFound = members.some((r) => reading.rowsFound.has(r.id));
    if (reading.rowsFound.has(row.id) && membersFound && allBlank.has(row.id)) {
      reading.rowsFound.delete(row.id);
      for (const column of row.columns) removeCell(reading.cells, fieldIdOf(table, row, column));
    }
    if (reading.rowsFound.has(row.id) && !membersFound) {
      reading.hybridBlocks.push({ table: table.id, block: collapsed.group, era: collapsed.era });
      for (const m of members) skipped.add(m.id);
    } else skipped.add(row.id);
  }
  const expected = table.rows.filter((r) => !skipped.has(r.id));
  reading.expectedRows = expected.length;
  for (const row of expected) {
    if (reading.rowsFound.has(row.id)) continue;
    reading.diagnostics.push(
      diagnostic("row-missing", "info", `Row ${table.number}、${row.labels[0]} was not found`, undefined, {
        field: fieldIdOf(table, row, row.columns[0]!),
      }),
    );
  }
}
