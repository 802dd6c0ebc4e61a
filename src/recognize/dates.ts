/** Dates as printed in reports (2024-01-22, 2025年1月16日, 202 3 年, 二〇二四年一月十日) → ISO YYYY-MM-DD. */

const DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  Ｏ: 0,
  O: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Reads a number written in Arabic digits or Chinese numerals (二〇二四, 十二, 三十一). */
export function readNumeral(text: string): number | null {
  const t = text.replace(/\s+/g, "");
  if (/^\d+$/.test(t)) return Number(t);
  if (t === "") return null;
  if (t.includes("十")) {
    const [tens, ones] = t.split("十");
    const a = tens === "" ? 1 : DIGITS[tens!];
    const b = ones === "" || ones === undefined ? 0 : DIGITS[ones];
    return a === undefined || b === undefined ? null : a * 10 + b;
  }
  let n = 0;
  for (const ch of t) {
    const d = DIGITS[ch];
    if (d === undefined) return null;
    n = n * 10 + d;
  }
  return n;
}

const NUM = "[0-9０-９〇零Ｏ一二三四五六七八九十\\s]";

/** A date pattern: year 年 month 月 day 日 (digits or Chinese numerals, spaces tolerated), or 2024-01-22. */
export const DATE_PATTERN = new RegExp(
  `(${NUM}{4,12}?)\\s*年\\s*(${NUM}{1,6}?)\\s*月\\s*(${NUM}{1,6}?)\\s*日|(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})`,
  "u",
);

/** ISO date from year, month, day when valid. */
export function isoDate(year: number | null, month: number | null, day: number | null): string | null {
  if (year === null || month === null || day === null) return null;
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Reads the first date in a text (NFKC applied) → ISO, with the match, or null. */
export function findDate(text: string): { iso: string; index: number; length: number } | null {
  const t = text.normalize("NFKC");
  const m = DATE_PATTERN.exec(t);
  if (!m) return null;
  const iso = m[1]
    ? isoDate(readNumeral(m[1]), readNumeral(m[2]!), readNumeral(m[3]!))
    : isoDate(Number(m[4]), Number(m[5]), Number(m[6]));
  return iso ? { iso, index: m.index, length: m[0].length } : null;
}
