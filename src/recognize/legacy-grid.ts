/**
 * Reads the rows of a pre-2019 statistics table out of a cell grid (formats.md §4): header rows give the
 * column roles (label / unit / code / value / remark); section rows (一、主动公开政府信息情况 …) set the section;
 * every other row yields one raw row per value cell. Nothing here knows any table family: matching rows
 * onto typed ids happens in `legacy-match.ts`.
 */

import type { TableBlock } from "../document.js";
import type { Cell, SourcePosition } from "../schema/common.js";
import { LEGACY_COLUMN_MARKS } from "../templates/legacy-types.js";
import { cellReading } from "./cell-value.js";
import { expandInline, isLegacyUnit, norm, type RowCell, rowCells } from "./legacy-cells.js";
import { headerColumns, type LegacyColumns, MAX_HEADER_CELLS, textHeaderColumns } from "./legacy-header.js";
import { isInertRow } from "./legacy-probe.js";
import { readByKind, readWithColumns, unitInLabel } from "./legacy-row-read.js";
import type { Points } from "./line-tokens.js";

export { isLegacyTextRow, isLegacyUnit } from "./legacy-cells.js";
export { headerColumns, type LegacyColumns, textHeaderColumns } from "./legacy-header.js";

/** A table row as read, before family matching. */
export interface LegacyRawRow {
  section: string | null;
  label: string;
  unit: string | null;
  column: string | null;
  cell: Cell;
  remark: string | null;
  source: SourcePosition;
  /**
   * The printed row the value was read from, when its source no longer says: a row of a grid read back from
   * one-cell lines (its cells stand on lines of their own). Value columns of one printed row share it.
   */
  printedRow?: string;
}

/** What carries from one row (and one grid) to the next. */
export interface LegacyReadState {
  section: string | null;
  title: string | null;
  columns: LegacyColumns | null;
  /** Last label read, inherited by a row whose label cell is empty or missing (a label with two unit rows). */
  lastLabel: { text: string; source: SourcePosition } | null;
  /** The head of a label a PDF line wrapped (see `isLabelFragment`), joined to the next row's label. */
  fragment: string | null;
  /**
   * How many numbers a row of a headerless form printed with row codes holds (代码 01 | 本期实际 | 本年累计: 3), set
   * at the first row whose first number is a zero-padded code: the first number of such rows is their code.
   */
  codedWidth?: number;
  /**
   * The points of the document read: a cell whose reader recorded where each character came from (HTML, word
   * boxes) is split at those places (`expandInline`). Absent when a grid is only probed.
   */
  points?: Points;
}

/** The longest text read as the head of a wrapped label. */
const FRAGMENT_MAX_LENGTH = 60;
/** A sentence end: a line or cell holding one is prose, no label and no cell of a table. */
export const SENTENCE_END = /[。；;！？!?]/;

