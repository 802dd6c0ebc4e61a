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

/** What the title yields. */
export interface TitleMeta extends Pick<ReportMeta, "title" | "orgName" | "year"> {
  /** The year was read off a line of its own beside the title (2020年度 above or below it), not the title. */
  yearBeside?: true;
  /** Where the line printing the title starts (its first line, when it wraps). */
  source?: SourcePosition;
}

/**
 * A separator of a breadcrumb or a nav bar, which no title prints (首页 > 年报, 首页 | 年报, 公开 · 年报, 首页 / 年报,
 * 首页 - 年报): a line holding one beside a title key is the site's chrome, even with one separator.
 */
const NAV_SEPARATOR = /[>＞»→|｜·]|\s[-/／]\s/u;
/** A year set as Markdown math before 年 (`$2023$ 年`), with the space after it. */
const MATH_YEAR = /\$\s*((?:[0-9]\s*){4})\$\s*(?=年)/gu;
/** A site's name a page <title> adds after the report's (…工作年度报告_淮安市人民政府, …报告 - 某市政府网). */
const SITE_SUFFIX = /^\s*(?:[_＿|｜]|\s-\s).*$/u;
const MAX_TITLE = 80;
/** A sentence that names a title (现将…报告公布如下：), not a title: sentence punctuation or a leading verb. */
const SENTENCE = /[，,：:；;]|^(?:现将|现予|特将|根据|按照|依据|依照)/u;
/** Sentence punctuation (SENTENCE's, and 。). */
const PUNCTUATION = /[，,：:；;。]/u;

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
 * A title as printed, without a field label before it (Title:, 名称：, 附件：) or a site's name or a file's
 * extension after its key (…报告_淮安市人民政府, …报告.pdf).
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
  // The report's own file linked as an attachment (附件：某局2024年…年度报告.pdf): its name.
  return end >= 0 && (SITE_SUFFIX.test(out.slice(end)) || FILE_SUFFIX.test(out.slice(end))) ? out.slice(0, end) : out;
}

/** A file's extension right after a title key (…年度报告.pdf). */
const FILE_SUFFIX = /^\.(?:pdf|docx?|xlsx?|wps|ofd)$/iu;

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
  // The year may stand inside the key (政府信息公开工作2023年度报告).
  let keyed: string | null = text;
  if (!holdsTitleKey(text)) {
    const bare = text.replace(YEAR_IN_KEY, "");
    keyed = bare !== text && holdsTitleKey(bare) ? bare : null;
  }
  return keyed !== null && !runsOn(keyed) ? text : null;
}

/**
 * Whether a text goes on in words after its title key (…政务公开工作报告已于2024年1月发布: a sentence, not a title);
 * a bracket (（2024年度）), a closing 》 (关于公布《…报告》的公告), a notice's 的通知 or nothing may follow a title's key.
 */
function runsOn(text: string): boolean {
  for (const key of TITLE_KEYS) {
    const at = text.lastIndexOf(key);
    if (at >= 0) return RUNS_ON.test(text.slice(at + key.length));
  }
  return false;
}

/** Words after a title key (a CJK ideograph first), unless they end a notice's title (…报告的通知, 的公告). */
const RUNS_ON = /^(?!的(?:通知|公告|通告|公示|函)$)[\u4e00-\u9fff]/u;

/** A year written inside a title key (…政府信息公开工作2023年度报告), taken out to find the key. */
const YEAR_IN_KEY = /(?<=政府信息公开工作|政务公开工作)(?:19|20)\d{2}年度?(?=报告)/u;

/**
 * The title a line prints, when it holds a title key and is no sentence citing one (现将…工作年度报告如下：):
 * as printed (a field label or a site's name around it removed); null otherwise.
 */
export function printedTitle(l: Line): string | null {
  const text = titleText(l);
  if (text === null || SENTENCE.test(text)) return null;
  return cleanTitle(lineTitle(l) ?? "");
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
    if (l.kind !== "text" || l.text.includes("。") || titleText(l) !== null) return null;
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
    const wrapped = wrappedInKey(lines, at, printed);
    if (wrapped !== null)
      return { ...titleAt(lines, wrapped.from, at + 1, wrapped.text), source: lines[wrapped.from]!.source };
    const found = titleAt(lines, at, at + 1, printed);
    const start = found.title === null ? at : titleStart(lines, at, found.title, printed);
    return { ...found, source: lines[start]!.source };
  }
  const split = splitTitle(lines);
  if (split === null) return { title: null, orgName: null, year: null };
  return { ...titleAt(lines, split.from, split.to, split.text), source: lines[split.from]!.source };
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
  return longestKey(toSimplified(compact(wrapped.text))) > own ? wrapped : null;
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
