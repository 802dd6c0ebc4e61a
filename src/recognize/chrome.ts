/**
 * Site chrome and page furniture as data: lines that web pages, Word exports and PDF text add around a
 * report and that must never land in sections or tables (publication stamps, visit counters, font-size
 * switches, print/close/share links, breadcrumbs, index numbers, page numbers, Word bookmarks).
 */
import { DASHED_PAGE_NUMBER, PAGE_OF_PAGES } from "../shapes/source-lines.js";

/** Whole-line chrome: a line (trimmed, NFKC) matching one of these is dropped. */
export const CHROME_LINE_PATTERNS: readonly RegExp[] = [
  /^发布(时间|日期)[:：]/,
  /^(访问|浏览|阅读|点击)(次数|量)[:：]?\s*[[【]?\d*[\]】]?$/,
  /^[【[]?字体(大小)?[:：]?\s*[【[]?大[】\]]?\s*[【[]?中[】\]]?\s*[【[]?小[】\]]?[】\]]?$/,
  /^字号[:：]/,
  // Page links, one or more, bracketed or not, with or without spaces between (【打印本页】【关闭窗口】).
  /^[【[]?(打印|打印本页|打印此页|关闭|关闭窗口|关闭本页|分享|分享到|收藏|收藏本页|返回顶部|我要纠错|纠错|无障碍浏览)[】\]]?(\s*[【[]?(打印|打印本页|打印此页|关闭|关闭窗口|关闭本页|分享|分享到|收藏|收藏本页|返回顶部|我要纠错|纠错|无障碍浏览)[】\]]?)*$/,
  /^分享到[:：]/,
  /^扫一扫[^。，,]{0,12}(手机|打开|查看)[^。，,]{0,12}$/,
  /^相关(链接|文件|附件|阅读|文章|信息)[:：]?$/,
  /^(上一篇|下一篇)[:：]/,
  /^网站地图(\s*[|｜]\s*[^|｜\d]{2,6})*$/,
  /^主办(单位)?[:：][^。，,（(]*$/,
  /^网站标识码[:：]?\s*\d+/,
  /^.{0,4}ICP备\s*\d+号(-\d+)?$/,
  /^.{0,4}公网安备\s*\d+号$/,
  /^版权所有[:：]|^(Copyright|©)/i,
  /^建议使用.{0,20}分辨率/,
  /^[【[]?(信息|文章)?来源[:：][^。]*[】\]]?$/,
  /^(责任)?编辑[:：]\s*\S{1,10}$/,
  // 当前位置：, 您的位置：, 您现在的位置：, 您当前所在位置：, 所在位置：, 位置：.
  /^(?:您|你)?(?:现在|当前)?(?:所在)?的?位置[:：](?!.*[。，,])/,
  // Breadcrumbs (首页 > 政务公开 > 年报); a line with `<` is prose that shows markup, not a breadcrumb.
  /^[^<]*>[^<]*>[^<]*$/,
  /[(（]图解版[)）]$/,
  /^[0-9A-Z]{8,}\/\d{4}-\d+$/,
  /^索引号[:：]/,
  // Page numbers, as the shapes' page furniture reads them (`- 3 -`, `— 3 / 9 —`, `第 3 页 共 9 页`).
  new RegExp(`^${DASHED_PAGE_NUMBER}$`, "iu"),
  new RegExp(`^${PAGE_OF_PAGES}$`, "u"),
  /^—#—$/,
];

/** Inline chrome: removed wherever it appears inside a line (Word bookmarks, form feeds). */
export const CHROME_INLINE_PATTERNS: readonly RegExp[] = [/\[bookmark:[^\]]*\]/g, /\f/g];

/** True when a whole line (or cell) is site chrome or page furniture. */
export function isChromeLine(line: string): boolean {
  if (line.length > CACHE_MAX_LENGTH) return testChrome(line);
  let out = chromeCache.get(line);
  if (out === undefined) {
    out = testChrome(line);
    if (chromeCache.size >= CACHE_LIMIT) chromeCache.clear();
    chromeCache.set(line, out);
  }
  return out;
}

/** Lines and cells repeat (headers, units, page furniture): each distinct text is tested once. */
const chromeCache = new Map<string, boolean>();
const CACHE_LIMIT = 4096;
const CACHE_MAX_LENGTH = 200;

function testChrome(line: string): boolean {
  const text = stripInlineChrome(line).normalize("NFKC").trim();
  if (text === "") return false;
  return CHROME_LINE_PATTERNS.some((p) => p.test(text));
}

/** Whether a text may hold inline chrome at all (a bookmark or a form feed). */
function mayHoldInlineChrome(text: string): boolean {
  return text.includes("[bookmark:") || text.includes("\f");
}

/** Removes inline chrome (bookmarks, form feeds) from a text, keeping everything else verbatim. */
export function stripInlineChrome(text: string): string {
  if (!mayHoldInlineChrome(text)) return text;
  let out = text;
  for (const p of CHROME_INLINE_PATTERNS) out = out.replace(p, "");
  return out;
}

/** Replaces inline chrome with spaces of the same length, so positions in the text stay valid. */
export function maskInlineChrome(text: string): string {
  if (!mayHoldInlineChrome(text)) return text;
  let out = text;
  for (const p of CHROME_INLINE_PATTERNS) out = out.replace(p, (m) => " ".repeat(m.length));
  return out;
}

/** A text with inline chrome removed, or "" when the whole text is chrome. */
export function cleanChrome(text: string): string {
  return isChromeLine(text) ? "" : stripInlineChrome(text);
}
