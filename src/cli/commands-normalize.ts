/** `xxgk normalize <inputs...>`: the comparable view, one row per report and metric. */
import { NORMALIZED_COLUMNS, SHAPES } from "../index.js";
import { runBatchCommand } from "./batch-command.js";
import { BATCH_HELP, BATCH_OPTIONS, type Command, choice, text } from "./command.js";
import { writeText } from "./io.js";
import { normalizedHeader } from "./tasks.js";

const FORMATS = ["json", "tsv", "csv"] as const;

/** The `normalize` command. */
export const normalizeCommand: Command = {
  name: "normalize",
  summary: "reduce reports of any era to comparable metrics (json, tsv, csv)",
  help: `usage: xxgk normalize <inputs...> [--format json|tsv|csv]

Normalizes each report (every era) to the comparable metrics, one row per report and metric, with the
columns ${NORMALIZED_COLUMNS.join(", ")}.
  --format json       an array of row objects (default)
  --format tsv|csv    a header line, then the rows (CSV per RFC 4180)
  --shape S, --encoding E   as for xxgk parse
${BATCH_HELP}
Exit 0 when every input was usable, 2 when any was not (named on stderr).`,
  options: {
    ...BATCH_OPTIONS,
    format: { type: "string", short: "f" },
    shape: { type: "string" },
    encoding: { type: "string" },
  },
  async run(ctx) {
    const { io, values } = ctx;
    const format = choice(values, "format", FORMATS, "json");
    const shape = choice(values, "shape", SHAPES);
    const encoding = text(values, "encoding");
    let written = 0;
    const result = await runBatchCommand(ctx, {
      name: "normalize",
      task: "normalize",
      options: () => ({ format, shape, encoding }),
      start: () => writeText(io.stdout, format === "json" ? "[\n" : normalizedHeader(format)),
      onValue: async (_item, value) => {
        const chunk = value.chunk ?? "";
        if (chunk.length === 0) return;
        if (format === "json" && written > 0) await writeText(io.stdout, ",\n");
        await writeText(io.stdout, chunk);
        written++;
      },
    });
    if (format === "json") await writeText(io.stdout, "\n]\n");
    return result.failed > 0 ? 2 : 0;
  },
};
