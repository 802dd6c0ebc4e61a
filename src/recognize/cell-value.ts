/** Reads a table cell's text into a value and a status (formats.md §5.6, §8.5). Never invents a value. */

import { isMarkDigitCode, isMarkSignCode, trailingFootnoteStart, trailingMarksStart } from "../footnote-marks.js";
import { isNumeralRun } from "../numerals.js";
import type { Cell, CellStatus, SourcePosition } from "../schema/common.js";
import { parseChineseNumber } from "./chinese-numbers.js";
import { isZeroPaddedNumber } from "./zero-padded.js";

/** What a cell's text was read as. */
export type CellReading =
  | {
      /** The number read. */
      value: number;
      /** A number. */
      status: "number";
      /** Unit written in the cell (元, 万元, 件 …), when there is one. */
      unit?: string;
    }
  | {
      /** No number: null. */
      value: null;
      /** blank | na | text. */
      status: Exclude<CellStatus, "number">;
      /** Unit written in the cell (元, 万元, 件 …), when there is one. */
      unit?: string;
    };

/** Dashes, slashes and words printed for "none"; U+2212 (minus sign) alone too (NFKC leaves it as it is). */
const NA = new Set(["-", "--", "—", "——", "–", "/", "\\", "无", "不适用", "—/—", "／", "－", "\u2212"]);
const UNITS = ["万元", "元", "件", "个", "条", "项", "人次", "人", "次", "场", "期", "篇", "页"];
/**
 * A signed number: `+`, `-`, U+2212 (the minus sign of typeset text, which NFKC keeps) or one en or em dash
 * (Word's autocorrect turns `-3` into `–3`; `—3` in a 增/减 column), thousands separators, decimals.
 */
