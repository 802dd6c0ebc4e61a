// Parse one report file and print its metadata, diagnostics and every table cell.
// usage: node examples/parse-file.mjs <file> [--json]
import { readFileSync } from "node:fs";
import { parseReport, toRecords } from "xxgk-annual-report";

const [file, flag] = process.argv.slice(2);
if (!file) {
  console.error("usage: node examples/parse-file.mjs <file> [--json]");
  process.exit(2);
}
// Bytes, not a string: parseReport detects the encoding (UTF-8, GBK/GB18030, UTF-16 …) itself.
const result = parseReport(readFileSync(file));
if (flag === "--json") {
  console.log(JSON.stringify(result, null, 2));
  process.exit(0);
}
const { report, diagnostics } = result;
console.log(`title:    ${report.meta.title ?? "(none)"}`);
console.log(`org:      ${report.meta.orgName ?? "(unknown)"}`);
console.log(`year:     ${report.meta.year ?? "(unknown)"}`);
console.log(`era:      ${report.meta.formatEra}`);
console.log(`shape:    ${report.meta.shape} (${report.meta.encoding})`);
console.log(`sections: ${report.sections.map((s) => s.heading).join(" | ")}`);
console.log(`\ndiagnostics (${diagnostics.length}):`);
for (const d of diagnostics)
  console.log(`  ${d.source ? `${d.source.line}:${d.source.column}` : "0:0"}  ${d.severity}  ${d.code}  ${d.message}`);
const records = toRecords(report);
console.log(`\ncells (${records.length}):`);
for (const r of records) console.log(`  ${r.field} = ${r.raw} (${r.status})`);
for (const table of report.legacy) {
  console.log(`\nlegacy table ${table.title ?? ""} (${table.rows.length} rows):`);
  for (const row of table.rows) {
    const unit = row.unit ? ` ${row.unit}` : "";
    console.log(`  ${row.id ?? `"${row.label}"`} = ${row.cell.raw}${unit} (${row.cell.status})`);
  }
}
