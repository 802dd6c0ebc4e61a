/**
 * Turns a report into a shape-neutral sequence of items (title, headings, paragraphs, tables) in the
 * official order of its era: the six sections with their text, each statistics table under its section.
 */
import type { Cell } from "../schema/common.js";
import type { AnnualReport, LegacyTable, Section } from "../schema/report.js";
import { GB_TEMPLATES, templateCells, templateOf } from "../templates/index.js";
import type { TableTemplate, Template } from "../templates/types.js";
import { headerCell, type RenderCell, type RenderGrid, valueCell } from "./grid.js";
import { type AbsentPolicy, tableLayout } from "./table-layout.js";

/** One item of a rendered document. */
export type RenderItem =
  | { kind: "title"; text: string }
  | { kind: "heading"; level: 2 | 3; text: string }
  | {
      kind: "paragraph";
      text: string;
      /**
       * True for a row of a table printed as a line of text after its grid (an extra row whose cells cannot be
       * told: unplaced-rows.ts): a shape must not write it so that it reads as a row of the table.
       */
      rowText?: boolean;
    }
  | { kind: "table"; grid: RenderGrid };

/** The report's title: meta.title, else `${orgName}${year}年政府信息公开工作年度报告`. */
export function reportTitle(report: AnnualReport): string {
  const { title, orgName, year } = report.meta;
  if (title) return title;
  return `${orgName ?? ""}${year === null ? "" : `${year}年`}政府信息公开工作年度报告`;
}

/**
 * The gb template to lay the report out in: its era's, else (era unknown) the one whose fields cover most
 * of the report's cells; undefined when the report has no gb cells and no gb era.
 */
export function layoutTemplate(report: AnnualReport): Template | undefined {
  const byEra = templateOf(report.meta.formatEra);
  if (byEra) return byEra;
  let best: Template | undefined;
  let bestScore = 0;
  for (const template of GB_TEMPLATES) {
    let score = 0;
    for (const { id } of templateCells([template])) if (Object.hasOwn(report.cells, id)) score++;
    if (score > bestScore) [best, bestScore] = [template, score];
  }
  return best;
}

/**
 * The layout a statistics table is printed in: the era the table was read in (report.tables[].era; a
 * 2021 report printing the 2019 Table 二, a 2020 report with the 2021 Table 三, D10), else the report's.
 * Its cells carry that era's field ids, so only that era's rows print them all.
 */
export function tableTemplateOf(report: AnnualReport, template: Template, id: string): TableTemplate | undefined {
  const read = report.tables.find((t) => t.id === id);
  const own = read && read.era !== template.id ? templateOf(read.era) : undefined;
  return (own ?? template).tables.find((t) => t.id === id);
}

function paragraphs(text: string): RenderItem[] {
  return text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .map((p) => ({ kind: "paragraph", text: p }));
}

/** Prefixes a heading with its numbering unless the printed heading already starts with it. */
function numbered(number: string, heading: string): string {
  return number === "" || heading.startsWith(number) ? heading : `${number}${heading}`;
}

const squashed = (text: string): string => text.replace(/\s+/g, "");

/**
 * Whether a text holds every sub-heading. Each is looked for after the one before it first (sub-sections
 * come in order: one pass over the text), then anywhere.
 */
function holdsEvery(text: string, subheadings: readonly string[]): boolean {
  let from = 0;
  for (const subheading of subheadings) {
    const heading = squashed(subheading);
    const at = text.indexOf(heading, from);
    if (at >= 0) from = at + heading.length;
    else if (!text.includes(heading)) return false;
  }
  return true;
}

/**
 * A section's body: its text, then its sub-sections as level-3 headings with their text — unless the
 * section text already holds the sub-sections (every sub-heading occurs in it), which is then written alone.
 */
function sectionBody(section: Section | undefined): RenderItem[] {
  if (!section) return [];
  const text = officialSubheadings(section);
  const out = paragraphs(text);
  if (holdsEvery(squashed(text), section.subsections.map(officialSubheading))) return out;
  for (const sub of section.subsections) {
    const heading = officialSubheading(sub);
    out.push({ kind: "heading", level: 3, text: numbered(sub.number ?? "", heading) }, ...paragraphs(sub.text));
  }
  return out;
}

/** The numbering of a sub-section printed 一、… (in a report whose sections were numbered 第一部分). */
const PART_SUB = /^[一二三四五六七八九十]{1,3}[、.,，]\s*/;

/**
 * A sub-heading in the layout's form: one printed 一、主动公开情况 under a 第一部分 section is written with its
 * number （一） (under the 一、 heading the renderer prints, 一、 would read as a section of its own).
 */
function officialSubheading(sub: Section["subsections"][number]): string {
  if (sub.number === null || !PART_SUB.test(sub.heading)) return sub.heading;
  return `${sub.number}${sub.heading.replace(PART_SUB, "")}`;
}

/** A section's text with its sub-headings printed 一、… in the layout's form (see officialSubheading). */
function officialSubheadings(section: Section): string {
  const rewritten = section.subsections.filter((sub) => officialSubheading(sub) !== sub.heading);
  if (rewritten.length === 0) return section.text;
  return section.text
    .split("\n")
    .map((line) => {
      const sub = rewritten.find((s) => line.trimStart().startsWith(s.heading));
      return sub ? `${officialSubheading(sub)}${line.trimStart().slice(sub.heading.length)}` : line;
    })
    .join("\n");
}

