/**
 * The title of a report (政府信息公开工作年度报告 and its pre-2019 forms): the line holding a title key, or two or
 * three short lines whose joined text holds one (a title wrapped in PDF text); the issuing body before the key
 * and the statistical year, from the title or a year-only line beside it.
 */
import type { SourcePosition } from "../schema/common.js";
import type { ReportMeta } from "../schema/report.js";
import { documentHeadings } from "./headings.js";
import { toSimplified } from "./labels.js";
import type { Line } from "./lines.js";
import { compact } from "./signature.js";
import { BREADCRUMB, FIELD_LABEL, TITLE_KEYS, titleAt, titleYear } from "./title-parts.js";
import {
  cleanTitle,
  holdsTitleKey,
  lineTitle,
  MAX_TITLE,
  NAV_SEPARATOR,
  PUNCTUATION,
  SENTENCE,
  titleText,
} from "./title-text.js";

/** What the title yields. */
export interface TitleMeta extends Pick<ReportMeta, "title" | "orgName" | "year"> {
  /** The year was read off a line of its own beside the title (2020年度 above or below it), not the title. */
  yearBeside?: true;
  /** Where the line printing the title starts (its first line, when it wraps). */
  source?: SourcePosition;
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
  const dated: number[] = [];
  let more = -1;
  let bare = -1;
  for (let i = from; i < to; i++) {
    const text = titleText(lines[i]!);
    if (text === null) continue;
    if (TITLE_KEYS.includes(text)) {
      if (bare < 0) bare = i;
    } else if (titleYear(text).year !== null) {
      if (dated.length === 0 || (last && !SENTENCE.test(text))) dated.push(i);
    } else if (more < 0) more = i;
  }
  return { dated: last ? lastAlone(lines, dated) : (dated[0] ?? -1), more, bare };
}

/** Lines after a list of titles in which the report's own body is looked for. */
const BODY_SCAN = 40;

/**
 * The last of some line indexes (ascending) that stands alone, not one of a list of report titles on
 * adjacent lines (related reports, a sidebar), which a page prints before or after its own title. When the
 * last is in such a list: the one title of the list whose issuing body the text right after the list names
 * (本报告由淮安市洪泽区人民政府办公室…), else the last; -1 for none.
 */
function lastAlone(lines: readonly Line[], dated: readonly number[]): number {
  const last = dated.length - 1;
  if (last < 1 || dated[last - 1] !== dated[last]! - 1) return dated[last] ?? -1;
  let first = last;
  while (first > 0 && dated[first - 1] === dated[first]! - 1) first--;
  const after = dated[last]! + 1;
  const body = compact(
    lines
      .slice(after, after + BODY_SCAN)
      .map((l) => l.text)
      .join(""),
  );
  let named = -1;
  for (let k = first; k <= last; k++) {
    const i = dated[k]!;
    const org = titleAt(lines, i, i + 1, lines[i]!.text).orgName;
    if (org === null || !body.includes(compact(org))) continue;
    if (named >= 0) return dated[last]!;
    named = i;
  }
  return named >= 0 ? named : dated[last]!;
}

/** Lines from the start a title wrapped over several lines is looked for in. */
const SPLIT_TITLE_SCAN = 40;
/** The most lines a title wraps over. */
const SPLIT_TITLE_LINES = 3;

/**
 * A title wrapped over two or three short lines (`溧水区农业农村局2020年政府信息公开` / `工作年度报告`), when no line
 * holds a title key alone: the first lines whose joined text holds one, within the first SPLIT_TITLE_SCAN lines,
 * none of them holding a key whole.
 */
function splitTitle(lines: readonly Line[]): { from: number; to: number; text: string } | null {
  const scan = Math.min(lines.length, SPLIT_TITLE_SCAN);
  for (let from = 0; from < scan; from++) {
    let text = "";
    for (let to = from; to < scan && to < from + SPLIT_TITLE_LINES; to++) {
      const l = lines[to]!;
      if (!isTextLike(l) || l.text.includes("。")) break;
      // A line holding a key whole, which printed no title (…年度报告统计表: words run on after the key), is
      // no part of a wrapped one: joined with the line after it, its key would make a title of both.
      if (holdsTitleKey(toSimplified(compact(l.text)))) break;
      text += l.text;
      if (text.length > MAX_TITLE) break;
      if (to > from && holdsTitleKey(toSimplified(compact(text)))) return { from, to: to + 1, text };
    }
  }
  return null;
}

