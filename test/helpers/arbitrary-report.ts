/**
 * Reports for the render and round-trip tests: a builder from raw cell texts, and fast-check arbitraries of
 * random valid gb2021 / gb2019 reports generated from the templates (so a template row added later is
 * covered without touching this file).
 */
import fc from "fast-check";
import type { Cell } from "../../src/schema/common.js";
import { emptyReport } from "../../src/schema/empty.js";
import type { AnnualReport, Section } from "../../src/schema/report.js";
import { templateCells, templateOf } from "../../src/templates/index.js";
import type { ColumnTemplate, RowTemplate, Template } from "../../src/templates/types.js";
import { textCell } from "./cells.js";

/** The two gb eras the arbitraries produce. */
export type GbEra = "gb2021" | "gb2019";

/** A cell read from its raw text the way the parser reads it. */
export function cellOf(raw: string): Cell {
  return textCell(raw);
}

const SECTION_TEXTS: Record<string, string> = {
  overview: "本年度，本机关认真贯彻落实《中华人民共和国政府信息公开条例》。",
  problems_improvements: "主要问题是公开内容不够全面，下一步将加强培训。",
  other_matters: "本年度未收取信息处理费。",
};

/** A section with a heading and text (for reports built in tests). */
export function sectionOf(template: Template, id: string, text: string): Section {
  const st = template.sections.find((s) => s.id === id);
  if (!st) throw new Error(`no section ${id}`);
  return {
    id: st.id,
    number: st.number,
    heading: `${st.number}、${st.labels[0]}`,
    text,
    subsections: [],
    source: { line: 1, column: 1, offset: 0 },
  };
}

/** Builds a report of an era from raw cell texts keyed by field id (sections with short texts). */
export function reportOf(
  era: GbEra,
  raws: Readonly<Record<string, string>>,
  meta: { orgName?: string; year?: number } = {},
): AnnualReport {
  const template = templateOf(era);
  if (!template) throw new Error(`no template ${era}`);
  const report = emptyReport("lines");
  report.meta.formatEra = era;
  report.meta.orgName = meta.orgName ?? "某某市某某局";
  report.meta.year = meta.year ?? (era === "gb2021" ? 2023 : 2019);
  for (const [id, raw] of Object.entries(raws)) (report.cells as Record<string, Cell>)[id] = cellOf(raw);
  report.sections = template.sections.map((s) => sectionOf(template, s.id, SECTION_TEXTS[s.id] ?? ""));
  return report;
}

/** A template cell with its row and column. */
export interface TemplateCell {
  id: string;
  row: RowTemplate;
  column: ColumnTemplate;
}

/**
 * Field ids of an era's printed layout. Rows that are another era's collapsed form are left out, unless
 * `hybrid` is set: then those rows replace the group they collapse (a 2021 report printing （六） as one row).
 */
export function printedFieldIds(era: GbEra, hybrid = false): TemplateCell[] {
  const template = templateOf(era);
  if (!template) return [];
  const cells = [...templateCells([template])];
  if (!hybrid) return cells.filter((c) => !c.row.collapsedGroup);
  const collapsed = new Set(cells.flatMap((c) => (c.row.collapsedGroup ? [c.row.collapsedGroup.group] : [])));
  return cells.filter((c) => !c.row.groups.some((g) => collapsed.has(g)));
}

/** The hybrid blocks a hybrid report of an era has (from the templates' `collapsedGroup` rows). */
export function hybridBlocksOf(era: GbEra): AnnualReport["meta"]["hybridBlocks"] {
  const template = templateOf(era);
  return (template?.tables ?? []).flatMap((table) =>
    table.rows.flatMap((row) =>
      row.collapsedGroup ? [{ table: table.id, block: row.collapsedGroup.group, era: row.collapsedGroup.era }] : [],
    ),
  );
}

/** Every printed cell of an era filled with `raw(id, kind)`. */
export function fullReport(era: GbEra, raw: (id: string, kind: ColumnTemplate["kind"]) => string): AnnualReport {
  const raws: Record<string, string> = {};
  for (const { id, column } of printedFieldIds(era)) raws[id] = raw(id, column.kind);
  return reportOf(era, raws);
}

// --- fast-check arbitraries ---

const NA_TEXTS = ["-", "/", "无"] as const;

/** Digits written full-width (１２３), as some Word documents print them. */
function fullWidth(n: number): string {
  return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
}

/** A count as printed: mostly plain digits, sometimes with thousands separators, a written unit or full-width digits. */
const countArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: fc.nat({ max: 5000 }).map(String) },
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 999999 }).map((n) => n.toLocaleString("en-US")) },
  { weight: 1, arbitrary: fc.nat({ max: 500 }).map((n) => `${n}件`) },
  { weight: 1, arbitrary: fc.nat({ max: 500 }).map(fullWidth) },
);

/** An amount: a count, or a decimal with one or two decimals, sometimes with 元 written in the cell. */
const amountArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.nat({ max: 100000 }).map(String) },
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.nat({ max: 99999 }), fc.integer({ min: 1, max: 99 }))
      .map(([i, d]) => `${i}.${String(d).padStart(2, "0").replace(/0$/, "")}`),
  },
  { weight: 1, arbitrary: fc.nat({ max: 999999 }).map((n) => `${n}元`) },
);

