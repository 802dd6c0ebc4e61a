/** Field-by-field diff of two reports of the same era, on the canonical field ids (and legacy typed ids). */
import { legacyRowsById } from "../records.js";
import type { Cell } from "../schema/common.js";
import type { AnnualReport, LegacyRow } from "../schema/report.js";
import { FIELD_IDS, type FieldInfo, fieldLabelsIn, fields, isFieldId } from "../templates/index.js";
import { absoluteChange, relativeChange } from "./change.js";
import { type LayoutPair, layoutNote, layoutPairs, summedSide } from "./collapsed-rows.js";
import { yearTag } from "./cross-year-eval.js";
import { headerMoneyUnit, moneyUnit, reconcileUnits } from "./field-units.js";
import type { FieldChange, FieldSide } from "./schema.js";

/** Field ids present in either report: fields.tsv ids in their order, then legacy typed ids in document order. */
export function comparableFieldIds(older: AnnualReport, newer: AnnualReport): string[] {
  const out: string[] = FIELD_IDS.filter((id) => older.cells[id] !== undefined || newer.cells[id] !== undefined);
  const legacy = new Set<string>();
  for (const report of [older, newer]) {
    for (const table of report.legacy) for (const row of table.rows) if (row.id !== null) legacy.add(row.id);
  }
  for (const id of legacy) out.push(id);
  return out;
}

/**
 * One report's side of a field, with (legacy ids) the row's label, section row and column; `rows` are the
 * report's `legacyRowsById`. Reads what `lookupCell` reads, without scanning the legacy rows per field.
 */
function side(
  report: AnnualReport,
  id: string,
  rows: ReadonlyMap<string, LegacyRow>,
): { side: FieldSide; label?: string; section?: string | null; column?: string | null; unit: string | null } {
  const own = Object.hasOwn(report.cells, id) ? (report.cells as Record<string, Cell | undefined>)[id] : undefined;
  const row = isFieldId(id) ? undefined : rows.get(id);
  const cell = own ?? row?.cell;
  if (!cell) return { side: { value: null, status: "absent", raw: null }, unit: null };
  // The unit written for the value: in the cell, else (legacy) in the row's unit column.
  const unit = cell.unit ?? row?.unit ?? null;
  const money = moneyUnit(unit);
  return {
    unit,
    side: { value: cell.value, status: cell.status, raw: cell.raw, ...(money === null ? {} : { unit: money }) },
    label: own ? (fields[id as keyof typeof fields]?.label ?? id) : (row as LegacyRow).label,
    section: row?.section ?? null,
    column: row?.column ?? null,
  };
}

/** The era a report's table was read in (its report's era when the table was not found). */
function tableEra(report: AnnualReport, table: string): AnnualReport["meta"]["formatEra"] {
  return report.tables.find((t) => t.id === table)?.era ?? report.meta.formatEra;
}

/**
 * A field's labels for a diff: as the layout both reports' tables were read in prints them (a 2019 cell is
 * 处理决定数量, not the dictionary's 2021 本年处理决定数量), else the dictionary's.
 */
function canonicalLabel(older: AnnualReport, newer: AnnualReport, info: FieldInfo): FieldChange["label"] {
  const era = tableEra(older, info.table);
  const own = era === tableEra(newer, info.table) ? fieldLabelsIn(era, info.id) : undefined;
  const labels = own ?? info;
  return { zh: labels.label, row: labels.rowLabel, column: labels.columnLabel };
}

/**
 * A legacy row's label in full: `3.政府公报` alone does not say which part of the table it counts, so its
 * section row goes before it (`一、主动公开政府信息情况 3.政府公报`).
 */
function fullLabel(label: string, section: string | null | undefined): string {
  return section && !label.includes(section) ? `${section} ${label}` : label;
}

/**
 * The change of one field between two reports (changed = false when value and status are equal); `rows`,
 * each report's `legacyRowsById` when the caller compares many fields.
 */
