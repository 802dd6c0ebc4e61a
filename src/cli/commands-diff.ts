/** `xxgk diff <older> <newer>` and `xxgk diff --series <inputs...>`: year-over-year comparison. */
import { type AnnualReport, diffReports, diffSeries, formatDiff, formatSeries, SHAPES } from "../index.js";
import { runBatchCommand } from "./batch-command.js";
import { BATCH_HELP, BATCH_OPTIONS, type Command, choice, encodingOption, UsageError } from "./command.js";
import { writeText } from "./io.js";

const FORMATS = ["text", "markdown", "json"] as const;
const LANGS = ["zh", "en"] as const;

/** The `diff` command. */
export const diffCommand: Command = {
  name: "diff",
  summary: "compare two reports of a body, or a series of years (text, markdown, json)",
  help: `usage: xxgk diff <older> <newer> [--format text|markdown|json] [--lang zh|en] [--include-unchanged]
       xxgk diff --series <inputs...> [--format text|markdown|json] [--lang zh|en]

Compares an older and a newer report of the same body: the comparable metrics (any eras), the table
cells (same era), and the cross-year checks. The two reports may come from one glob (counted after it is
expanded) or be the same file twice. With --series, every report given (files, folders, globs) becomes one
column of a metric × year table, sorted by year; an unusable input is named on stderr and left out of the
series, which is still printed (exit 2; with --format json an empty series when none was usable).
  --format text       aligned for a terminal (default)
  --format markdown   GFM tables with footnotes for approximate mappings
  --format json       the diff / series object (every message in both languages)
  --lang zh|en        language of labels, headings and messages in text and markdown (default zh)
  --include-unchanged list unchanged cells and metrics too (two-report diff)
  --shape S, --encoding E   as for xxgk parse
${BATCH_HELP}
Exit 0 when compared, 2 when an input is unusable or the command line is wrong (a two-report diff prints
nothing then).`,
  options: {
    ...BATCH_OPTIONS,
    format: { type: "string", short: "f" },
    lang: { type: "string" },
    series: { type: "boolean" },
    "include-unchanged": { type: "boolean" },
    shape: { type: "string" },
    encoding: { type: "string" },
  },
  async run(ctx) {
    const { io, values, positionals } = ctx;
    const format = choice(values, "format", FORMATS, "text");
    const lang = choice(values, "lang", LANGS, "zh");
    const shape = choice(values, "shape", SHAPES);
    const encoding = encodingOption(values);
    const series = values.series === true;
    if (series && values["include-unchanged"] === true) {
      throw new UsageError("--include-unchanged applies to a two-report diff, not to --series");
    }
    if (!series && positionals.length > 2) {
      throw new UsageError("diff takes two reports, <older> <newer> (or --series <inputs...>)");
    }
    const reports: AnnualReport[] = [];
    const result = await runBatchCommand(ctx, {
      name: "diff",
      task: "report",
      keepDuplicates: !series,
      accept: (items, problems) => {
        if (!series && problems === 0 && items.length !== 2) {
          throw new UsageError(`diff takes two reports, <older> <newer>; the inputs gave ${items.length}`);
        }
      },
      options: () => ({ shape, encoding }),
      onValue: (_item, value) => {
        if (value.report) reports.push(value.report);
      },
    });
    if (series) {
      // JSON is always printed (an empty series when no input was usable), so that a reader gets valid JSON.
      if (reports.length > 0 || format === "json") {
        const s = diffSeries(reports);
        await writeText(
          io.stdout,
          format === "json" ? `${JSON.stringify(s, null, 2)}\n` : formatSeries(s, { format, lang }),
        );
      }
      return result.failed > 0 ? 2 : 0;
    }
    if (result.failed > 0) return 2;
    const [older, newer] = reports;
    if (!older || !newer || reports.length !== 2) {
      throw new UsageError(`diff takes two reports; the inputs gave ${reports.length}`);
    }
    const diff = diffReports(older, newer, { includeUnchanged: values["include-unchanged"] === true });
    await writeText(
      io.stdout,
      format === "json" ? `${JSON.stringify(diff, null, 2)}\n` : formatDiff(diff, { format, lang }),
    );
    return 0;
  },
};
