/**
 * The parts of a report's title once its line is found: the title keys and the year a title prints, and the
 * issuing body and statistical year read off the title and the lines beside it (a year-only line, a body's
 * name wrapped above, a year bracketed below).
 */

import { readNumeral } from "./chinese-numbers.js";
import type { Line } from "./lines.js";
import { compact, isShortPlain } from "./signature.js";
import type { TitleMeta } from "./title.js";

const TITLE_KEY = "政府信息公开工作年度报告";
/**
 * Title keys; pre-2019 reports also say 工作报告 and 年报 (…2012年政府信息公开工作报告, …2011年度政府信息公开年报); web
 * pages say 政府信息公开报告, 政务公开工作报告, 关于…政府信息公开工作情况的报告, …年度信息公开工作年度报告. The keys that
 * do not start 政府信息 come last (the body's name is what stands before the first key found).
 */
export const TITLE_KEYS = [
  TITLE_KEY,
  "政府信息公开年度报告",
  "政务公开工作年度报告",
  "政府信息公开工作报告",
  "政府信息公开工作年报",
  "政府信息公开年报",
  "政府信息公开报告",
  "政府信息公开工作情况的报告",
  "政府信息公开工作情况报告",
  "政务公开工作报告",
  "信息公开工作年度报告",
];
/**
 * What a title set in 书名号 or a notice's wording leaves around the body's name: 关于《, 《, 关于公布 (after the
 * body: 某局关于《2020年…》).
 */
const CITING = /^关于(?:公布|印发|发布)?《?|^《|关于(?:公布|印发|发布)?《?$|《$/gu;
/** A line that is no body's name: a document number (洪政办发〔2025〕3号) or a breadcrumb (首页 > 政务公开). */
const NOT_BODY = /[〔［[]\s*\d{4}\s*[〕］\]]\s*\d+\s*号|[>＞»]/u;
/** A breadcrumb (首页 / 政务公开 / 年报, 首页 → 政务公开 → 年度报告): two separators between words. */
export const BREADCRUMB = /(?:[>＞»→/／]|\s-\s)[^>＞»→/／]*(?:[>＞»→/／]|\s-\s)/u;
/** A field label a CMS header prints before the title (标题：, 名称：). */
export const FIELD_LABEL = /^(?:标\s*题|名\s*称|文章标题|title|附件\s*\d*)\s*[:：]\s*/iu;
/** Brackets left around a year printed before the body (【2024年度】某局…, （2024年度）某局…). */
const YEAR_BRACKETS = /^[【】（）()[\]\s]+|[【】（）()[\]\s]+$/gu;
const YEAR_IN_TITLE = /([0-9０-９][0-9０-９\s\u200b-\u200d\u2060]{3,6}|[〇零○OＯ一二三四五六七八九]{4})\s*年度?/u;
/** A line holding only a bracketed year, printed under a title without one: （2016年度）. */
const YEAR_BELOW = /^[（(]\s*[0-9０-９]{4}\s*年度?\s*[)）]$/u;
/** A line holding only a year, unbracketed (2020年度, 二〇二〇年), printed above or below a title without one. */
const YEAR_LINE = /^(?:[0-9０-９]{4}|[〇零○OＯ一二三四五六七八九]{4})\s*年度?$/u;
/** The end of an administrative division's name (省, 市, 区, 县, 州, 盟, 旗). */
const DIVISION_END = /[省市区县州盟旗]$/;

/**
 * The year a title prints (four digits or numerals before 年 or 年度) and where it stands; the year is null for
 * none or one outside 1990–2100.
 */
export function titleYear(title: string): { year: number | null; index: number; length: number } {
  const m = YEAR_IN_TITLE.exec(title);
  if (!m) return { year: null, index: -1, length: 0 };
  const year = readNumeral(compact(m[1]!).normalize("NFKC"));
  return { year: year !== null && year >= 1990 && year <= 2100 ? year : null, index: m.index, length: m[0].length };
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
export function titleAt(lines: readonly Line[], from: number, to: number, line: string): TitleMeta {
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
  // A key the year stands inside (某局政府信息公开工作2023年度报告): the text before the year ends with its head.
  const head = cut === text.length ? KEY_HEAD_BEFORE_YEAR.exec(text) : null;
  if (head) cut = head.index;
  return cut === text.length ? text : text.slice(0, cut).trim();
}

/** The head of a title key the year interrupts (政府信息公开工作 | 2023年度报告), at the end of the text before the year. */
const KEY_HEAD_BEFORE_YEAR = /(?:政府信息公开工作|政务公开工作)$/u;
