/**
 * The title of a report (政府信息公开工作年度报告 and its pre-2019 forms): the line holding a title key, or two or
 * three short lines whose joined text holds one (a title wrapped in PDF text); the issuing body before the key
 * and the statistical year, from the title or a year-only line beside it.
 */
import type { ReportMeta } from "../schema/report.js";
import { readNumeral } from "./chinese-numbers.js";
import { documentHeadings } from "./headings.js";
import { toSimplified } from "./labels.js";
import type { Line } from "./lines.js";
import { compact, isShortPlain } from "./signature.js";

/** What the title yields. */
export interface TitleMeta extends Pick<ReportMeta, "title" | "orgName" | "year"> {
  /** The year was read off a line of its own beside the title (2020年度 above or below it), not the title. */
  yearBeside?: true;
}

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
/**
 * What a title set in 书名号 or a notice's wording leaves around the body's name: 关于《, 《, 关于公布 (after the
 * body: 某局关于《2020年…》).
 */
const CITING = /^关于(?:公布|印发|发布)?《?|^《|关于(?:公布|印发|发布)?《?$|《$/gu;
/** A line that is no body's name: a document number (洪政办发〔2025〕3号) or a breadcrumb (首页 > 政务公开). */
const NOT_BODY = /[〔［[]\s*\d{4}\s*[〕］\]]\s*\d+\s*号|[>＞»]/u;
/** A breadcrumb (首页 / 政务公开 / 年报, 首页 → 政务公开 → 年度报告): two separators between words. */
const BREADCRUMB = /(?:[>＞»→/／]|\s-\s)[^>＞»→/／]*(?:[>＞»→/／]|\s-\s)/u;
/**
 * A separator of a breadcrumb or a nav bar, which no title prints (首页 > 年报, 首页 | 年报, 公开 · 年报, 首页 / 年报,
 * 首页 - 年报): a line holding one beside a title key is the site's chrome, even with one separator.
 */
const NAV_SEPARATOR = /[>＞»→|｜·]|\s[-/／]\s/u;
/** A field label a CMS header prints before the title (标题：, 名称：). */
const FIELD_LABEL = /^(?:标\s*题|名\s*称|文章标题|title)\s*[:：]\s*/iu;
/** A year set as Markdown math before 年 (`$2023$ 年`), with the space after it. */
const MATH_YEAR = /\$\s*((?:[0-9]\s*){4})\$\s*(?=年)/gu;
/** A site's name a page <title> adds after the report's (…工作年度报告_淮安市人民政府, …报告 - 某市政府网). */
const SITE_SUFFIX = /^\s*(?:[_＿|｜]|\s-\s).*$/u;
/** Brackets left around a year printed before the body (【2024年度】某局…, （2024年度）某局…). */
const YEAR_BRACKETS = /^[【】（）()[\]\s]+|[【】（）()[\]\s]+$/gu;
const YEAR_IN_TITLE = /([0-9０-９][0-9０-９\s]{3,6}|[〇零○OＯ一二三四五六七八九]{4})\s*年度?/u;
const MAX_TITLE = 80;
/** A sentence that names a title (现将…报告公布如下：), not a title: sentence punctuation or a leading verb. */
const SENTENCE = /[，,：:；;]|^(?:现将|现予|特将|根据|按照|依据|依照)/u;
/** A line holding only a bracketed year, printed under a title without one: （2016年度）. */
const YEAR_BELOW = /^[（(]\s*[0-9０-９]{4}\s*年度?\s*[)）]$/u;
/** A line holding only a year, unbracketed (2020年度, 二〇二〇年), printed above or below a title without one. */
const YEAR_LINE = /^(?:[0-9０-９]{4}|[〇零○OＯ一二三四五六七八九]{4})\s*年度?$/u;
/** The end of an administrative division's name (省, 市, 区, 县, 州, 盟, 旗). */
const DIVISION_END = /[省市区县州盟旗]$/;

function titleYear(title: string): { year: number | null; index: number; length: number } {
  const m = YEAR_IN_TITLE.exec(title);
  if (!m) return { year: null, index: -1, length: 0 };
  const year = readNumeral(compact(m[1]!).normalize("NFKC"));
  return { year: year !== null && year >= 1990 && year <= 2100 ? year : null, index: m.index, length: m[0].length };
}

