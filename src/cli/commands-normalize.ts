/** `xxgk normalize <inputs...>`: the comparable view, one row per report and metric. */
import { NORMALIZED_COLUMNS, WIDE_COLUMNS } from "../index.js";
import { DELIMITED_COLUMNS } from "../normalize/rows.js";
import { runBatchCommand } from "./batch-command.js";
import { BOM_HELP, BOM_OPTION, bomOption, chunkOutput, DOCUMENT_OPTIONS, readingOptions } from "./batch-output.js";
import { BATCH_HELP, type Command, choice, UsageError } from "./command.js";
import { normalizedHeader } from "./tasks.js";

const FORMATS = ["json", "tsv", "csv"] as const;

/** The `normalize` command. */
export const normalizeCommand: Command = {
  name: "normalize",
  summary: "reduce reports of any era to comparable metrics (json, tsv, csv)",
  help: `usage: xxgk normalize <inputs...> [--format json|tsv|csv] [--wide]

Normalizes each report (every era) to the comparable metrics, one row per report and metric, with the
fields ${NORMALIZED_COLUMNS.join(", ")}.
  --format json       an array of row objects (default)
  --format tsv|csv    a header line, then the rows (CSV per RFC 4180), with a last column ${DELIMITED_COLUMNS.at(-1)}: the
                      rule ids of the report's own table errors that involve the value's cells (a printed
                      total its parts contradict: the value is as printed), ;-separated, empty when none
  --wide              with tsv|csv: one row per report, one column per metric (report, year, org, era,
                      the ${WIDE_COLUMNS.length - 6} metrics, approximate: the metrics mapped approximately, conflicts:
                      metric:rule pairs as above); an empty value is null (the tidy rows give the reason)
  --shape S, --encoding E   as for xxgk parse
${BOM_HELP}
${BATCH_HELP}
Exit 0 when every input was usable, 2 when any was not (named on stderr).`,
  options: { ...DOCUMENT_OPTIONS, ...BOM_OPTION, wide: { type: "boolean" } },
  async run(ctx) {
    const { io, values } = ctx;
    const format = choice(values, "format", FORMATS, "json");
    const { shape, encoding } = readingOptions(values);
    const bom = bomOption(values, format);
    const wide = values.wide === true;
    if (wide && format === "json") throw new UsageError("--wide needs --format tsv or csv");
    const out = chunkOutput(io.stdout, {
      bom,
      jsonArray: format === "json" ? "always" : "never",
      ...(format !== "json" && { header: () => normalizedHeader(format, wide) }),
      skipEmpty: true,
    });
    const result = await runBatchCommand(ctx, {
      name: "normalize",
      task: "normalize",
      options: () => ({ format, shape, encoding, wide }),
      start: (_items, several) => out.start(several),
      onValue: (_item, value) => out.write(value.chunk ?? ""),
    });
    await out.end();
    return result.failed > 0 ? 2 : 0;
  },
};
