/**
 * The header rows of legacy statistics tables (formats.md §4): which column holds the labels, the units,
 * the codes, the values and the remarks, read off the head labels of `LEGACY_HEADER_ROLES`.
 */
import { isIdeographCode } from "../cjk.js";
import { LEGACY_HEADER_ROLES, LEGACY_YEAR_COLUMN } from "../templates/legacy-types.js";
import { normalizeLabel } from "./labels.js";
import { norm } from "./legacy-cells.js";

/** The column roles a header row declared (0-based grid columns). */
export interface LegacyColumns {
  label: number;
  /**
   * Grid columns the label head spans when more than one: 指标名称 merged over a group column (主动公开情况,
   * rowspan) and the row labels. The row's label is then the rightmost filled cell of the span.
   */
  labelSpan?: number;
  unit: number | null;
  code: number | null;
  values: { col: number; name: string }[];
  remark: number | null;
  width: number;
}

/** A header row has a handful of heads; longer rows are data (and are not scanned for heads). */
export const MAX_HEADER_CELLS = 64;
const ROLE_KEYS = Object.keys(LEGACY_HEADER_ROLES) as (keyof typeof LEGACY_HEADER_ROLES)[];

/** The longest line read as a header written as text: a handful of short heads. */
const HEADER_TEXT_MAX = 200;

/** The column roles of a header written as one line of text ("统计指标 单位 统计数"), or null. */
export function textHeaderColumns(text: string): LegacyColumns | null {
  if (text.length > HEADER_TEXT_MAX) return null;
  const tokens = closeSpacedHeads(
    text
      .trim()
      .split(/\s+/)
      .map((t, col) => ({ text: t, col })),
  );
  if (tokens.length < 3) return null;
  const columns = headerColumns(tokens);
  // "单位 数量 备注" with no label head (项目 stood on the line before): the rows' labels come first all the same.
  return columns !== null && columns.unit === 0 && roleOf(tokens[0]!.text) === "unit" ? behindLabel(columns) : columns;
}

/** Column roles moved one column right behind a label column 0 (a header line whose label head stood apart). */
function behindLabel(columns: LegacyColumns): LegacyColumns {
  const right = (col: number | null): number | null => (col === null ? null : col + 1);
  return {
    label: 0,
    unit: right(columns.unit),
    code: right(columns.code),
    values: columns.values.map((v) => ({ col: v.col + 1, name: v.name })),
    remark: right(columns.remark),
    width: columns.width + 1,
  };
}

/** Normalised header label → column role, built once. */
const ROLE_BY_LABEL: ReadonlyMap<string, Role> = new Map(
  ROLE_KEYS.flatMap((role) => LEGACY_HEADER_ROLES[role].map((l) => [normalizeLabel(l), role] as const)).reverse(),
);

type Role = keyof typeof LEGACY_HEADER_ROLES;

/** Role of each short text seen (rows repeat their units, dashes and numbers). */
const roles = new Map<string, Role | null>();
const ROLE_CACHE_LIMIT = 4096;

/** The column role a header cell's text names (统计指标 → label, 单位 → unit, 统计数 → value …), or null. */
export function roleOf(text: string): Role | null {
  if (text === "" || text.length > 16) return null;
  let role = roles.get(text);
  if (role === undefined) {
    const key = norm(text);
    role = key === "" ? null : (ROLE_BY_LABEL.get(key) ?? (LEGACY_YEAR_COLUMN.test(key) ? "value" : null));
    if (roles.size >= ROLE_CACHE_LIMIT) roles.clear();
    roles.set(text, role);
  }
  return role;
}

/** True when some cell heads values or units: a header needs one (its value columns come from them). */
function hasValueOrUnitHead(cells: readonly { text: string }[]): boolean {
  for (const c of cells) {
    const role = roleOf(c.text);
    if (role === "value" || role === "unit") return true;
  }
  return false;
}

/** Whether a text is one CJK ideograph (a letter-spaced head's character). */
const isOneIdeograph = (text: string): boolean => text.length === 1 && isIdeographCode(text.charCodeAt(0));

/** The longest head read from single ideographs (指标名称, 计量单位). */
const MAX_SPACED_HEAD = 8;

