/** Field-by-field diff of two reports of the same era, on the canonical field ids (and legacy typed ids). */
import { lookupCell } from "../records.js";
import type { AnnualReport } from "../schema/report.js";
import { FIELD_IDS, fields, isFieldId } from "../templates/index.js";
import { absoluteChange, relativeChange } from "./change.js";
import type { FieldChange, FieldSide } from "./schema.js";

/** Field ids present in either report: fields.tsv ids in their order, then legacy typed ids in document order. */
export function comparableFieldIds(older: AnnualReport, newer: AnnualReport): string[] {
  const out: string[] = FIELD_IDS.filter((id) => older.cells[id] !== undefined || newer.cells[id] !== undefined);
  const legacy = new Set<string>();
  for (const report of [older, newer]) {
    for (const table of report.legacy) for (const row of table.rows) if (row.id !== null) legacy.add(row.id);
  }
  out.push(...legacy);
  return out;
}

/** One report's side of a field, with (legacy ids) the row's label, section row and column. */
function side(
  report: AnnualReport,
  id: string,
): { side: FieldSide; label?: string; section?: string | null; column?: string | null } {
  const found = lookupCell(report, id);
  if (!found) return { side: { value: null, status: "absent", raw: null } };
  const { cell } = found;
  const row = isFieldId(id) ? undefined : report.legacy.flatMap((t) => t.rows).find((r) => r.id === id);
  return {
    side: { value: cell.value, status: cell.status, raw: cell.raw },
    label: found.label,
    section: row?.section ?? null,
    column: row?.column ?? null,
  };
}

/**
 * A legacy row's label in full: `3.政府公报` alone does not say which part of the table it counts, so its
 * section row goes before it (`一、主动公开政府信息情况 3.政府公报`).
 */
function fullLabel(label: string, section: string | null | undefined): string {
  return section && !label.includes(section) ? `${section} ${label}` : label;
}

/** The change of one field between two reports (changed = false when value and status are equal). */
export function fieldChange(older: AnnualReport, newer: AnnualReport, id: string): FieldChange {
  const a = side(older, id);
  const b = side(newer, id);
  const info = isFieldId(id) ? fields[id] : undefined;
  const legacyLabel = a.label ?? b.label ?? id;
  const section = a.section ?? b.section;
  const changed = a.side.status !== b.side.status || a.side.value !== b.side.value;
  return {
    field: id,
    label: info
      ? { zh: info.label, row: info.rowLabel, column: info.columnLabel }
      : { zh: fullLabel(legacyLabel, section), row: legacyLabel, column: a.column ?? b.column ?? "" },
    kind: info ? info.kind : null,
    old: a.side,
    new: b.side,
    change: absoluteChange(a.side.value, b.side.value),
    relativeChange: relativeChange(a.side.value, b.side.value),
    statusChange: a.side.status === b.side.status ? null : { from: a.side.status, to: b.side.status },
    changed,
  };
}

/**
 * Every field present in either report: the changed ones, plus the unchanged ones when asked. Returns the
 * number of unchanged fields too (present in both, same status and value).
 */
export function diffFields(
  older: AnnualReport,
  newer: AnnualReport,
  includeUnchanged = false,
): { changes: FieldChange[]; unchanged: number } {
  const changes: FieldChange[] = [];
  let unchanged = 0;
  for (const id of comparableFieldIds(older, newer)) {
    const change = fieldChange(older, newer, id);
    if (!change.changed) unchanged++;
    if (change.changed || includeUnchanged) changes.push(change);
  }
  return { changes, unchanged };
}
