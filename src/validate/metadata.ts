/**
 * Metadata rules (META-*): the statistical year against the title's year, the statistics period and the
 * report's dates. A report for year Y is written after Y ends; a period must lie inside year Y.
 */
import { append } from "../append.js";
import type { Finding } from "../schema/finding.js";
import type { AnnualReport } from "../schema/report.js";
import { isSpaceCode } from "../shapes/source-lines.js";
import { dateFindings } from "./metadata-dates.js";
import { messageFinding } from "./types.js";

/** A metadata finding (every one is a warning). */
const finding = (rule: string, zh: string, en: string, source?: Finding["source"]): Finding =>
  messageFinding(rule, "warning", zh, en, source);

/** The year written in a title ("2023年…", also with spaces "202 3 年"), if any. */
export function titleYear(title: string): number | undefined {
  const m = /((?:\d\s*){4})年/.exec(nfkcStable(title) ? title : title.normalize("NFKC"));
  return m?.[1] ? Number(m[1].replace(/\s+/g, "")) : undefined;
}

/**
 * Whether a text is its own NFKC form because it holds only printable ASCII and CJK unified ideographs
 * (U+4E00–U+9FFF): each is its own NFKC form, none combines with another (checked for every one of them).
 */
function nfkcStable(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 || code > 0x7e) && (code < 0x4e00 || code > 0x9fff)) return false;
  }
  return true;
}

const yearOf = (iso: string | null): number | undefined => (iso ? Number(iso.slice(0, 4)) : undefined);

/** Whether a code unit is an ASCII digit. */
const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;

/**
 * The years a text writes (2024年, 2024 年: 20xx, whitespace, 年), counted into `counts`: found from each 年
 * (one native search), the digits read back from it; no match objects.
 */
function countYears(text: string, counts: Map<number, number>): void {
  for (let at = text.indexOf("年"); at >= 0; at = text.indexOf("年", at + 1)) {
    let end = at;
    while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
    const start = end - 4;
    if (start < 0 || text.charCodeAt(start) !== 0x32 || text.charCodeAt(start + 1) !== 0x30) continue;
    if (!isDigitCode(text.charCodeAt(start + 2)) || !isDigitCode(text.charCodeAt(start + 3))) continue;
    const y = 2000 + (text.charCodeAt(start + 2) - 0x30) * 10 + (text.charCodeAt(start + 3) - 0x30);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
}
/** The fewest mentions of a year that make it the text's year. */
const MIN_TEXT_YEAR = 3;

/**
 * The year after `other` (the title's year) when the narrative sections but 五 (which plans next year) write it
 * at least MIN_TEXT_YEAR times and at least twice as often as `other`: the sign of a title copied from last
 * year's report. An earlier year is cited (较2022年), not reported on. Undefined otherwise.
 */
function textMajorityYear(report: AnnualReport, other: number): number | undefined {
  const counts = new Map<number, number>();
  // 五 plans next year (2024年，我局将…): its years say nothing about the year reported on.
  for (const section of report.sections) if (section.id !== "problems_improvements") countYears(section.text, counts);
  // Only the year after the title's is a copied title's sign; an earlier year is cited (较2022年), a later one planned.
  const best = other + 1;
  const most = counts.get(best) ?? 0;
  if (most < MIN_TEXT_YEAR) return undefined;
  return most >= 2 * (counts.get(other) ?? 0) ? best : undefined;
}

/**
 * The title's year against the year the narrative writes most, when the statistics period (if any) agrees with
 * the text: a title copied from last year's report (2023年… on a report whose text and period are about 2024).
 * The statistical year is read from the title, so comparing it with the title finds nothing on a parsed report;
 * a period copied from last year (the title and the text agree) is META-PERIOD's alone.
 */
function titleAgainstText(report: AnnualReport, fromTitle: number): Finding | null {
  const period = report.meta.statPeriod;
  if (period?.start && period.end && period.start > period.end) return null;
  const periodYear = yearOf(period?.end ?? null) ?? yearOf(period?.start ?? null);
  if (periodYear === fromTitle) return null;
  const written = textMajorityYear(report, fromTitle);
  if (written === undefined || (periodYear !== undefined && periodYear !== written)) return null;
  const also = periodYear === undefined ? "" : "及统计期限";
  return finding(
    "META-TITLE-YEAR",
    `标题年份${fromTitle}与正文多处所写年份${written}${also}不一致`,
    `the title says ${fromTitle} but the text mostly writes ${written}${periodYear === undefined ? "" : ", as does the statistics period"}`,
    report.meta.sources?.title,
  );
}

/**
 * Every metadata finding of a report; `today` (ISO YYYY-MM-DD) is the day the check is run on: a date after
 * it is reported (no such check without it).
 */
export function metadataFindings(report: AnnualReport, today?: string): Finding[] {
  const { meta } = report;
  const out: Finding[] = [];
  const period = meta.statPeriod;
  const year = meta.year;
  if (year === null) {
    out.push(finding("META-YEAR-MISSING", "未能确定报告的统计年度", "the statistical year of the report is unknown"));
  }
  const fromTitle = meta.title ? titleYear(meta.title) : undefined;
  // A title copied from last year's report while period and text agree: the title alone is to blame.
  let titleBlamed = false;
  if (year !== null && fromTitle !== undefined && fromTitle !== year) {
    out.push(
      finding(
        "META-TITLE-YEAR",
        `标题年份${fromTitle}与统计年度${year}不一致`,
        `the title says ${fromTitle} but the statistical year is ${year}`,
        meta.sources?.title,
      ),
    );
  } else if (fromTitle !== undefined) {
    const against = titleAgainstText(report, fromTitle);
    if (against !== null) {
      out.push(against);
      titleBlamed = true;
    }
  }
  if (period && !titleBlamed) {
    const [startYear, endYear] = [yearOf(period.start), yearOf(period.end)];
    if (period.start && period.end && period.start > period.end) {
      out.push(
        finding(
          "META-PERIOD",
          `统计期限的起始日期${period.start}晚于截止日期${period.end}`,
          `the statistics period starts (${period.start}) after it ends (${period.end})`,
          period.source,
        ),
      );
    } else if (
      year !== null &&
      ((startYear !== undefined && startYear !== year) || (endYear !== undefined && endYear !== year))
    ) {
      out.push(
        finding(
          "META-PERIOD",
          `统计期限（${period.start ?? "?"}至${period.end ?? "?"}）不在统计年度${year}年内`,
          `the statistics period (${period.start ?? "?"} to ${period.end ?? "?"}) is not within the year ${year}`,
          period.source,
        ),
      );
    }
  }
  const periodEnd = period?.end ?? (year !== null ? `${year}-12-31` : null);
  // The year the deadline follows: the statistical year, or the period's when the title (whence the year) is to blame.
  const dueYear = titleBlamed && period?.end ? Number(period.end.slice(0, 4)) : year;
  append(out, dateFindings(report, { periodEnd, year: dueYear, today }));
  return out;
}
