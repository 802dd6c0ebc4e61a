// What a Node notebook cell (or a REPL) would do: load the library with a dynamic import, parse a report,
// and look at a few numbers as a table.
// usage: node examples/notebook.mjs [file]
const { parseReport, normalizeReport, validateReport } = await import("xxgk-annual-report");
const { readFile } = await import("node:fs/promises");

const file = process.argv[2] ?? new URL("./reports/hongzequ-2024.txt", import.meta.url);
const { report } = parseReport(await readFile(file));
console.log(`${report.meta.orgName} ${report.meta.year} (${report.meta.formatEra})`);

// Cell 2: the applications block as a table (value and where it was read).
const rows = Object.entries(report.cells)
  .filter(([id]) => id.startsWith("applications.") && id.endsWith(".total"))
  .map(([id, cell]) => ({ field: id, value: cell.value, line: cell.source.line }));
console.table(rows);

// Cell 3: the comparable metrics that have a value.
const metrics = normalizeReport(report).metrics.filter((m) => m.value !== null);
console.table(Object.fromEntries(metrics.map((m) => [m.id, { value: m.value, mapping: m.mapping }])));

// Cell 4: consistency.
console.log(`findings: ${validateReport(report).length}`);
