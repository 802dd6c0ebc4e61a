// Reduce reports of any era (pre-2019 statistics tables, the 2019 and 2021 forms) to the comparable
// metrics and write them as one tidy CSV (one row per report × metric) on stdout.
// usage: node examples/normalize-to-csv.mjs <files…> > metrics.csv
import { readFileSync } from "node:fs";
import path from "node:path";
import { isUsable, normalizedRows, parseReport, toDelimited } from "xxgk-annual-report";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node examples/normalize-to-csv.mjs <files…>");
  process.exit(2);
}
const reports = [];
for (const file of files) {
  const result = parseReport(readFileSync(file));
  if (isUsable(result)) reports.push({ path: path.basename(file), report: result.report });
  else console.error(`${file}: skipped — ${result.diagnostics[0]?.message ?? "no report found"}`);
}
process.stdout.write(toDelimited(normalizedRows(reports), "csv"));