/**
 * The text a line may print a title in: a text line's, or a table row's that is one cell (a CMS article header
 * laid out as a table) or a field label and one cell (名称： | …报告); null for other rows.
 */
function lineTitle(l: Line): string | null {
  if (l.kind === "text") return l.text;
  const cells = l.tokens;
  if (cells.length === 1) return cells[0]!.raw.trim();
  if (cells.length === 2 && FIELD_LABEL.test(`${compact(cells[0]!.raw).replace(/[:：]$/u, "")}：`))
    return cells[1]!.raw.trim();
  return null;
}

/**
 * A title as printed, without a field label before it (Title:, 名称：) or a site's name after its key
 * (…报告_淮安市人民政府).
 */
function cleanTitle(text: string): string {
  const label = FIELD_LABEL.exec(text);
  let out = label ? text.slice(label[0].length) : text;
  // A Markdown heading mark a converter escaped (`\# 2023年…报告` reads `# 2023年…报告`, or keeps its backslash in text).
  if (out.startsWith("#") || out.startsWith("\\#")) out = out.replace(/^\\?#+\s+/u, "");
  // A year a PDF-to-Markdown converter set as math (MinerU: `$2023$ 年`, `$2 0 2 3$ 年`).
  if (out.includes("$")) out = out.replace(MATH_YEAR, (_, digits: string) => compact(digits));
  let end = -1;
  for (const key of TITLE_KEYS) {
    const at = out.lastIndexOf(key);
    if (at >= 0) end = Math.max(end, at + key.length);
  }
  return end >= 0 && SITE_SUFFIX.test(out.slice(end)) ? out.slice(0, end) : out;
}

/** A line's title key, when it holds one: its compacted, simplified text; null otherwise. */
function titleText(l: Line): string | null {
  // Every title key holds 报 (报告, 年报; 報 in traditional script): a line without it is skipped first.
  if (l.text.length > 2 * MAX_TITLE || (!l.text.includes("报") && !l.text.includes("報"))) return null;
  const printed = lineTitle(l);
  if (printed === null || printed.length > MAX_TITLE) return null;
  if (printed.includes("。")) return null;
  const title = cleanTitle(printed);
  // A breadcrumb ends with the page's name (首页 / 政务公开 / 政府信息公开年报): no title.
  if (BREADCRUMB.test(title) || NAV_SEPARATOR.test(title)) return null;
  const text = toSimplified(compact(title));
  return holdsTitleKey(text) ? text : null;
}

/**
 * Whether a compacted text holds a title key outside a cited title (本报告根据《…政府信息公开工作年度报告格式》 cites
 * the format, it is no title).
 */
function holdsTitleKey(text: string): boolean {
  // A key in an open 《 is a title set in 书名号 (《某局2023年政府信息公开工作年度报告》), unless 格式 follows it.
  for (const key of TITLE_KEYS) {
    const at = text.indexOf(key);
    if (at < 0) continue;
    const opened = text.lastIndexOf("《", at);
    if (opened <= text.lastIndexOf("》", at)) return true;
    // Set in 书名号 only when that 《 is the text's first and is closed after the key (a PDF line cut inside a
    // citation, 本报告根据《条例》和《…工作年度报告 / 格式》, is not).
    if (text.indexOf("《") === opened && text.includes("》", at) && !text.startsWith("格式", at + key.length))
      return true;
  }
  return false;
}

/**
 * The index of the title line; -1 for none. Among the lines before the first section heading (the whole
 * document when it has none): the last holding a title key and a year (a sidebar listing the site's other
 * reports comes before the article's own title), else the first holding a key and more (a body), else the
 * first that is only a key (a CMS menu item such as 政府信息公开年报 is only a key). A report without a
 * candidate there takes the first line holding a key and more after it, else the first that is only a key.
 */
function titleLine(lines: readonly Line[]): number {
  const { matches } = documentHeadings(lines);
  let end = matches.findIndex((m) => m !== null);
  if (end < 0) end = lines.length;
  const head = candidates(lines, 0, end, end < lines.length);
  if (head.dated >= 0) return head.dated;
  if (head.more >= 0) return head.more;
  if (head.bare >= 0) return head.bare;
  const rest = candidates(lines, end, lines.length, false);
  return rest.dated >= 0 ? rest.dated : rest.more >= 0 ? rest.more : rest.bare;
}

/**
 * The title candidates of lines from … to: the last (or, `last` false, the first) holding a key and a year,
 * the first holding a key and more, the first that is only a key.
 */
function candidates(
  lines: readonly Line[],
  from: number,
  to: number,
  last: boolean,
): { dated: number; more: number; bare: number } {
  let dated = -1;
  let more = -1;
  let bare = -1;
  for (let i = from; i < to; i++) {
    const text = titleText(lines[i]!);
    if (text === null) continue;
    if (TITLE_KEYS.includes(text)) {
      if (bare < 0) bare = i;
    } else if (titleYear(text).year !== null) {
      if (dated < 0 || (last && !SENTENCE.test(text))) dated = i;
    } else if (more < 0) more = i;
  }
  return { dated, more, bare };
}

/** Lines from the start a title wrapped over several lines is looked for in. */
const SPLIT_TITLE_SCAN = 40;
/** The most lines a title wraps over. */
const SPLIT_TITLE_LINES = 3;

/**
 * A title wrapped over two or three short lines (`溧水区农业农村局2020年政府信息公开` / `工作年度报告`), when no line
 * holds a title key alone: the first lines whose joined text holds one, within the first SPLIT_TITLE_SCAN lines.
 */
function splitTitle(lines: readonly Line[]): { from: number; to: number; text: string } | null {
  const scan = Math.min(lines.length, SPLIT_TITLE_SCAN);
  for (let from = 0; from < scan; from++) {
    let text = "";
    for (let to = from; to < scan && to < from + SPLIT_TITLE_LINES; to++) {
      const l = lines[to]!;
      if (l.kind !== "text" || l.text.includes("。")) break;
      text += l.text;
      if (text.length > MAX_TITLE) break;
      if (to > from && holdsTitleKey(toSimplified(compact(text)))) return { from, to: to + 1, text };
    }
  }
  return null;
}

/**
 * The title of a report's lines (joined when split over lines), the issuing body it names and its year (from
 * the title, or a year-only line beside it); nulls when no line holds a title key.
 */
export function findTitle(lines: readonly Line[]): TitleMeta {
  const at = titleLine(lines);
  if (at >= 0) return titleAt(lines, at, at + 1, cleanTitle(lineTitle(lines[at]!) ?? ""));
  const split = splitTitle(lines);
  return split === null ? { title: null, orgName: null, year: null } : titleAt(lines, split.from, split.to, split.text);
}

/** A line holding only a year (2020年度, 二〇二〇年, （2020年度）): its year, or null. */
function yearOnly(l: Line | undefined): number | null {
  if (l?.kind !== "text") return null;
  const text = l.text.trim();
  return YEAR_BELOW.test(text) || YEAR_LINE.test(text) ? titleYear(text).year : null;
}

/**
 * The title, body and year of the title printed on lines from … to (`line`, their text joined): the year from
 * the title, else a year-only line right above or below it, else a short line above holding the body and year
 * (`溧水区农业农村局2020年` / `政府信息公开工作年度报告`).
 */
function titleAt(lines: readonly Line[], from: number, to: number, line: string): TitleMeta {
  const found = titleParts(lines, from, to, line);
  if (found.year !== null) return found;
  const year = yearOnly(lines[to]) ?? yearOnly(lines[from - 1]);
  return year === null ? found : { ...found, year, yearBeside: true };
}

function titleParts(lines: readonly Line[], from: number, to: number, line: string): TitleMeta {
  const prev = lines[from - 1]?.text ?? "";
  const below = yearBelow(line, lines[to], prev);
  if (below !== null) return below;
  const y = titleYear(line);
  // Without a year, the body is what precedes the key (`2024年` / `淮安市人民政府政府信息公开工作年度报告`).
  const before = y.index >= 0 ? line.slice(0, y.index).trim() : beforeKey(line);
  // A title that opens with its year and goes straight on to the key (`2022年政府信息公开工作年度报告`) names
  // its body on the line above; one naming its body after the year (`2023年某局…报告`) does not.
  if (y.index >= 0 && before.replace(CITING, "") === "" && keyFollows(line, y) && isBodyLine(prev)) {
    // A long body's name wraps too (`徐州市贾汪区` / `青山泉镇人民政府` / `2022年…报告`): a short line above
    // that ends with an administrative division is its head.
    const head = lines[from - 2];
    const org =
      head?.kind === "text" && DIVISION_END.test(head.text) && isShortPlain(head.text + prev)
        ? `${head.text}${prev}`
        : prev;
    return { title: `${org}${line}`, orgName: org, year: y.year };
  }
  // A line above that is only a year is no body's name (titleAt reads its year).
  const above = titleYear(prev);
  const yearAbove = above.year !== null && above.index + above.length === prev.length;
  if (y.index < 0 && isBodyLine(prev) && !(yearAbove && above.index === 0)) {
    // The body and the year on the line above (溧水区农业农村局2020年 / 政府信息公开工作年度报告).
    if (yearAbove) return { title: `${prev}${line}`, orgName: prev.slice(0, above.index).trim(), year: above.year };
    // The year and the body on the line above (2023年兰溪市卫生健康局 / 政府信息公开工作年度报告).
    if (above.index === 0 && above.year !== null && before === "") {
      const org = prev.slice(above.length).replace(YEAR_BRACKETS, "");
      return { title: `${prev}${line}`, orgName: org === "" ? null : org, year: above.year };
    }
    if (before === "") {
      // A year-only line above the body's (`2023年` / `某局` / `政府信息公开工作年度报告`) opens the title too.
      const head = lines[from - 2];
      const year = yearOnly(head);
      if (year !== null) return { title: `${head!.text.trim()}${prev}${line}`, orgName: prev, year };
      return { title: line, orgName: prev, year: null };
    }
  }
  // A title whose year comes after its key (…工作年度报告（2024年度）): the body is what precedes the key, out of
  // the title's 书名号 (《…报告》, 关于《…》的公告).
  const cited = beforeKey(before);
  // A title in 书名号 inside a notice (某办公室关于公布《某区人民政府2024年…》): the body is the one in 书名号.
  const inner = cited.slice(cited.lastIndexOf("《") + 1);
  let org = (inner !== "" ? inner : cited).replace(CITING, "").replace(FIELD_LABEL, "").replace(YEAR_BRACKETS, "");
  if (org === "" && y.index >= 0) {
    const after = line.slice(y.index + y.length);
    const key = TITLE_KEYS.map((k) => after.indexOf(k.slice(0, 4))).find((i) => i >= 0) ?? -1;
    org = key > 0 ? after.slice(0, key).replace(YEAR_BRACKETS, "") : "";
  }
  return { title: line, orgName: org === "" ? null : org, year: y.year };
}

/** Whether a title key (or its first four characters, 政府信息) follows the title's year with nothing between. */
function keyFollows(line: string, y: { index: number; length: number }): boolean {
  const after = line.slice(y.index + y.length).trimStart();
  return TITLE_KEYS.some((k) => after.startsWith(k.slice(0, 4))) || after.startsWith("政务公开");
}

/**
 * A title without a year whose next line holds only the year in brackets (政府信息公开工作年度报告 / （2016年度）):
 * the year is that line's, the body the text before the title key — or, for a title that is only a key, the
 * short line above it (`prev`).
 */
function yearBelow(title: string, next: Line | undefined, prev: string): TitleMeta | null {
  if (next?.kind !== "text" || titleYear(title).index >= 0) return null;
  const text = next.text.trim();
  if (!YEAR_BELOW.test(text)) return null;
  const year = titleYear(text).year;
  const org = beforeKey(title);
  if (org !== "" && org !== title) return { title, orgName: org, year };
  if (isBodyLine(prev)) return { title: `${prev}${title}`, orgName: prev, year };
  return { title, orgName: null, year };
}

/**
 * Whether the line above a title may hold the body's name: short and plain (no sentence, no date), and no document
 * number, breadcrumb or title of its own.
 */
function isBodyLine(text: string): boolean {
  return (
    isShortPlain(text) && !NOT_BODY.test(text) && !BREADCRUMB.test(text) && !TITLE_KEYS.some((k) => text.includes(k))
  );
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
