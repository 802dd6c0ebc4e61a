/** Dates as printed in reports (2024-01-22, 2025年1月16日, 202 3 年, 二〇二四年一月十日) → ISO YYYY-MM-DD. */
import { readNumeral } from "./chinese-numbers.js";

// After NFKC full-width digits and Ｏ are ASCII; spaces and zero-width characters may stand inside a number.
const NUM = "[0-9〇零O○一二三四五六七八九十\\s\\u200b-\\u200d\\u2060]";

/**
 * A date pattern: year 年 month 月 day 日 (digits or Chinese numerals, spaces tolerated; 元月 is January), or
 * 2024-01-22.
 */
export const DATE_PATTERN = new RegExp(
  `(${NUM}{4,12}?)\\s*年\\s*(${NUM}{1,6}?|元)\\s*月\\s*(${NUM}{1,6}?)\\s*日|(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})`,
  "u",
);

/** The number of days of a month (1–12) of a year (Gregorian leap years). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** ISO date from year, month, day when they name a day of the calendar (2025年2月30日 does not: null). */
export function isoDate(year: number | null, month: number | null, day: number | null): string | null {
  if (year === null || month === null || day === null) return null;
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Reads the first date in a text (NFKC applied) → ISO, with the match, or null. */
export function findDate(text: string): { iso: string; index: number; length: number } | null {
  const t = text.normalize("NFKC");
  const m = DATE_PATTERN.exec(t);
  if (!m) return null;
  const iso = m[1]
    ? isoDate(readNumeral(m[1]), m[2] === "元" ? 1 : readNumeral(m[2]!), readNumeral(m[3]!))
    : isoDate(Number(m[4]), Number(m[5]), Number(m[6]));
  return iso ? { iso, index: m.index, length: m[0].length } : null;
}
