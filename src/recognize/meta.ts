/**
 * Report metadata read from the text: title (joined when split over two lines), issuing body, year,
 * publication date (发布时间), report date (the date line at the end) and statistics period.
 */
import type { Document } from "../document.js";
import { pointSource } from "../document.js";
import { perObject } from "../memo.js";
import type { ReportMeta } from "../schema/report.js";
import { readNumeral } from "./chinese-numbers.js";
import { isChromeLine } from "./chrome.js";
import { findDate } from "./dates.js";
import type { Line } from "./lines.js";
import { isShortPlain, readReportDate } from "./signature.js";
import { findTitle, type TitleMeta } from "./title.js";

/** The metadata fields the text yields (shape, encoding and era are set by the caller). */
export type TextMeta = Pick<ReportMeta, "title" | "orgName" | "year" | "publishDate" | "reportDate" | "statPeriod">;

/** The keys of a statistics period, letter-spaced too (pdftotext justifies a line: 统 计 期 限). */
const PERIOD_KEYS = /统\s*计\s*(?:期\s*限|时\s*限|期\s*间|时\s*间|周\s*期|区\s*间)/;

/** textYear and recognizeMeta read the same lines: the title and period readings are kept per lines array. */
const readTitle = perObject(findTitle);
const readStatPeriod = perObject(findStatPeriod);

const PUBLISH_STAMP = /发布(?:时间|日期)\s*[:：]\s*([^\n]{6,30})/;

/**
 * The date of the first 发布时间/发布日期 stamp of the NFKC-normalised text. No character's NFKC form holds
 * 发 or 布, and 发 always starts a normalisation segment, so that stamp is the first one of the text from
 * its first 发布 on, normalised alone (the text before it is never normalised).
 */
function readPublishDate(document: Document): string | null {
  const text = document.text;
  const at = text.indexOf("发布");
  if (at < 0) return null;
  const m = PUBLISH_STAMP.exec(text.slice(at).normalize("NFKC"));
  return m ? (findDate(m[1]!)?.iso ?? null) : null;
}

/** A month and day without a year (`至12月31日止`, `至十二月三十一日`): the end of a period whose start names the year. */
const MONTH_DAY =
  /^\s*起?\s*(?:至|到|—|－|-|~|～)\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日/;

/**
 * The ISO date of the first month-and-day in `text`: the first after the ISO date `start`, in its year or the
 * next; null when none is valid.
 */
function sameYearDate(start: string, text: string): string | null {
  const m = MONTH_DAY.exec(text.normalize("NFKC"));
  if (!m) return null;
  const month = readNumeral(m[1]!) ?? 0;
  const day = readNumeral(m[2]!) ?? 0;
  // The end falls in the start's year, else (至11月30日 after 2022年12月1日) in the year after it.
  for (const year of [Number(start.slice(0, 4)), Number(start.slice(0, 4)) + 1]) {
    const date = new Date(Date.UTC(year, month - 1, day));
    if (month < 1 || month > 12 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
    const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    if (iso > start) return iso;
  }
  return null;
}

function findStatPeriod(lines: readonly Line[]): TextMeta["statPeriod"] {
  const texts = lines.filter((l) => l.kind === "text");
  let fallback: TextMeta["statPeriod"] = null;
  for (let i = 0; i < texts.length; i++) {
    const line = texts[i]!;
    // Every period key starts with 统: a line without it skips the regex.
    if (!line.text.includes("统")) continue;
    const k = PERIOD_KEYS.exec(line.text);
    if (!k) continue;
    let joined = line.text;
    for (let j = i + 1; j < texts.length && j <= i + 3 && !joined.slice(k.index).includes("。"); j++) {
      joined += texts[j]!.text;
    }
    const start = Math.max(joined.lastIndexOf("。", k.index) + 1, 0);
    const stop = joined.indexOf("。", k.index);
    const raw = joined.slice(start, stop < 0 ? joined.length : stop + 1).trim();
    const body = raw.slice(raw.search(PERIOD_KEYS));
    const first = findDate(body);
    const rest = first ? body.slice(first.index + first.length) : "";
    const second = first ? findDate(rest) : null;
    const end = second?.iso ?? (first ? sameYearDate(first.iso, rest) : null);
    const period = { start: first?.iso ?? null, end, raw, source: line.source };
    if (first) return period;
    fallback ??= period;
  }
  return fallback;
}

/**
 * Reads the metadata of a document from its lines (chrome lines already removed) and its raw text. The
 * report date is the last line that is only a date, outside the lines in `skip` (statistics tables).
 */
export function recognizeMeta(
  document: Document,
  lines: readonly Line[],
  skip: ReadonlySet<number> = new Set(),
): TextMeta {
  const found = readTitle(lines);
  const { title, orgName } = found;
  const statPeriod = readStatPeriod(lines);
  const report = readReportDate(lines, skip);
  let org = orgName ?? report.org;
  if (org === null && report.index > 0) {
    const above = lines[report.index - 1]!.text;
    if (isShortPlain(above) && !isChromeLine(above)) org = above;
  }
  return {
    title,
    orgName: org,
    year: statisticalYear(found, statPeriod),
    publishDate: readPublishDate(document),
    reportDate: report.iso,
    statPeriod,
  };
}

/** The statistical year the text states (title, else statistics period): `recognizeMeta(…).year`, cheaper. */
export function textYear(lines: readonly Line[]): number | null {
  const found = readTitle(lines);
  if (found.year !== null && found.yearBeside !== true) return found.year;
  return statisticalYear(found, readStatPeriod(lines));
}

/**
 * The statistical year: the title's, else the period's. A year read off a line beside the title (2024年 above
 * it) yields to a period the text states: such a line may be a page header or a publication year.
 */
function statisticalYear(title: TitleMeta, period: TextMeta["statPeriod"]): number | null {
  const periodYear = yearOfPeriod(period);
  if (title.yearBeside === true && periodYear !== null) return periodYear;
  return title.year ?? periodYear;
}

/**
 * The statistical year of a period: its end's year (a period of 2022-12-01 to 2023-11-30 is 2023's), else its
 * start's; null without a date.
 */
function yearOfPeriod(period: TextMeta["statPeriod"]): number | null {
  const date = period?.end ?? period?.start;
  return date ? Number(date.slice(0, 4)) : null;
}

/** The position of the document start (for report-level diagnostics). */
export function documentStart(): ReturnType<typeof pointSource> {
  return pointSource({ line: 1, column: 1, offset: 0 });
}
