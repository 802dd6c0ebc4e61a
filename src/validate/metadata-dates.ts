/**
 * Date rules of the metadata checks: a report or publication date not after the statistics period (META-DATE),
 * in the future (META-DATE-FUTURE), past the Regulation's deadline (META-DATE-LATE), and no report date at all
 * (META-DATE-MISSING). "Today" is passed in, never read from the clock here.
 */
import type { Severity } from "../schema/common.js";
import type { Finding } from "../schema/finding.js";
import type { AnnualReport } from "../schema/report.js";
import { messageFinding } from "./types.js";

/** The first statistical year reported under the 2019 Regulation (国务院令第711号: departments by 1月31日). */
const REGULATION_2019_FIRST_YEAR = 2019;

/**
 * Today's date in Beijing (UTC+8), ISO YYYY-MM-DD, from a clock reading in milliseconds: the day a report
 * signed today in China carries.
 */
export function beijingDate(epochMs: number): string {
  return new Date(epochMs + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

/** Whether the body is a people's government (本级政府: its report is due 3月31日) as the name or title says. */
function isGovernment(report: AnnualReport): boolean {
  const { orgName, title } = report.meta;
  if (orgName) return /人民政府$/.test(orgName.replace(/\s+/g, ""));
  return title !== null && /人民政府\s*(?:\d|二)/.test(title);
}

/** One dated line of the report: the date, its names and where it was read. */
interface DatedLine {
  date: string;
  zh: string;
  en: string;
  source: Finding["source"];
}

/**
 * The deadline finding of one date of a report for year `year`: after 3月31日 of the next year, a warning (late
 * for every body, under either Regulation); after 1月31日 for a body that is not a people's government, from the
 * 2019 Regulation on, an info (departments are due by 1月31日; the body's kind is read from its name, so only
 * an info). formats.md §3.1.
 */
function lateFinding(report: AnnualReport, year: number, dated: DatedLine): Finding | null {
  const { date, zh, en, source } = dated;
  const march = `${year + 1}-03-31`;
  const january = `${year + 1}-01-31`;
  let severity: Severity;
  let zhWhy: string;
  let enWhy: string;
  if (date > march) {
    severity = "warning";
    zhWhy = `晚于${year + 1}年3月31日：年度报告应于次年3月31日前公布（部门为1月31日前）`;
    enWhy = `after ${march}: an annual report is due by 31 March of the next year (a department's by 31 January)`;
  } else if (date > january && year >= REGULATION_2019_FIRST_YEAR && !isGovernment(report)) {
    severity = "info";
    zhWhy = `晚于${year + 1}年1月31日：政府部门的年度报告应于次年1月31日前公布（本级人民政府为3月31日前）`;
    enWhy = `after ${january}: a government department's report is due by 31 January of the next year (a people's government's by 31 March)`;
  } else return null;
  return messageFinding("META-DATE-LATE", severity, `${zh}${date}${zhWhy}`, `the ${en} ${date} is ${enWhy}`, source);
}

/** What the date rules compare a report's dates with. */
export interface DateBounds {
  /** The end of the statistics period (or 12月31日 of the year), ISO; null when unknown. */
  periodEnd: string | null;
  /** The statistical year the deadline follows, or null. */
  year: number | null;
  /** The ISO date the check is run on; no future-date check without it. */
  today: string | undefined;
}

/** The date findings of a report (META-DATE, META-DATE-FUTURE, META-DATE-LATE, META-DATE-MISSING). */
export function dateFindings(report: AnnualReport, bounds: DateBounds): Finding[] {
  const { periodEnd, year, today } = bounds;
  const { meta } = report;
  const out: Finding[] = [];
  // No date at all: neither a 落款 nor a page's publication stamp (a draft, or a date that does not exist).
  if (meta.reportDate === null && meta.publishDate === null) {
    out.push(
      messageFinding(
        "META-DATE-MISSING",
        "info",
        "未读到落款日期（报告末尾的成文日期），或所写日期不存在；也没有发布日期",
        "no report date (落款) was read at the end of the report, or the date written does not exist; nor a publication date",
        // The last section's heading: the date closes the text after it.
        report.sections.at(-1)?.source,
      ),
    );
  }
  const dated: DatedLine[] = [];
  if (meta.reportDate)
    dated.push({ date: meta.reportDate, zh: "落款日期", en: "report date", source: meta.sources?.reportDate });
  if (meta.publishDate) {
    dated.push({ date: meta.publishDate, zh: "发布日期", en: "publication date", source: meta.sources?.publishDate });
  }
  for (const line of dated) {
    const { date, zh, en, source } = line;
    if (today !== undefined && date > today) {
      out.push(
        messageFinding(
          "META-DATE-FUTURE",
          "warning",
          `${zh}${date}晚于今天（${today}）`,
          `the ${en} ${date} is later than today (${today})`,
          source,
        ),
      );
      continue;
    }
    if (periodEnd && date <= periodEnd) {
      out.push(
        messageFinding(
          "META-DATE",
          "warning",
          `${zh}${date}不晚于统计期末${periodEnd}：年度报告应在统计年度结束后形成`,
          `the ${en} ${date} is not after the end of the statistics period ${periodEnd}: an annual report is written after its year ends`,
          source,
        ),
      );
      continue;
    }
    if (year !== null) {
      const late = lateFinding(report, year, line);
      if (late) out.push(late);
    }
  }
  return out;
}
