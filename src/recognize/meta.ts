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

/** The metadata fields the text yields (shape, encoding and era are set by the caller). */
export type TextMeta = Pick<ReportMeta, "title" | "orgName" | "year" | "publishDate" | "reportDate" | "statPeriod">;

const TITLE_KEY = "政府信息公开工作年度报告";
const TITLE_KEYS = [TITLE_KEY, "政府信息公开年度报告", "政务公开工作年度报告"];
const YEAR_IN_TITLE = /([0-9０-９][0-9０-９\s]{3,6}|[〇零一二三四五六七八九]{4})\s*年度?/u;
const PERIOD_KEYS = /统计(期限|时限|期间|时间|周期|区间)/;
const MAX_ORG = 40;
const MAX_TITLE = 80;
/** No whole-line date is longer (a 12-character year, a 6-character month and day, 年月日: 27). */
const MAX_DATE_LINE = 30;

function compact(text: string): string {
  return text.replace(/\s+/g, "");
}

function titleYear(title: string): { year: number | null; index: number; length: number } {
  const m = YEAR_IN_TITLE.exec(title);
  if (!m) return { year: null, index: -1, length: 0 };
  const year = readNumeral(compact(m[1]!).normalize("NFKC"));
  return { year: year !== null && year >= 1990 && year <= 2100 ? year : null, index: m.index, length: m[0].length };
}

function isShortPlain(text: string): boolean {
  return text.length > 0 && text.length <= MAX_ORG && !/[。，,：:；;]/.test(text) && findDate(text) === null;
}

/** textYear and recognizeMeta read the same lines: the title and period readings are kept per lines array. */
const readTitle = perObject(findTitle);
const readStatPeriod = perObject(findStatPeriod);

function findTitle(lines: readonly Line[]): Pick<TextMeta, "title" | "orgName" | "year"> {
  const at = lines.findIndex(
    (l) =>
      l.kind === "text" &&
      l.text.length <= MAX_TITLE &&
      // Every title key ends with 告: a line without it is skipped before it is compacted.
      l.text.includes("告") &&
      !l.text.includes("。") &&
      TITLE_KEYS.some((k) => compact(l.text).includes(k)),
  );
  if (at < 0) return { title: null, orgName: null, year: null };
  const line = lines[at]!.text;
  const y = titleYear(line);
  const before = y.index >= 0 ? line.slice(0, y.index).trim() : "";
  const prev = lines[at - 1]?.text ?? "";
  if (y.index >= 0 && before === "" && isShortPlain(prev) && !TITLE_KEYS.some((k) => prev.includes(k))) {
    return { title: `${prev}${line}`, orgName: prev, year: y.year };
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

/** The ideographs a date line is made of: 年 月 日 and the Chinese numerals of DATE_PATTERN. */
const DATE_IDEOGRAPHS = new Set([..."年月日〇零一二三四五六七八九十"]);

/**
 * False when a text holds a CJK unified ideograph that no date is written with (NFKC leaves those as they
 * are, so the text cannot be a whole-line date): most prose lines fail at their first word.
 */
function mayBeDateLine(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff && !DATE_IDEOGRAPHS.has(text.charAt(i))) return false;
  }
  return true;
}

/** The ISO date a text line consists of (only a date, once NFKC-normalised and without spaces), else null. */
function wholeLineDate(line: Line): string | null {
  if (line.kind !== "text" || !mayBeDateLine(line.text)) return null;
  const text = compact(line.text.normalize("NFKC"));
  if (text.length > MAX_DATE_LINE) return null;
  const d = findDate(text);
  return d && d.index === 0 && d.length === text.length ? d.iso : null;
}

/** The last line outside `skip` that is only a date: the report date and its line's index. */
function readReportDate(lines: readonly Line[], skip: ReadonlySet<number>): { iso: string | null; index: number } {
  for (let i = lines.length - 1; i >= 0; i--) {
    if (skip.has(lines[i]!.index)) continue;
    const iso = wholeLineDate(lines[i]!);
    if (iso !== null) return { iso, index: i };
  }
  return { iso: null, index: -1 };
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
    const second = first ? findDate(body.slice(first.index + first.length)) : null;
    const period = { start: first?.iso ?? null, end: second?.iso ?? null, raw, source: line.source };
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
  let org = orgName;
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

/**
 * The indexes of the signature lines that close a report — its last text line when that line is only a
 * date (the report date), and the line right above it when it is the issuing body's name (`orgName`) —
 * which belong to no section.
 */
export function signatureLines(
  lines: readonly Line[],
  skip: ReadonlySet<number> = new Set(),
  orgName: string | null = null,
): number[] {
  let last = lines.length - 1;
  while (last >= 0 && (skip.has(lines[last]!.index) || lines[last]!.kind !== "text")) last--;
  // The report date is the last date-only line: it closes the report when it is the last text line.
  if (last < 0 || wholeLineDate(lines[last]!) === null) return [];
  const above = lines[last - 1];
  // The line above is the signature only when it names the issuing body the metadata gives.
  const org =
    above !== undefined &&
    above.kind === "text" &&
    !skip.has(above.index) &&
    orgName !== null &&
    above.text === orgName;
  return org ? [above.index, lines[last]!.index] : [lines[last]!.index];
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
