/**
 * Builds a legacy table out of the raw rows read for it (formats.md §4): the family fitting them best is
 * accepted when it types enough of their labels, its ids go to the rows (retyped per value column), and every
 * row left untyped, and every unit that contradicts the family, gets a diagnostic.
 */

import type { Diagnostic, SourcePosition } from "../schema/common.js";
import type { LegacyRow, LegacyTable } from "../schema/report.js";
import type { LegacyTemplate } from "../templates/legacy-types.js";
import { cellReading } from "./cell-value.js";
import { textCellWarning } from "./cell-warnings.js";
import { norm } from "./legacy-cells.js";
import type { LegacyRawRow, LegacyReadState } from "./legacy-grid.js";
import { bestLegacyFamily, retypeColumns } from "./legacy-match.js";
import { unitMismatch } from "./legacy-units.js";
import { isZeroPaddedNumber } from "./zero-padded.js";

/** A family is accepted when it types at least this many rows and this share of them. */
const MIN_MATCHED = 3;
const MIN_SHARE = 0.3;
/** A table being read: what carries from row to row, its rows so far, where it starts. */
export interface OpenTable {
  state: LegacyReadState;
  rows: LegacyRawRow[];
  source: SourcePosition;
}

/** Why a row stays untyped: its label is not in the layout, or it and its value column (区政府, 列4) have no typed id. */
function untypedMessage(raw: LegacyRawRow, layout: string): string {
  const row = `Row “${raw.label}”${raw.unit ? ` (${raw.unit})` : ""}`;
  if (raw.column === null) return `${row} is not in the ${layout} layout; kept untyped.`;
  return `${row}, column “${raw.column}”, has no typed id in the ${layout} layout; kept untyped.`;
}

/** The legacy table of an open table's rows, its family chosen by `bestLegacyFamily` (see the module doc). */
export function toLegacyTable(
  open: OpenTable,
  templates: readonly LegacyTemplate[],
  diagnostics: Diagnostic[],
): LegacyTable {
  const best = bestLegacyFamily(open.rows, open.state.title, templates);
  const matched = best ? best.matched : 0;
  // The share counts printed labels, not value cells (a wide row must not outvote the table).
  const labelSet = new Set<string>();
  const typedSet = new Set<string>();
  open.rows.forEach((r, i) => {
    labelSet.add(r.label);
    if (best && best.ids[i] != null) typedSet.add(r.label);
  });
  const labels = labelSet.size;
  const typedLabels = typedSet.size;
  const accepted = best !== undefined && matched >= MIN_MATCHED && typedLabels >= MIN_SHARE * labels;
  const ids = accepted ? retypeColumns(open.rows, best.ids) : open.rows.map(() => null);
  if (accepted) {
    diagnostics.push({
      code: "legacy-family",
      severity: "info",
      message: `Legacy statistics table read as ${best.template.id} (${best.template.era}): ${ids.filter((id) => id !== null).length} of ${open.rows.length} rows typed.`,
      source: open.source,
    });
  } else {
    diagnostics.push({
      code: "legacy-family-unknown",
      severity: "warning",
      message: `Legacy statistics table of ${open.rows.length} rows matches no known family; rows kept untyped.`,
      source: open.source,
    });
  }
  const rows: LegacyRow[] = open.rows.map((raw, i) => {
    const id = ids[i] ?? null;
    if (accepted && id === null) {
      diagnostics.push({
        code: "legacy-row-unrecognized",
        severity: "info",
        message: untypedMessage(raw, best.template.id),
        source: raw.source,
        text: raw.label,
      });
    }
    const row: LegacyRow = {
      id,
      section: raw.section,
      label: raw.label,
      normalizedLabel: norm(raw.label),
      unit: raw.unit,
      column: raw.column,
      cell: raw.cell,
      remark: raw.remark,
      source: raw.source,
    };
    const mismatch = accepted ? unitMismatch(best.template, row) : null;
    if (mismatch) diagnostics.push(mismatch);
    // (a value of digits after a leading 0, read as text by makeCell, is flagged as the current layouts' cells are)
    const demoted = isZeroPaddedNumber(row.cell.raw) && cellReading(row.cell.raw).status === "number";
    const padded = demoted ? textCellWarning(row.cell, id ?? row.label) : undefined;
    if (padded) diagnostics.push(padded);
    return row;
  });
  return {
    family: accepted ? best.template.era : "unknown",
    title: open.state.title,
    rows,
    source: open.source,
  };
}
