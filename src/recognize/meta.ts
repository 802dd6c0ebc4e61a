/**
 * Report metadata read from the text: title (joined when split over two lines), issuing body, year,
 * publication date (发布时间), report date (the date line at the end) and statistics period.
 */
import type { Document } from "../document.js";
import { cellSource, pointSource } from "../document.js";
import { perObject } from "../memo.js";
import type { SourcePosition } from "../schema/common.js";
import type { ReportMeta } from "../schema/report.js";
import { readNumeral } from "./chinese-numbers.js";
import { isChromeLine } from "./chrome.js";
import { findDate } from "./dates.js";
import type { Line } from "./lines.js";
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

/** A publication stamp's key, and the text after it its date is read from (发布日期：2025-01-20, 发布时间 2025年1月20日). */
const PUBLISH_STAMP = /^发布(?:时间|日期)\s*[:：]?\s*(.{6,30})/su;
/** Text before a stamp that is a listed article's title (关于…的通知, …报告, 《…》), not the page's byline. */
const LIST_ITEM = /报告|通知|公告|意见|办法|方案|关于|《|》|[0-9]{4}\s*年/u;
/** The most characters a stamp's date is looked for in after its key (whitespace runs count once). */
const STAMP_SPAN = 2000;
/** A text that ends with a stamp's key, its date printed in the next block (PDF text, layout kept). */
const STAMP_KEY_END = /发布(?:时间|日期)\s*[:：]?\s*$/u;

/**
 * The date of a stamp starting at `at` in `text` (发布日期：2025-01-20): the date must open what follows the key
 * (a sentence such as 发布时间较晚 is no stamp); null otherwise.
 */
function stampDate(text: string, at: number): string | null {
  const m = PUBLISH_STAMP.exec(
    text
      .slice(at, at + STAMP_SPAN)
      .normalize("NFKC")
      .replace(/\s+/gu, " "),
  );
  if (!m) return null;
  const value = m[1]!.trimStart();
  const date = findDate(value);
  return date !== null && date.index === 0 ? date.iso : null;
}

/**
 * The first publication stamp of a text block: a 发布时间/发布日期 key that opens one of its lines or follows
 * another field (来源：某办 发布时间：…). One after other text is a list item's (关于某某的通知 发布时间：…, a sidebar
 * of latest articles), not the page's.
 */
function blockStamp(text: string): string | null {
  for (let at = text.indexOf("发布"); at >= 0; at = text.indexOf("发布", at + 2)) {
    const before = text.slice(text.lastIndexOf("\n", at) + 1, at);
    if (before.trim() !== "" && !/[:：]/.test(before) && LIST_ITEM.test(before)) continue;
    const iso = stampDate(text, at);
    if (iso !== null) return iso;
  }
  return null;
}

/** A block ending with a stamp's key (发布时间：) whose date is the next text block's. */
function nextBlockStamp(text: string, next: Document["blocks"][number] | undefined): string | null {
  if (next?.kind !== "text") return null;
  const key = STAMP_KEY_END.exec(text.normalize("NFKC"));
  return key === null ? null : stampDate(`${key[0].trim()} ${next.text}`, 0);
}

/**
 * The publication date: the first stamp of the document's text blocks and table cells, in reading order — the
 * page's <head> and scripts are no blocks. A cell holding only the key takes its date from the next cell
 * (发布日期： | 2025-01-20).
 */
function readPublishDate(document: Document): { iso: string; source: SourcePosition } | null {
  // Most documents print no stamp at all: one search of the raw text skips them.
  if (!document.text.includes("发布")) return null;
  const blocks = document.blocks;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    if (block.kind === "text") {
      if (!block.text.includes("发布")) continue;
      const iso = blockStamp(block.text) ?? nextBlockStamp(block.text, blocks[b + 1]);
      if (iso !== null) return { iso, source: pointSource(block.position) };
      continue;
    }
    for (let r = 0; r < block.rows.length; r++) {
      const row = block.rows[r]!;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c]!;
        if (!cell.anchor || !cell.text.includes("发布")) continue;
        const text = cell.text.trim();
        const iso =
          blockStamp(text) ?? (text.startsWith("发布") ? stampDate(`${text} ${row[c + 1]?.text ?? ""}`, 0) : null);
        if (iso !== null) return { iso, source: cellSource(block, r, c, cell) };
      }
    }
  }
  return null;
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
  const found = withHeadTitle(readTitle(lines), document);
  const { title, orgName } = found;
  const statPeriod = readStatPeriod(lines);
  const report = readReportDate(lines, skip);
  let org = orgName ?? report.org;
  if (org === null && report.index > 0) {
    const above = lines[report.index - 1]!.text;
    if (isShortPlain(above) && !isChromeLine(above)) org = above;
  }
  const stamp = readPublishDate(document);
  const sources: MetaSources = {};
  if (found.source) sources.title = found.source;
  if (report.iso !== null) sources.reportDate = lines[report.index]!.source;
  if (stamp !== null) sources.publishDate = stamp.source;
  const meta: TextMeta = {
    title,
    orgName: org,
    year: statisticalYear(found, statPeriod),
    publishDate: stamp?.iso ?? pagePublishDate(document),
    reportDate: report.iso,
    statPeriod,
  };
  if (sources.title || sources.reportDate || sources.publishDate) meta.sources = sources;
  return meta;
}

/**
 * An HTML page whose text prints no title: the title of its head (the 政府网站 `<meta name="ArticleTitle">`,
 * else `<title>` without the site's name after the key), which the reader keeps only in the raw text.
 */
function withHeadTitle(found: TitleMeta, document: Document): TitleMeta {
  if (found.title !== null || document.shape !== "html") return found;
  const head = headTitle(document.text);
  if (head === null) return found;
  const line: Line = { index: -1, kind: "text", text: head, tokens: [], source: documentStart(), reliable: false };
  // Read off the page's head, the title stands at no place of the text.
  const { source: _, ...title } = findTitle([line]);
  return title.title === null ? found : title;
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
