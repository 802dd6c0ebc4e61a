/**
 * The JSON the CLI writes, as zod schemas: one NDJSON line or JSON array element per document for `parse`
 * and `check`, the arrays over several inputs, and the rows of `normalize`. (The diff and series objects have
 * their schemas in `src/diff/schema.ts`; a single report's parse result and findings in `report.ts` and
 * `finding.ts`.)
 */
import { z } from "zod";
import { FormatEraSchema } from "./common.js";
import { FindingSchema } from "./finding.js";
import { MappingSchema, MetricIdSchema } from "./normalized.js";
import { ParseResultSchema } from "./report.js";

const PathSchema = z.string().describe("The input's path as given on the command line (or found in a folder).");

/** One line of `xxgk parse --format ndjson`, and one element of `xxgk parse --format json` over several inputs. */
export const ParseLineSchema = z
  .object({ path: PathSchema, ...ParseResultSchema.shape })
  .describe("One document's parse result with its path: an NDJSON line of `xxgk parse`.");
/** One document's parse result with its path. */
export type ParseLine = z.infer<typeof ParseLineSchema>;

/** What `xxgk parse --format json` prints over several inputs: one parse line per usable document. */
export const ParseBatchSchema = z
  .array(ParseLineSchema)
  .describe("The parse results of several documents, in input order.");
/** The parse results of several documents. */
export type ParseBatch = z.infer<typeof ParseBatchSchema>;

/** What `xxgk check --format json` prints for one input: its findings. */
export const CheckResultSchema = z.array(FindingSchema).describe("The findings of one report.");
/** The findings of one report. */
export type CheckResult = z.infer<typeof CheckResultSchema>;

/** One element of `xxgk check --format json` over several inputs: a document's path and findings. */
export const CheckLineSchema = z
  .object({ path: PathSchema, findings: CheckResultSchema })
  .describe("One report's findings with its path.");
/** One report's findings with its path. */
export type CheckLine = z.infer<typeof CheckLineSchema>;

/** What `xxgk check --format json` prints over several inputs. */
export const CheckBatchSchema = z.array(CheckLineSchema).describe("The findings of several reports, in input order.");
/** The findings of several reports. */
export type CheckBatch = z.infer<typeof CheckBatchSchema>;

/** One row of `xxgk normalize --format json` (`normalizedRows`): one metric of one report, flat. */
export const NormalizedRowSchema = z
  .object({
    report: z.string().nullable().describe("The report's path (or name) as given; null when none was."),
    year: z.number().int().nullable(),
    org: z.string().nullable(),
    era: FormatEraSchema,
    metric: MetricIdSchema,
    value: z.number().nullable(),
    mapping: MappingSchema,
    reason: z.string().nullable().describe("Why approximate / unavailable, `zh / en`; null when exact."),
    sources: z.array(z.string()).describe("Field ids the value came from."),
    conflicts: z
      .array(z.string())
      .describe(
        "Rule ids of the report's own error findings that involve a source of the metric (Metric.conflicts), each once; empty when none.",
      ),
  })
  .describe("One metric of one report (a row of the normalized view).");
/** One metric of one report, flat (the shape of `NormalizedRow`). */
export type NormalizedRowOutput = z.infer<typeof NormalizedRowSchema>;

/** What `xxgk normalize --format json` prints, for any number of inputs: the rows of every report. */
export const NormalizeBatchSchema = z
  .array(NormalizedRowSchema)
  .describe("The normalized rows of the reports, in input order, metrics in METRIC_IDS order.");
/** The normalized rows of the reports. */
export type NormalizeBatch = z.infer<typeof NormalizeBatchSchema>;
