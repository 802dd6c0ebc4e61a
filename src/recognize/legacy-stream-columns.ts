/**
 * A legacy table that a PDF reader printed column by column (pdftotext without -layout): a run of row labels, then
 * the run of their units (件 件 件 …), then the run of their values (0 0 2 …), then rows whose unit and value stayed
 * together (人(次) 69218). The k-th label takes the k-th unit and value — only when the counts agree; otherwise the
 * text cannot tell which value is whose: nothing of the run is placed, and the reader is told (`ColumnRows.unplaced`).
 * Fewer values than units (cells printed blank leave nothing) leave the labels of the unit column unplaced, told
 * so, and the rows whose unit and value stayed together read.
 */
import { type GridCell, pointSource } from "../document.js";
import type { Diagnostic } from "../schema/common.js";
import { cellReading } from "./cell-value.js";
import { isLegacyUnit, norm, opensWithUnit, unitValueParts } from "./legacy-cells.js";
import { SECTION_ORDINAL } from "./legacy-grid.js";

/** Fewest units printed in a run for the labels before them to be read as a column. */
const MIN_UNIT_RUN = 2;

/**
 * A label column whose units and values cannot be paired with its labels: its first label, its last, how many
 * labels, units and (when fewer than the units) values.
 */
export interface UnplacedColumns {
  /** The column's first label. */
  first: GridCell;
  /** Its last label's text. */
  last: string;
  /** How many labels. */
  labels: number;
  /** How many units (with their values, when `values` is null). */
  units: number;
  /** How many values after the units, when fewer than them (cells printed blank); null when as many. */
  values: number | null;
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
  if (unitCount < MIN_UNIT_RUN) return null;
  // The value column: a value for each unit, or fewer when some were printed blank (nothing left in the text).
  let values = units;
  while (values < units + unitCount && values < cells.length && isValue(cells[values]!)) values++;
  const valueCount = values - units;
  // The rows whose unit and value stayed together, after the value column.
  const pairs: GridCell[][] = [];
  let next = values;
  while (next < cells.length) {
    const cell = cells[next]!;
    if (unitValueParts(cell.text) !== null) {
      pairs.push([cell]);
      next++;
    } else if (isLegacyUnit(cell.text) && next + 1 < cells.length && isValue(cells[next + 1]!)) {
      pairs.push([cell, cells[next + 1]!]);
      next += 2;
    } else if (isLegacyUnit(cell.text) && next + 1 < cells.length && opensWithUnit(cells[next + 1]!.text)) {
      // A unit whose value was printed blank, before the next row's unit: a row of its own, no value.
      pairs.push([cell]);
      next++;
    } else break;
  }
  let labels = 0;
  for (let k = from; k < to; k++) if (!isHeading(cells[k]!.text)) labels++;
  if (labels !== unitCount + pairs.length)
    return unplacedRows(cells, from, to, next, { labels, units: unitCount + pairs.length, values: null });
  // Fewer values than units: which value is whose cannot be told; the labels with a unit in the column are left
  // out (told), those whose unit and value stayed together are read.
  const short = valueCount < unitCount;
  const rows: GridCell[][] = [];
  let row = 0;
  let first: GridCell | null = null;
  let last = "";
  for (let k = from; k < to; k++) {
    const label = cells[k]!;
    if (isHeading(label.text)) rows.push([label]);
    else if (row < unitCount) {
      if (!short) rows.push([label, cells[to + row]!, cells[units + row]!]);
      first ??= label;
      last = label.text;
      row++;
    } else rows.push([label, ...pairs[row++ - unitCount]!]);
  }
  if (!short || first === null) return { rows, next };
  return { rows, next, unplaced: { first, last, labels: unitCount, units: unitCount, values: valueCount } };
}

/** The rows of a label column whose units and values are not as many as its labels: its headings only (see `ColumnRows`). */
function unplacedRows(
  cells: readonly GridCell[],
  from: number,
  to: number,
  next: number,
  counts: Pick<UnplacedColumns, "labels" | "units" | "values">,
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
  return { rows, next, unplaced: { first: first ?? cells[from]!, last, ...counts } };
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
    message:
      u.values === null
        ? `Legacy table printed column by column: ${u.labels} labels (“${u.first.text}” … “${u.last}”) but ${u.units} units and values after them; which value is whose cannot be told, so none of these rows is read.`
        : `Legacy table printed column by column: ${u.labels} labels (“${u.first.text}” … “${u.last}”) and their ${u.units} units but ${u.values} values after them (cells printed blank leave nothing in the text); which value is whose cannot be told, so none of these rows is read.`,
    source: pointSource(u.first.position),
    text: u.first.text,
  };
}
