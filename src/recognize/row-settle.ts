/**
 * Settling a rows-layout table once its label runs are read (rows.ts): the short rows of PDF text, whose blank
 * cells left no trace, and the other era's one-row form of a group (（六）其他处理) beside the group's own rows;
 * which rows end in their own total, read off the layout's identities (T3-ROW), not off a column's name.
 */
import type { Diagnostic } from "../schema/common.js";
import type { Identity, RowTemplate, TableTemplate } from "../templates/types.js";
import { fieldIdOf } from "../templates/types.js";
import type { Token } from "./lines.js";
import { diagnostic, removeCell, type TableReading, tokenCell } from "./reading.js";
import { isFilled, type LabelledRun } from "./runs.js";

const idCache = new WeakMap<TableTemplate, Map<RowTemplate, string[]>>();

/** The field ids of a row's columns, in column order (built once per template row). */
export function fieldIds(table: TableTemplate, row: RowTemplate): string[] {
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

const totalsCache = new WeakMap<readonly Identity[], Map<RowTemplate, boolean>>();

/** Whether one of `identities` equates the field `total` with the sum of exactly the fields `parts`. */
function isSumOf(identities: readonly Identity[], total: string, parts: ReadonlySet<string>): boolean {
  for (const identity of identities) {
    for (const eq of identity.equations) {
      if ((eq.op ?? "eq") !== "eq" || eq.lhs.length !== 1 || eq.lhs[0] !== total) continue;
      if (eq.rhs.length === parts.size && eq.rhs.every((t) => typeof t === "string" && parts.has(t))) return true;
    }
  }
  return false;
}

/**
 * Whether a row's last column is its total: an identity of the layout says it equals the sum of all the row's
 * other columns. Decided once per identities × row.
 */
export function endsInTotal(table: TableTemplate, row: RowTemplate, identities: readonly Identity[]): boolean {
  let rows = totalsCache.get(identities);
  if (!rows) {
    rows = new Map();
    totalsCache.set(identities, rows);
  }
  let ends = rows.get(row);
  if (ends === undefined) {
    const ids = fieldIds(table, row);
    ends = ids.length >= 2 && isSumOf(identities, ids.at(-1)!, new Set(ids.slice(0, -1)));
    rows.set(row, ends);
  }
  return ends;
}

/**
 * How many of a row's sums some of its values (in its columns' order) break: 1 when the row ends in its total
 * (`endsInTotal`) and the values before it, blanks as 0, add up to another number; else 0 (also when a value is
 * text or a dash: the sum cannot be told).
 */
export function rowTotalMisses(
  table: TableTemplate,
  row: RowTemplate,
  identities: readonly Identity[],
  values: readonly Token[],
): number {
  if (!endsInTotal(table, row, identities) || values.length !== row.columns.length) return 0;
  let parts = 0;
  for (let i = 0; i < values.length; i++) {
    const { status, value } = values[i]!.reading;
    if (status !== "number" && status !== "blank") return 0;
    if (i < values.length - 1) parts += value ?? 0;
  }
  return Math.abs(parts - (values.at(-1)!.reading.value ?? 0)) > 1e-9 ? 1 : 0;
}

/** A row of guessed text with fewer values than columns: its run, its block, where its diagnostic goes. */
export interface ShortRow {
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
export function missingValues(short: ShortRow, field: string, guessed = false): Diagnostic {
  const { row, run } = short;
  const count = Math.min(run.values.length, row.columns.length);
  const placed = guessed
    ? "they fill the first columns and the rest are absent; in text without the table's grid (PDF or Word text, one cell per line) a blank cell leaves no trace, so they may belong to other columns"
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
 * stay in the first columns (`row-missing-values`), unless the row is one part and its total
 * ({@link partsAndTotal}; `identities`, the layout's, say which rows end in their total).
 */
export function settleShortRows(
  table: TableTemplate,
  reading: TableReading,
  short: readonly ShortRow[],
  full: ReadonlyMap<number, number>,
  identities: readonly Identity[],
): void {
  const shortByWidth = new Map<number, number>();
  for (const { row } of short) shortByWidth.set(row.columns.length, (shortByWidth.get(row.columns.length) ?? 0) + 1);
  const sums = mostlySums(table, short, identities);
  for (let k = short.length - 1; k >= 0; k--) {
    const s = short[k]!;
    const { row, run } = s;
    const ids = fieldIds(table, row);
    const width = row.columns.length;
    if ((full.get(width) ?? 0) <= (shortByWidth.get(width) ?? 0)) {
      // Two equal values are read as one part and the total whatever the rest of the table reads (a table
      // printed without its total column holds rows of six values, not of two); three or more values only where
      // the table's short rows are mostly such sums (review RV32: garbled rows turned the guard off for `1 1`).
      const placed =
        (sums || run.values.length === 2) && endsInTotal(table, row, identities)
          ? partsAndTotal(row, run.values)
          : null;
      if (placed === null) {
        reading.diagnostics.splice(s.at, 0, missingValues(s, ids[run.values.length]!, true));
        continue;
      }
      for (const id of ids) removeCell(reading.cells, id);
      for (const [column, token] of placed) {
        reading.cells.ids.push(ids[column]!);
        reading.cells.tokens.push(token);
      }
      reading.diagnostics.splice(s.at, 0, partsAndTotalDiagnostic(s, ids[0]!));
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
 * Whether most short rows that end in their total (all zeros aside) have their last value the sum of the ones
 * before it: a table whose blank cells (zeros printed blank) left no trace, not one printed without a column (its
 * total column, say: `21 0 0 0 0 0`), whose rows' last values are the sum of the others only by chance.
 */
function mostlySums(table: TableTemplate, short: readonly ShortRow[], identities: readonly Identity[]): boolean {
  let rows = 0;
  let sums = 0;
  for (const { row, run } of short) {
    if (!endsInTotal(table, row, identities)) continue;
    const sum = sumOfParts(run.values);
    if (sum === null) continue;
    rows++;
    if (sum) sums++;
  }
  return sums * 2 > rows;
}

/**
 * Whether a row's last value is the sum of the ones before it (two values or more, all numbers); null when that
 * tells nothing: fewer than two numbers, or all of them 0 (zeros add up to zero in any order).
 */
function sumOfParts(values: readonly Token[]): boolean | null {
  if (values.length < 2) return null;
  let sum = 0;
  for (const t of values) if (t.reading.status !== "number" || t.reading.value === null) return null;
  for (let i = 0; i < values.length - 1; i++) sum += values[i]!.reading.value!;
  const total = values.at(-1)!.reading.value!;
  if (Math.abs(sum - total) > 1e-9) return false;
  return total === 0 ? null : true;
}

/**
 * The cells of a short row of guessed text whose last value is the sum of the ones before it, in a row that ends
 * in its total (the caller asks {@link endsInTotal}): its parts and the total, since only so do the parts add
 * up to the total (Table 三 of a report whose zeros were printed blank: 一、本年新收… 95 95, or 3001 53 61 4 3119).
 * Taken so only where most of the table's short rows are such sums ({@link mostlySums}); a row of zeros tells
 * nothing and is left as it is. The cells the text does not hold (printed blank, which leaves no trace,
 * or lost) stay absent. Which parts hold the values cannot be told: they go to the first columns in order
 * (natural persons first, the most frequent by far), and the diagnostic says so. The cells as [column index,
 * token] pairs; null for any other row.
 */
function partsAndTotal(row: RowTemplate, values: readonly Token[]): [number, Token][] | null {
  const width = row.columns.length;
  if (width < 3 || values.length >= width || sumOfParts(values) !== true) return null;
  const placed: [number, Token][] = values.slice(0, -1).map((t, i) => [i, t]);
  placed.push([width - 1, values.at(-1)!]);
  return placed;
}

/** The `row-part-and-total` warning of a short row read by {@link partsAndTotal}. */
function partsAndTotalDiagnostic(short: ShortRow, field: string): Diagnostic {
  const { row, run } = short;
  const values = run.values;
  const parts = values.length - 1;
  const raw = values.map((t) => t.raw).join(" ");
  const columns = row.columns.slice(0, parts).map((c) => c.labels[0]);
  const which =
    parts === 1
      ? `which part holds the value cannot be told in text without the table's grid: it is read as the first (${columns[0]})`
      : `which parts hold the values cannot be told in text without the table's grid: they are read as the first ${parts} (${columns.join(", ")})`;
  const read =
    parts === 1
      ? `2 of ${row.columns.length} values, equal (${raw}): read as one part and the total`
      : `${values.length} of ${row.columns.length} values, the last the sum of the others (${raw}): read as ${parts} parts and the total`;
  return diagnostic(
    "row-part-and-total",
    "warning",
    `Row 「${run.raw}」 has ${read} (only so do the parts add up to the total), the other parts absent (printed blank or lost: nothing in the text); ${which}`,
    values[0]!.source,
    { text: run.raw, field },
  );
}

/**
 * A row that is another era's one-row form of a group (（六）其他处理): when the group's own rows were also
 * found and the one-row form holds only blanks, it was a group header, not data; when it stands alone, it
 * records a hybrid block. Sets the expected row count and reports template rows not found.
 */
export function settleCollapsedGroups(table: TableTemplate, reading: TableReading, allBlank: Set<string>): void {
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
