/** `xxgk check <inputs...>`: validates reports (identities, narrative, metadata, structure, cross-year). */
import path from "node:path";
import { FINDING_COLUMNS, type Finding } from "../index.js";
import { runBatchCommand } from "./batch-command.js";
import { BOM_HELP, BOM_OPTION, bomOption, chunkOutput, DOCUMENT_OPTIONS, readingOptions } from "./batch-output.js";
import { checkText } from "./check-text.js";
import { BATCH_HELP, type Command, choice, text } from "./command.js";
import { delimitedLine } from "./delimited.js";
import { writeText } from "./io.js";
import { readFileLimited } from "./read-limited.js";
import { ruleList } from "./rule-list.js";
import { type FindingCounts, parseInput } from "./tasks.js";

const FORMATS = ["text", "json", "tsv", "csv"] as const;
const LANGS = ["zh", "en"] as const;
/** What makes `xxgk check` exit 1: an error (default), a warning or an error, or nothing. */
const FAIL_ON = ["error", "warning", "never"] as const;

/**
 * The line closing a text check over several reports: counts, the unusable inputs when there were any (they
 * make the exit code 2 even when errors were found, which alone give 1), and the rules most frequent among the
 * errors and warnings (the findings the counts are of; infos are left out of both).
 */
export function checkSummary(reports: number, totals: FindingCounts, lang: "zh" | "en", unusable = 0): string {
  const top = [...totals.rules.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 5)
    .map(([rule, n]) => `${rule} ×${n}`)
    .join(", ");
  if (lang === "zh") {
    const bad = unusable > 0 ? `，${unusable} 个输入无法使用` : "";
    return `共 ${reports} 份报告：${totals.error} 个错误，${totals.warning} 个警告${bad}${top ? `；最常见的规则：${top}` : ""}\n`;
  }
  const bad = unusable > 0 ? `, ${count(unusable, "unusable input")}` : "";
  const counts = `${count(reports, "report")}: ${count(totals.error, "error")}, ${count(totals.warning, "warning")}`;
  return `${counts}${bad}${top ? `; most frequent rules: ${top}` : ""}\n`;
}

/** `n` and a noun, plural unless n is 1 (1 report, 2 reports). */
const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? "" : "s"}`;

/** The `check` command. */
export const checkCommand: Command = {
  name: "check",
  summary: "validate reports: identities, narrative vs tables, metadata, structure (exit 1 on errors)",
  help: `usage: xxgk check <inputs...> [--format text|json|tsv|csv] [--lang zh|en] [--blank-as-zero] [--previous FILE]
       [--rules LIST] [--skip-rules LIST] [--fail-on error|warning|never] [--verbose]

