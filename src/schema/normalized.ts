import { z } from "zod";
import { FormatEraSchema, SourcePositionSchema } from "./common.js";

/** The era-independent metrics of the comparable view (formats.md §4–§6; issue: old formats normalized). */
export const METRIC_IDS = Object.freeze([
  "applications.received",
  "applications.carried_over",
  "applications.handled",
  "applications.granted",
  "applications.partially_granted",
  "applications.refused",
  "applications.unable",
  "applications.not_processed",
  "applications.other",
  "applications.carried_forward",
  "review.total",
  "review.upheld",
  "review.corrected",
  "review.other",
  "review.pending",
  "litigation.total",
  "litigation.upheld",
  "litigation.corrected",
  "litigation.other",
  "litigation.pending",
  "fees.collected_yuan",
  "active.total",
  "active.normative_documents_issued",
  "licensing.decisions",
  "penalty.decisions",
  "coercion.decisions",
  "consultation.total",
  "consultation.phone",
  "consultation.online",
  "consultation.on_site",
] as const);
/** A metric id of the comparable view. */
export const MetricIdSchema = z.enum(METRIC_IDS).describe("Metric id of the normalized view.");
/** A metric id of the comparable view. */
export type MetricId = z.infer<typeof MetricIdSchema>;

/** How a metric was obtained from a report of some era. */
export const MappingSchema = z
  .enum(["exact", "approximate", "unavailable"])
  .describe("exact: same quantity; approximate: comparable with a stated difference; unavailable: not in that era.");
/** How a metric was obtained. */
export type Mapping = z.infer<typeof MappingSchema>;

/** One metric of the comparable view. */
export const MetricSchema = z
  .object({
    id: MetricIdSchema,
    label: z.object({ zh: z.string(), en: z.string() }).describe("What the metric counts."),
    value: z.number().nullable().describe("The value, or null when unavailable, absent or not a number."),
    mapping: MappingSchema,
    reason: z
      .object({ zh: z.string(), en: z.string() })
      .nullable()
      .describe("Why the mapping is approximate or unavailable (null when exact)."),
    sources: z.array(z.string()).describe("Field ids (fields.tsv or legacy ids) the value was computed from."),
    source: SourcePositionSchema.optional().describe("Position of the first source cell."),
    conflicts: z
      .array(
        z
          .object({
            rule: z.string().describe("Rule id of the identity violated (T4-REV, T3-RES …)."),
            message: z.object({ zh: z.string(), en: z.string() }).describe("What the conflict is, for a reader."),
          })
          .describe("An error finding of the report's own tables that involves a cell the value was read from."),
      )
      .optional()
      .describe(
        "Present when the report's tables contradict a cell the value was read from (a printed total that is not the sum of its parts): the value is as printed, not repaired; absent when none does.",
      ),
  })
  .describe("A metric of the normalized view.");
/** A metric of the normalized view. */
export type Metric = z.infer<typeof MetricSchema>;

/** A report reduced to the era-independent comparable view. */
export const NormalizedReportSchema = z
  .object({
    year: z.number().int().nullable(),
    orgName: z.string().nullable(),
    era: FormatEraSchema,
    metrics: z.array(MetricSchema).describe("Every metric of METRIC_IDS, in that order."),
  })
  .describe("The comparable view of a report.");
/** A report reduced to the era-independent comparable view. */
export type NormalizedReport = z.infer<typeof NormalizedReportSchema>;
