/**
 * Files that hold more than one report — a page printing several years' reports in full, the text of two
 * PDFs joined, a report pasted twice: where each report after the first starts, so that only the first is
 * read (its tables, its dates, its sections), and the others are reported.
 */
import type { Diagnostic } from "../schema/common.js";
import { documentHeadings } from "./headings.js";
import type { Line } from "./lines.js";
import { diagnostic } from "./reading.js";
import { printedTitle, titleStart } from "./title.js";
import { titleAt } from "./title-parts.js";

/** Lines after a title in which the next report's first section heading (numbered 一) is looked for. */
const START_SCAN = 60;
/** A title printed on this many lines or more is a running page header, not a report's start. */
const RUNNING_HEADER = 3;

/** Where another report starts in a document. */
export interface ReportStart {
  /** Index of the report's first line (its title, or the body's name printed above it). */
  line: number;
  /** Its title as printed. */
  title: string;
}

/** Sentence punctuation: a line holding it is prose (a table of contents holds none). */
const PROSE = /[。，；]/;

/**
 * The starts of the reports after the first: a title with a year (…2024年政府信息公开工作年度报告, its year or
 * body's name possibly on a line beside it) once the report before has begun — a title, a section heading,
 * then prose (a table of contents after the title, headings without prose, has not begun it) — followed within
 * START_SCAN lines by a report's first section heading (numbered 一, naming a section: 一、总体情况, 一、概述) with
 * no other section heading between. A title printed on RUNNING_HEADER lines or more is a page header; a list
 * of titles after a report (相关链接) is followed by no such section 一, so neither starts a report.
 */
export function reportStarts(lines: readonly Line[]): ReportStart[] {
  const { matches } = documentHeadings(lines);
  const found: { line: number; title: string; key: string }[] = [];
  // A fragment without a title (a table cut short) before a whole report is no report of its own.
  let titled = false;
  let headed = false;
  let body = false;
  for (let i = 0; i < lines.length; i++) {
    const heading = matches[i];
    if (heading && heading.unnumbered !== true) {
      headed ||= titled;
      continue;
    }
    const line = lines[i]!;
    const printed = printedTitle(line);
    if (!body) {
      if (printed !== null) titled = true;
      else if (headed && line.kind === "text" && PROSE.test(line.text)) body = true;
      continue;
    }
    if (printed === null || !opensReport(matches, i)) continue;
    const title = titleAt(lines, i, i + 1, printed);
    if (title.year === null || title.title === null) continue;
    found.push({ line: titleStart(lines, i, title.title, printed), title: title.title, key: printed });
    // A report printing its title twice (a page's heading and the document's own) starts once.
    headed = false;
    body = false;
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

/** Whether the first section heading after line `i` (within START_SCAN lines) is numbered 一 and names a section. */
function opensReport(matches: ReturnType<typeof documentHeadings>["matches"], i: number): boolean {
  const end = Math.min(matches.length, i + 1 + START_SCAN);
  for (let j = i + 1; j < end; j++) {
    const h = matches[j];
    if (h && h.unnumbered !== true) return h.number === "一" && h.id !== null;
  }
  return false;
}

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
