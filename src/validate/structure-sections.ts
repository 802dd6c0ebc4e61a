/**
 * Structure rules on a report's sections (STRUCT-SECTION-*, STRUCT-HEADING): each number printed once and in
 * order, and the layout's sections present, in order, under their official headings.
 */

import { chineseOrdinal } from "../recognize/chinese-numbers.js";
import { headingNames } from "../recognize/heading-names.js";
import { normalizeLabel } from "../recognize/labels.js";
import type { SourcePosition } from "../schema/common.js";
import type { Finding } from "../schema/finding.js";
import type { AnnualReport, Section } from "../schema/report.js";
import type { SectionTemplate, TableTemplate, Template } from "../templates/types.js";
import { excerpt, messageFinding } from "./types.js";

/**
 * A pure function of a short text, remembered: reports print their section numbers and headings from a small
 * vocabulary, so each distinct one is computed once (the memo is emptied when it grows large).
 */
function remembered<T>(compute: (text: string) => T): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    if (text.length > 64) return compute(text);
    if (memo.has(text)) return memo.get(text) as T;
    const value = compute(text);
    if (memo.size >= 1024) memo.clear();
    memo.set(text, value);
    return value;
  };
}

/** Heading text without its ordinal, Markdown marks and closing punctuation ("## **一、总体情况**：" → "总体情况"). */
const headingBody = remembered((heading: string): string =>
  normalizeLabel(heading)
    .replace(/^[#*_]+|[*_。：:.]+$/g, "")
    .replace(/^[一二三四五六七八九十]+[、.]/, ""),
);

/** A section number's value (`chineseOrdinal`). */
const ordinal = remembered(chineseOrdinal);

/**
 * Section numbering: each number printed once within a run (every era); numbers increasing (when no layout
 * gives the order). A section numbered 一 after higher numbers starts a new run.
 */
export function numbering(report: AnnualReport, checkOrder: boolean): Finding[] {
  const out: Finding[] = [];
  const seen = new Map<number, Section>();
  let last = 0;
  for (const s of report.sections) {
    if (!s.number) continue;
    const n = ordinal(s.number);
    if (n === undefined) continue;
    // A run restarting at 一 (the statistics table's own sections after the narrative) is a new sequence.
    if (n === 1 && last > 1) {
      seen.clear();
      last = 0;
    }
    const first = seen.get(n);
    if (first) {
      out.push(
        messageFinding(
          "STRUCT-SECTION-DUP",
          "warning",
          `章节编号“${s.number}”重复：“${excerpt(first.heading)}”（第${first.source.line}行）与“${excerpt(s.heading)}”`,
          `section number ${s.number} is used twice: "${excerpt(first.heading)}" (line ${first.source.line}) and "${excerpt(s.heading)}"`,
          s.source,
        ),
      );
    } else if (checkOrder && n < last) {
      out.push(
        messageFinding(
          "STRUCT-SECTION-ORDER",
          "warning",
          `章节“${excerpt(s.heading)}”的编号小于前一章节，顺序有误`,
          `section "${excerpt(s.heading)}" is numbered lower than the section before it`,
          s.source,
        ),
      );
    }
    if (!first) seen.set(n, s);
    last = Math.max(last, n);
  }
  return out;
}

const officialHeadings = new WeakMap<SectionTemplate, string>();

/** A layout section's official heading, normalized once per section template. */
function officialHeading(section: SectionTemplate): string {
  let heading = officialHeadings.get(section);
  if (heading === undefined) {
    heading = normalizeLabel(section.labels[0] ?? "");
    officialHeadings.set(section, heading);
  }
  return heading;
}

/** The index of the first section with an id (`findIndex` without a closure); -1 when none has it. */
function sectionIndex(sections: readonly { id: string | null }[], id: string | null): number {
  for (let i = 0; i < sections.length; i++) if ((sections[i] as { id: string | null }).id === id) return i;
  return -1;
}

/** Whether some section's heading names a layout section (a merged 五 and 六): then the section is not missing. */
function namedByHeading(sections: readonly Section[], t: SectionTemplate): boolean {
  for (const s of sections) if (headingNames(s.heading, t)) return true;
  return false;
}

/** The layout's sections: present, in order, under their official headings (gb eras). */
export function officialSections(report: AnnualReport, template: Template): Finding[] {
  const out: Finding[] = [];
  let lastIndex = -1;
  for (const s of report.sections) {
    const index = sectionIndex(template.sections, s.id);
    const official = template.sections[index];
    if (!official) continue;
    if (index < lastIndex) {
      out.push(
        messageFinding(
          "STRUCT-SECTION-ORDER",
          "warning",
          `章节“${excerpt(s.heading)}”应排在第${official.number}部分，顺序有误`,
          `section "${excerpt(s.heading)}" (part ${official.number} of the layout) is out of order`,
          s.source,
        ),
      );
    }
    lastIndex = Math.max(lastIndex, index);
    const body = headingBody(s.heading);
    const label = official.labels[0] ?? "";
    if (body !== officialHeading(official)) {
      out.push(
        messageFinding(
          "STRUCT-HEADING",
          "info",
          `章节标题“${excerpt(s.heading)}”不是格式规定的“${official.number}、${label}”`,
          `section heading "${excerpt(s.heading)}" differs from the official "${official.number}、${label}"`,
          s.source,
        ),
      );
    }
  }
  for (const t of template.sections) {
    if (sectionIndex(report.sections, t.id) >= 0 || namedByHeading(report.sections, t)) continue;
    out.push(
      messageFinding(
        "STRUCT-SECTION-MISSING",
        "warning",
        `缺少第${t.number}部分“${t.labels[0]}”`,
        `section ${t.number} "${t.labels[0]}" is missing`,
        expectedAt(report, template, t),
      ),
    );
  }
  return out;
}

/** The start of the document: where a part with nothing before it was expected. */
const DOCUMENT_START: SourcePosition = Object.freeze({ line: 1, column: 1, offset: 0 });

/**
 * Where a layout section the report lacks was expected: the heading of the nearest section of the layout
 * before it that the report prints, else the document's start (never no position).
 */
export function expectedAt(report: AnnualReport, template: Template, section: SectionTemplate): SourcePosition {
  const index = template.sections.indexOf(section);
  for (let i = index - 1; i >= 0; i--) {
    const before = template.sections[i] as SectionTemplate;
    const at = sectionIndex(report.sections, before.id);
    if (at >= 0) return (report.sections[at] as Section).source;
  }
  return DOCUMENT_START;
}

/**
 * Where a table the report lacks was expected: the heading of the section it stands under (二, 三, 四) when
 * printed, else where that section was expected.
 */
export function tablePosition(report: AnnualReport, template: Template, table: TableTemplate): SourcePosition {
  const section = template.sections.find((s) => s.number === table.number);
  if (!section) return DOCUMENT_START;
  const at = sectionIndex(report.sections, section.id);
  return at >= 0 ? (report.sections[at] as Section).source : expectedAt(report, template, section);
}