const NUMBER = /^([+\-\u2212\u2013\u2014]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$/;

/**
 * Reads a table cell as the parser does: blank (empty / whitespace / &nbsp;), na (dash, slash, 无, 不适用), number
 * (optionally signed, with thousands separators, decimals and a written unit such as 元 or 件), or text (digits
 * after a leading 0, `007`, are text: no count is written so).
 */
export function readCellValue(raw: string): CellReading {
  const reading = cellReading(raw);
  if (isZeroPadded(raw, reading)) return { value: null, status: "text" };
  return { ...reading };
}

/**
 * Whitespace in a cell, and the space entities a scraper that stripped tags left literal (`&nbsp;0` in tab
 * text): none is part of a value.
 */
const SPACES = /[\s\u00a0\u3000\u200b\ufeff]+|&(?:nbsp|ensp|emsp|thinsp|#160|#12288|#x[aA]0|#x3000);/g;

/**
 * Zero-width characters inside a digit run (`31\u200b19`): those the decoding kept (`isDigitJoinerCode`), and
 * U+FEFF an HTML entity wrote (`31&#xFEFF;19`). The digits are one number, never two numbers side by side.
 */
const DIGIT_JOINERS = /(?<=\d)[\u200b-\u200d\u2060\ufeff]+(?=\d)/g;

/** Counts of up to this many digits (most table cells) share one frozen reading per value. */
const SMALL_DIGITS = 4;
const SMALL: (Readonly<CellReading> | undefined)[] = new Array(10 ** SMALL_DIGITS);

/** The shared reading of a count of at most SMALL_DIGITS digits ("007" reads as 7, as Number does). */
function smallNumber(raw: string): Readonly<CellReading> {
  const value = Number(raw);
  let reading = SMALL[value];
  if (!reading) {
    reading = Object.freeze({ value, status: "number" });
    SMALL[value] = reading;
  }
  return reading;
}

const BLANK: CellReading = Object.freeze({ value: null, status: "blank" });
const TEXT: CellReading = Object.freeze({ value: null, status: "text" });
/** Whether `raw`, read as a number, is digits after a leading 0 (0000000, 007): no count is written so (text). */
const isZeroPadded = (raw: string, reading: Readonly<CellReading>): boolean =>
  reading.status === "number" && isZeroPaddedNumber(raw);

/**
 * The report cell of a text `raw` read as `reading` (cellReading's) at `source`, as readCellValue reads it:
 * digits after a leading 0 are text. The unit written in the cell is kept.
 */
export function readingCell(raw: string, reading: Readonly<CellReading>, source: SourcePosition): Cell {
  const read = isZeroPadded(raw, reading) ? TEXT : reading;
  const cell: Cell =
    read.status === "number"
      ? { raw, value: read.value, status: "number", source }
      : { raw, value: null, status: read.status, source };
  if (reading.unit) cell.unit = reading.unit;
  return cell;
}
const NA_READING: CellReading = Object.freeze({ value: null, status: "na" });

/**
 * readCellValue for the parser's own use: the readings of blank, na, text and short counts are shared
 * frozen objects (the parser copies what it keeps); other numbers are fresh objects.
 */
export function cellReading(raw: string): Readonly<CellReading> {
  if (raw === "") return BLANK;
  if (isPlainDigits(raw)) {
    if (raw.length <= SMALL_DIGITS) return smallNumber(raw);
    return tooPrecise(raw) ? TEXT : { value: Number(raw), status: "number" };
  }
  if ((raw.length > MAX_VALUE_LENGTH && !ONLY_SPACE.test(raw)) || hasWordCharacter(raw)) return TEXT;
  const nfkc = raw.normalize("NFKC");
  // A digit NFKC made of another character (²³¹ ①② ⑴ ₁): a footnote mark or a numbered note, never a digit of
  // the number (233¹ is 233 with a note, not 2331).
  if (hasMarkDigit(raw) && digitCount(nfkc) !== plainDigitCount(raw)) return TEXT;
  const joined = nfkc.replace(DIGIT_JOINERS, "");
  if (severalNumbers(joined)) return TEXT;
  const spaced = joined.replace(SPACES, "");
  if (spaced === "") return BLANK;
  // A Markdown escape before a sign (`\-8`, `\+3`, `\-`): turndown and node-html-markdown escape a leading - or +,
  // and Markdown text read as pipe text keeps it (the Markdown reader unescapes it itself).
  const text = spaced.charCodeAt(0) === 0x5c && /^\\[-+]/.test(spaced) ? spaced.slice(1) : spaced;
  if (NA.has(text)) return NA_READING;
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
  if (!m || tooPrecise(`${m[2]}${m[3] ?? ""}`)) return TEXT;
  const sign = m[1] === "+" || m[1] === "" ? m[1] : "-";
  const value = Number(`${sign}${m[2]!.replace(/,/g, "")}${m[3] ?? ""}`);
  if (!Number.isFinite(value)) return TEXT;
  return unit
    ? { value: Object.is(value, -0) ? 0 : value, status: "number", unit }
    : { value: Object.is(value, -0) ? 0 : value, status: "number" };
}

/** The ASCII digits of a text. */
function digitCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) n++;
  }
  return n;
}

/** The ASCII and full-width digits of a text (the digits NFKC keeps as the digits they are). */
function plainDigitCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19)) n++;
  }
  return n;
}

/**
 * Whether a cell's text is a number written with more significant digits than a double holds (read as text by
 * `cellReading`): still a value of its column, never a label.
 */
export function isOverlongNumber(raw: string): boolean {
  // More than MAX_DIGITS digits need more characters than that, and that many digits (ASCII or full-width):
  // a line of prose is rejected by one scan.
  if (raw.length <= MAX_DIGITS) return false;
  let digits = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19)) digits++;
  }
  if (digits <= MAX_DIGITS) return false;
  const text = raw.normalize("NFKC").replace(SPACES, "");
  let body = text;
  for (const u of UNITS) {
    if (body.length > u.length && body.endsWith(u)) {
      body = body.slice(0, -u.length);
      break;
    }
  }
  const m = NUMBER.exec(body);
  return m !== null && tooPrecise(`${m[2]}${m[3] ?? ""}`);
}