/** A row label opening with its own numbering (（一）, 1., 一、) starts a label: it continues none. */
export const NUMBERED_LABEL = /^[（(]?[一二三四五六七八九十\d]/;

/**
 * True when a text line is the head of a label a PDF line wrapped: it opens a bracket it does not close and
 * holds no sentence end (（一）主动公开政府信息数（不同渠道和方式公开相).
 */
export function isLabelFragment(text: string): boolean {
  if (text.length > FRAGMENT_MAX_LENGTH || /[。；]/.test(text)) return false;
  let depth = 0;
  for (const ch of text) {
    if (ch === "（" || ch === "(") depth++;
    else if ((ch === "）" || ch === ")") && depth > 0) depth--;
  }
  return depth > 0;
}

/** Prefixes the rows of one printed row with the head of its wrapped label, taken (and cleared) from `state`. */
function joinFragment(rows: LegacyRawRow[], head: string, state: LegacyReadState): void {
  const fragment = state.fragment;
  state.fragment = null;
  if (fragment === null || NUMBERED_LABEL.test(head)) return;
  const label = rows[0]?.label;
  for (const r of rows) if (r.label === label) r.label = `${fragment}${r.label}`;
}

/** A top-level section ordinal: 一、 … 十、 */
export const SECTION_ORDINAL = /^[一二三四五六七八九十]+[、.．]/;
const TITLE = /统计(报)?表|附表/;
/** The longest text read as a table title. */
export const TITLE_MAX_LENGTH = 80;

/** True when a text looks like a table title (…统计表, …统计报表, 附表). */
export function isLegacyTitle(text: string): boolean {
  return text.length <= TITLE_MAX_LENGTH && TITLE.test(text);
}

/** True when the cells after a section ordinal (一、…) hold no unit and no number: a section row. */
function isSectionRest(filled: readonly RowCell[]): boolean {
  for (let i = 1; i < filled.length; i++) {
    const text = filled[i]!.text;
    if (isLegacyUnit(text) || cellReading(text).status === "number") return false;
  }
  return true;
}

/**
 * A group heading inside a section, not data: （二）通过不同渠道和方式公开政府信息的情况 | — | — (a label ending in
 * 情况 with nothing but dashes or blanks beside it). `headKey` is the first cell's normalised text.
 */
function isSubheading(filled: readonly RowCell[], headKey: string): boolean {
  if (!headKey.endsWith("情况")) return false;
  for (let i = 1; i < filled.length; i++) if (cellReading(filled[i]!.text).status !== "na") return false;
  return true;
}

/**
 * True when a grid reads as a legacy statistics table: a header row (单位 / 统计数 …), or at least `minRows` rows
 * whose label is followed by a unit and a value. Looks at each row's first cells only (cheap on long rows).
 */
export function looksLikeLegacyGrid(table: TableBlock, minRows = 2): boolean {
  let unitRows = 0;
  for (const gridRow of table.rows) {
    if (isInertRow(gridRow)) continue;
    const cells = expandInline(rowCells(gridRow.length > MAX_HEADER_CELLS ? gridRow.slice(0, 4) : gridRow));
    if (headerColumns(cells) !== null) return true;
    const filled = cells.filter((c) => c.text !== "").slice(0, 3);
    const [label, second, third] = filled;
    if (!label || cellReading(label.text).status !== "text") continue;
    const unitThenValue = second && third && isLegacyUnit(second.text) && cellReading(third.text).status !== "text";
    const noteThenValue = second && unitInLabel(label.text) !== null && cellReading(second.text).status !== "text";
    if ((unitThenValue || noteThenValue) && ++unitRows >= minRows) return true;
  }
  return false;
}

/**
 * True when a grid holds nothing but section rows and group headings (九、政府信息公开会议和培训情况 | — | —): a PDF
 * reader's grid of one such line between rows kept as prose. It reads as no table of its own; inside an open
 * table its headings are the table's.
 */
export function isHeadingGrid(table: TableBlock): boolean {
  let headings = 0;
  for (const gridRow of table.rows) {
    if (gridRow.length > MAX_HEADER_CELLS) return false;
    const filled = filledCells(expandInline(rowCells(gridRow)));
    const head = filled[0];
    if (head === undefined) continue;
    const headKey = norm(head.text);
    const section = SECTION_ORDINAL.test(headKey) && isSectionRest(filled);
    if (!section && !isSubheading(filled, headKey)) return false;
    headings++;
  }
  return headings > 0;
}

/** True when a row numbers the columns of a statistics-bureau form: 甲 | 乙 | 丙 | 1 | 2 (marks, then 1, 2, … in order). */
function isColumnMarkRow(filled: readonly RowCell[]): boolean {
  if (filled[0]?.text !== LEGACY_COLUMN_MARKS[0]) return false;
  let marks = 0;
  let next = 1;
  for (const c of filled) {
    if (next === 1 && marks < LEGACY_COLUMN_MARKS.length && c.text === LEGACY_COLUMN_MARKS[marks]) marks++;
    else if (c.text === String(next)) next++;
    else return false;
  }
  return true;
}

/** The cells holding text (the row itself when none is empty: it is only read). */
function filledCells(cells: readonly RowCell[]): readonly RowCell[] {
  for (const c of cells) if (c.text === "") return cells.filter((d) => d.text !== "");
  return cells;
}

/**
 * Reads every data row of a legacy statistics grid, updating `state` (section, title, column roles, last
 * label) as it goes so that a table split over several grids reads as one.
 */
export function readLegacyGrid(table: TableBlock, state: LegacyReadState): LegacyRawRow[] {
  const out: LegacyRawRow[] = [];
  for (let rowIndex = 0; rowIndex < table.rows.length; rowIndex++) {
    const cells = expandInline(rowCells(table.rows[rowIndex]!), state.points);
    const filled = filledCells(cells);
    const head = filled[0];
    if (head === undefined) continue;
    // A PDF lines reader keeps a header line as one cell (指标名称 计量单位 代码 本期实际 本年累计): its words are the heads.
    const header = headerColumns(cells) ?? (filled.length === 1 ? textHeaderColumns(head.text) : null);
    if (header) {
      state.columns = header;
      continue;
    }
    if (isColumnMarkRow(filled)) continue;
    const headKey = norm(head.text);
    const ordinal = SECTION_ORDINAL.test(headKey);
    if (ordinal && isSectionRest(filled)) {
      state.section = head.text;
      state.lastLabel = null;
      continue;
    }
    if (filled.length === 1 && isLegacyTitle(head.text)) {
      state.title = head.text;
      continue;
    }
    if (isSubheading(filled, headKey)) continue;
    if (filled.length === 1 && isLabelFragment(head.text)) {
      // The head of a label wrapped onto a row of its own: （一）回应公众关注热点或重大舆情数（不同方式 / 回应同一热点… 次 15.
      state.fragment = head.text;
      continue;
    }
    if (ordinal && cellReading(head.text).status === "text") state.section = head.text;
    const rows = state.columns
      ? readWithColumns(table, rowIndex, cells, state.columns, state)
      : readByKind(table, rowIndex, filled, state);
    joinFragment(rows, head.text, state);
    const firstRow = rows[0];
    if (firstRow) state.lastLabel = { text: firstRow.label, source: firstRow.source };
    for (const r of rows) out.push(r);
  }
  return out;
}
