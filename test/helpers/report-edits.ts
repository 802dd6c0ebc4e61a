/**
 * Random edits of a parsed report for the equivalence property tests (validate fast paths, normalize): a
 * canonical cell replaced or removed, a legacy row's cell replaced (or zeroed), or a legacy row given another
 * row's id (so the first-row-wins rule of duplicate ids is exercised).
 */
import fc from "fast-check";
import type { Cell } from "../../src/schema/common.js";
import type { AnnualReport } from "../../src/schema/report.js";

/** One edit: which cell (by index among the report's cells, or among its legacy rows) and what becomes of it. */
export interface CellEdit {
  legacy: boolean;
  index: number;
  /** The new cell; undefined removes a canonical cell, and zeroes (or retargets) a legacy row. */
  cell: Cell | undefined;
  /** With no cell on a legacy row: the row takes the id of the row at this index instead of a zero. */
  retarget?: number;
}

/** Edits drawing their new cells from `cells`; `retarget` adds legacy id swaps. */
export function cellEdit(cells: readonly Cell[], options: { retarget?: boolean } = {}): fc.Arbitrary<CellEdit> {
  const base = {
    legacy: fc.boolean(),
    index: fc.nat(),
    cell: fc.option(fc.constantFrom(...cells), { nil: undefined }),
  };
  return options.retarget ? fc.record({ ...base, retarget: fc.nat() }) : fc.record(base);
}

/** A deep copy of the report with the edits applied in order. */
export function applyCellEdits(base: AnnualReport, edits: readonly CellEdit[]): AnnualReport {
  const report = structuredClone(base);
  const cells = report.cells as Record<string, Cell>;
  for (const e of edits) {
    const rows = report.legacy.flatMap((t) => t.rows);
    if (e.legacy && rows.length > 0) {
      const row = rows[e.index % rows.length]!;
      if (e.cell) row.cell = e.cell;
      else if (e.retarget !== undefined) row.id = rows[e.retarget % rows.length]!.id;
      else row.cell = { ...row.cell, raw: "0", value: 0, status: "number" };
      continue;
    }
    const ids = Object.keys(cells);
    if (ids.length === 0) continue;
    const id = ids[e.index % ids.length]!;
    if (e.cell) cells[id] = e.cell;
    else delete cells[id];
  }
  return report;
}
