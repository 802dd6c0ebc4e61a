/** JSON Schema (draft 2020-12) generated from the zod schemas, for other languages and tools. */
import { z } from "zod";
import { ReportDiffSchema, ReportSeriesSchema } from "../diff/schema.js";
import { VERSION } from "../version.js";
import {
  CheckBatchSchema,
  CheckLineSchema,
  CheckResultSchema,
  NormalizeBatchSchema,
  NormalizedRowSchema,
  ParseBatchSchema,
  ParseLineSchema,
} from "./cli-output.js";
import { FindingSchema } from "./finding.js";
import { AnnualReportSchema, ParseResultSchema } from "./report.js";

/**
 * The schemas that can be exported as JSON Schema, by name: the data contracts (`report`, `parse-result`,
 * `finding`) and every JSON / NDJSON shape the CLI writes.
 */
export const JSON_SCHEMA_NAMES = Object.freeze([
  "report",
  "parse-result",
  "finding",
  "parse-line",
  "parse-batch",
  "check-result",
  "check-line",
  "check-batch",
  "normalize-row",
  "normalize-batch",
  "diff",
  "series",
] as const);
/** A name of an exportable schema. */
export type JsonSchemaName = (typeof JSON_SCHEMA_NAMES)[number];

const SCHEMAS: Record<JsonSchemaName, z.ZodType> = {
  report: AnnualReportSchema,
  "parse-result": ParseResultSchema,
  finding: z.array(FindingSchema),
  "parse-line": ParseLineSchema,
  "parse-batch": ParseBatchSchema,
  "check-result": CheckResultSchema,
  "check-line": CheckLineSchema,
  "check-batch": CheckBatchSchema,
  "normalize-row": NormalizedRowSchema,
  "normalize-batch": NormalizeBatchSchema,
  diff: ReportDiffSchema,
  series: ReportSeriesSchema,
};

/** What each schema describes, by name (the `xxgk schema --help` text and the README list these). */
export const JSON_SCHEMA_DESCRIPTIONS: Readonly<Record<JsonSchemaName, string>> = {
  report: "AnnualReport (the package's schema.json)",
  "parse-result": "{ report, diagnostics }: `xxgk parse --format json` for one input",
  finding: "an array of findings",
  "parse-line": "{ path, report, diagnostics }: one line of `xxgk parse --format ndjson`",
  "parse-batch": "an array of parse-line: `xxgk parse --format json` for several inputs",
  "check-result": "an array of findings: `xxgk check --format json` for one input",
  "check-line": "{ path, findings }: one element of check-batch",
  "check-batch": "an array of check-line: `xxgk check --format json` for several inputs",
  "normalize-row": "{ report, year, org, era, metric, value, mapping, reason, sources }: one normalized row",
  "normalize-batch": "an array of normalize-row: `xxgk normalize --format json`",
  diff: "the two-report diff: `xxgk diff <older> <newer> --format json`",
  series: "the series: `xxgk diff --series <inputs…> --format json`",
};

/** The file `scripts/write-schema.mjs` writes a schema to in `dist/` (and its `$id` names): by name. */
export function jsonSchemaFile(name: JsonSchemaName): string {
  return name === "report" ? "schema.json" : `${name}.schema.json`;
}

/**
 * Returns the JSON Schema (draft 2020-12) of a data contract or CLI output, by name (see `JSON_SCHEMA_NAMES`):
 * `report` (AnnualReport, the default and the package's `schema.json`), `parse-result` ({ report,
 * diagnostics }), `finding` (an array of findings), `parse-line` / `parse-batch` (an NDJSON line of `xxgk
 * parse` / an array of them), `check-result` / `check-line` / `check-batch`, `normalize-row` /
 * `normalize-batch`, `diff` and `series`. Throws a TypeError for an unknown name (programmer misuse).
 */
export function jsonSchema(name: JsonSchemaName = "report"): Record<string, unknown> {
  const schema = Object.hasOwn(SCHEMAS, name) ? SCHEMAS[name] : undefined;
  if (!schema) throw new TypeError(`unknown schema "${String(name)}"; expected one of ${JSON_SCHEMA_NAMES.join(", ")}`);
  const out = z.toJSONSchema(schema, { target: "draft-2020-12", io: "output" }) as Record<string, unknown>;
  return { $id: `https://unpkg.com/xxgk-annual-report@${VERSION}/dist/${jsonSchemaFile(name)}`, ...out };
}