/**
 * Whether a line may hold a piece of a wrapped title: a text line, or a row of at most three text cells (a tab a PDF
 * library set in a wide gap of the title's line: `淮安市人民政府2024\t年政府信息公`, read as a tab row).
 */
const isTextLike = (l: Line): boolean =>
  l.kind === "text" || (l.kind === "row" && l.tokens.length <= 3 && l.tokens.every((t) => t.kind !== "value"));

/**
 * A title wrapped over two or three short text lines ending at line `i` (`洪泽区人民政府2023年政府信息公开` /
 * `工作年度报告`), when no one of them prints a title: the first of its lines and their joined text; null otherwise.
 * Neither the joined text nor any line holds sentence punctuation (a sentence citing a title is no title).
 */
export function wrappedTitle(lines: readonly Line[], i: number): { from: number; text: string } | null {
  const last = lines[i]!;
  // Every title key holds 报 (報): the line holding the title's end holds it.
  if (last.kind !== "text" || (!last.text.includes("报") && !last.text.includes("報"))) return null;
  // A line of prose (sentence punctuation, or longer than a title) ends no title.
  if (last.text.length > MAX_TITLE || PUNCTUATION.test(last.text)) return null;
  let text = last.text.trim();
  for (let from = i - 1; from >= 0 && from > i - SPLIT_TITLE_LINES; from--) {
    const l = lines[from]!;
    if (!isTextLike(l) || l.text.includes("。") || titleText(l) !== null) return null;
    text = `${l.text.trim()}${text}`;
    if (text.length > MAX_TITLE || text.includes("。")) return null;
    const simple = toSimplified(compact(text));
    if (SENTENCE.test(simple) || BREADCRUMB.test(text) || NAV_SEPARATOR.test(text)) return null;
    if (holdsTitleKey(simple)) return { from, text };
  }
  return null;
}

/**
 * The title of a report's lines (joined when split over lines), the issuing body it names and its year (from
 * the title, or a year-only line beside it); nulls when no line holds a title key.
 */
export function findTitle(lines: readonly Line[]): TitleMeta {
  const at = titleLine(lines);
  if (at >= 0) {
    const printed = cleanTitle(lineTitle(lines[at]!) ?? "");
    // A title wrapped inside its key (`…2024 年政府` / `信息公开工作年度报告`): the line's own key is a shorter one.
    const wrapped = wrappedInKey(lines, at, printed) ?? wrappedAfterYear(lines, at, printed);
    if (wrapped !== null)
      return { ...titleAt(lines, wrapped.from, at + 1, wrapped.text), source: lines[wrapped.from]!.source };
    const found = titleAt(lines, at, at + 1, printed);
    const start = found.title === null ? at : titleStart(lines, at, found.title, printed);
    return { ...found, source: lines[start]!.source };
  }
  const split = splitTitle(lines);
  if (split === null) return sheetCaption(lines) ?? { title: null, orgName: null, year: null };
  return { ...titleAt(lines, split.from, split.to, split.text), source: lines[split.from]!.source };
}

/**
 * A statistics sheet's caption (淮安市人民政府2024年政府信息公开工作年度报告统计表, 2024年某局政府信息公开情况统计表):
 * the body's name (before the year, else between the year and 政府信息公开) and the year, never more than 40
 * characters of a name.
 */
const CAPTION =
  /^(.{0,40}?)((?:19|20)\d{2})\s*年度?(.{0,30}?)(?:政府信息公开|政务公开)[^，,。；;：:]{0,20}?(?:统计表|统计情况表|附表)$/u;

