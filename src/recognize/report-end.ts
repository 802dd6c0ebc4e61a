/**
 * Where a report's text ends on a web page. CMSs print furniture after the report: a 相关链接/相关文件 list of
 * other articles (each with its date), 上一篇/下一篇, the attachment's file link (附件：….pdf), 相关解读, print and
 * share buttons, a footer (网站标识码, ICP number, visit counter, 最后更新). From the first such line after the
 * last section heading on, nothing is text of the report: no section's text, and no signature (落款) — a
 * signature is the body and the date at the end of the report's own text, before the furniture.
 */
import type { Document } from "../document.js";
import { recordedOffset } from "../shapes/offsets.js";
import { isChromeLine } from "./chrome.js";
import { findDate } from "./dates.js";
import { documentHeadings } from "./headings.js";
import type { Line } from "./lines.js";
import { matchSubheading } from "./subheadings.js";

/**
 * Chrome lines (dropped before recognition) that open a page's furniture: page buttons, 相关… lists,
 * 上一篇/下一篇, site footers. Publication stamps, sources, breadcrumbs and page numbers open none (a page prints
 * them above the report, a PDF on every page).
 */
const FURNITURE_CHROME =
  /^(?:[【[]?(?:打印|关闭|分享|收藏|返回顶部|我要纠错|纠错)|相关(?:链接|文件|附件|阅读|文章|信息|解读)|上一篇|下一篇|网站地图|主办|网站标识码|版权所有|Copyright|©|建议使用|扫一扫|(?:责任)?编辑[:：])/iu;

/** Whether a chrome line opens a page's furniture (FURNITURE_CHROME, or a footer's ICP or 公网安备 number). */
function opensFurniture(chrome: string): boolean {
  const text = chrome.normalize("NFKC");
  return FURNITURE_CHROME.test(text) || text.includes("ICP备") || text.includes("公网安备");
}

/** An attachment's file link (附件：某局2023年…年度报告.pdf, 附件1：统计表.xls), NFKC-normalised and trimmed. */
export const ATTACHMENT_LINK = /^附件\s*\d*\s*[:：].{1,100}\.(?:pdf|docx?|xlsx?|wps|et|ofd|zip|rar)$/iu;

/**
 * Lines kept as text that are furniture: the first after the last section heading ends the report's text. None
 * holds a sentence's end (。): a line of prose opening with such a word (扫码关注…即可查看。) stays.
 */
const FURNITURE_LINES: readonly RegExp[] = [
  // The attachment's file link (附件：某局2023年…年度报告.pdf, 附件1：统计表.xls), a download box.
  ATTACHMENT_LINK,
  /^附件下载\s*[:：]?$/u,
  /^(?:相关|政策|图文|图片|视频)解读\s*[:：]/u,
  /^(?:政府)?网站标识码/u,
  /ICP备\s*\d+号|公网安备\s*\d+号/u,
  /^您是(?:本站)?第\s*\d+\s*位/u,
  /^[(（]?\s*(?:责任)?编辑\s*[:：]/u,
  /^扫码关注[^，,（(]*$/u,
  /^(?:首页\s*)?上一页(?:\s*\d+)*\s*下一页/u,
  /^(?:阅读|浏览|访问|点击)(?:次数|量)\s*[:：]/u,
  /^最后(?:更新|修改)(?:时间|日期)?\s*[:：]/u,
  // 主办单位：某委（政务公开培训班） is prose; 主办单位：某办 alone is chrome already.
  /^技术支持\s*[:：][^，,（(]*$/u,
  // A footer naming the site's owner, its year or date after it (某市人民政府版权所有 2024-01-01, 版权所有：某办,
  // Copyright ©); a line of text going on after 版权所有 (版权所有标识和隐私声明等内容) is none.
  /版权所有\s*(?:$|[:：©(（]|\d|Copyright)|^Copyright\b|^©/iu,
];

/**
 * A listed article's title ends with a kind of document (…年度报告, …的通知, …工作要点) or names a subject or a
 * year (关于…, 《…》, 2022年…); a body's name (某市自然资源和规划局) does neither.
 */
const ARTICLE =
  /(?:报告|通知|公告|通告|意见|办法|方案|要点|规划|预算|决算|说明|总结|计划|细则|规定|决定|批复|解读)$|关于|《|[0-9]{4}\s*年/u;
/** A numbered line (1. 一、 （一） 一是): an item of the report, never a listed article. */
const NUMBERED = /^(?:[0-9]+\s*[.、．]|[一二三四五六七八九十]+\s*[、是.]|[(（])/u;
/** A date at a text's end, bracketed or not (… 2024-01-25, …[2024-01-25], …（2024年1月25日）). */
const TRAILING_DATE =
  /[[【(（]?\s*(?:\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*[\]】)）]?$/u;
/** The longest title of a listed article. */
const MAX_ARTICLE = 80;
/** The longest body's name in a signature. */
const MAX_ORG = 40;
/** The longest date after a listed article's title (a spaced 年月日 date in brackets). */
const MAX_DATE = 30;

/**
 * The index of the last section heading outside `skip` (六、其他需要报告的事项, 附件), or -1. A line of furniture
 * read as an annex heading (附件下载：) is none.
 */
export function lastHeading(lines: readonly Line[], skip: ReadonlySet<number>): number {
  const { matches } = documentHeadings(lines);
  for (let i = matches.length - 1; i >= 0; i--) {
    if (matches[i] !== null && !skip.has(lines[i]!.index) && !isFurnitureLine(lines[i]!.text)) return i;
  }
  return -1;
}

/** The characters a furniture line opens with (NFKC), when it does not hold an ICP or 公网安备 number. */
const FURNITURE_FIRST = new Set([..."附相政图视网您(（责编扫首上阅浏访点最技"]);

/** Sentence punctuation (full-width; ASCII `;`): a line holding it is prose (a visitor count's 1,234 is not). */
const PROSE_MARKS = /[。，；;！？]/u;

/** Whether a line kept as text is furniture (FURNITURE_LINES). */
function isFurnitureLine(text: string): boolean {
  // Most lines open with none of these characters (NFKC keeps the ideographs; （ is in the set, ＩＣＰ looked for).
  const first = text.charAt(0);
  if (!FURNITURE_FIRST.has(first) && !/ICP|ＩＣＰ|公网安备|版权所有|^(?:Copyright|©|Ｃｏｐｙｒｉｇｈｔ)/iu.test(text))
    return false;
  // A sentence (政策解读：全年发布政策解读12篇，…) is prose, whatever word opens it.
  if (PROSE_MARKS.test(text)) return false;
  const normal = text.normalize("NFKC");
  return FURNITURE_LINES.some((p) => p.test(normal));
}

/**
 * The offset of the first furniture chrome line of `document` after line `heading` (相关链接, 上一篇：…, 【打印】:
 * lines removed as chrome, so only the document shows them), or +Infinity.
 */
function chromeAfter(document: Document, lines: readonly Line[], heading: number): number {
  const after = lines[heading]!.source.offset;
  const blocks = document.blocks;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    // Blocks wholly before the heading hold none (a block ends where the next starts).
    if (block.kind !== "text" || (blocks[b + 1]?.position.offset ?? Number.POSITIVE_INFINITY) <= after) continue;
    const origin = block.position;
    const text = block.text;
    // A block of plain text maps offsets one to one: its parts before the heading are not looked at.
    const exact = recordedOffset(origin, 0) === undefined;
    let from = exact && after > origin.offset ? text.lastIndexOf("\n", after - origin.offset) + 1 : 0;
    while (from <= text.length) {
      const newline = text.indexOf("\n", from);
      const to = newline < 0 ? text.length : newline;
      const part = text.slice(from, to).trim();
      // Each part was looked at as chrome when the lines were made: the answer is cached.
      if (part !== "" && isChromeLine(part) && opensFurniture(part)) {
        const offset = recordedOffset(origin, from) ?? origin.offset + from;
        if (offset > after) return offset;
      }
      if (newline < 0) break;
      from = newline + 1;
    }
  }
  return Number.POSITIVE_INFINITY;
}

/**
 * The index of the first line of a page's furniture after the report among the `lines` of `document`
 * (lines.length when none): the first line after the last section heading outside `skip` (the tables' lines)
 * that is furniture (FURNITURE_LINES), a listed article (its title and date), or follows a furniture chrome
 * line (相关链接, 上一篇：…: dropped from the lines, so looked for in the document). recognizeDocument finds it once
 * and hands it to the metadata, the signature and the sections, which read only the lines before it.
 */
export function reportEnd(document: Document, lines: readonly Line[], skip: ReadonlySet<number>): number {
  const heading = lastHeading(lines, skip);
  return heading < 0 ? lines.length : endAfter(lines, skip, heading, chromeAfter(document, lines, heading));
}

/** The first line of furniture after line `heading`, a chrome line at offset `chrome` included. */
function endAfter(lines: readonly Line[], skip: ReadonlySet<number>, heading: number, chrome: number): number {
  for (let k = heading + 1; k < lines.length; k++) {
    const line = lines[k]!;
    if (skip.has(line.index)) continue;
    if (chrome !== Number.POSITIVE_INFINITY && line.source.offset > chrome) return k;
    if (isListedArticle(lines, k, skip)) return k;
    // A line above the signature (附件：….xls / 某局 / 2024年1月22日, as 公文 place an attachment; 政策解读：… ) ends
    // nothing: the report goes on to its signature.
    // Only an attachment may stand right over a bare date (最后更新： / 2025-06-30 is a footer).
    if (isFurnitureLine(line.text) && !signedAfter(lines, k, skip, !line.text.startsWith("附件"))) return k;
  }
  return lines.length;
}

/** A further attachment line (附件2：….docx, or a numbered file of a list: 2.统计表.xls). */
const MORE_ATTACHMENT = /^(?:附件\s*\d*\s*[:：]|\d{1,2}\s*[.、．]).{1,100}\.(?:pdf|docx?|xlsx?|wps|et|ofd|zip|rar)$/iu;

/**
 * Whether a signature follows line k (past any further attachment lines): a line that is only a date (unless
 * `named`), a body's name (on one line or two) over one, or a body's name and a date on one line.
 */
function signedAfter(lines: readonly Line[], k: number, skip: ReadonlySet<number>, named: boolean): boolean {
  let next = nextText(lines, k, skip);
  while (next >= 0 && MORE_ATTACHMENT.test(lines[next]!.text.normalize("NFKC"))) next = nextText(lines, next, skip);
  for (let names = 0; next >= 0 && names <= 2; names++) {
    const text = lines[next]!.text;
    if (isDateOnly(text)) return names > 0 || !named;
    const date = TRAILING_DATE.exec(text.normalize("NFKC"));
    const name = date !== null && date.index > 0 ? text.normalize("NFKC").slice(0, date.index).trim() : text;
    if (!isBodyName(name)) return false;
    if (date !== null && date.index > 0) return true;
    next = nextText(lines, next, skip);
  }
  return false;
}

/** Whether a text may be a body's name in a signature: short, no sentence punctuation, no listed title. */
const isBodyName = (text: string): boolean =>
  text.length > 0 && text.length <= MAX_ORG && !SENTENCE_MARKS.test(text) && titleOf(text) === "none";

/**
 * Whether line k is an entry of a list of articles: a title and its date on one line (a row of two cells or a
 * text line), or a title over a line that is only its date, followed by another entry's title. One title over
 * a date is no list: it may be a signature (特此报告 / 2025年1月10日).
 */
function isListedArticle(lines: readonly Line[], k: number, skip: ReadonlySet<number>): boolean {
  const entry = titleOf(lines[k]!.text);
  if (entry === "none") return false;
  const date = nextText(lines, k, skip);
  // A dated title ends the report when nothing, another entry, a date or furniture follows it: a document cited
  // with its date among the section's prose (《…工作要点》（2024年3月1日）) is none.
  if (entry === "dated") {
    const next = date < 0 ? "" : lines[date]!.text;
    return date < 0 || titleOf(next) !== "none" || isDateOnly(next) || isFurnitureLine(next);
  }
  if (date < 0 || !isDateOnly(lines[date]!.text)) return false;
  const after = nextText(lines, date, skip);
  return after >= 0 && titleOf(lines[after]!.text) !== "none";
}

/** How a line reads as a listed article: a title and its date (`dated`), a title alone (`plain`), or none. */
function titleOf(line: string): "dated" | "plain" | "none" {
  // A title and a bracketed date at the most, without sentence punctuation (NFKC keeps or folds it as such).
  if (line.length > MAX_ARTICLE + MAX_DATE || SENTENCE_MARKS.test(line)) return "none";
  const text = line.normalize("NFKC");
  const date = TRAILING_DATE.exec(text);
  if (date !== null && date.index > 0) return isArticleTitle(text.slice(0, date.index).trim()) ? "dated" : "none";
  return isArticleTitle(text) ? "plain" : "none";
}

/** The index of the first line after line k outside `skip`, or -1. */
function nextText(lines: readonly Line[], k: number, skip: ReadonlySet<number>): number {
  for (let i = k + 1; i < lines.length; i++) if (!skip.has(lines[i]!.index)) return i;
  return -1;
}

/** Whether a text is only a date (spaces aside). */
function isDateOnly(line: string): boolean {
  if (line.length > MAX_DATE) return false;
  const text = line.normalize("NFKC").replace(/\s+/gu, "");
  const found = findDate(text);
  return found !== null && found.index === 0 && found.length === text.length;
}

/** Sentence punctuation, full-width or not: no listed article's title holds it. */
const SENTENCE_MARKS = /[。，,；;：:！!？?]/u;

/** A listed article's title: short, naming a document or a year, without sentence punctuation or numbering. */
function isArticleTitle(text: string): boolean {
  return (
    text.length > 0 &&
    text.length <= MAX_ARTICLE &&
    !SENTENCE_MARKS.test(text) &&
    !NUMBERED.test(text) &&
    !text.startsWith("特此") &&
    matchSubheading(text) === null &&
    ARTICLE.test(text) &&
    findDate(text) === null
  );
}
