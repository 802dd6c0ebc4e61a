/**
 * Reads one row of a legacy statistics grid into raw rows (one per value cell): under a header's column roles
 * (`readWithColumns`), or, without a header, by the kind of each filled cell (`readByKind`).
 */

import { cellSource, type TableBlock } from "../document.js";
import type { Cell, SourcePosition } from "../schema/common.js";
import { cellReading, readingCell } from "./cell-value.js";
import { isLegacyUnit, type RowCell, splitLabelCode } from "./legacy-cells.js";
import type { LegacyRawRow, LegacyReadState } from "./legacy-grid.js";
import type { LegacyColumns } from "./legacy-header.js";
import type { Points } from "./line-tokens.js";

/** A unit written as the label's trailing note, 收到申请数（件）, when the table has no unit column. */
export function unitInLabel(label: string): string | null {
  const m = /[（(]([^（）()]{1,4})[）)]\s*$/.exec(label);
  return m && isLegacyUnit(m[1]!) ? m[1]! : null;
}

/** A unit as one word: PDF text may set it apart from its bracketed part (`人 (次)` is 人(次)); other text as it is. */
const oneWord = (unit: string): string => (isLegacyUnit(unit) ? unit.replace(/\s+/g, "") : unit);

function makeCell(table: TableBlock, rowIndex: number, c: RowCell | undefined, fallback: RowCell): Cell {
  const at = c ?? fallback;
  const raw = c ? c.text : "";
  // A value of digits after a leading 0 (0000000) is no count (a row code, 01, stands in its own column): text.
  return readingCell(raw, cellReading(raw), cellSource(table, rowIndex, at.col, at.cell));
}

/** The rightmost column a header declared. */
function lastColumn(columns: LegacyColumns): number {
  let last = Math.max(columns.label, columns.unit ?? -1, columns.code ?? -1, columns.remark ?? -1);
  for (const v of columns.values) if (v.col > last) last = v.col;
  return last;
}

/** The last cell of a column (a row's cells are few: a scan beats building a map). */
function cellAt(cells: readonly RowCell[], col: number | null): RowCell | undefined {
  if (col === null) return undefined;
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i]!.col === col) return cells[i];
  return undefined;
}

/**
 * The label cell of a row: the label column's cell, or under a label head spanning several columns (a group
 * column, then the row labels) the rightmost filled cell of the span.
 */
function labelCellOf(cells: readonly RowCell[], columns: LegacyColumns): RowCell | undefined {
  const span = columns.labelSpan ?? 1;
  let found: RowCell | undefined;
  if (span > 1) {
    for (const c of cells) if (c.col >= columns.label && c.col < columns.label + span && c.text !== "") found = c;
  }
  return found ?? cellAt(cells, columns.label);
}

/**
 * A row's cells aligned on the header's columns: a row short of its label (a unit first) is shifted right onto
 * the unit column; a row wider than the header whose unit stands that many columns right of the unit column
 * (a Word export keeps a merged group cell, 主动公开情况, in the first row of its group only) loses its leading
 * cells — or, when its label already stands in the label column, the empty cells between it and its unit.
 */
function alignRow(cells: RowCell[], columns: LegacyColumns): RowCell[] {
  const unit = columns.unit;
  if (unit === null) return cells;
  const first = cells.find((c) => c.text !== "");
  if (cells.length < columns.width && first !== undefined && first === cells[0] && isLegacyUnit(first.text)) {
    if (first.col >= unit) return cells;
    const shift = unit - first.col;
    return cells.map((c) => ({ ...c, col: c.col + shift }));
  }
  const extra = cells.length - columns.width;
  if (extra <= 0) return cells;
  const unitHere = cellAt(cells, unit);
  const unitLater = cellAt(cells, unit + extra);
  if (unitHere && isLegacyUnit(unitHere.text)) return cells;
  if (!unitLater || !isLegacyUnit(unitLater.text)) return cells;
  // The group cell's case: the row's label lands in the label column once the leading cells go.
  if (cellAt(cells, columns.label + extra)?.text) {
    return cells.filter((c) => c.col >= extra).map((c) => ({ ...c, col: c.col - extra }));
  }
  // Otherwise empty cells (a merged cell split in two) stand between the label and its unit: they go.
  return withoutEmptyBefore(cells, unit + extra, extra);
}

