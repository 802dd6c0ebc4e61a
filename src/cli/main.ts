#!/usr/bin/env node
/** The `xxgk` command: a thin shell over the library API. */
import { JSON_SCHEMA_NAMES, type JsonSchemaName, jsonSchema } from "../index.js";

const [, , command, ...rest] = process.argv;
if (command === "schema") {
  const name = (rest[0] ?? "report") as JsonSchemaName;
  if (!JSON_SCHEMA_NAMES.includes(name)) {
    process.stderr.write(`xxgk schema: unknown schema "${name}" (expected ${JSON_SCHEMA_NAMES.join(", ")})\n`);
    process.exit(2);
  }
  process.stdout.write(`${JSON.stringify(jsonSchema(name), null, 2)}\n`);
} else {
  process.stderr.write("usage: xxgk schema [report|parse-result|finding]\n");
  process.exit(command ? 2 : 0);
}
