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
import { toSimplified } from "./labels.js";
import type { Line } from "./lines.js";
import { compact, isShortPlain, readReportDate } from "./signature.js";

/** The metadata fields the text yields (shape, encoding and era are set by the caller). */
export type TextMeta = Pick<ReportMeta, "title" | "orgName" | "year" | "publishDate" | "reportDate" | "statPeriod">;

const TITLE_KEY = "政府信息公开工作年度报告";
/** Title keys; pre-2019 reports also say 工作报告 and 年报 (…2012年政府信息公开工作报告, …2011年度政府信息公开年报). */
const TITLE_KEYS = [
  TITLE_KEY,
  "政府信息公开年度报告",
  "政务公开工作年度报告",
  "政府信息公开工作报告",
  "政府信息公开工作年报",
  "政府信息公开年报",
];
const YEAR_IN_TITLE = /([0-9０-９][0-9０-９\s]{3,6}|[〇零一二三四五六七八九]{4})\s*年度?/u;
const PERIOD_KEYS = /统计(期限|时限|期间|时间|周期|区间)/;
const MAX_TITLE = 80;
/** A line holding only a bracketed year, printed under a title without one: （2016年度）. */
const YEAR_BELOW = /^[（(]\s*[0-9０-９]{4}\s*年度?\s*[)）]$/u;
/** The end of an administrative division's name (省, 市, 区, 县, 州, 盟, 旗). */
const DIVISION_END = /[省市区县州盟旗]$/;

function titleYear(title: string): { year: number | null; index: number; length: number } {
  const m = YEAR_IN_TITLE.exec(title);
  if (!m) return { year: null, index: -1, length: 0 };
  const year = readNumeral(compact(m[1]!).normalize("NFKC"));
  return { year: year !== null && year >= 1990 && year <= 2100 ? year : null, index: m.index, length: m[0].length };
}

/** textYear and recognizeMeta read the same lines: the title and period readings are kept per lines array. */
const readTitle = perObject(findTitle);
const readStatPeriod = perObject(findStatPeriod);

/** A line's title key, when it holds one: its compacted, simplified text; null otherwise. */
function titleText(l: Line): string | null {
  if (l.kind !== "text" || l.text.length > MAX_TITLE) return null;
  // Every title key holds 报 (报告, 年报; 報 in traditional script): a line without it is skipped before it is
  // compacted.
  if ((!l.text.includes("报") && !l.text.includes("報")) || l.text.includes("。")) return null;
  const text = toSimplified(compact(l.text));
  return TITLE_KEYS.some((k) => text.includes(k)) ? text : null;
}

/**
 * The index of the title line: the first line holding a title key and more (a body, a year), else the first
 * that is only a key (a CMS menu item such as 政府信息公开年报 above the real title is only a key); -1 for none.
 */
function titleLine(lines: readonly Line[]): number {
  let bare = -1;
  for (let i = 0; i < lines.length; i++) {
    const text = titleText(lines[i]!);
    if (text === null) continue;
    if (!TITLE_KEYS.includes(text)) return i;
    if (bare < 0) bare = i;
  }
  return bare;
}

function findTitle(lines: readonly Line[]): Pick<TextMeta, "title" | "orgName" | "year"> {
  const at = titleLine(lines);
  if (at < 0) return { title: null, orgName: null, year: null };
  const line = lines[at]!.text;
  const prev = lines[at - 1]?.text ?? "";
  const below = yearBelow(line, lines[at + 1], prev);
  if (below !== null) return below;
  const y = titleYear(line);
  const before = y.index >= 0 ? line.slice(0, y.index).trim() : "";
  if (y.index >= 0 && before === "" && isShortPlain(prev) && !TITLE_KEYS.some((k) => prev.includes(k))) {
    // A long body's name wraps too (`徐州市贾汪区` / `青山泉镇人民政府` / `2022年…报告`): a short line above
    // that ends with an administrative division is its head.
    const head = lines[at - 2];
    const org =
      head?.kind === "text" && DIVISION_END.test(head.text) && isShortPlain(head.text + prev)
        ? `${head.text}${prev}`
        : prev;
    return { title: `${org}${line}`, orgName: org, year: y.year };
  }
  if (y.index < 0 && isShortPlain(prev) && !TITLE_KEYS.some((k) => prev.includes(k))) {
    return { title: line, orgName: prev, year: null };
  }
  // A title whose year comes after its key (…工作年度报告（2024年度）): the body is what precedes the key.
  let org = beforeKey(before);
  if (org === "" && y.index >= 0) {
    const after = line.slice(y.index + y.length);
    const key = TITLE_KEYS.map((k) => after.indexOf(k.slice(0, 4))).find((i) => i >= 0) ?? -1;
    org = key > 0 ? after.slice(0, key).trim() : "";
  }
  return { title: line, orgName: org === "" ? null : org, year: y.year };
}