/** The most significant digits a number may have: a double holds every 15-digit number exactly. */
const MAX_DIGITS = 15;

/**
 * Whether a written number has more significant digits than a double holds exactly (`9007199254740993`
 * would read as …992): such a cell is text, its raw kept, never a number it does not say.
 */
function tooPrecise(written: string): boolean {
  let digits = 0;
  let leading = true;
  for (let i = 0; i < written.length; i++) {
    const c = written.charCodeAt(i);
    if (c < 0x30 || c > 0x39) continue;
    if (leading && c === 0x30) continue;
    leading = false;
    digits++;
  }
  return digits > MAX_DIGITS;
}

/** Digits with whitespace between them. */
const SPACED_DIGITS = /\d[\s\u00a0\u3000\u200b\ufeff]+\d/;
/** The digits of a number grouped by thousands with spaces (`1 204`, `12 345 678`; never `0 110`), as a pattern's source. */
const THOUSANDS_GROUPS = String.raw`[1-9]\d{0,2}(?:[ \u00a0\u3000]\d{3})+`;
/** A number grouped by thousands with spaces, alone (a sign allowed): one value, never several side by side. */
export const THOUSANDS = new RegExp(String.raw`^[+\-\u2212]?${THOUSANDS_GROUPS}$`);
/**
 * A letter-spaced number (`3 4 9`: one digit each) or one grouped by spaces (`1 204`, `12 345 678`), its
 * whitespace runs made single spaces.
 */
const ONE_SPACED_NUMBER = new RegExp(String.raw`^[+\-\u2212]?\s*(?:\d(?:\s+\d)+|${THOUSANDS_GROUPS})(?:\.\d+)?\D*$`);

/**
 * Digits three spaces or more apart, or a tab apart (`3   0   8`): a letter-spaced number or one grouped by
 * thousands sets its digits a space or two apart, columns set further (OCR of a table's cell holding a row's
 * values).
 */
const WIDE_GAP = /\d(?:[ \u00a0\u3000\u200b\ufeff]{3,}|\t)[\s\u00a0\u3000\u200b\ufeff]*\d/;
/** A cell opening with a 0 spaced from the digits after it (`0 2 3`): no number is written with a leading 0. */
const LEADING_ZERO =
  /^[\s\u00a0\u3000\u200b\ufeff]*[+\-\u2212]?[\s\u00a0\u3000\u200b\ufeff]*0[ \u00a0\u3000\u200b\ufeff]+\d/;

/** Digits with a line break among the whitespace between them. */
const STACKED_DIGITS = /\d[^\S\n\r]*[\n\r]\s*\d/;

/**
 * Whether a cell holds several numbers side by side (`217 7 6 7 7 2 246`: a converter put a row's values
 * in one cell): whitespace between digits that neither letter-spaces one number nor groups its thousands.
 * Digits on two lines of the cell (`3` over `5`: two rows an extractor merged) are never one number: a
 * shape keeps a line break inside a cell only where the source broke the line (`<br>`, a quoted CSV field).
 * Nor are digits set wide apart (WIDE_GAP), or after a leading 0 (LEADING_ZERO).
 * Such a cell is text, never the number its digits would make run together.
 */
function severalNumbers(text: string): boolean {
  if (!SPACED_DIGITS.test(text)) return false;
  if (STACKED_DIGITS.test(text) || WIDE_GAP.test(text) || LEADING_ZERO.test(text)) return true;
  return !ONE_SPACED_NUMBER.test(text.trim().replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, " "));
}

/** Longer texts that are not all whitespace are text: no number, dash or unit cell is this long. */
const MAX_VALUE_LENGTH = 64;
const ONLY_SPACE = /^[\s\u00a0\u3000\u200b\ufeff]*$/;

/** The CJK ideographs a value cell can hold: its units and its na words (NFKC leaves ideographs as they are). */
const VALUE_IDEOGRAPHS = new Set([...UNITS.join(""), ...[...NA].join("")].filter((ch) => ch >= "\u4e00"));

