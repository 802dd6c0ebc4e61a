/** Chinese numerals as written in report prose (三件, 十二件, 零件, 两件, 一百零五件) and section ordinals. */

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

/** Characters a Chinese numeral is written with. */
export const CHINESE_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万";

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
