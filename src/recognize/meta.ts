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
import { documentHeadings } from "./headings.js";
import { readPublishDate, readPublisher, readWrittenDate } from "./info-box.js";
import type { Line } from "./lines.js";
import { closeOcrSpacing } from "./ocr-spacing.js";
import { isShortPlain, readReportDate } from "./signature.js";
import { findTitle, type TitleMeta } from "./title.js";

/** The metadata fields the text yields (shape, encoding and era are set by the caller). */
export type TextMeta = Pick<
  ReportMeta,
  "title" | "orgName" | "year" | "publishDate" | "reportDate" | "statPeriod" | "sources"
>;

/** Where the title and dates stand. */
type MetaSources = NonNullable<ReportMeta["sources"]>;

/** The keys of a statistics period, letter-spaced too (pdftotext justifies a line: 统 计 期 限). */
const PERIOD_KEYS = /统\s*计\s*(?:期\s*限|时\s*限|期\s*间|时\s*间|周\s*期|区\s*间)/;

/** textYear and recognizeMeta read the same lines: the title and period readings are kept per lines array. */
const readTitle = perObject(findTitle);
const readStatPeriod = perObject(findStatPeriod);

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
 * report date is the signature's (落款): the last line that is only a date, outside the lines in `skip`
 * (statistics tables) and before line `end` (a web page's furniture, `reportEnd`). A page printing no signature
 * gives the 成文日期 of its info box instead: the date the document was written and signed off, which its 落款
 * would print (发文日期 and 发布日期 are when the page went up: the publication date). A date alone under the title
 * of a page, before the first section, is its byline: the publication date when no stamp says otherwise, never
 * the report's. The issuing body is the title's, else the signature's, else the info box's 发布机构 / 来源.
 */
export function recognizeMeta(
  document: Document,
  lines: readonly Line[],
  skip: ReadonlySet<number>,
  end: number,
): TextMeta {
  const found = withHeadTitle(readTitle(lines), document);
  const { title, orgName } = found;
  const statPeriod = readStatPeriod(lines);
  const dated = readReportDate(lines, skip, end);
  const sections = firstHeading(lines);
  const byline =
    document.shape === "html" &&
    dated.org === null &&
    dated.index >= 0 &&
    dated.index < sections &&
    sections < lines.length;
  // Info boxes stand above the report: their keys are looked for before its first section (all of a text without).
  const head = sections < lines.length ? lines[sections]!.source.offset : Number.POSITIVE_INFINITY;
  const report = byline ? { iso: null, index: -1, org: null } : dated;
  let org = orgName ?? report.org;
  if (org === null && report.index > 0) {
    const above = lines[report.index - 1]!.text;
    if (isShortPlain(above) && !isChromeLine(above)) org = above;
  }
  org ??= readPublisher(document)?.value ?? null;
  const written = report.iso === null ? readWrittenDate(document, head) : null;
  const stamp = readPublishDate(document, head);
  const page = stamp === null ? pagePublishDate(document) : null;
  const bylineDate = byline && stamp === null && page === null;
  const sources: MetaSources = {};
  if (found.source) sources.title = found.source;
  if (report.iso !== null) sources.reportDate = lines[report.index]!.source;
  else if (written !== null) sources.reportDate = written.source;
  if (stamp !== null) sources.publishDate = stamp.source;
  else if (bylineDate) sources.publishDate = lines[dated.index]!.source;
  const meta: TextMeta = {
    title: title === null ? null : closeOcrSpacing(title),
    orgName: org === null ? null : closeOcrSpacing(org),
    year: statisticalYear(found, statPeriod),
    publishDate: stamp?.value ?? page ?? (bylineDate ? dated.iso : null),
    reportDate: report.iso ?? written?.value ?? null,
    statPeriod,
  };
  if (sources.title || sources.reportDate || sources.publishDate) meta.sources = sources;
  return meta;
}

/** The index of the first line holding a section heading (lines.length for none). */
function firstHeading(lines: readonly Line[]): number {
  const { matches } = documentHeadings(lines);
  for (let i = 0; i < matches.length; i++) if (matches[i] !== null) return i;
  return lines.length;
}

/**
 * An HTML page whose text prints no title: the title of its head (the 政府网站 `<meta name="ArticleTitle">`,
 * else `<title>` without the site's name after the key), which the reader keeps only in the raw text.
 */
function withHeadTitle(found: TitleMeta, document: Document): TitleMeta {
  if (found.title !== null || document.shape !== "html") return found;
  const head = headTitle(document.text);
  if (head === null) return found;
  // A <title> of parts (the site's name, a column, a breadcrumb): the first part that is a title with a year.
  const parts = head.split(TITLE_PARTS);
  if (parts.length > 1) {
    for (const part of parts) {
      const title = titleOfHead(part);
      if (title.title !== null && title.year !== null) return title;
    }
  }
  const title = titleOfHead(head);
  return title.title === null ? found : title;
}

/** Separators of a <title>'s parts (某市人民政府-政府信息公开年报-某局…, 首页 > 政府信息公开 > …, 报告_某局). */
const TITLE_PARTS = /\s*(?:[|｜_>＞»›]|&gt;|&raquo;|[-—–]{1,2})\s*/u;

/** The title read off a text of a page's head, which stands at no place of the text. */
function titleOfHead(text: string): TitleMeta {
  const line: Line = { index: -1, kind: "text", text, tokens: [], source: documentStart(), reliable: false };
  const { source: _, ...title } = findTitle([line]);
  return title;
}

/** The longest head a page's title is looked for in. */
const MAX_HEAD = 20_000;

/** The report title of an HTML page's head: its ArticleTitle meta tag's content, else its <title>; null for none. */
function headTitle(html: string): string | null {
  const head = pageHead(html);
  const article = metaContent(head, "ArticleTitle");
  if (article !== null) return article;
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(head);
  return title?.[1]?.trim() || null;
}

/** The head of an HTML page: its text before <body>, at most MAX_HEAD characters. */
function pageHead(html: string): string {
  const head = html.slice(0, MAX_HEAD);
  const end = head.search(/<body[\s>]/i);
  return end < 0 ? head : head.slice(0, end);
}

/** The content of a head's `<meta name="…">` tag (政府网站: ArticleTitle, PubDate), trimmed; null for none. */
function metaContent(head: string, name: string): string | null {
  const at = head.indexOf(`"${name}"`);
  if (at < 0) return null;
  const tag = head.slice(head.lastIndexOf("<", at), head.indexOf(">", at) + 1);
  const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
  const text = (content?.[1] ?? content?.[2])?.trim();
  return text === undefined || text === "" ? null : text;
}

/** A web-to-Markdown reader's header line with the page's publication time (Jina: `Published Time: 2025-01-20T…`). */
const PUBLISHED_TIME = /^(?:Published Time|publishedTime)\s*:\s*(\d{4}-\d{1,2}-\d{1,2})/mu;

/**
 * The publication date a page states outside its text when the text prints no stamp: an HTML head's
 * `<meta name="PubDate">`, or a web-to-Markdown reader's `Published Time:` header line; null otherwise.
 */
function pagePublishDate(document: Document): string | null {
  if (document.shape === "html") {
    const date = metaContent(pageHead(document.text), "PubDate");
    return date === null ? null : (findDate(date)?.iso ?? null);
  }
  const header = PUBLISHED_TIME.exec(document.text.slice(0, MAX_HEADER));
  return header === null ? null : (findDate(header[1]!)?.iso ?? null);
}

/** The most characters from a document's start a reader's header is looked for in. */
const MAX_HEADER = 2000;

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
