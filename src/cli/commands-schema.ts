/** `xxgk schema [name]`: prints the JSON Schema of a data contract or of one of the CLI's JSON outputs. */
import { JSON_SCHEMA_DESCRIPTIONS, JSON_SCHEMA_NAMES, jsonSchema } from "../schema/json-schema.js";
import { type Command, UsageError } from "./command.js";
import { writeText } from "./io.js";

const CONTRACTS = ["report", "parse-result", "finding"] as const;
const OUTPUTS = JSON_SCHEMA_NAMES.filter((n) => !(CONTRACTS as readonly string[]).includes(n));
const WIDTH = Math.max(...JSON_SCHEMA_NAMES.map((n) => n.length)) + 2;

/** The `schema` command. */
export const schemaCommand: Command = {
  name: "schema",
  summary: "print the JSON Schema (draft 2020-12) of a report, a parse result or findings",
  help: `usage: xxgk schema [${CONTRACTS.join("|")}]
       xxgk schema <${OUTPUTS.join("|")}>

Prints the JSON Schema (draft 2020-12) of a data contract (report is the default) or of a JSON / NDJSON
output of the CLI:
${JSON_SCHEMA_NAMES.map((n) => `  ${n.padEnd(WIDTH)}${JSON_SCHEMA_DESCRIPTIONS[n]}`).join("\n")}`,
  options: {},
  async run({ io, positionals }) {
    if (positionals.length > 1) throw new UsageError("schema takes at most one name");
    const name = positionals[0] ?? "report";
    const known = JSON_SCHEMA_NAMES.find((n) => n === name);
    if (!known) throw new UsageError(`unknown schema "${name}" (expected ${JSON_SCHEMA_NAMES.join(", ")})`);
    await writeText(io.stdout, `${JSON.stringify(jsonSchema(known), null, 2)}\n`);
    return 0;
  },
};
