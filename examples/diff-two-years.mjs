// Compare two annual reports of the same body (an older and a newer year).
// usage: node examples/diff-two-years.mjs <older> <newer> [--format text|markdown|json]
import { readFileSync } from "node:fs";
import { diffReports, formatDiff, isUsable, parseReport } from "xxgk-annual-report";

const args = process.argv.slice(2);
const [olderFile, newerFile] = args.filter((a) => !a.startsWith("--"));
const format = args.includes("--format") ? args[args.indexOf("--format") + 1] : "text";
if (!olderFile || !newerFile || !["text", "markdown", "json"].includes(format)) {
  console.error("usage: node examples/diff-two-years.mjs <older> <newer> [--format text|markdown|json]");
  process.exit(2);
}

function load(file) {
  const result = parseReport(readFileSync(file));
  if (!isUsable(result)) {
    console.error(`${file}: ${result.diagnostics[0]?.message ?? "no report found"}`);
    process.exit(2);
  }
  return result.report;
}

const diff = diffReports(load(olderFile), load(newerFile));
console.log(format === "json" ? JSON.stringify(diff, null, 2) : formatDiff(diff, { format }));
