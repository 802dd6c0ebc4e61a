/**
 * Files that hold more than one report — a page printing several years' reports in full, the text of two
 * PDFs joined, a report pasted twice: where each report after the first starts, so that only the first is
 * read (its tables, its dates, its sections), and the others are reported.
 */
import type { Diagnostic } from "../schema/common.js";
import { readNumeral } from "./chinese-numbers.js";
import { documentHeadings, type HeadingMatch } from "./headings.js";
import { toSimplified } from "./labels.js";
import type { Line } from "./lines.js";
import { diagnostic } from "./reading.js";
import { compact } from "./signature.js";
import { titleStart, wrappedTitle } from "./title.js";
import { TITLE_KEYS, titleAt } from "./title-parts.js";
import { printedTitle } from "./title-text.js";

/** Lines after a title in which the next report's first section heading (numbered 一) is looked for. */
const START_SCAN = 60;
/**
 * Lines after a title in which a heading of section 一 (一、总体情况, 1.总体情况) is still looked for when no
 * other numbered heading and no other title stands between them: a report printing a long preamble (a table of
 * contents with page numbers, an introduction of many lines of PDF text) before its section 一.
 */
const LONG_SCAN = 400;
/** A title printed on this many lines or more is a running page header, not a report's start. */
const RUNNING_HEADER = 3;

/** Where another report starts in a document. */
export interface ReportStart {
  /** Index of the report's first line (its title, or the body's name printed above it). */
  line: number;
  /** Its title as printed. */
  title: string;
}

/**
 * What a title may print after its key (…年度报告（2024年度）, …报告》): a bracketed word, closing marks. A title
 * line going on after its key (…年度报告统计表, an annex's caption) is no title of a report that starts there.
 */
const AFTER_KEY = /^(?:[（(【[][^（(）)】\]]{1,12}[）)】\]])?[》」』\s]*$/u;

/** Sentence punctuation: a line holding it is prose (a table of contents holds none). */
const PROSE = /[。，；]/;

/**
 * The starts of the reports after the first: a title with a year (…2024年政府信息公开工作年度报告, its year or
 * body's name possibly on a line beside it, or the title wrapped over two or three lines) once the report before
 * has begun — a title, a section heading, then prose (a table of contents after the title, headings without
 * prose, has not begun it) — followed within START_SCAN lines by a section heading that starts the numbering
 * again (`opensReport`). A title printed on RUNNING_HEADER lines or more is a page header; a list of titles
 * after a report (相关链接) is followed by no such heading, so neither starts a report.
 */
export function reportStarts(lines: readonly Line[]): ReportStart[] {
  const { matches } = documentHeadings(lines);
  const found: { line: number; title: string; key: string }[] = [];
  // A fragment without a title (a table cut short) before a whole report is no report of its own.
  let titled = false;
  let headed = false;
  let body = false;
  // The highest number of the GB section headings since the report's start (0 for none).
  let top = 0;
  // Whether the report being read has printed a section heading numbered 一、 (not only （一）/1., or labels alone).
  let numberedRead = false;
  // The title of the report being read, compacted (made when a start is checked against it).
  let own = (): string => "";
  for (let i = 0; i < lines.length; i++) {
    const heading = matches[i];
    if (heading) {
      if (heading.gb) top = Math.max(top, sectionNumber(heading));
      if (heading.unnumbered !== true) numberedRead = true;
      if (heading.unnumbered !== true) {
        headed ||= titled;
        continue;
      }
      // A section numbered only （一） or 1. (一、 nowhere) heads the report as 一、 does.
      if (heading.gb) headed ||= titled;
    }
    const line = lines[i]!;
    // Every title key holds 报 (報): a line without it prints no title, nor ends a wrapped one.
    const mayTitle = line.text.includes("报") || line.text.includes("報");
    const printed = mayTitle ? printedTitle(line) : null;
    if (!body) {
      if (printed !== null && !titled) own = () => compact(titleAt(lines, i, i + 1, printed).title ?? printed);
      if (printed !== null) titled = true;
      else if (headed && line.kind === "text" && PROSE.test(line.text)) body = true;
      continue;
    }
    // A title wrapped over lines (`洪泽区人民政府2023年政府信息公开` / `工作年度报告`) ends on the line holding its 报告.
    const wrapped = printed === null && mayTitle ? wrappedTitle(lines, i) : null;
    if (printed === null && wrapped === null) continue;
    const from = wrapped?.from ?? i;
    const text = wrapped?.text ?? printed!;
    const opens = opensReport(lines, matches, i, top);
    if (opens === null || (opens === "again" && !endsWithKey(text))) continue;
    const title = titleAt(lines, from, i + 1, text);
    if (title.year === null || title.title === null) continue;
    const start = titleStart(lines, from, title.title, text);
    // The report's own title printed again over a part of it (an annex of its tables, 二 to 四), or any title under
    // 附件, starts nothing.
    if (opens === "again" && (compact(title.title) === own() || annexed(lines, start))) continue;
    // The report's own title printed again after a summary numbered 1. or （一） (1.总体情况 …): no second report (a
    // report pasted twice has printed its numbered sections before its title comes again).
    if (!numberedRead && compact(title.title) === own()) continue;
    const printedOwn = title.title;
    own = () => compact(printedOwn);
    found.push({ line: start, title: title.title, key: text });
    // A report printing its title twice (a page's heading and the document's own) starts once.
    headed = false;
    body = false;
    top = 0;
    numberedRead = false;
  }
  if (found.length === 0) return [];
  const printings = new Map<string, number>();
  for (const l of lines) {
    const key = printedTitle(l);
    if (key !== null) printings.set(key, (printings.get(key) ?? 0) + 1);
  }
  const starting = new Map<string, number>();
  for (const s of found) starting.set(s.key, (starting.get(s.key) ?? 0) + 1);
  // A title printed on RUNNING_HEADER lines or more is a page header, unless each of its printings but the first
  // starts a report (three reports of one year whose titles, the body's name apart, read the same).
  const header = (key: string): boolean =>
    (printings.get(key) ?? 0) >= RUNNING_HEADER && (printings.get(key) ?? 0) > (starting.get(key) ?? 0) + 1;
  return found.filter((s) => !header(s.key)).map(({ line, title }) => ({ line, title }));
}