/**
 * The cells without the last `count` empty cells left of column `before` (and right of the first filled
 * cell), renumbered in order; the cells as they are when there are not that many.
 */
function withoutEmptyBefore(cells: RowCell[], before: number, count: number): RowCell[] {
  const start = cells.findIndex((c) => c.text !== "");
  const drop = new Set<RowCell>();
  for (let i = cells.length - 1; i > start && drop.size < count; i--) {
    const c = cells[i]!;
    if (c.col < before && c.text === "") drop.add(c);
  }
  if (drop.size < count) return cells;
  return cells.filter((c) => !drop.has(c)).map((c, i) => ({ ...c, col: i }));
}

/**
 * A row one cell short of a header whose code column follows the label column, its label ending in a number:
 * the code split off the label (see `splitLabelCode`).
 */
function codeApart(cells: RowCell[], columns: LegacyColumns, points: Points | undefined): RowCell[] {
  if (columns.code !== columns.label + 1 || cells.length !== columns.width - 1) return cells;
  return splitLabelCode(cells, columns.label, points);
}

/** The longest unit looked for at a label's end (人次, 人(次)). */
const GLUED_UNIT_MAX = 4;

/**
 * A row whose unit is glued to its label (`设立公开查阅点数个 1`, PDF or OCR text): the number standing in the unit
 * column is the value, and the unit the label's last characters. Without this the number was read as the unit
 * and the value cell as blank. Rows whose unit column holds a unit, or whose value column is filled, are kept.
 */
function gluedUnitApart(cells: RowCell[], columns: LegacyColumns): RowCell[] {
  const unit = columns.unit;
  const value = columns.values[0]?.col;
  if (unit === null || value !== unit + 1) return cells;
  const unitCell = cellAt(cells, unit);
  const label = cellAt(cells, columns.label)?.text ?? "";
  if (!unitCell || cellReading(unitCell.text).status !== "number" || (cellAt(cells, value)?.text ?? "") !== "")
    return cells;
  let glued = "";
  for (let n = Math.min(GLUED_UNIT_MAX, label.length - 1); n >= 1 && glued === ""; n--) {
    if (isLegacyUnit(label.slice(-n))) glued = label.slice(-n);
  }
  if (glued === "") return cells;
  // The number moves to the value column; the unit column takes the glued unit.
  const moved = cells.filter((c) => c.col !== value).map((c) => (c.col === unit ? { ...c, col: value } : c));
  return [...moved, { ...unitCell, text: glued, col: unit }].sort((a, b) => a.col - b.col);
}

/** Reads a row with declared column roles, its cells aligned on the header's (see `alignRow`). */
export function readWithColumns(
  table: TableBlock,
  rowIndex: number,
  cells: RowCell[],
  columns: LegacyColumns,
  state: LegacyReadState,
): LegacyRawRow[] {
  const aligned = gluedUnitApart(alignRow(codeApart(cells, columns, state.points), columns), columns);
  const labelCell = labelCellOf(aligned, columns);
  const unitCell = cellAt(aligned, columns.unit);
  const remarkCell = cellAt(aligned, columns.remark);
  const anchor = labelCell ?? aligned[0];
  if (!anchor) return [];
  let label = labelCell?.text ?? "";
  let source = labelCell && label !== "" ? cellSource(table, rowIndex, labelCell.col, labelCell.cell) : null;
  if (label === "") {
    if (!state.lastLabel) return [];
    label = state.lastLabel.text;
    source = state.lastLabel.source;
  }
  const unit = unitCell && unitCell.text !== "" ? oneWord(unitCell.text) : unitInLabel(label);
  // Numbers standing right of every declared column (a row wider than its header) are kept, named by position.
  const last = lastColumn(columns);
  let values = columns.values;
  for (const c of aligned) {
    if (c.col <= last || cellReading(c.text).status !== "number") continue;
    if (values === columns.values) values = [...columns.values];
    values.push({ col: c.col, name: `列${c.col + 1}` });
  }
  const several = values.length > 1;
  const out: LegacyRawRow[] = [];
  for (const v of values) {
    const valueCell = cellAt(aligned, v.col);
    const cell = makeCell(table, rowIndex, valueCell, anchor);
    out.push({
      section: state.section,
      label,
      unit,
      column: several ? v.name : null,
      cell,
      remark: remarkCell && remarkCell.text !== "" ? remarkCell.text : null,
      source: source ?? cell.source,
    });
  }
  return out;
}

