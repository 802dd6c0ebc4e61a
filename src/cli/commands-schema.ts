/** `xxgk schema [report|parse-result|finding]`: prints a JSON Schema of the data contract. */
import { JSON_SCHEMA_NAMES, jsonSchema } from "../index.js";
import { type Command, UsageError } from "./command.js";
import { writeText } from "./io.js";

/** The `schema` command. */
export const schemaCommand: Command = {
  name: "schema",
  summary: "print the JSON Schema (draft 2020-12) of a report, a parse result or findings",
  help: `usage: xxgk schema [${JSON_SCHEMA_NAMES.join("|")}]

Prints the JSON Schema (draft 2020-12) of a data contract: report (AnnualReport, the default),
parse-result ({ report, diagnostics }, what \`xxgk parse --format json\` prints for one file) or
finding (an array of findings).`,
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
