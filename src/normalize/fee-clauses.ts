/**
 * The time and the body a clause of report prose is about, for the narrative fee (narrative-fees.ts): another
 * year (去年, 2023年 or 二〇二三年 in a 2024 report) unless it names this one too, another body (各街道, 上级), the
 * future (今后), another matter (因收取费用引发的投诉); asides in brackets judged on their own words. Each clause of
 * a sentence is judged once. And the sentences a text is read in (`sentences`).
 */
import { commaPositions, countBelow, isComma } from "../clauses.js";

/**
 * Words that put a clause on another time or body (去年收取…, 今后将继续不收取…, 各街道共收取…) or on something else
 * than the fee itself (因收取费用引发的投诉): its amount or its "none" is not this body's fee this year.
 */
const OTHER_CLAUSE =
  /今后|将来|明年|下一?年|拟|(?<!全[市县区])各(?:街道|乡镇|镇街|部门)|(?<![及和与])(?:下属|所属)|上级|因[^，,]{0,12}(?:引发|导致)/;
/** Words on a past year: they yield to 本年度 in the same clause (本年度收取…100元较上年减少50元). */
const PAST = /去年|上年(?!度?结转)|上一年|往年|以往/;
/** This year named (本年度, 今年): the clause is on this year whatever other year it compares with. */
const THIS_YEAR = /本年|今年|当年/;
/**
 * Bracketed asides (（上年为0元）), years in dates (2021年1月1日起施行), of a document (依据2020年印发的办法) and
 * titles (《…》): no clause's time.
 */
const ASIDE =
  /[（(][^（(）)]*[）)]|《[^《》]*》|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月|(?:19|20)\d{2}\s*年度?\s*(?:以来|起)|(?:19|20)\d{2}\s*年\s*(?:印发|发布|出台|颁布|制定|修订|修正|施行|实施)/g;
/** A year written out, in digits or in Chinese numerals (2023年, 二〇二三年). */
const YEAR = /((?:19|20)\d{2}|[一二][〇零○一二三四五六七八九]{3})\s*年/g;
/** The value of a Chinese numeral digit 〇 … 九. */
const CHINESE_DIGITS = "〇一二三四五六七八九";

/** A four-digit year written in digits or Chinese numerals (零 is 〇). */
function yearValue(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  let n = 0;
  for (const ch of text) n = n * 10 + Math.max(0, CHINESE_DIGITS.indexOf(ch === "零" || ch === "○" ? "〇" : ch));
  return n;
}

/**
 * The judge of one sentence's clauses (between commas): `otherClause`'s answer for the clause around start … end.
 * Each clause is read once, whatever the number of amounts in it (a sentence of thousands of amounts and no comma
 * is read once, not once per amount).
 */
export function otherClauses(sentence: string, year: number | null): (start: number, end: number) => boolean | null {
  const commas = commaPositions(sentence);
  const known = new Map<number, boolean | null>();
  return (start, end) => {
    // The clause runs from after the last comma before `start` to the first comma at or after `end`.
    const k = countBelow(commas, start);
    const from = k > 0 ? commas[k - 1]! + 1 : 0;
    let answer = known.get(from);
    if (answer === undefined) {
      const next = countBelow(commas, end);
      const clause = sentence.slice(from, next < commas.length ? commas[next] : sentence.length);
      answer = otherClause(clause, year);
      known.set(from, answer);
    }
    return answer;
  };
}

/**
 * Whether a clause is about another time, body or matter, or names a year other than `year` (true); about this
 * year (false); or names no time or body at all (null: the clause of the fee word may say).
 */
export function otherClause(clause: string, year: number | null): boolean | null {
  const own = clause.replace(ASIDE, "");
  if (OTHER_CLAUSE.test(own)) return true;
  if (THIS_YEAR.test(own)) return false;
  if (PAST.test(own)) return true;
  if (year === null) return null;
  // The report's own year wins over another named beside it (2023年、2024年均未收取).
  let other = false;
  for (const m of own.matchAll(YEAR)) {
    if (yearValue(m[1]!) === year) return false;
    other = true;
  }
  return other ? true : null;
}

/** The text of the bracket (（…） or (…)) a position stands in, within its clause; null when in none. */
export function asideAround(sentence: string, at: number): string | null {
  for (let i = at - 1; i >= 0 && i >= at - ASIDE_REACH; i--) {
    const code = sentence.charCodeAt(i);
    if (code === 0xff09 || code === 0x29 || isComma(code)) return null;
    if (code === 0xff08 || code === 0x28) {
      let close = at;
      while (close < sentence.length && close < at + ASIDE_REACH) {
        const c = sentence.charCodeAt(close);
        if (c === 0xff09 || c === 0x29) return sentence.slice(i + 1, close);
        close++;
      }
      return null;
    }
  }
  return null;
}

/** How far from a number its bracket is looked for (an aside is short). */
const ASIDE_REACH = 40;

/**
 * The text with each line break and the whitespace around it removed: `text.replace(/\s*\n\s*\/g, "")`, in
 * time linear in the text (that expression backtracks over every run of spaces without a line break).
 */
function joinLines(text: string): string {
  if (!text.includes("\n")) return text;
  const parts = text.split("\n");
  const last = parts.length - 1;
  for (let i = 0; i <= last; i++) {
    const part = parts[i]!;
    parts[i] = i === 0 ? part.trimEnd() : i === last ? part.trimStart() : part.trim();
  }
  return parts.join("");
}

/** Sentences of a text; line breaks are dropped first (PDF text wraps lines inside sentences). */
export function sentences(text: string): string[] {
  return joinLines(text)
    .split(/[。；;]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}
