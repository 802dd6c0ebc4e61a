/** The diff and series results as zod schemas (JSON-representable), with their types. */
import { z } from "zod";
import { CellStatusSchema, FormatEraSchema } from "../schema/common.js";
import { FindingSchema } from "../schema/finding.js";
import { MappingSchema, MetricIdSchema } from "../schema/normalized.js";

const BilingualSchema = z.object({ zh: z.string(), en: z.string() });

/** The conflicts of a metric's value with its report's own tables, passed through from the normalized view. */
const ConflictsSchema = z
  .array(z.object({ rule: z.string(), message: BilingualSchema }))
  .optional()
  .describe("Error findings of the report's own tables involving a cell the value was read from (normalized view).");

/** Set when a missing value's cells are blank in the report (blank, not absent). */
const BlankSchema = z
  .literal(true)
  .optional()
  .describe("True when the value is missing because a cell it is read from is printed blank.");

/** Which report a side of a diff is: its year, body and era. */
export const ReportRefSchema = z
  .object({
    year: z.number().int().nullable(),
    org: z.string().nullable(),
    era: FormatEraSchema,
  })
  .describe("A report of a diff or series: year, body and format era.");
/** Which report a side of a diff is. */
export type ReportRef = z.infer<typeof ReportRefSchema>;

/** A cell's status, or `absent` when the report does not have the cell. */
export const ValueStatusSchema = z
  .union([CellStatusSchema, z.literal("absent")])
  .describe("number | blank | na | text | absent");
/** A cell's status, or `absent`. */
export type ValueStatus = z.infer<typeof ValueStatusSchema>;

/** One side of a field change: the value, its status and the verbatim text. */
export const FieldSideSchema = z
  .object({
    value: z
      .number()
      .nullable()
      .describe("The value compared: in the column's money unit when the cell writes another (12000元 → 1.2 万元)."),
    status: ValueStatusSchema,
    raw: z.string().nullable().describe("Verbatim cell text; null when absent."),
    unit: z.string().optional().describe("Money unit (元, 万元) written in the cell or a legacy row's unit column."),
  })
  .describe("One side of a field change.");
/** One side of a field change. */
export type FieldSide = z.infer<typeof FieldSideSchema>;

/** A status change (e.g. number → blank); null when the status is the same on both sides. */
export const StatusChangeSchema = z.object({ from: z.string(), to: z.string() }).nullable();

/** The change of one table cell between two reports of the same era. */
export const FieldChangeSchema = z
  .object({
    field: z.string().describe("Field id (fields.tsv, or a legacy typed id)."),
    label: z
      .object({ zh: z.string(), row: z.string(), column: z.string() })
      .describe("Official labels: full cell label, row label, column label."),
    kind: z.enum(["count", "amount", "signed"]).nullable().describe("Column kind; null for legacy ids."),
    old: FieldSideSchema,
    new: FieldSideSchema,
    change: z.number().nullable().describe("new − old when both are numbers."),
    relativeChange: z.number().nullable().describe("(new − old) / |old|; null when old is 0 or not a number."),
    statusChange: StatusChangeSchema,
    changed: z.boolean().describe("False only for unchanged fields listed with includeUnchanged."),
    note: BilingualSchema.optional().describe(
      "Why the values were converted to one money unit, or why no change is computed (units not reconcilable).",
    ),
  })
  .describe("A changed (or, when asked, unchanged) table cell.");
/** The change of one table cell. */
export type FieldChange = z.infer<typeof FieldChangeSchema>;

/** Whether a metric side has a number, is missing (blank / absent cells) or is unavailable in its era. */
export const MetricStatusSchema = z.enum(["number", "missing", "unavailable"]);
/** Status of a metric side. */
export type MetricStatus = z.infer<typeof MetricStatusSchema>;

/** One side of a metric change: the value and how it was mapped from that report's era. */
export const MetricSideSchema = z
  .object({
    value: z.number().nullable(),
    status: MetricStatusSchema,
    mapping: MappingSchema,
    reason: BilingualSchema.nullable().describe("Why approximate / unavailable (null when exact)."),
    sources: z.array(z.string()).describe("Field ids the value came from."),
    blank: BlankSchema,
    conflicts: ConflictsSchema,
  })
  .describe("One side of a metric change.");
/** One side of a metric change. */
export type MetricSide = z.infer<typeof MetricSideSchema>;

/** The change of one metric of the normalized view. */
export const MetricChangeSchema = z
  .object({
    metric: MetricIdSchema,
    label: BilingualSchema,
    old: MetricSideSchema,
    new: MetricSideSchema,
    change: z.number().nullable(),
    relativeChange: z.number().nullable(),
    statusChange: StatusChangeSchema,
    approximate: z.boolean().describe("True when either side's mapping is approximate."),
    changed: z.boolean(),
  })
  .describe("A changed (or, when asked, unchanged) metric.");
/** The change of one metric. */
export type MetricChange = z.infer<typeof MetricChangeSchema>;

/** What diffReports returns. */
export const ReportDiffSchema = z
  .object({
    older: ReportRefSchema,
    newer: ReportRefSchema,
    sameEra: z.boolean().describe("Both reports are of the same (known) era: fields are compared by id."),
    fields: z.array(FieldChangeSchema).describe("Field changes (empty when the eras differ)."),
    metrics: z.array(MetricChangeSchema).describe("Metric changes on the normalized view (always)."),
    unchanged: z.object({
      fields: z.number().int().min(0),
      metrics: z.number().int().min(0).describe("Metrics of the same value and status on both sides."),
      unavailable: z
        .number()
        .int()
        .min(0)
        .optional()
        .describe("Metrics unavailable in both reports' eras (not counted in metrics)."),
    }),
    findings: z.array(FindingSchema).describe("Cross-year findings (crossYearFindings)."),
  })
  .describe("Year-over-year diff of two reports.");
/** Year-over-year diff of two reports. */
export type ReportDiff = z.infer<typeof ReportDiffSchema>;

/** One metric's value in one report of a series. */
export const SeriesPointSchema = z.object({
  year: z.number().int().nullable(),
  value: z.number().nullable(),
  status: MetricStatusSchema,
  mapping: MappingSchema,
  reason: BilingualSchema.nullable(),
  blank: BlankSchema,
  conflicts: ConflictsSchema,
});
/** One metric's value in one report of a series. */
export type SeriesPoint = z.infer<typeof SeriesPointSchema>;

/** One metric across the reports of a series. */
export const SeriesRowSchema = z.object({
  metric: MetricIdSchema,
  label: BilingualSchema,
  points: z.array(SeriesPointSchema).describe("One point per report, in series order."),
  changes: z.array(z.number().nullable()).describe("Change from each report to the next (length n − 1)."),
});
/** One metric across the reports of a series. */
export type SeriesRow = z.infer<typeof SeriesRowSchema>;

/** What diffSeries returns. */
export const ReportSeriesSchema = z
  .object({
    reports: z.array(ReportRefSchema).describe("The reports, sorted by year (unknown years last)."),
    metrics: z.array(SeriesRowSchema),
    pairs: z
      .array(z.object({ older: z.number().int(), newer: z.number().int(), findings: z.array(FindingSchema) }))
      .describe("Cross-year findings between each consecutive pair (indexes into reports)."),
  })
  .describe("A series of reports of one body, metric by year.");
/** A series of reports of one body. */
export type ReportSeries = z.infer<typeof ReportSeriesSchema>;
