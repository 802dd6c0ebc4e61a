/** Report ↔ flat rows keyed by the canonical field ids (fields.tsv). */
import type { Cell, CellStatus, SourcePosition } from "./schema/common.js";
import type { AnnualReport, LegacyRow } from "./schema/report.js";
import { FIELD_IDS, type FieldId } from "./templates/field-ids.js";
import { fields } from "./templates/index.js";

/** One flat row of a report: a field id with its value, status, raw text and source position. */
export interface FieldRecord {
  /** Canonical field id (fields.tsv). */
  field: FieldId;
  /** Numeric value, or null when the cell is not a number. */
  value: number | null;
  /** number | blank | na | text. */
  status: CellStatus;
  /** Verbatim cell text. */
  raw: string;
  /** Where the cell was read. */
  source: SourcePosition;
}

/**
 * Flattens a report's table cells into rows keyed by the canonical field ids, in fields.tsv order. Cells
 * the document lacks produce no row (absent is not 0).
 */
export function toRecords(report: AnnualReport): FieldRecord[] {
  const out: FieldRecord[] = [];
  for (const field of FIELD_IDS) {
    const cell: Cell | undefined = report.cells[field];
    if (!cell) continue;
    out.push({ field, value: cell.value, status: cell.status, raw: cell.raw, source: cell.source });
  }
  return out;
}

/** A value looked up by id, with the label to show for it. */
export interface LookedUpCell {
  cell: Cell;
  /** Official label (fields dictionary) or the legacy row's printed label. */
  label: string;
}

/**
 * Resolves a field id against a report: canonical ids (fields.tsv) from `report.cells`, legacy ids
 * (`legacy_national.*`, `legacy_sh.*`) from the legacy tables' typed rows. Returns undefined when absent.
 */
export function lookupCell(report: AnnualReport, id: string): LookedUpCell | undefined {
  if (Object.hasOwn(report.cells, id)) {
    const cell = report.cells[id as FieldId];
    if (cell) return { cell, label: fields[id as FieldId]?.label ?? id };
  }
  for (const table of report.legacy) {
    for (const row of table.rows) if (row.id === id) return { cell: row.cell, label: row.label };
  }
  return undefined;
}

/**
 * A report's legacy rows by typed id, the first row of an id winning (the row `lookupCell` finds): for callers
 * that look many ids up, one pass over the rows instead of one per id.
 */
export function legacyRowsById(report: AnnualReport): Map<string, LegacyRow> {
  const rows = new Map<string, LegacyRow>();
  for (const table of report.legacy) {
    for (const row of table.rows) if (row.id !== null && !rows.has(row.id)) rows.set(row.id, row);
  }
  return rows;
}
