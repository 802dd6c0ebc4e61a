import { z } from "zod";
import { FIELD_IDS } from "../templates/field-ids.js";
import { CellSchema, DiagnosticSchema, FormatEraSchema, ShapeSchema, SourcePositionSchema } from "./common.js";

/** A canonical field id of Tables 二, 三, 四 (fields.tsv). */
export const FieldIdSchema = z.enum(FIELD_IDS).describe("Canonical field id (fields.tsv).");

/** The three statistics tables of the gb2019/gb2021 layouts. */
export const TableIdSchema = z
  .enum(["active_disclosure", "applications", "review_litigation"])
  .describe("active_disclosure (Table 二) | applications (Table 三) | review_litigation (Table 四)");
/** A table id. */
export type TableId = z.infer<typeof TableIdSchema>;

/** Section ids of the current layouts (一 … 六) and of the pre-2019 reports (formats.md §4.1). */
export const SECTION_IDS = Object.freeze([
  "overview",
  "active_disclosure",
  "applications",
  "review_litigation",
  "problems_improvements",
  "other_matters",
  "response_interpretation",
  "consultation",
  "fees",
  "organisation",
  "annex_tables",
] as const);
/** A narrative section id. */
export const SectionIdSchema = z.enum(SECTION_IDS).describe("Narrative section id.");
/** A narrative section id. */
export type SectionId = z.infer<typeof SectionIdSchema>;

/** Sub-section ids of 一、总体情况 (（一）…（五）). */
export const SUBSECTION_IDS = Object.freeze([
  "overview.active_disclosure",
  "overview.application_handling",
  "overview.information_management",
  "overview.platform_building",
  "overview.supervision_guarantee",
] as const);

/** A sub-section (（一）…) of a narrative section. */
export const SubsectionSchema = z
  .object({
    id: z.string().nullable().describe("Sub-section id when recognised (e.g. overview.active_disclosure)."),
    number: z.string().nullable().describe("The numbering as printed, normalised: （一）, （二） …"),
    heading: z.string().describe("Heading text as printed (without the body that may follow on its line)."),
    text: z.string().describe("Body text, paragraphs joined by newlines."),
    source: SourcePositionSchema,
    lines: z
      .array(SourcePositionSchema)
      .optional()
      .describe(
        "Where each line of `text` starts in the input: line k of `text` (split at newlines) at `lines[k]`; empty for a section with no text. Absent on reports built by hand.",
      ),
  })
  .describe("A narrative sub-section.");
/** A narrative sub-section. */
export type Subsection = z.infer<typeof SubsectionSchema>;

/** A narrative section (一、总体情况 …). */
export const SectionSchema = z
  .object({
    id: SectionIdSchema.nullable().describe("Section id when recognised, null for an unknown heading."),
    number: z.string().nullable().describe("Chinese ordinal as printed (一, 二 …), null if unnumbered."),
    heading: z.string().describe("Heading text as printed."),
    text: z.string().describe("Body text of the section (tables excluded), paragraphs joined by newlines."),
    subsections: z.array(SubsectionSchema).describe("（一）… sub-sections, in order."),
    source: SourcePositionSchema,
    lines: z
      .array(SourcePositionSchema)
      .optional()
      .describe(
        "Where each line of `text` starts in the input: line k of `text` (split at newlines) at `lines[k]`; empty for a section with no text. Absent on reports built by hand.",
      ),
  })
  .describe("A narrative section.");
/** A narrative section. */
export type Section = z.infer<typeof SectionSchema>;

/** A table block whose layout is from another era than the report's (formats.md D10). */
export const HybridBlockSchema = z
  .object({
    table: TableIdSchema,
    block: z
      .string()
      .describe("Row group concerned (e.g. `results.other`), or `table` when the whole table follows another era."),
    era: FormatEraSchema.describe("Era whose layout that block follows."),
  })
  .describe("A mixed-era table block.");
/** A mixed-era table block. */
export type HybridBlock = z.infer<typeof HybridBlockSchema>;

/** Where and how a statistics table was found. */
export const TableInfoSchema = z
  .object({
    id: TableIdSchema,
    era: FormatEraSchema.describe("Era decided from this table's labels."),
    source: SourcePositionSchema.describe("Where the table starts."),
    rows: z.number().int().min(0).describe("How many template rows were found with values."),
    expectedRows: z.number().int().min(0).describe("How many rows the era's template has."),
  })
  .describe("A recognised statistics table.");
/** A recognised statistics table. */
export type TableInfo = z.infer<typeof TableInfoSchema>;

/** A row the template does not know (an annotated extra row, 其他主动公开文件 …), kept verbatim. */
export const ExtraRowSchema = z
  .object({
    table: TableIdSchema,
    block: z.string().nullable().describe("Block the row stood in (e.g. art20_1), if known."),
    label: z.string().describe("Row label, normalised."),
    rawLabel: z.string().describe("Row label as printed."),
    cells: z.array(CellSchema).describe("The row's value cells, left to right."),
    source: SourcePositionSchema,
  })
  .describe("An unrecognised extra row.");
/** An unrecognised extra row. */
export type ExtraRow = z.infer<typeof ExtraRowSchema>;

