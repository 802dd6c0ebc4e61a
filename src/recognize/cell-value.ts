/** Reads a table cell's text into a value and a status (formats.md §5.6, §8.5). Never invents a value. */
import type { CellStatus } from "../schema/common.js";

/** What a cell's text was read as. */
export interface CellReading {
  /** The number read, or null for blank, na and text. */
  value: number | null;
  /** number | blank | na | text. */
  status: CellStatus;
  /** Unit written in the cell (元, 万元, 件 …), when there is one. */
  unit?: string;
}

const NA = new Set(["-", "--", "—", "——", "–", "/", "\\", "无", "不适用", "—/—", "／", "－"]);
const UNITS = ["万元", "元", "件", "个", "条", "项", "人次", "人", "次", "场", "期", "篇", "页"];
const NUMBER = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$/;

/**
 * Reads a cell: blank (empty / whitespace / &nbsp;), na (dash, slash, 无, 不适用), number (optionally
 * signed, with thousands separators, decimals and a written unit such as 元 or 件), or text.
 */
export function readCellValue(raw: string): CellReading {
  const text = raw.normalize("NFKC").replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, "");
  if (text === "") return { value: null, status: "blank" };
  if (NA.has(text)) return { value: null, status: "na" };
  let body = text;
  let unit: string | undefined;
  for (const u of UNITS) {
    if (body.length > u.length && body.endsWith(u)) {
      unit = u;
      body = body.slice(0, -u.length);
      break;
    }
  }
  const m = NUMBER.exec(body);
  if (!m) return { value: null, status: "text" };
  const value = Number(`${m[1]}${m[2]!.replace(/,/g, "")}${m[3] ?? ""}`);
  if (!Number.isFinite(value)) return { value: null, status: "text" };
  return unit
    ? { value: Object.is(value, -0) ? 0 : value, status: "number", unit }
    : { value: Object.is(value, -0) ? 0 : value, status: "number" };
}

/** True when a text is a value cell (number, blank or na), not a label. */
export function isValueText(raw: string): boolean {
  return readCellValue(raw).status !== "text";
}
