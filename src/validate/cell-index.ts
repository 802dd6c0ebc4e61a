/**
 * A report's cells by field id, built once per validation: canonical ids from `report.cells`, legacy ids
 * from one Map over the legacy tables' rows (the first row of an id wins). Answers exactly as
 * `lookupCell(report, id)?.cell`, without its scan of the legacy rows on every call.
 */
import type { Cell } from "../schema/common.js";
import type { AnnualReport } from "../schema/report.js";

/** Reads a report's cell by field id (canonical or legacy); undefined when the report lacks it. */
export type CellGetter = (id: string) => Cell | undefined;

/** Builds the cell getter of one report; the report must not change while the getter is in use. */
export function cellGetter(report: AnnualReport): CellGetter {
  const cells = report.cells as Readonly<Record<string, Cell | undefined>>;
  const own: CellGetter = (id) => (Object.hasOwn(cells, id) ? cells[id] : undefined);
  if (report.legacy.length === 0) return own;
  const legacy = new Map<string, Cell>();
  for (const table of report.legacy) {
    for (const row of table.rows) if (row.id !== null && !legacy.has(row.id)) legacy.set(row.id, row.cell);
  }
  // A legacy report usually has no canonical cell: then only the legacy rows can answer (reading an id the
  // cells object lacks costs a string-table probe per read).
  if (Object.getOwnPropertyNames(cells).length === 0) return (id) => legacy.get(id);
  return (id) => own(id) ?? legacy.get(id);
}