/**
 * How the first section heading after line `i` (within START_SCAN lines) starts a report's numbering again:
 * `one`, numbered 一 and naming a section (一、总体情况, 一、概述); `again`, a GB section numbered at most `top`, the
 * highest section number of the report before (its 一 missing: 二、主动公开政府信息情况 after 六; misnumbered:
 * 二、总体情况; numbered （一） or 1.); null when it does not. A heading found by its label alone with a higher
 * number (1.基本情况 inside a section) is passed over. Further on (to LONG_SCAN lines), only a heading of section
 * 一 opens a report, and only when no numbered heading and no title stands before it (a later title is the start).
 */
function opensReport(
  lines: readonly Line[],
  matches: readonly (HeadingMatch | null)[],
  i: number,
  top: number,
): "one" | "again" | null {
  const end = Math.min(matches.length, i + 1 + START_SCAN);
  for (let j = i + 1; j < end; j++) {
    const h = matches[j];
    if (!h) continue;
    const again = h.gb && sectionNumber(h) <= Math.max(top, 1);
    if (h.unnumbered !== true) return h.number === "一" && h.id !== null ? "one" : again ? "again" : null;
    if (again) return "again";
  }
  const far = Math.min(matches.length, i + 1 + LONG_SCAN);
  for (let j = end; j < far; j++) {
    const h = matches[j];
    if (h) {
      const first = h.gb && h.number === "一";
      if (h.unnumbered !== true) return first ? "one" : null;
      if (first) return "again";
      continue;
    }
    const text = lines[j]!.text;
    if ((text.includes("报") || text.includes("報")) && (printedTitle(lines[j]!) !== null || wrappedTitle(lines, j)))
      return null;
  }
  return null;
}

/** An annex's caption (附件, 附件1：, 附表): a title after it names what the annex holds. */
const ANNEX = /^\s*附\s*[件表]/u;

/** Whether the title starting at line `start` is an annex's: the caption on its first line or the line above. */
function annexed(lines: readonly Line[], start: number): boolean {
  return ANNEX.test(lines[start]!.text) || (start > 0 && ANNEX.test(lines[start - 1]!.text));
}

/** Whether a title ends with its key (a bracketed year or closing mark after it aside). */
function endsWithKey(printed: string): boolean {
  const title = toSimplified(compact(printed));
  for (const key of TITLE_KEYS) {
    const at = title.lastIndexOf(key);
    if (at >= 0 && AFTER_KEY.test(title.slice(at + key.length))) return true;
  }
  return false;
}

/** A heading's section number (一 → 1; the label's own for a heading printed without its ordinal); 0 for none. */
function sectionNumber(h: HeadingMatch): number {
  // Most are one numeral (一 … 十): looked up, not parsed.
  return h.number.length === 1 ? ONE_NUMERAL.indexOf(h.number) + 1 : (readNumeral(h.number) ?? 0);
}

/** The section numbers printed with one numeral, 一 (1) to 十 (10). */
const ONE_NUMERAL = "一二三四五六七八九十";

/** The `multiple-reports` warning at the start of each report after the first (none when there is none). */
export function multipleReports(lines: readonly Line[], starts: readonly ReportStart[]): Diagnostic[] {
  return starts.map((s, k) =>
    diagnostic(
      "multiple-reports",
      "warning",
      `Another report starts here (report ${k + 2} of ${starts.length + 1} in the file: 「${s.title}」): only the first report is read — its tables, dates and sections (parseReports reads each)`,
      lines[s.line]!.source,
      { text: s.title },
    ),
  );
}