/**
 * A "none" written in words (无, 不适用: cell-value.ts reads them `na`, as it does dashes), which the remark
 * column holds as often as a value column; a dash (-, —, /) is a value's.
 */
const isNoneWord = (text: string): boolean => cellReading(text).status === "na" && /[\u4e00-\u9fff]/u.test(text);

/** A row code of a statistics-bureau form, zero-padded (01 … 09). */
const PADDED_CODE = /^0\d+$/;
const ROW_CODE = /^\d{1,3}$/;

/**
 * Drops the row code a headerless form prints before its numbers (主动公开信息数 条 01 412 1630): a zero-padded
 * number followed by more numbers is a code, never the value; from then on the first number of a row of as
 * many numbers is the code too (10 6 21).
 */
function dropRowCode(values: RowCell[], state: LegacyReadState): void {
  const first = values[0]?.text;
  if (first === undefined || values.length < 2) return;
  if (state.codedWidth === undefined && PADDED_CODE.test(first)) state.codedWidth = values.length;
  if (values.length === state.codedWidth && ROW_CODE.test(first)) values.shift();
}

/**
 * Reads a row of a table without a header (its filled cells): label, then an optional unit, then value
 * cells, then a remark.
 */
export function readByKind(
  table: TableBlock,
  rowIndex: number,
  filled: readonly RowCell[],
  state: LegacyReadState,
): LegacyRawRow[] {
  let i = 0;
  let labelCell: RowCell | undefined;
  const head = filled[0];
  if (head && !isLegacyUnit(head.text) && cellReading(head.text).status === "text") {
    labelCell = head;
    i = 1;
  }
  let unit: string | null = null;
  const unitHere = filled[i];
  if (unitHere && isLegacyUnit(unitHere.text)) {
    unit = oneWord(unitHere.text);
    i++;
  }
  if (unit === null && labelCell) unit = unitInLabel(labelCell.text);
  const values: RowCell[] = [];
  while (i < filled.length && cellReading(filled[i]!.text).status !== "text") values.push(filled[i++]!);
  // The word 无 after the row's number is its remark (4.其它方式(请说明) | 人(次) 0 | 无), not a second value.
  const last = values.at(-1);
  if (last && values.length >= 2 && isNoneWord(last.text) && cellReading(values.at(-2)!.text).status === "number") {
    values.pop();
    i--;
  }
  dropRowCode(values, state);
  const remark =
    filled
      .slice(i)
      .map((c) => c.text)
      .join(" ") || null;
  if (values.length === 0) {
    // "5.其他方式回应事件数 次" with nothing after the unit: PDF text drops an empty cell; the row is blank.
    if (!labelCell || unit === null || remark !== null) return [];
    const cell = makeCell(table, rowIndex, undefined, labelCell);
    const source = cellSource(table, rowIndex, labelCell.col, labelCell.cell);
    return [{ section: state.section, label: labelCell.text, unit, column: null, cell, remark: null, source }];
  }
  let label: string;
  let source: SourcePosition;
  if (labelCell) {
    label = labelCell.text;
    source = cellSource(table, rowIndex, labelCell.col, labelCell.cell);
  } else if (state.lastLabel) {
    label = state.lastLabel.text;
    source = state.lastLabel.source;
  } else return [];
  return values.map((v) => ({
    section: state.section,
    label,
    unit,
    column: null,
    cell: makeCell(table, rowIndex, v, v),
    remark,
    source,
  }));
}