/** A caption's label before the body's name: 附表：, 附件1、, 表1, 表一： */
const CAPTION_LABEL = /^(?:附表|附件|表)\s*[0-9一二三四五六七八九十]*\s*[：:、.．]?/u;
/** A bracket left at a name's edge by the year's brackets ((2024年度)淮安市: ）淮安市). */
const EDGE_BRACKETS = /^[）)]|[（(]$/gu;
/** A body's name: Chinese words and brackets only (no digits, colon or unit: 单位：件, 淮安市2023-). */
const BODY_NAME = /^[\u4e00-\u9fff（）()]{2,40}$/u;

/**
 * The body and year a statistics sheet's caption names, in a report (a sheet of its tables) without a title:
 * the caption is no report's title, so `title` stays null. Looked for in the first SPLIT_TITLE_SCAN lines.
 */
function sheetCaption(lines: readonly Line[]): TitleMeta | null {
  const scan = Math.min(lines.length, SPLIT_TITLE_SCAN);
  for (let i = 0; i < scan; i++) {
    const printed = lineTitle(lines[i]!);
    const m = printed === null ? null : CAPTION.exec(compact(printed));
    if (!m) continue;
    // The name before the year, else after it ((2024年度)淮安市…): the first that is a body's name.
    const names = [m[1], m[3]].map((t) =>
      (t ?? "").replace(FIELD_LABEL, "").replace(CAPTION_LABEL, "").replace(EDGE_BRACKETS, ""),
    );
    const org = names.find((name) => BODY_NAME.test(name)) ?? null;
    return { title: null, orgName: org, year: Number(m[2]), source: lines[i]!.source };
  }
  return null;
}

/** The length of the longest title key a compacted, simplified text holds (0 for none). */
function longestKey(text: string): number {
  let longest = 0;
  for (const key of TITLE_KEYS) if (key.length > longest && text.includes(key)) longest = key.length;
  return longest;
}

/**
 * The title wrapped over the lines ending at line `at` when the wrap cut its key (`…2024 年政府` over
 * `信息公开工作年度报告`, which holds only the shorter key 信息公开工作年度报告): the first line and the joined text; null
 * when the line holds the whole key, or the lines above make no title with it (wrappedTitle).
 */
function wrappedInKey(lines: readonly Line[], at: number, printed: string): { from: number; text: string } | null {
  const own = longestKey(toSimplified(compact(printed)));
  if (own === 0 || !TITLE_KEYS.some((key) => key.length > own)) return null;
  const wrapped = wrappedTitle(lines, at);
  if (wrapped === null) return null;
  const joined = toSimplified(compact(wrapped.text));
  const longer = longestKey(joined);
  if (longer <= own) return null;
  // The longer key follows a year (…2024年政府信息公开…): a body's name ending in 政府 over a bare key
  // (淮安市人民政府 / 信息公开工作年度报告) makes the longer key only by joining, its year nowhere.
  const key = TITLE_KEYS.find((k) => k.length === longer && joined.includes(k))!;
  return /年度?$/u.test(joined.slice(0, joined.indexOf(key))) ? wrapped : null;
}

/** A year alone on its line. */
const YEAR_ALONE = /^(?:19|20)\d{2}$/u;
/** A line of a body's name alone: CJK and brackets only. */
const NAME_PART = /^[\u4e00-\u9fff（）()]{2,30}$/u;

/** A line ending in a year (淮安市洪泽区人民政府2024): the head of a title broken before its 年. */
const ENDS_IN_YEAR = /(?:19|20)\d{2}$/u;

/**
 * The title broken right after its year (`淮安市洪泽区人民政府2024` / `年政府信息公开工作年度报告`: a line break typed
 * in Word, or a wrap at the space in `2024 年`): the line above and the joined text, when line `at` opens with 年
 * and the line above is short text ending in a year; null otherwise.
 */
function wrappedAfterYear(lines: readonly Line[], at: number, printed: string): { from: number; text: string } | null {
  if (at === 0 || !/^年/u.test(printed.trim())) return null;
  const above = lines[at - 1]!;
  const head = above.text.trim();
  const yearAlone = YEAR_ALONE.test(head);
  if (!(yearAlone || isTextLike(above)) || head.length > MAX_TITLE || PUNCTUATION.test(head)) return null;
  // (a year ends the line, and no other digit stands before it: 第3号公告 2024 is no title's head)
  if (!ENDS_IN_YEAR.test(head) || /\d/.test(head.slice(0, -4))) return null;
  // The body's name may start a line higher (淮安市洪泽区 / 人民政府2024 / 年政府…), or stand alone above a year
  // alone (淮安市洪泽区人民政府 / 2024 / 年政府…).
  const higher = at > 1 ? lines[at - 2]! : undefined;
  const name = higher?.text.trim() ?? "";
  if (higher !== undefined && isTextLike(higher) && NAME_PART.test(name) && !NAME_PART.test(head))
    return { from: at - 2, text: `${name}${head}${printed.trim()}` };
  return { from: at - 1, text: `${head}${printed.trim()}` };
}

/**
 * The index of the first line of a title printed (`printed`) on line `i`: the lines above that `title` (what
 * titleAt made of it) took in — the body's name, a year — else `i`.
 */
export function titleStart(lines: readonly Line[], i: number, title: string, printed: string): number {
  if (!title.endsWith(printed)) return i;
  let above = title.length - printed.length;
  let start = i;
  while (above > 0 && start > 0) {
    start--;
    above -= lines[start]!.text.trim().length;
  }
  return above === 0 ? start : i;
}
