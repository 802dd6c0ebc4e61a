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

/**
 * The starts of the reports after the first: a title with a year (…2024年政府信息公开工作年度报告, its year or
 * body's name possibly on a line beside it) after a section heading of the report before (itself titled: a
 * title line before its first section heading), followed within
 * START_SCAN lines by a section heading numbered 一 with no other section heading between. A title printed on
 * RUNNING_HEADER lines or more is a page header; a list of titles after a report (相关链接) is followed by no
 * section 一, so neither starts a report.
 */
export function reportStarts(lines: readonly Line[]): ReportStart[] {
  const { matches } = documentHeadings(lines);
  const found: { line: number; at: number; title: string; key: string }[] = [];
  // A report has begun once a title is followed by a section heading: a fragment without a title (a table
  // cut short) before a whole report is no report of its own.
  let titled = false;
  let body = false;
  for (let i = 0; i < lines.length; i++) {
    const heading = matches[i];
    if (heading && heading.unnumbered !== true) {
      body = titled;
      continue;
    }
    const printed = printedTitle(lines[i]!);
    if (!body) {
      if (printed !== null) titled = true;
      continue;
    }
    if (printed === null || !opensReport(matches, i)) continue;
    const title = titleAt(lines, i, i + 1, printed);
    if (title.year === null || title.title === null) continue;
    found.push({ line: titleStart(lines, i, title.title, printed), at: i, title: title.title, key: printed });
    // A report printing its title twice (a page's heading and the document's own) starts once.
    body = false;
  }
  if (found.length === 0) return [];
  const all = lines.map((l) => printedTitle(l));
  return found
    .filter((s) => all.filter((t) => t === s.key).length < RUNNING_HEADER)
    .map(({ line, title }) => ({ line, title }));
}

/** Whether the first section heading after line `i` (within START_SCAN lines) is numbered 一. */
function opensReport(matches: ReturnType<typeof documentHeadings>["matches"], i: number): boolean {
  const end = Math.min(matches.length, i + 1 + START_SCAN);
  for (let j = i + 1; j < end; j++) {
    const h = matches[j];
    if (h && h.unnumbered !== true) return h.number === "一";
  }
  return false;
}

/** The `multiple-reports` warning at the start of each report after the first (none when there is none). */
export function multipleReports(lines: readonly Line[], starts: readonly ReportStart[]): Diagnostic[] {
  return starts.map((s, k) =>
    diagnostic(
      "multiple-reports",
      "warning",
      `Another report starts here (report ${k + 2} of ${starts.length + 1} in the file: 「${s.title}」): only the first report is read — its tables, dates and sections`,
      lines[s.line]!.source,
      { text: s.title },
    ),
  );
}
