/**
 * The cells of a legacy table row: grid cells trimmed with colspan copies dropped, and PDF-style rows whose
 * label, unit and value stand in one cell split apart (positions shifted to each part).
 */
import type { GridCell } from "../document.js";
import { recordedOffsets, recordOffsets } from "../shapes/offsets.js";
import { isSpaceCode } from "../shapes/source-lines.js";
import { LEGACY_UNITS } from "../templates/legacy-types.js";
import { cellReading } from "./cell-value.js";
import { normalizeLabel } from "./labels.js";
import { tokenCount } from "./legacy-probe.js";
import type { Points } from "./line-tokens.js";

const CACHE_LIMIT = 4096;
const normalized = new Map<string, string>();

/** `normalizeLabel`, memoised (legacy tables repeat the same short texts: units, headers, dashes). */
export function norm(text: string): string {
  let out = normalized.get(text);
  if (out === undefined) {
    out = normalizeLabel(text);
    if (normalized.size >= CACHE_LIMIT) normalized.clear();
    normalized.set(text, out);
  }
  return out;
}

const UNIT_SET = new Set(LEGACY_UNITS.map((u) => normalizeLabel(u)));
/** The first characters of the units, as printed and normalised (a cheap test before reading a unit). */
const UNIT_HEADS = new Uint8Array(0x10000);
for (const u of [...LEGACY_UNITS, ...UNIT_SET]) UNIT_HEADS[u.charCodeAt(0)] = 1;
/** A unit token: one word, or one spaced from its bracketed part as PDF text may print it (`人 (次)`). */
const UNIT = String.raw`\S+(?:\s[(（][^\s()（）]{1,2}[)）])?`;
const INLINE_ROW = new RegExp(String.raw`^(.*?\S)\s+(${UNIT})\s+([+-]?[\d,]+(?:\.\d+)?|[-—/])(?:\s+(.+))?$`);
const LABEL_UNIT = new RegExp(String.raw`^(.*?\S)\s+(${UNIT})$`);
/** A cell holding a row's unit, value and remark: "条 868 微博" (pdftotext -layout keeps single spaces in one cell). */
const UNIT_VALUE = new RegExp(String.raw`^(${UNIT})\s+([+-]?[\d,]+(?:\.\d+)?|[-—/])(?:\s+(.+))?$`);

/** A cell of a grid row with its text trimmed and its grid column. */
export interface RowCell {
  text: string;
  col: number;
  cell: GridCell;
}

/** The longest unit token (人(次), 人（次）). */
const UNIT_MAX_LENGTH = 6;

/** True when a text is a unit token (条, 件, 人(次), 万元 …). */
export function isLegacyUnit(text: string): boolean {
  return text.length <= UNIT_MAX_LENGTH && text !== "" && UNIT_SET.has(norm(text));
}

/** True when a line of text reads as one table row "label unit value [remark]" (PDF text kept as prose). */
export function isLegacyTextRow(text: string): boolean {
  const m = INLINE_ROW.exec(text.trim());
  return m !== null && isLegacyUnit(m[2]!);
}

/** The unit, value and remark of a cell reading "unit value [remark]" ("条 868 微博", "人(次) 1280"), or null. */
export function unitValueParts(text: string): string[] | null {
  // The unit is a short token opening the text (one of the units' first characters), a space within a few characters.
  if (UNIT_HEADS[text.charCodeAt(0)] !== 1) return null;
  let space = 1;
  while (space <= UNIT_MAX_LENGTH && !isSpaceCode(text.charCodeAt(space))) space++;
  if (space > UNIT_MAX_LENGTH) return null;
  const m = UNIT_VALUE.exec(text);
  if (!m || !isLegacyUnit(m[1]!)) return null;
  return m[3] ? [m[1]!, m[2]!, m[3]] : [m[1]!, m[2]!];
}

/** Whether a cell's text opens with a unit: a unit alone (件), or a unit and its value (人(次) 68947). */
export function opensWithUnit(text: string): boolean {
  return isLegacyUnit(text) || unitValueParts(text) !== null;
}

/** Whether a grid cell is a colspan copy of the cell before it. */
function isCopy(cell: GridCell, prev: GridCell | undefined): boolean {
  return !cell.anchor && prev !== undefined && prev.position.offset === cell.position.offset;
}