/**
 * The header's cells with heads printed letter-spaced (`项 目`, `指 标 名 称`: each character a cell or a word of
 * its own, as PDF text gives it) made one cell each at its first character's column, the cells after them moved
 * left by the characters joined. A run of single ideographs is joined only when known heads (ROLE_BY_LABEL) make
 * it up whole (`单 位 数 量` is 单位 and 数量; `本 年 度` or a letter-spaced row label, `行 政 审 批 项 目 总 数`, is
 * left as it is). The cells as they are when no run is.
 */
function closeSpacedHeads<T extends { text: string; col: number }>(cells: readonly T[]): readonly T[] {
  let out: T[] | null = null;
  let shift = 0;
  for (let k = 0; k < cells.length; k++) {
    let end = k;
    while (end < cells.length && isOneIdeograph(cells[end]!.text)) end++;
    const heads = end - k >= 2 ? headsOf(cells, k, end) : null;
    if (heads === null) {
      // (the whole run, or the one cell that is no single ideograph, as it is)
      const last = Math.max(k, end - 1);
      for (let j = k; j <= last && out !== null; j++) {
        const c = cells[j]!;
        out.push(shift === 0 ? c : { ...c, col: c.col - shift });
      }
      k = last;
      continue;
    }
    out ??= cells.slice(0, k);
    for (let from = k; from < end; from = heads[from]!) {
      const first = cells[from]!;
      const last = heads[from]! - 1;
      let text = "";
      for (let j = from; j <= last; j++) text += cells[j]!.text;
      out.push({ ...first, text, col: first.col - shift });
      shift += cells[last]!.col - first.col;
    }
    k = end - 1;
  }
  return out ?? cells;
}

/**
 * How single-ideograph cells from `from` to `to` split whole into known heads of two characters or more: for each
 * cell starting a head, the index after the head; null when they do not.
 */
function headsOf(cells: readonly { text: string }[], from: number, to: number): number[] | null {
  // next[i]: the end of a head starting at i whose rest splits whole too (0: none); filled from the end.
  const next: number[] = [];
  for (let i = to - 1; i >= from; i--) {
    let joined = cells[i]!.text;
    next[i] = 0;
    for (let j = i + 1; j < to && j - i < MAX_SPACED_HEAD; j++) {
      joined += cells[j]!.text;
      if ((j + 1 === to || next[j + 1]! > 0) && ROLE_BY_LABEL.has(norm(joined))) next[i] = j + 1;
    }
  }
  return next[from]! > 0 ? next : null;
}

/**
 * Reads a header row's column roles, or null when the row is not a header: it needs a value head (统计数, 数量 …)
 * and a unit head (单位) or a label head (统计指标, 工作项目 …).
 */
export function headerColumns(printed: readonly { text: string; col: number }[]): LegacyColumns | null {
  if (printed.length > MAX_HEADER_CELLS) return null;
  const cells = closeSpacedHeads(printed);
  if (!hasValueOrUnitHead(cells)) return null;
  const found: LegacyColumns = { label: 0, unit: null, code: null, values: [], remark: null, width: cells.length };
  let labelSet = false;
  for (let k = 0; k < cells.length; k++) {
    const c = cells[k]!;
    const role = roleOf(c.text);
    if (role === "label" && !labelSet) {
      found.label = c.col;
      labelSet = true;
      // Merged cells' copies are dropped from a row: the next cell standing further right means a wide head.
      const span = (cells[k + 1]?.col ?? c.col + 1) - c.col;
      if (span > 1) found.labelSpan = span;
    } else if (role === "unit") found.unit = c.col;
    else if (role === "code") found.code = c.col;
    else if (role === "value") found.values.push({ col: c.col, name: c.text });
    else if (role === "remark") found.remark = c.col;
  }
  if (found.unit !== null) {
    // Value columns named by something other than 统计数/数量 (区政府 | 区直单位 | 乡镇街道 …): every other head after
    // 单位, beside a 合计 column too (合计 keeps the plain id: see legacy-match.ts).
    const unit = found.unit;
    const named = found.values.length;
    for (const c of cells)
      if (c.col > unit && c.text !== "" && roleOf(c.text) === null) found.values.push({ col: c.col, name: c.text });
    if (named > 0 && found.values.length > named) found.values.sort((a, b) => a.col - b.col);
  }
  if (found.values.length === 0 || (found.unit === null && !labelSet)) return null;
  const first = cells.find((c) => c.text !== "");
  if (!labelSet && first && found.unit !== null && first.col < found.unit) found.label = first.col;
  return found;
}