/** A signed change (2019 本年增/减): negative, zero or positive, sometimes with an explicit plus (+1036). */
const signedArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -500, max: 500 }).map(String) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 2000 }).map((n) => `+${n}`) },
);

/** A raw cell text of a column kind: mostly numbers, sometimes blank or na (`-`, `/`, `无`). */
export function rawCellArb(kind: ColumnTemplate["kind"]): fc.Arbitrary<string> {
  const number = kind === "amount" ? amountArb : kind === "signed" ? signedArb : countArb;
  return fc.oneof(
    { weight: 12, arbitrary: number },
    { weight: 1, arbitrary: fc.constant("") },
    { weight: 1, arbitrary: fc.constantFrom(...NA_TEXTS) },
  );
}

const ORG_PLACES = ["兰溪市", "洪泽区", "市中区", "太康县", "淮安市", "雄县", "洱源县", "武汉市"] as const;
const ORG_BODIES = ["卫生健康局", "人民政府", "生态环境局", "审计局", "教育局", "财政局", "人民政府办公室"] as const;
const PROSE = [
  "本机关坚持以公开为常态、不公开为例外。",
  "全年主动公开政府信息1200条。",
  "进一步完善政府信息公开工作机制。",
  "加强政府网站和政务新媒体建设。",
  "依法依规做好依申请公开工作，按时答复。",
] as const;

/**
 * Sentences with characters that need escaping in some shape (Markdown, HTML, cell separators). Left out:
 * text that looks like an HTML tag (`<b>…</b>`): the recognizer drops such lines from non-HTML text.
 */
const TRICKY_PROSE = [
  "收取信息处理费*0*元，详见[附件]。",
  "# 号开头的句子。",
  "当x<y且a>b时，&amp;与&符号照录。",
  "- 以短横开头的句子。",
  "1. 以编号开头的句子。",
  "甲|乙两项合计100_000元。",
  "反斜杠\\和`反引号`照录。",
] as const;

/** A plausible section text of one to three sentences (lines), some with characters that need escaping. */
export const sectionTextArb: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...PROSE) },
      { weight: 1, arbitrary: fc.constantFrom(...TRICKY_PROSE) },
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((s) => s.join("\n"));

/** A section text of plain sentences only. */
export const plainSectionTextArb: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...PROSE), { minLength: 1, maxLength: 3 })
  .map((s) => s.join("\n"));

/** The distinct rows of a list of template cells, in order. */
function rowsOf(cells: readonly TemplateCell[]): RowTemplate[] {
  return [...new Set(cells.map((c) => c.row))];
}

/** Whether a row may be left out by `dropRows`: a rows-layout row whose labels are not era signals. */
function droppable(template: Template, row: RowTemplate): boolean {
  const table = template.tables.find((t) => t.rows.includes(row));
  if (table?.layout !== "rows") return false;
  const signals = new Set(template.signals);
  return !row.labels.some((l) => signals.has(l)) && !row.columns.some((c) => c.labels.some((l) => signals.has(l)));
}

/** Options of reportArb. */
export interface ReportArbOptions {
  /** Print the other era's collapsed rows instead of the groups they collapse (gb2021 with a one-row （六）). */
  hybrid?: boolean;
  /**
   * Leave whole rows out (absent) with this probability, per row of the rows-layout tables; rows whose
   * labels signal the era (`signals`) and the sequence table (Table 四) are always kept.
   */
  dropRows?: number;
  /** Section texts of plain sentences only (no Markdown/HTML-looking text such as a leading `# `). */
  plainProse?: boolean;
}

/** A random valid report of an era built from its template: every printed cell present. */
export function reportArb(era: GbEra, options: ReportArbOptions = {}): fc.Arbitrary<AnnualReport> {
  const template = templateOf(era);
  if (!template) throw new Error(`no template ${era}`);
  const ids = printedFieldIds(era, options.hybrid);
  const years = era === "gb2021" ? { min: 2021, max: 2025 } : { min: 2019, max: 2020 };
  return fc
    .record({
      cells: fc.tuple(...ids.map((c) => rawCellArb(c.column.kind))),
      dropped: fc.tuple(...rowsOf(ids).map(() => fc.noBias(fc.double({ min: 0, max: 1, noNaN: true })))),
      place: fc.constantFrom(...ORG_PLACES),
      body: fc.constantFrom(...ORG_BODIES),
      year: fc.integer(years),
      texts: fc.tuple(...template.sections.map(() => (options.plainProse ? plainSectionTextArb : sectionTextArb))),
    })
    .map(({ cells, dropped, place, body, year, texts }) => {
      const drop = new Set(
        rowsOf(ids).filter((row, i) => droppable(template, row) && (dropped[i] ?? 1) < (options.dropRows ?? 0)),
      );
      const raws: Record<string, string> = {};
      ids.forEach(({ id, row }, i) => {
        if (!drop.has(row)) raws[id] = cells[i] ?? "";
      });
      const report = reportOf(era, raws, { orgName: `${place}${body}`, year });
      report.sections = template.sections.map((s, i) => sectionOf(template, s.id, texts[i] ?? ""));
      if (options.hybrid) {
        report.meta.hybridBlocks = hybridBlocksOf(era).filter((b) =>
          ids.some((c) => !drop.has(c.row) && c.row.collapsedGroup?.group === b.block),
        );
      }
      return report;
    });
}
