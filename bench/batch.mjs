// Batch throughput of the built CLI: `xxgk parse <folder> --jobs 1` vs `--jobs 2` on generated reports.
// usage: node bench/batch.mjs [count=10000] [format=ndjson]   (needs a built dist/: npx tsup)
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const count = Number(process.argv[2] ?? 10_000);
const format = process.argv[3] ?? "ndjson";
const cli = path.join(root, "dist/cli.js");

// Generate `count` reports: the fixtures repeated, each copy varied (a different trailing note and
// numbering line) so no two files are byte-identical.
const sources = ["test/fixtures/seeds", "test/fixtures/corpus"].flatMap((dir) =>
  readdirSync(path.join(root, dir))
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readFileSync(path.join(root, dir, f), "utf8")),
);
const dir = mkdtempSync(path.join(os.tmpdir(), "xxgk-batch-"));
for (let i = 0; i < count; i++) {
  const sub = path.join(dir, String(Math.floor(i / 1000)).padStart(2, "0"));
  if (i % 1000 === 0) mkdirSync(sub);
  const text = sources[i % sources.length];
  writeFileSync(path.join(sub, `${String(i).padStart(5, "0")}.txt`), `${text}\n\n（批量测试副本 ${i}）\n`);
}

function time(jobs) {
  const out = openSync("/dev/null", "w");
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [cli, "parse", dir, "--format", format, "--jobs", String(jobs), "--quiet"], {
    stdio: ["ignore", out, "pipe"],
    maxBuffer: 1 << 30,
  });
  const ms = performance.now() - t0;
  const failures = r.stderr.toString().split("\n").filter(Boolean).length;
  return { jobs, ms, status: r.status, failures };
}

console.log(
  `${count} reports in ${dir}, ${os.availableParallelism()} CPUs, node ${process.version}, --format ${format}`,
);
const results = [time(1), time(2)];
for (const r of results) {
  const rate = (count * 1000) / r.ms;
  console.log(
    `--jobs ${r.jobs}: ${(r.ms / 1000).toFixed(1)} s, ${rate.toFixed(0)} reports/s, exit ${r.status}, stderr lines ${r.failures}`,
  );
}
const [one, two] = results;
console.log(`speed-up --jobs 2 vs --jobs 1: ${(one.ms / two.ms).toFixed(2)}×`);
rmSync(dir, { recursive: true, force: true });
