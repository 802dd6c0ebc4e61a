// Reduce reports of any era (pre-2019 statistics tables, the 2019 and 2021 forms) to the comparable
// metrics and write them as CSV on stdout: tidy (one row per report × metric, with each value's mapping and
// reason) or, with --wide, one row per report and one column per metric (for a spreadsheet).
// usage: node examples/normalize-to-csv.mjs [--wide] <files…> > metrics.csv
import { readFileSync } from "node:fs";
import path from "node:path";
import { isUsable, normalizedRows, parseReport, toDelimited, toWideDelimited } from "xxgk-annual-report";

const wide = process.argv.includes("--wide");
const files = process.argv.slice(2).filter((arg) => arg !== "--wide");
if (files.length === 0) {
  console.error("usage: node examples/normalize-to-csv.mjs [--wide] <files…>");
  process.exit(2);
}
const reports = [];
for (const file of files) {
  const result = parseReport(readFileSync(file));
  if (isUsable(result)) reports.push({ path: path.basename(file), report: result.report });
  else console.error(`${file}: skipped — ${result.diagnostics[0]?.message ?? "no report found"}`);
}
process.stdout.write(wide ? toWideDelimited(reports, "csv") : toDelimited(normalizedRows(reports), "csv"));
