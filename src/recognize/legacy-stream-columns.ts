/**
 * A legacy table that a PDF reader printed column by column (pdftotext without -layout): a run of row labels, then
 * the run of their units (件 件 件 …), then the run of their values (0 0 2 …), then rows whose unit and value stayed
 * together (人(次) 69218). The k-th label takes the k-th unit and value — only when the counts agree; otherwise the
 * text cannot tell which value is whose: nothing of the run is placed, and the reader is told (`ColumnRows.unplaced`).
 */
import { type GridCell, pointSource } from "../document.js";
import type { Diagnostic } from "../schema/common.js";
import { cellReading } from "./cell-value.js";
import { isLegacyUnit, norm, unitValueParts } from "./legacy-cells.js";
import { SECTION_ORDINAL } from "./legacy-grid.js";

/** Fewest units printed in a run for the labels before them to be read as a column. */
const MIN_UNIT_RUN = 2;

/** A label column whose units and values are not as many as its labels: its first label, its last, the counts. */
export interface UnplacedColumns {
  first: GridCell;
  last: string;
  labels: number;
  units: number;
}

/** Rows read off a label column and the unit and value columns after it. */
export interface ColumnRows {
  rows: GridCell[][];
  /** The index of the first cell after the run. */
  next: number;
  /**
   * When the units and the labels counted differ: the labels (first and last) and how many units and values were
   * printed — none of them is placed (the text cannot tell whose they are), and the labels' rows are left out.
   */
  unplaced?: UnplacedColumns;
}

/** Whether a cell holds a value (a number, a dash), not text. */
const isValue = (cell: GridCell): boolean => cellReading(cell.text).status !== "text";

/**
 * The rows of labels cells[from, to) paired with the unit column and the value column printed after them, and the
 * rows whose unit and value stand together after those (a unit then a value, or one "unit value [remark]" cell);
 * null when no unit column of MIN_UNIT_RUN units, each with its value in the value column, follows. Section headings
 * (三、咨询情况) stay rows of their own and take no unit.
 */
export function columnRows(cells: readonly GridCell[], from: number, to: number): ColumnRows | null {
  let units = to;
  while (units < cells.length && isLegacyUnit(cells[units]!.text)) units++;
  const unitCount = units - to;
  if (unitCount < MIN_UNIT_RUN || units + unitCount > cells.length) return null;
  for (let k = units; k < units + unitCount; k++) if (!isValue(cells[k]!)) return null;
  // The rows whose unit and value stayed together, after the value column.
  const pairs: GridCell[][] = [];
  let next = units + unitCount;
  while (next < cells.length) {
    const cell = cells[next]!;
    if (unitValueParts(cell.text) !== null) {
      pairs.push([cell]);
      next++;
    } else if (isLegacyUnit(cell.text) && next + 1 < cells.length && isValue(cells[next + 1]!)) {
      pairs.push([cell, cells[next + 1]!]);
      next += 2;
    } else break;
  }
  let labels = 0;
  for (let k = from; k < to; k++) if (!isHeading(cells[k]!.text)) labels++;
  if (labels !== unitCount + pairs.length) return unplacedRows(cells, from, to, next, labels, unitCount + pairs.length);
  const rows: GridCell[][] = [];
  let row = 0;
  for (let k = from; k < to; k++) {
    const label = cells[k]!;
    if (isHeading(label.text)) rows.push([label]);
    else if (row < unitCount) {
      rows.push([label, cells[to + row]!, cells[units + row]!]);
      row++;
    } else rows.push([label, ...pairs[row++ - unitCount]!]);
  }
  return { rows, next };
}

/** The rows of a label column whose units and values are not as many as its labels: its headings only (see `ColumnRows`). */
function unplacedRows(
  cells: readonly GridCell[],
  from: number,
  to: number,
  next: number,
  labels: number,
  units: number,
): ColumnRows {
  const rows: GridCell[][] = [];
  let first: GridCell | null = null;
  let last = "";
  for (let k = from; k < to; k++) {
    const cell = cells[k]!;
    if (isHeading(cell.text)) rows.push([cell]);
    else {
      first ??= cell;
      last = cell.text;
    }
  }
  return { rows, next, unplaced: { first: first ?? cells[from]!, last, labels, units } };
}

/** A section heading (一、主动公开政府信息情况): a row of its own, no unit taken. */
function isHeading(text: string): boolean {
  return SECTION_ORDINAL.test(norm(text));
}

/** The `row-values-unplaced` warning of a label column printed apart from its units and values, not as many as its labels. */
export function unplacedDiagnostic(u: UnplacedColumns): Diagnostic {
  return {
    code: "legacy-values-unplaced",
    severity: "warning",
    message: `Legacy table printed column by column: ${u.labels} labels (“${u.first.text}” … “${u.last}”) but ${u.units} units and values after them; which value is whose cannot be told, so none of these rows is read.`,
    source: pointSource(u.first.position),
    text: u.first.text,
  };
}
