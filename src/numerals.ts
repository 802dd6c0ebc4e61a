/**
 * The characters of Chinese numerals (一, 九十五, 两千), for every stage that must tell a count written in them
 * from other words: the shape readers (a value among a row's numbers), the cell reader and the prose rules.
 */

/** Characters a Chinese numeral is written with. */
export const CHINESE_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万";

/** The numeral characters by code unit. */
const NUMERAL_CODES = new Set(Array.from(CHINESE_NUMERAL_CHARS, (c) => c.charCodeAt(0)));

/** Whether `text.slice(from, to)` is 1 to 12 numeral characters and nothing else. */
export function isNumeralRun(text: string, from = 0, to: number = text.length): boolean {
  if (to <= from || to - from > 12) return false;
  for (let i = from; i < to; i++) if (!NUMERAL_CODES.has(text.charCodeAt(i))) return false;
  return true;
}
