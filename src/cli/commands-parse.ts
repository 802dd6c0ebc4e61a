/** `xxgk parse <inputs...>`: parses reports to JSON, NDJSON, TSV or CSV. */
import { SHAPES } from "../index.js";
import { runBatchCommand } from "./batch-command.js";
import { BOM_HELP, BOM_OPTION, bomOption, chunkOutput, DOCUMENT_OPTIONS, readingOptions } from "./batch-output.js";
import { BATCH_HELP, type Command, choice } from "./command.js";
import { delimitedLine } from "./delimited.js";
import { PARSE_COLUMNS } from "./tasks.js";

const FORMATS = ["json", "ndjson", "tsv", "csv"] as const;

/** The `parse` command. */
export const parseCommand: Command = {
  name: "parse",
  summary: "parse reports into typed data (json, ndjson, tsv, csv)",
  help: `usage: xxgk parse <inputs...> [--shape S] [--encoding E] [--format json|ndjson|tsv|csv] [--each-report]

Parses each input into { report, diagnostics }.
  --format json       one file argument: its ParseResult { report, diagnostics } (default; null when
                      the file is unusable); several inputs, or a folder, glob or -: an array of
                      { path, report, diagnostics } (the NDJSON line's shape), whatever number of files
                      matched ([] when none is usable)
  --format ndjson     one {"path", "report", "diagnostics"} per line, streamed in input order
  --format tsv|csv    one row per table cell: [path,] field, value, status, line, column, raw
                      (meta.year and meta.format_era rows first; pre-2019 reports: one row per
                      statistics-table row with a typed id, e.g. legacy_national.applications.received);
                      the path column under the same rule as the json array
  --shape S           force the input shape: ${SHAPES.join(", ")}
  --encoding E        force the input encoding (utf-8, gb18030, utf-16le …)
  --each-report       read every report of a file holding several (a page printing several years'
                      reports, PDF texts joined): each is a result of its own, its path suffixed #1, #2 …
                      (a file of one report keeps its path); the output is always the several-inputs form
                      (json array, path column). Without it such a file is read as its first report, with
                      a multiple-reports warning at each other one
${BOM_HELP}
${BATCH_HELP}
An unusable input (empty, binary, undecodable, no report found) is named on stderr with the reason and left
out of the output. Exit 0 when every input parsed, 2 when any was unusable.`,
  options: { ...DOCUMENT_OPTIONS, ...BOM_OPTION, "each-report": { type: "boolean" } },
  async run(ctx) {
    const { io, values } = ctx;
    const format = choice(values, "format", FORMATS, "json");
    const { shape, encoding } = readingOptions(values);
    const bom = bomOption(values, format);
    const eachReport = values["each-report"] === true;
    const delimited = format === "tsv" || format === "csv" ? format : null;
    const out = chunkOutput(io.stdout, {
      bom,
      jsonArray: format === "json" ? "several" : "never",
      ...(delimited && {
        header: (several: boolean) =>
          delimitedLine(several ? ["path", ...PARSE_COLUMNS] : [...PARSE_COLUMNS], delimited),
      }),
    });
    const result = await runBatchCommand(ctx, {
      name: "parse",
      task: "parse",
      options: (_items, several) => ({ format, shape, encoding, withPath: several || eachReport, eachReport }),
      start: (_items, several) => out.start(several || eachReport),
      onValue: (_item, value) => out.write(value.chunk ?? ""),
    });
    await out.end();
    return result.failed > 0 ? 2 : 0;
  },
};
