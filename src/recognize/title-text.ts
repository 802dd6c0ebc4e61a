/**
 * What a line prints as a report's title: the text it may print one in (a text line, a one-cell row, a field label
 * and a cell), cleaned of a field label, a site's name or a file's extension, and whether it holds a title key
 * (政府信息公开工作年度报告 and the other wordings) outside a citation or a sentence.
 */
import { toSimplified } from "./labels.js";
import type { Line } from "./lines.js";
import { compact } from "./signature.js";
import { BREADCRUMB, FIELD_LABEL, TITLE_KEYS } from "./title-parts.js";

/**
 * A separator of a breadcrumb or a nav bar, which no title prints (首页 > 年报, 首页 | 年报, 公开 · 年报, 首页 / 年报,
 * 首页 - 年报): a line holding one beside a title key is the site's chrome, even with one separator.
 */
export const NAV_SEPARATOR = /[>＞»→|｜·]|\s[-/／]\s/u;
/** A year set as Markdown math before 年 (`$2023$ 年`), with the space after it. */
const MATH_YEAR = /\$\s*((?:[0-9]\s*){4})\$\s*(?=年)/gu;
/** A site's name a page <title> adds after the report's (…工作年度报告_淮安市人民政府, …报告 - 某市政府网). */
const SITE_SUFFIX = /^\s*(?:[_＿|｜]|\s-\s).*$/u;
export const MAX_TITLE = 80;
/** A sentence that names a title (现将…报告公布如下：), not a title: sentence punctuation or a leading verb. */
export const SENTENCE = /[，,：:；;]|^(?:现将|现予|特将|根据|按照|依据|依照)/u;
/** Sentence punctuation (SENTENCE's, and 。). */
export const PUNCTUATION = /[，,：:；;。]/u;

/**
 * The text a line may print a title in: a text line's, or a table row's that is one cell (a CMS article header
 * laid out as a table; empty cells beside it left out) or a field label and one cell (名称： | …报告); null for
 * other rows.
 */
export function lineTitle(l: Line): string | null {
  if (l.kind === "text") return l.text;
  // A row padded with empty cells (a spreadsheet's record, a tab export's row: 标题 | | |) prints its filled ones.
  const cells = l.tokens.some((t) => t.raw === "") ? l.tokens.filter((t) => t.raw !== "") : l.tokens;
  if (cells.length === 1) return cells[0]!.raw.trim();
  if (cells.length === 2 && FIELD_LABEL.test(`${compact(cells[0]!.raw).replace(/[:：]$/u, "")}：`))
    return cells[1]!.raw.trim();
  return null;
}

/**
 * A title as printed, without a field label before it (Title:, 名称：, 附件：) or a site's name or a file's
 * extension after its key (…报告_淮安市人民政府, …报告.pdf).
 */
export function cleanTitle(text: string): string {
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
export function titleText(l: Line): string | null {
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
export function holdsTitleKey(text: string): boolean {
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