/** VALUE_IDEOGRAPHS by code unit (1: a unit's or na word's ideograph), for the CJK block U+4E00–U+9FFF. */
const VALUE_IDEOGRAPH_CODES = new Uint8Array(0x9fff - 0x4e00 + 1);
for (const ch of VALUE_IDEOGRAPHS) {
  const c = ch.charCodeAt(0);
  if (c >= 0x4e00 && c <= 0x9fff) VALUE_IDEOGRAPH_CODES[c - 0x4e00] = 1;
}

/** True when the text holds a CJK ideograph no unit or na word has: it cannot be a value. */
function hasWordCharacter(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff && VALUE_IDEOGRAPH_CODES[c - 0x4e00] === 0) return true;
  }
  return false;
}

/** ASCII digits only, at most 15 of them (read exactly by Number, as the general path would read them). */
function isPlainDigits(raw: string): boolean {
  const n = raw.length;
  if (n === 0 || n > 15) return false;
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** True when a text is a value cell (number, blank or na), not a label. */
export function isValueText(raw: string): boolean {
  return cellReading(raw).status !== "text";
}

/**
 * Whether a cell's text is a number with footnote marks (233¹, 5①, 72*, written out as HTML: 5<sup>1</sup>, or a
 * reference in brackets: 5[1], 5[^1]):
 * read as text by `cellReading`, still a value of its column, never a label.
 */
export function isMarkedNumber(raw: string): boolean {
  if (raw.length > MAX_VALUE_LENGTH) return false;
  // A mark written out as HTML (5<sup>1</sup>, 5<sup>注1</sup> in text pasted from a page), or a reference in
  // brackets (5[1], 5[^1], 5[¹]: converters of Word files): the number before it.
  const last = raw.charCodeAt(raw.length - 1);
  if (last === 0x3e || last === 0x5d || last === 0xff3d) {
    const start = trailingFootnoteStart(raw, 0, raw.length);
    const number = raw.slice(0, start);
    return start < raw.length && number.trim() !== "" && cellReading(number).status === "number";
  }
  // A number with a footnote sign after it (72*, 10※): the number alone must read as one.
  if (isMarkSignCode(raw.charCodeAt(raw.length - 1))) {
    const number = raw.slice(0, trailingMarksStart(raw, 0, raw.length));
    return number.trim() !== "" && cellReading(number).status === "number";
  }
  if (!hasMarkDigit(raw)) return false;
  const nfkc = raw.normalize("NFKC");
  if (digitCount(nfkc) === plainDigitCount(raw)) return false;
  let plain = "";
  for (const ch of raw) if (ch.normalize("NFKC") === ch || /[０-９]/.test(ch)) plain += ch;
  return plain !== raw && plain.trim() !== "" && cellReading(plain).status === "number";
}

/**
 * Whether a cell's text is a count written in Chinese numerals (一, 九十五, 零): read as text by `cellReading`
 * (a statistics table states Arabic digits), still a value of its column, never a label. At most 12
 * characters, every one a numeral, and a number `parseChineseNumber` reads.
 */
export function isChineseNumeralValue(raw: string): boolean {
  return isNumeralRun(raw) && parseChineseNumber(raw) !== undefined;
}

/** Whether a text holds a character NFKC may make a digit of (`isMarkDigitCode`). One look per character. */
function hasMarkDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isMarkDigitCode(text.charCodeAt(i))) return true;
  return false;
}

/** Whether a word is a footnote mark alone (①, ¹, ⑴, ⒈): digits NFKC makes of other characters, nothing else. */
export function isNoteMark(raw: string): boolean {
  if (raw.length > 4 || !hasMarkDigit(raw) || plainDigitCount(raw) > 0) return false;
  const nfkc = raw.normalize("NFKC");
  return digitCount(nfkc) > 0 && /^[(]?\d+[).]?$/.test(nfkc);
}
