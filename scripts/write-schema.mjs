// Writes the JSON Schemas generated from the zod schemas into dist/ (run after tsup): dist/schema.json (the
// AnnualReport) and dist/<name>.schema.json for every other name of JSON_SCHEMA_NAMES (parse-result, finding,
// and each JSON / NDJSON output of the CLI). Each schema's $id names the file it is written to.
import { writeFileSync } from "node:fs";
import { JSON_SCHEMA_NAMES, jsonSchema } from "../dist/index.js";

for (const name of JSON_SCHEMA_NAMES) {
  const file = name === "report" ? "schema.json" : `${name}.schema.json`;
  const schema = jsonSchema(name);
  if (typeof schema.$id !== "string" || !schema.$id.endsWith(`/dist/${file}`)) {
    throw new Error(`schema ${name}: $id ${String(schema.$id)} does not name dist/${file}`);
  }
  writeFileSync(`dist/${file}`, `${JSON.stringify(schema, null, 2)}\n`);
}
console.log(`wrote ${JSON_SCHEMA_NAMES.length} JSON Schemas to dist/`);
