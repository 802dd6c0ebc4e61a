// Demo: parse the bundled reports, summarise each, check them and diff the two Hongze years.
// usage: npm run demo   (or: node examples/demo.mjs after a build)
import { readFileSync } from "node:fs";
import {
  diffReports,
  formatDiff,
  formatFindings,
  normalizeReport,
  parseReport,
  validateReport,
} from "xxgk-annual-report";

const REPORTS = ["hongzequ-2023.txt", "hongzequ-2024.txt", "kunming-health-2014.txt", "lanxi-health-2023.txt"];
const dir = new URL("./reports/", import.meta.url);

/** The value of a metric of the comparable view, or "—" when the report does not have it. */
function metric(normalized, id) {
  const m = normalized.metrics.find((x) => x.id === id);
  return m?.value ?? "—";
}

const parsed = new Map();
console.log("# Bundled reports\n");
for (const name of REPORTS) {
  const { report, diagnostics } = parseReport(readFileSync(new URL(name, dir)));
  parsed.set(name, report);
  const normalized = normalizeReport(report);
  const findings = validateReport(report);
  const errors = findings.filter((f) => f.severity === "error").length;
  console.log(`## ${name}`);
  console.log(`  org:                     ${report.meta.orgName ?? "(unknown)"}`);
  console.log(`  year:                    ${report.meta.year ?? "(unknown)"}`);
  console.log(`  era / shape:             ${report.meta.formatEra} / ${report.meta.shape}`);
  console.log(`  applications received:   ${metric(normalized, "applications.received")}`);
  console.log(`  applications handled:    ${metric(normalized, "applications.handled")}`);
  console.log(`  parse diagnostics:       ${diagnostics.length}`);
  console.log(`  findings:                ${findings.length} (${errors} errors)`);
  if (findings.length > 0) {
    console.log("  check:");
    for (const line of formatFindings(findings, { file: name }).split("\n")) console.log(`    ${line}`);
  }
  console.log("");
}

console.log("# Hongze 2023 → 2024\n");
const diff = diffReports(parsed.get("hongzequ-2023.txt"), parsed.get("hongzequ-2024.txt"));
console.log(formatDiff(diff, { format: "text" }));