/** One row of a pre-2019 statistics table (label / unit / value / remark). */
export const LegacyRowSchema = z
  .object({
    id: z
      .string()
      .nullable()
      .describe("Typed id when the family is recognised (e.g. legacy_national.applications.received), else null."),
    section: z.string().nullable().describe("Section row it stands under (一、主动公开政府信息情况 …)."),
    label: z.string().describe("Row label as printed."),
    normalizedLabel: z.string().describe("Row label after normalisation (used for matching)."),
    unit: z.string().nullable().describe("Unit column (条, 件, 场, 期, 个, 人(次), 元, 万元), as printed."),
    column: z
      .string()
      .nullable()
      .describe("Value column header (数量, 统计数, 本年累计 …), when the table has several."),
    cell: CellSchema.describe("The value cell."),
    remark: z.string().nullable().describe("备注 column text, if any."),
    source: SourcePositionSchema,
  })
  .describe("A legacy statistics-table row.");
/** A legacy statistics-table row. */
export type LegacyRow = z.infer<typeof LegacyRowSchema>;

/** A pre-2019 statistics table (统计表), every row kept. */
export const LegacyTableSchema = z
  .object({
    family: FormatEraSchema.describe("legacy_national | legacy_provincial | unknown (generic capture)."),
    title: z.string().nullable().describe("Table title as printed, if any."),
    rows: z.array(LegacyRowSchema),
    source: SourcePositionSchema,
  })
  .describe("A legacy statistics table.");
/** A legacy statistics table. */
export type LegacyTable = z.infer<typeof LegacyTableSchema>;

/** The statistics period stated in the report (本报告中所列数据的统计期限…). */
export const StatPeriodSchema = z
  .object({
    start: z.string().nullable().describe("ISO date YYYY-MM-DD, when readable."),
    end: z.string().nullable().describe("ISO date YYYY-MM-DD, when readable."),
    raw: z.string().describe("The sentence as printed."),
    source: SourcePositionSchema,
  })
  .describe("Statistics period.");

/** Where the report's title and dates stand in the input. */
const MetaSourcesSchema = z
  .object({
    title: SourcePositionSchema.optional().describe("The line printing the title (its first, when it wraps)."),
    reportDate: SourcePositionSchema.optional().describe("The line printing the report date (落款)."),
    publishDate: SourcePositionSchema.optional().describe(
      "The text block or table cell holding the publication stamp (发布时间).",
    ),
  })
  .describe(
    "Where the title and dates were read, for those read from the document's text (absent for a title taken from an HTML page's head, and on reports built by hand).",
  );

/** Report metadata. */
export const ReportMetaSchema = z
  .object({
    title: z.string().nullable().describe("Report title (…政府信息公开工作年度报告)."),
    orgName: z.string().nullable().describe("Issuing body."),
    year: z.number().int().nullable().describe("Statistical year the report covers."),
    publishDate: z.string().nullable().describe("Publication date shown by the page (发布时间), ISO YYYY-MM-DD."),
    reportDate: z.string().nullable().describe("Date printed at the end of the report (落款), ISO YYYY-MM-DD."),
    statPeriod: StatPeriodSchema.nullable(),
    sources: MetaSourcesSchema.optional(),
    formatEra: FormatEraSchema.describe(
      "Era of the report as a whole (the era of most of its table blocks). A report without a statistics table has the gb layout its statistical year falls in (2019–2020 gb2019, 2021 on gb2021), else unknown.",
    ),
    hybridBlocks: z.array(HybridBlockSchema).describe("Blocks laid out in another era's layout."),
    shape: ShapeSchema,
    encoding: z
      .string()
      .describe("Encoding the input was decoded from (utf-8, utf-16le, gb18030 …; `string` for string input)."),
  })
  .describe("Report metadata.");
/** Report metadata. */
export type ReportMeta = z.infer<typeof ReportMetaSchema>;

/**
 * One government information-disclosure annual report, of any format era. Table values live in `cells`,
 * keyed by the canonical field ids (fields.tsv); a cell the document lacks is absent.
 */
export const AnnualReportSchema = z
  .object({
    schemaVersion: z.literal(1).describe("Version of this data contract."),
    meta: ReportMetaSchema,
    sections: z.array(SectionSchema).describe("Narrative sections, in document order."),
    tables: z.array(TableInfoSchema).describe("Statistics tables found (gb2019/gb2021 Tables 二, 三, 四)."),
    cells: z
      .partialRecord(FieldIdSchema, CellSchema)
      .describe("Table values keyed by field id; absent = not in the document."),
    extraRows: z.array(ExtraRowSchema).describe("Rows the template does not know, kept verbatim."),
    legacy: z.array(LegacyTableSchema).describe("Pre-2019 statistics tables, every row kept."),
  })
  .describe("A parsed 政府信息公开工作年度报告.");
/** A parsed 政府信息公开工作年度报告. */
export type AnnualReport = z.infer<typeof AnnualReportSchema>;

/** What `parseReport` returns: the report and every problem met on the way. */
export const ParseResultSchema = z
  .object({
    report: AnnualReportSchema,
    diagnostics: z.array(DiagnosticSchema),
  })
  .describe("Result of parseReport.");
/** What `parseReport` returns. */
export type ParseResult = z.infer<typeof ParseResultSchema>;
