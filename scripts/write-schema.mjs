// Writes the JSON Schemas generated from the zod schemas into dist/ (run after tsup).
import { writeFileSync } from "node:fs";
import { JSON_SCHEMA_NAMES, jsonSchema } from "../dist/index.js";

for (const name of JSON_SCHEMA_NAMES) {
  const file = name === "report" ? "dist/schema.json" : `dist/${name}.schema.json`;
  writeFileSync(file, `${JSON.stringify(jsonSchema(name), null, 2)}\n`);
}
console.log(`wrote ${JSON_SCHEMA_NAMES.length} JSON Schemas to dist/`);