Validates each report and prints its findings. The warnings and errors met while reading it (a row with
more values than the layout's columns …) are findings too, with the diagnostic code as rule (row-extra-values),
counted, filtered (--rules row-*) and failing like the others.
  --format text       one line per finding: path:line:column  severity  RULE  message (default);
                      over several reports, a closing summary (reports, errors, warnings, and the rules
                      most frequent among those errors and warnings); the identities a table's blank
                      cells leave unchecked (UNVERIFIED), two or more, as one line per table
  --verbose           text: every finding on its own line, the unchecked identities too
  --format json       one file argument: its findings array (null when the file is unusable); several
                      inputs, or a folder, glob or -: [{ "path", "findings" }, …], whatever number of
                      files matched ([] when none is usable)
  --format tsv|csv    a header line, then one row per finding: [path,] ${FINDING_COLUMNS.join(", ")}
                      (fields: the operands' field ids; the path column under the same rule as json)
${BOM_HELP}
  --lang zh|en        message language (default zh)
  --blank-as-zero     lenient: blank cells count as 0 in identities (the message says which were assumed)
  --previous FILE     the same body's report of the previous year: adds the cross-year rules
  --rules LIST        run only these rules: ids or prefixes, comma-separated (T3-ROW,T3-RES or T3-*,NONNEG;
                      the reader's codes too: row-*)
  --skip-rules LIST   skip these rules (NARR-* skips the narrative checks: the prose is then not read)
  --fail-on LEVEL     error (default): exit 1 when a finding is an error; warning: also when one is a
                      warning (a check before publishing); never: exit 0 whatever was found
  --shape S, --encoding E   as for xxgk parse
${BATCH_HELP}
Exit 0 when no finding is an error, 1 when at least one is (see --fail-on), 2 when an input is unusable. 2
takes precedence over 1: the closing summary then states both the errors found and the unusable inputs.`,
  options: {
    ...DOCUMENT_OPTIONS,
    ...BOM_OPTION,
    lang: { type: "string" },
    "blank-as-zero": { type: "boolean" },
    previous: { type: "string" },
    rules: { type: "string" },
    "skip-rules": { type: "string" },
    "fail-on": { type: "string" },
    verbose: { type: "boolean" },
  },
  async run(ctx) {
    const { io, values } = ctx;
    const format = choice(values, "format", FORMATS, "text");
    const lang = choice(values, "lang", LANGS, "zh");
    const failOn = choice(values, "fail-on", FAIL_ON, "error");
    const { shape, encoding } = readingOptions(values);
    const blankAsZero = values["blank-as-zero"] === true;
    const verbose = values.verbose === true;
    const rulesText = text(values, "rules");
    const skipText = text(values, "skip-rules");
    const rules = rulesText === undefined ? undefined : ruleList(rulesText, "rules");
    const skipRules = skipText === undefined ? undefined : ruleList(skipText, "skip-rules");
    const previousPath = text(values, "previous");
    let previous: ReturnType<typeof parseInput> | undefined;
    if (previousPath !== undefined) {
      const bytes =
        previousPath === ""
          ? { reason: "empty path: no such file" }
          : await readFileLimited(path.resolve(io.cwd, previousPath));
      previous = "reason" in bytes ? bytes : parseInput({ path: previousPath, bytes }, { shape, encoding });
      if ("reason" in previous) {
        await writeText(io.stderr, `xxgk check: --previous ${previousPath || '""'}: ${previous.reason}\n`);
        return 2;
      }
    }
    const totals: FindingCounts = { error: 0, warning: 0, info: 0, rules: new Map() };
    const bom = bomOption(values, format);
    const out = chunkOutput(io.stdout, {
      bom,
      jsonArray: format === "json" ? "several" : "never",
      ...((format === "tsv" || format === "csv") && {
        header: (several: boolean) => delimitedLine(several ? ["path", ...FINDING_COLUMNS] : FINDING_COLUMNS, format),
      }),
    });
    const result = await runBatchCommand(ctx, {
      name: "check",
      task: "check",
      options: (_items, several) => ({
        withPath: several,
        shape,
        encoding,
        // The text is made here (checkText) from the findings as JSON: the task's own text has no grouping.
        format: format === "text" ? "json" : format,
        lang,
        blankAsZero,
        ...(rules ? { rules } : {}),
        ...(skipRules ? { skipRules } : {}),
        ...(previous && !("reason" in previous) ? { previous: previous.report } : {}),
      }),
      start: (_items, several) => out.start(several),
      onValue: async (item, value) => {
        const counts = value.counts;
        if (counts) {
          totals.error += counts.error;
          totals.warning += counts.warning;
          totals.info += counts.info;
          for (const [rule, n] of counts.rules) totals.rules.set(rule, (totals.rules.get(rule) ?? 0) + n);
        }
        if (format !== "text") {
          await out.write(value.chunk ?? "");
          return;
        }
        const chunk = value.chunk ?? "[]";
        const json = typeof chunk === "string" ? chunk : new TextDecoder().decode(chunk);
        const data = JSON.parse(json) as Finding[] | { findings: Finding[] };
        const lines = checkText(Array.isArray(data) ? data : data.findings, { lang, file: item.path, verbose });
        await out.write(lines ? `${lines}\n` : "");
      },
    });
    await out.end();
    if (format === "text" && out.several) {
      await writeText(io.stdout, checkSummary(result.succeeded, totals, lang, result.failed));
    }
    if (result.failed > 0) return 2;
    if (failOn === "never") return 0;
    return totals.error > 0 || (failOn === "warning" && totals.warning > 0) ? 1 : 0;
  },
};