/** The cells of a grid row, colspan copies dropped, texts trimmed (an array of its exact length). */
export function rowCells(row: readonly GridCell[]): RowCell[] {
  let copies = false;
  for (let col = 1; col < row.length && !copies; col++) copies = isCopy(row[col]!, row[col - 1]);
  if (!copies) return row.map((cell, col) => ({ text: cell.text.trim(), col, cell }));
  const out: RowCell[] = [];
  let prev: GridCell | undefined;
  for (let col = 0; col < row.length; col++) {
    const cell = row[col]!;
    const copy = isCopy(cell, prev);
    prev = cell;
    if (!copy) out.push({ text: cell.text.trim(), col, cell });
  }
  return out;
}

/**
 * Splits one cell into consecutive parts (each found in order in the cell's text), positions shifted. With the
 * points of the cell's document, a cell whose reader recorded where each character came from (HTML, word boxes)
 * is split at those places.
 */
function splitCell(only: RowCell, parts: readonly string[], points: Points | undefined): RowCell[] {
  let from = 0;
  return parts.map((text, i) => {
    const at = Math.max(0, only.cell.text.indexOf(text, from));
    from = at + text.length;
    const pos = only.cell.position;
    const recorded = points === undefined ? undefined : recordedOffsets(pos);
    if (recorded !== undefined) {
      // (the reader's own record of each character's place: the part starts at its first character's)
      const position = { ...points!.at(pos, only.cell.text, at) };
      recordOffsets(position, recorded.slice(at));
      return { text, col: only.col + i, cell: { ...only.cell, text, position } };
    }
    const lead = only.cell.text.length - only.cell.text.trimStart().length;
    const shift = Math.max(0, at - lead);
    const cell: GridCell = {
      ...only.cell,
      text,
      position: { line: pos.line, column: pos.column + shift, offset: pos.offset + shift },
    };
    return { text, col: only.col + i, cell };
  });
}

/** A cell holding only a unit's bracketed part, `(次)`: PDF text may set it apart from the unit (人 | (次)). */
const BRACKETED_PART = /^[(（][^\s()（）]{1,2}[)）]$/;

/**
 * The cells with a unit and the cell after it holding its bracketed part (人 | (次), from PDF text split on its
 * gaps) joined into one cell (人(次)) at the unit's place, the cells after them one column left; the cells as they
 * are when there is none.
 */
function withUnitsJoined(cells: RowCell[]): RowCell[] {
  for (let k = 0; k + 1 < cells.length; k++) {
    const unit = cells[k]!;
    const part = cells[k + 1]!;
    if (!BRACKETED_PART.test(part.text) || !isLegacyUnit(unit.text + part.text)) continue;
    const joined: RowCell = {
      ...unit,
      text: unit.text + part.text,
      cell: { ...unit.cell, text: unit.text + part.text },
    };
    const rest = cells.slice(k + 2).map((c) => ({ ...c, col: c.col - 1 }));
    return withUnitsJoined([...cells.slice(0, k), joined, ...rest]);
  }
  return cells;
}

/**
 * PDF-style rows: "（一）收到申请数 件 3" in one cell becomes label / unit / value (/ remark); a label cell ending in
 * a unit ("（一）收到申请数 件", the numbers split off by the reader) becomes label / unit.
 */
export function expandInline(cells: RowCell[], points?: Points): RowCell[] {
  const out = expandLabel(withUnitsJoined(cells), points);
  // Most rows hold no cell longer than a bare unit (件) that opens with a unit's first character or a digit.
  for (let k = 0; k < out.length; k++) if (mayHoldUnitValue(out[k]!.text)) return splitUnitValues(out, k, points);
  return out;
}

/**
 * The cells with each cell from `first` on that reads "unit value [remark]" (or "value remark" after the unit) split
 * into its parts, the cells after it moved right: "4.其他便于公众知晓的方式 | 条 868 微博" (a PDF reader kept single spaces in one cell).
 */
function splitUnitValues(cells: RowCell[], first: number, points: Points | undefined): RowCell[] {
  let out: RowCell[] | null = null;
  let shift = 0;
  for (let k = first; k < cells.length; k++) {
    const c = cells[k]!;
    if (!mayHoldUnitValue(c.text)) {
      if (out !== null) out.push(shift === 0 ? c : { ...c, col: c.col + shift });
      continue;
    }
    let parts = unitValueParts(c.text);
    // "value remark" only after the row's unit (a label may open with a number: 2 其他方式).
    if (parts === null && isDigitCode(c.text.charCodeAt(0)) && unitBefore(cells, k)) parts = valueRemarkParts(c.text);
    if (parts === null) {
      if (out !== null) out.push(shift === 0 ? c : { ...c, col: c.col + shift });
      continue;
    }
    out ??= cells.slice(0, k);
    for (const part of splitCell({ ...c, col: c.col + shift }, parts, points)) out.push(part);
    shift += parts.length - 1;
  }
  return out ?? cells;
}

