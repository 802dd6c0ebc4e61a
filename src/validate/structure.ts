/**
 * Structure rules (STRUCT-*): the official sections present, in order and numbered once; the tables and
 * template rows present; extra rows; a table left as the template's blank; an unknown era.
 */

import { append } from "../append.js";
import { chineseOrdinal } from "../recognize/chinese-numbers.js";
import { headingNames } from "../recognize/heading-names.js";
import { normalizeLabel } from "../recognize/labels.js";
import type { Cell } from "../schema/common.js";
import type { Finding } from "../schema/finding.js";
import type { AnnualReport, Section } from "../schema/report.js";
import type { SectionTemplate, TableTemplate, Template } from "../templates/types.js";
import { type CellReader, cellReader } from "./cell-index.js";
import { hasValue, isZeroOrBlank, tablePlans } from "./structure-plans.js";
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
function numbering(report: AnnualReport, checkOrder: boolean): Finding[] {
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
function officialSections(report: AnnualReport, template: Template): Finding[] {
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
      ),
    );
  }
  return out;
}

/** Whether some slot of a list names an own property of the report's cells. */
function hasSome(slots: Int32Array, cells: CellReader): boolean {
  for (let i = 0; i < slots.length; i++) if (cells.has(slots[i] as number)) return true;
  return false;
}

/** Tables and template rows present (gb eras). */
function tablesAndRows(report: AnnualReport, template: Template, cells: CellReader): Finding[] {
  const out: Finding[] = [];
  for (const { table, slots, rows } of tablePlans(template)) {
    if (!hasSome(slots, cells)) {
      const info = report.tables.find((t) => t.id === table.id);
      out.push(
        messageFinding(
          "STRUCT-TABLE-MISSING",
          "warning",
          `缺少表格“${table.number}、${table.title}”（或未能识别其数据）`,
          `table ${table.number} "${table.title}" (${table.id}) is missing or none of its values were read`,
          info?.source,
        ),
      );
      continue;
    }
    // Rows the table lacks altogether: one finding for the table (a report that leaves out its all-zero rows
    // leaves out many), placed where the first of them would have been reported.
    const lacking: string[] = [];
    let lackingAt = -1;
    for (const plan of rows) {
      const { row } = plan;
      let count = 0;
      for (let i = 0; i < plan.slots.length; i++) if (cells.has(plan.slots[i] as number)) count++;
      if (count === plan.slots.length && count > 0) continue;
      let covered = count > 0;
      for (let a = 0; !covered && a < plan.alternatives.length; a++) {
        const alternative = rows[plan.alternatives[a] as number];
        covered = alternative !== undefined && hasSome(alternative.slots, cells);
      }
      if (!covered) {
        if (row.collapsedGroup) continue;
        if (lackingAt < 0) lackingAt = out.length;
        lacking.push(row.labels[0] ?? row.id, `${table.id}.${row.id}`);
        continue;
      }
      if (count === 0) continue;
      const present = plan.ids.filter((_, i) => cells.has(plan.slots[i] as number));
      const missing = row.columns
        .filter((_, i) => !cells.has(plan.slots[i] as number))
        .map((c) => c.path ?? c.labels[0] ?? c.id);
      out.push(
        messageFinding(
          "STRUCT-ROW-MISSING",
          "warning",
          `表${table.number}“${row.labels[0]}”缺少列：${missing.join("、")}`,
          `table ${table.number} row ${table.id}.${row.id} lacks columns: ${missing.join(", ")}`,
          report.cells[present[0] as keyof AnnualReport["cells"]]?.source,
        ),
      );
    }
    if (lackingAt >= 0) out.splice(lackingAt, 0, rowsMissing(report, table, lacking));
  }
  return out;
}

/** The finding of the rows a table lacks (`lacking`: label, then id, of each row). */
function rowsMissing(report: AnnualReport, table: TableTemplate, lacking: readonly string[]): Finding {
  const labels: string[] = [];
  const ids: string[] = [];
  for (let i = 0; i < lacking.length; i += 2) {
    labels.push(`“${lacking[i]}”`);
    ids.push(`${lacking[i + 1]} "${lacking[i]}"`);
  }
  const source = report.tables.find((t) => t.id === table.id)?.source;
  if (labels.length === 1) {
    return messageFinding(
      "STRUCT-ROW-MISSING",
      "warning",
      `表${table.number}缺少行${labels[0]}`,
      `table ${table.number} lacks row ${ids[0]}`,
      source,
    );
  }
  return messageFinding(
    "STRUCT-ROW-MISSING",
    "warning",
    `表${table.number}缺少${labels.length}行：${labels.join("、")}`,
    `table ${table.number} lacks ${labels.length} rows: ${ids.join(", ")}`,
    source,
  );
}

/** Extra rows (info) and a report whose table values are all zero or all blank (info). */
function extrasAndBlank(report: AnnualReport, template: Template | undefined, reader: CellReader): Finding[] {
  const out: Finding[] = report.extraRows.map((row) =>
    messageFinding(
      "STRUCT-EXTRA-ROW",
      "info",
      `表格中有格式之外的行“${row.rawLabel}”（${row.cells.map((c) => c.raw).join(" ")}）`,
      `extra row not in the layout: "${row.rawLabel}" (${row.cells.map((c) => c.raw).join(" ")})`,
      row.source,
    ),
  );
  // The layout's cells first (no key listing), then one pass over every cell, stopping at the first value
  // that is neither 0 nor blank.
  if (hasValue(reader, template)) return out;
  const cells = report.cells as Readonly<Record<string, Cell | undefined>>;
  let count = 0;
  let allBlank = true;
  for (const id of Object.keys(cells)) {
    const c = cells[id];
    if (c === undefined) continue;
    if (!isZeroOrBlank(c)) return out;
    if (c.status !== "blank") allBlank = false;
    count++;
  }
  if (count > 0) {
    out.push(
      messageFinding(
        "STRUCT-ALL-ZERO",
        "info",
        allBlank ? `表格的${count}个数据单元格全部空白` : `表格的${count}个数据全部为0或空白`,
        allBlank
          ? `all ${count} table values are blank (the template printed empty)`
          : `all ${count} table values are 0 or blank`,
        report.tables[0]?.source,
      ),
    );
  }
  return out;
}

/**
 * Every structure finding of a report; `template` is the gb layout of its era, when it has one; `cells` the
 * report's cell reader, when the caller already has one.
 */
export function structureFindings(
  report: AnnualReport,
  template: Template | undefined,
  cells: CellReader = cellReader(report),
): Finding[] {
  const out: Finding[] = [];
  if (report.meta.formatEra === "unknown") {
    out.push(
      messageFinding(
        "STRUCT-ERA",
        "warning",
        "无法判断报告所用的格式（2021版、2019版或2019年以前的统计表）",
        "the report's format era could not be determined",
      ),
    );
  }
  append(out, numbering(report, template === undefined));
  if (template) {
    append(out, officialSections(report, template));
    append(out, tablesAndRows(report, template, cells));
  }
  append(out, extrasAndBlank(report, template, cells));
  return out;
}
