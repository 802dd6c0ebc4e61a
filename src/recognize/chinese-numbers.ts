/**
 * Chinese numerals, the one implementation of the package: as written in report prose (三件, 十二件, 零件, 两件,
 * 一百零五件), section ordinals, and the numbers of printed dates (二〇二四年, 二O二四, 十二月, 三十一日).
 */
import { CHINESE_NUMERAL_CHARS } from "../numerals.js";

const DIGITS: Readonly<Record<string, number>> = Object.freeze(
  Object.assign(Object.create(null), {
    零: 0,
    〇: 0,
    一: 1,
    二: 2,
    两: 2,
    三: 3,
    四: 4,
    五: 5,
    六: 6,
    七: 7,
    八: 8,
    九: 9,
  }),
);
const UNITS: Readonly<Record<string, number>> = Object.freeze(
  Object.assign(Object.create(null), { 十: 10, 百: 100, 千: 1000, 万: 10000 }),
);

/**
 * Digits as read one per place in dates (二〇二四): the numeral digits without 两 (never a year digit), plus the
 * Latin and full-width letter O and the circle ○ (U+25CB) that stand for 〇 in printed years.
 */
const PLACE_DIGITS: Readonly<Record<string, number>> = Object.freeze(
  Object.assign(Object.create(null), Object.fromEntries(Object.entries(DIGITS).filter(([ch]) => ch !== "两")), {
    Ｏ: 0,
    O: 0,
    "○": 0,
  }),
);

/** Characters a Chinese numeral is written with (src/numerals.ts). */
export { CHINESE_NUMERAL_CHARS };

/**
 * Reads a Chinese numeral (零, 三, 十二, 二十, 一百零五, 两千三百, 一万二千) into a number; undefined when the text
 * is not one. 十 alone and a leading 十 (十二) mean ten.
 */
export function parseChineseNumber(text: string): number | undefined {
  if (text.length === 0) return undefined;
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const ch of text) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      if (digit !== undefined && d !== 0 && digit !== 0) return undefined;
      digit = d;
      continue;
    }
    const unit = UNITS[ch];
    if (unit === undefined) return undefined;
    if (unit === 10000) {
      total += (section + (digit ?? 0)) * unit;
      section = 0;
    } else {
      section += (digit ?? (unit === 10 ? 1 : 0)) * unit;
      if (digit === undefined && unit !== 10) return undefined;
    }
    digit = undefined;
  }
  return total + section + (digit ?? 0);
}

/** A section ordinal (一 … 十二, or Arabic digits) as a number; undefined when not one. */
export function chineseOrdinal(text: string): number | undefined {
  const t = text.normalize("NFKC").trim();
  if (/^\d+$/.test(t)) return Number(t);
  return parseChineseNumber(t);
}

/**
 * Reads a number as printed in a date: Arabic digits (2024), Chinese digits one per place (二〇二四, 二O二四), or
 * a ten-form up to 九十九 (十, 十二, 三十, 三十一). Whitespace and zero-width characters are ignored; null when the text is none of these.
 */
export function readNumeral(text: string): number | null {
  const t = text.replace(/[\s\u200b-\u200d\u2060]+/g, "");
  if (/^\d+$/.test(t)) return Number(t);
  if (t === "") return null;
  const ten = t.indexOf("十");
  if (ten >= 0) {
    const tens = t.slice(0, ten);
    const rest = t.slice(ten + 1);
    const next = rest.indexOf("十");
    const ones = next < 0 ? rest : rest.slice(0, next);
    const a = tens === "" ? 1 : PLACE_DIGITS[tens];
    const b = ones === "" ? 0 : PLACE_DIGITS[ones];
    return a === undefined || b === undefined ? null : a * 10 + b;
  }
  let n = 0;
  for (const ch of t) {
    const d = PLACE_DIGITS[ch];
    if (d === undefined) return null;
    n = n * 10 + d;
  }
  return n;
}