/**
 * A pre-2019 statistics table as label | unit | value … | remark, section rows spanning the width. Rows
 * read from a table with several value columns (区政府 | 区直单位 …, LegacyRow.column) are printed back as one
 * row with those columns.
 */
export function legacyGrid(table: LegacyTable): RenderGrid {
  const columns = [...new Set(table.rows.flatMap((r) => (r.column === null ? [] : [r.column])))];
  const valueHeads = columns.length > 0 ? columns : ["数量"];
  const width = 3 + valueHeads.length;
  const rows: RenderCell[][] = [
    [headerCell("项目"), headerCell("单位"), ...valueHeads.map((h) => headerCell(h)), headerCell("备注")],
  ];
  let section: string | null = null;
  let i = 0;
  while (i < table.rows.length) {
    const row = table.rows[i];
    if (!row) break;
    if (row.section !== null && row.section !== section) rows.push([headerCell(row.section, width)]);
    section = row.section;
    const values = valueHeads.map(() => "");
    const filled = new Set<number>();
    let j = i;
    for (; j < table.rows.length; j++) {
      const next = table.rows[j];
      if (!next || next.label !== row.label || next.section !== row.section) break;
      const at = columns.length > 0 && next.column !== null ? columns.indexOf(next.column) : 0;
      if (j > i && (columns.length === 0 || next.column === null || filled.has(at))) break;
      values[at] = next.cell.raw;
      filled.add(at);
    }
    rows.push([
      headerCell(row.label),
      valueCell(row.unit ?? ""),
      ...values.map((v) => valueCell(v)),
      valueCell(row.remark ?? ""),
    ]);
    i = Math.max(j, i + 1);
  }
  return { rows, width };
}

/** Lays a report out as title, the sections of its layout with their tables, other sections, legacy tables. */
export function layoutReport(report: AnnualReport, absent: AbsentPolicy): RenderItem[] {
  const items: RenderItem[] = [{ kind: "title", text: reportTitle(report) }];
  const template = layoutTemplate(report);
  const lookup = (id: string): Cell | undefined =>
    Object.hasOwn(report.cells, id) ? report.cells[id as keyof typeof report.cells] : undefined;
  const used = new Set<Section>();
  for (const st of template?.sections ?? []) {
    const section = report.sections.find((s) => s.id === st.id && !used.has(s));
    if (section) used.add(section);
    // The report's own heading (一、情况) when it printed the section, else the layout's (一、总体情况).
    const heading = section ? sectionHeading(section) : `${st.number}、${st.labels[0] ?? st.id}`;
    items.push({ kind: "heading", level: 2, text: heading }, ...sectionBody(section));
    const table = template ? tableTemplateOf(report, template, st.id) : undefined;
    const laid = table ? tableLayout(table, lookup, absent, report.extraRows) : undefined;
    if (laid?.grid) items.push({ kind: "table", grid: laid.grid });
    for (const text of laid?.linesAfter ?? []) items.push({ kind: "paragraph", text, rowText: true });
  }
  // The annexes (附件：… sections, the pre-2019 statistics tables) stand where the report printed them against its
  // signature: after it when they come after the report date's line (a signature printed after them would read as
  // a page's furniture), else before it; without a known place, before it.
  const dated = report.meta.sources?.reportDate?.offset;
  const afterSignature = (offset: number): boolean => dated !== undefined && offset > dated;
  const later: RenderItem[] = [];
  for (const section of report.sections) {
    if (used.has(section)) continue;
    const at = section.id === "annex_tables" && afterSignature(section.source.offset) ? later : items;
    at.push({ kind: "heading", level: 2, text: sectionHeading(section) }, ...sectionBody(section));
  }
  for (const table of report.legacy) {
    const at = afterSignature(table.source.offset) ? later : items;
    if (table.title) at.push({ kind: "paragraph", text: table.title });
    at.push({ kind: "table", grid: legacyGrid(table) });
  }
  items.push(...signature(report), ...later);
  return items;
}

/**
 * A section's heading as the report printed it (一、情况, 第一部分 总体情况, （一）总体情况), with its number (二、)
 * in front only when the heading does not print it near its start.
 */
function sectionHeading(section: Section): string {
  const { number, heading } = section;
  if (number === null || heading.slice(0, NUMBER_WINDOW).includes(number)) return heading;
  return `${number}、${heading}`;
}

/** How far into a printed heading its number is looked for (第一部分, （一）, 1. 一、). */
const NUMBER_WINDOW = 5;

/** The closing signature: the issuing body and the report date (2025年1月16日), when the report has a date. */
function signature(report: AnnualReport): RenderItem[] {
  const { orgName, reportDate } = report.meta;
  const m = reportDate ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(reportDate) : null;
  if (!m) return [];
  const date = `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
  return orgName ? [paragraph(orgName), paragraph(date)] : [paragraph(date)];
}

function paragraph(text: string): RenderItem {
  return { kind: "paragraph", text };
}