const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;

/** Whether a cell before cells[k] is a unit, or opens with one (条 868). */
function unitBefore(cells: readonly RowCell[], k: number): boolean {
  for (let i = 0; i < k; i++) if (opensWithUnit(cells[i]!.text)) return true;
  return false;
}

/**
 * Whether a text may read "unit value" (longer than a bare unit, opening with a unit's first character) or "value
 * remark" (opening with a digit).
 */
function mayHoldUnitValue(text: string): boolean {
  if (text.length <= 2) return false;
  const head = text.charCodeAt(0);
  let i = 1;
  if (UNIT_HEADS[head] === 1) {
    // A unit, then a space within a unit's length (人(次) 1280).
    while (i <= UNIT_MAX_LENGTH && !isSpaceCode(text.charCodeAt(i))) i++;
    return i <= UNIT_MAX_LENGTH;
  }
  if (head < 48 || head > 57) return false;
  // A number, then a space (68947 网站): labels numbered 1.政府… stop at their first character after the number.
  for (let c = text.charCodeAt(i); (c >= 48 && c <= 57) || c === 44 || c === 46; c = text.charCodeAt(++i));
  return isSpaceCode(text.charCodeAt(i));
}

/** A value cell holding the row's remark too: "68947 网站" (pdftotext -layout keeps a single space in one cell). */
const VALUE_REMARK = /^(\d[\d,]*(?:\.\d+)?)\s+(\D.*)$/;

/** The value and remark of a cell reading "value remark" (68947 网站, 0 无), or null (a unit after the value is no remark). */
function valueRemarkParts(text: string): string[] | null {
  const m = VALUE_REMARK.exec(text);
  if (!m || isLegacyUnit(m[2]!) || cellReading(m[2]!).status !== "text") return null;
  return [m[1]!, m[2]!];
}

/** Label cells holding the row's unit (and value): see `expandInline`. */
function expandLabel(cells: RowCell[], points: Points | undefined): RowCell[] {
  let i = 0;
  while (i < cells.length && cells[i]!.text === "") i++;
  const first = cells[i];
  if (!first) return cells;
  let j = i + 1;
  while (j < cells.length && cells[j]!.text === "") j++;
  const next = cells[j];
  // "label unit value" needs three tokens, "label unit" two (texts are trimmed).
  const tokens = tokenCount(first.text);
  if (!next) {
    if (tokens === 2) {
      // "5.其他方式回应事件数 次": a label and its unit, the empty value cell dropped by the PDF reader.
      const lu = LABEL_UNIT.exec(first.text);
      return lu && isLegacyUnit(lu[2]!) ? splitCell(first, [lu[1]!, lu[2]!], points) : cells;
    }
    if (tokens < 3) return cells;
    const m = INLINE_ROW.exec(first.text);
    if (!m || !isLegacyUnit(m[2]!)) return cells;
    return splitCell(first, [m[1]!, m[2]!, m[3]!, ...(m[4] ? [m[4]] : [])], points);
  }
  if (tokens < 2) return cells;
  const m = LABEL_UNIT.exec(first.text);
  if (!m || !isLegacyUnit(m[2]!) || cellReading(next.text).status === "text") return cells;
  const split = splitCell(first, [m[1]!, m[2]!], points);
  const rest = cells.slice(i + 1).map((c) => ({ ...c, col: c.col + 1 }));
  return [...cells.slice(0, i), ...split, ...rest];
}

const TRAILING_CODE = /^(.*\S)\s+(\d{1,3})$/;

/**
 * The cells with a row code printed at the end of the label cell split off into a cell of its own (主动公开信息数 01 |
 * 条 | 412, under 指标名称 代码 计量单位 …: PDF text splits the row after the code), the cells after it one column
 * right; the cells as they are when the label cell (at grid column `labelCol`) ends in no code.
 */
export function splitLabelCode(cells: RowCell[], labelCol: number, points?: Points): RowCell[] {
  const at = cells.findIndex((c) => c.col === labelCol);
  const label = cells[at];
  const m = label ? TRAILING_CODE.exec(label.text) : null;
  if (!label || !m) return cells;
  const rest = cells.slice(at + 1).map((c) => ({ ...c, col: c.col + 1 }));
  return [...cells.slice(0, at), ...splitCell(label, [m[1]!, m[2]!], points), ...rest];
}