export function fieldChange(
  older: AnnualReport,
  newer: AnnualReport,
  id: string,
  rows: { older: ReadonlyMap<string, LegacyRow>; newer: ReadonlyMap<string, LegacyRow> } = {
    older: legacyRowsById(older),
    newer: legacyRowsById(newer),
  },
): FieldChange {
  const a = side(older, id, rows.older);
  const b = side(newer, id, rows.newer);
  const info = isFieldId(id) ? fields[id] : undefined;
  const legacyLabel = a.label ?? b.label ?? id;
  const section = a.section ?? b.section;
  // Amounts are compared in one money unit (the header's): a count column's 件 or 元 is not a unit to convert.
  const units =
    info?.kind === "count" || info?.kind === "signed"
      ? null
      : reconcileUnits(
          { value: a.side.value, unit: a.unit, tag: yearTag(older, 0) },
          { value: b.side.value, unit: b.unit, tag: yearTag(newer, 1) },
          info ? headerMoneyUnit(info.columnLabel) : null,
        );
  if (units?.comparable) {
    a.side.value = units.old;
    b.side.value = units.new;
  }
  const comparable = units === null || units.comparable;
  const changed = a.side.status !== b.side.status || a.side.value !== b.side.value || !comparable;
  return {
    field: id,
    label: info
      ? canonicalLabel(older, newer, info)
      : { zh: fullLabel(legacyLabel, section), row: legacyLabel, column: a.column ?? b.column ?? "" },
    kind: info ? info.kind : null,
    old: a.side,
    new: b.side,
    change: comparable ? absoluteChange(a.side.value, b.side.value) : null,
    relativeChange: comparable ? relativeChange(a.side.value, b.side.value) : null,
    statusChange: a.side.status === b.side.status ? null : { from: a.side.status, to: b.side.status },
    changed,
    ...(units?.note ? { note: units.note } : {}),
  };
}

/**
 * The change of a group printed as one row in one report and as sub-rows in the other (collapsed-rows.ts):
 * the one row against the sum of the sub-rows, under the one row's field id, with a note saying so.
 */
function layoutChange(older: AnnualReport, newer: AnnualReport, pair: LayoutPair): FieldChange {
  const id = pair.cell.total;
  const info = isFieldId(id) ? fields[id] : undefined;
  const one = side(pair.oneRow === 0 ? older : newer, id, new Map()).side;
  const sum = summedSide(pair.oneRow === 0 ? newer : older, pair.cell);
  const [a, b] = pair.oneRow === 0 ? [one, sum] : [sum, one];
  return {
    field: id,
    label: info ? { zh: info.label, row: info.rowLabel, column: info.columnLabel } : { zh: id, row: id, column: "" },
    kind: info ? info.kind : null,
    old: a,
    new: b,
    change: absoluteChange(a.value, b.value),
    relativeChange: relativeChange(a.value, b.value),
    statusChange: a.status === b.status ? null : { from: a.status, to: b.status },
    changed: a.status !== b.status || a.value !== b.value,
    note: layoutNote(pair, older, newer),
  };
}

/**
 * Every field present in either report: the changed ones, plus the unchanged ones when asked. Returns the
 * number of unchanged fields too (present in both, same status and value). A group one report prints as
 * one row and the other as sub-rows (（六）其他处理) is one field: the row against the sub-rows' sum.
 */
export function diffFields(
  older: AnnualReport,
  newer: AnnualReport,
  includeUnchanged = false,
): { changes: FieldChange[]; unchanged: number } {
  const changes: FieldChange[] = [];
  let unchanged = 0;
  const rows = { older: legacyRowsById(older), newer: legacyRowsById(newer) };
  const pairs = layoutPairs(older, newer);
  const paired = new Map(pairs.map((p) => [p.cell.total, p]));
  const merged = new Set(pairs.flatMap((p) => p.cell.parts));
  for (const id of comparableFieldIds(older, newer)) {
    if (merged.has(id)) continue;
    const pair = paired.get(id);
    const change = pair ? layoutChange(older, newer, pair) : fieldChange(older, newer, id, rows);
    if (!change.changed) unchanged++;
    if (change.changed || includeUnchanged) changes.push(change);
  }
  return { changes, unchanged };
}
