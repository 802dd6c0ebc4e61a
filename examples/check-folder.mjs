// Validate every report in a folder (recursively: .txt .md .markdown .html .htm) and print the findings
// like a compiler would. Exit code 1 when any report has a finding of severity error, 2 when a file is unusable.
// README files are left out.
// usage: node examples/check-folder.mjs <dir> [--lang en]
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { formatFindings, isUsable, parseReport, validateReport } from "xxgk-annual-report";

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith("--"));
const lang = args.includes("--lang") && args[args.indexOf("--lang") + 1] === "en" ? "en" : "zh";
if (!dir) {
  console.error("usage: node examples/check-folder.mjs <dir> [--lang en]");
  process.exit(2);
}

const files = readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && /\.(txt|md|markdown|html?)$/i.test(e.name) && !/^readme\./i.test(e.name))
  .map((e) => path.join(e.parentPath ?? e.path, e.name))
  .sort();

const totals = { files: 0, unusable: 0, error: 0, warning: 0, info: 0 };
for (const file of files) {
  totals.files++;
  const name = path.relative(dir, file);
  const result = parseReport(readFileSync(file));
  if (!isUsable(result)) {
    totals.unusable++;
    console.log(`${name}: unusable — ${result.diagnostics[0]?.message ?? "no report found"}`);
    continue;
  }
  const findings = validateReport(result.report);
  for (const f of findings) totals[f.severity]++;
  const { orgName, year, formatEra } = result.report.meta;
  console.log(`${name}: ${orgName ?? "?"} ${year ?? "?"} (${formatEra}) — ${findings.length} findings`);
  if (findings.length > 0) console.log(formatFindings(findings, { file: name, lang }));
}
console.log(
  `\n${totals.files} files: ${totals.error} errors, ${totals.warning} warnings, ${totals.info} infos, ${totals.unusable} unusable`,
);
process.exitCode = totals.unusable > 0 ? 2 : totals.error > 0 ? 1 : 0;