/**
 * A title without a year whose next line holds only the year in brackets (政府信息公开工作年度报告 / （2016年度）):
 * the year is that line's, the body the text before the title key — or, for a title that is only a key, the
 * short line above it (`prev`).
 */
function yearBelow(
  title: string,
  next: Line | undefined,
  prev: string,
): Pick<TextMeta, "title" | "orgName" | "year"> | null {
  if (next?.kind !== "text" || titleYear(title).index >= 0) return null;
  const text = next.text.trim();
  if (!YEAR_BELOW.test(text)) return null;
  const year = titleYear(text).year;
  const org = beforeKey(title);
  if (org !== "" && org !== title) return { title, orgName: org, year };
  if (isShortPlain(prev) && !TITLE_KEYS.some((k) => prev.includes(k)))
    return { title: `${prev}${title}`, orgName: prev, year };
  return { title, orgName: null, year };
}

/** The text before the first title key it holds (trimmed), or the whole text when it holds none. */
function beforeKey(text: string): string {
  let cut = text.length;
  for (const key of TITLE_KEYS) {
    const at = text.indexOf(key);
    if (at >= 0 && at < cut) cut = at;
  }
  return cut === text.length ? text : text.slice(0, cut).trim();
}

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

/** A month and day without a year (`至12月31日止`): the end of a period whose start names the year. */
const MONTH_DAY = /^\s*起?\s*(?:至|到|—|－|-|~|～)\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

/** The ISO date of the first month-and-day in `text`, in the year of the ISO date `start`; null when none is valid. */
function sameYearDate(start: string, text: string): string | null {
  const m = MONTH_DAY.exec(text.normalize("NFKC"));
  if (!m) return null;
  const month = Number(m[1]);
  const day = Number(m[2]);
  const year = Number(start.slice(0, 4));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  const iso = `${start.slice(0, 4)}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return iso > start ? iso : null;
}

function findStatPeriod(lines: readonly Line[]): TextMeta["statPeriod"] {
  const texts = lines.filter((l) => l.kind === "text");
  let fallback: TextMeta["statPeriod"] = null;
  for (let i = 0; i < texts.length; i++) {
    const line = texts[i]!;
    // Every period key starts with 统计: a line without it skips the regex.
    if (!line.text.includes("统计")) continue;
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
  const { title, orgName, year } = readTitle(lines);
  const statPeriod = readStatPeriod(lines);
  const report = readReportDate(lines, skip);
  let org = orgName ?? report.org;
  if (org === null && report.index > 0) {
    const above = lines[report.index - 1]!.text;
    if (isShortPlain(above) && !isChromeLine(above)) org = above;
  }
  const periodYear = statPeriod?.start ? Number(statPeriod.start.slice(0, 4)) : null;
  return {
    title,
    orgName: org,
    year: year ?? periodYear,
    publishDate: readPublishDate(document),
    reportDate: report.iso,
    statPeriod,
  };
}

/** The statistical year the text states (title, else statistics period): `recognizeMeta(…).year`, cheaper. */
export function textYear(lines: readonly Line[]): number | null {
  const { year } = readTitle(lines);
  if (year !== null) return year;
  const start = readStatPeriod(lines)?.start;
  return start ? Number(start.slice(0, 4)) : null;
}

/** The position of the document start (for report-level diagnostics). */
export function documentStart(): ReturnType<typeof pointSource> {
  return pointSource({ line: 1, column: 1, offset: 0 });
}
