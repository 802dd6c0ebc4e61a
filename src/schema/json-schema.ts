/** JSON Schema (draft 2020-12) generated from the zod schemas, for other languages and tools. */
import { z } from "zod";
import { FindingSchema } from "./finding.js";
import { AnnualReportSchema, ParseResultSchema } from "./report.js";

/** The schemas that can be exported as JSON Schema, by name. */
export const JSON_SCHEMA_NAMES = ["report", "parse-result", "finding"] as const;
/** A name of an exportable schema. */
export type JsonSchemaName = (typeof JSON_SCHEMA_NAMES)[number];

const SCHEMAS = {
  report: AnnualReportSchema,
  "parse-result": ParseResultSchema,
  finding: z.array(FindingSchema),
} as const;

/**
 * Returns the JSON Schema (draft 2020-12) of a data contract: `report` (AnnualReport, the default and the
 * package's `schema.json`), `parse-result` ({ report, diagnostics }) or `finding` (an array of findings).
 */
export function jsonSchema(name: JsonSchemaName = "report"): Record<string, unknown> {
  const schema = SCHEMAS[name];
  if (!schema) throw new TypeError(`unknown schema "${String(name)}"; expected one of ${JSON_SCHEMA_NAMES.join(", ")}`);
  const out = z.toJSONSchema(schema, { target: "draft-2020-12", io: "output" }) as Record<string, unknown>;
  return { $id: `https://unpkg.com/xxgk-annual-report/dist/${name === "report" ? "schema" : name}.json`, ...out };
}
