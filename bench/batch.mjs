// Batch throughput of the built CLI: `xxgk parse <folder> --jobs 1` vs `--jobs 2` on generated reports.
// usage: node bench/batch.mjs [count=10000] [format=ndjson]   (needs a built dist/: npx tsup)
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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

// Wall and CPU time (user + sys, all threads) of one run, through bash's `time`.
function time(jobs) {
  const cmd = `TIMEFORMAT='%R %U %S'; time "${process.execPath}" "${cli}" parse "${dir}" --format ${format} --jobs ${jobs} --quiet > /dev/null`;
  const r = spawnSync("bash", ["-c", cmd], { encoding: "utf8", maxBuffer: 1 << 30 });
  const lines = r.stderr.trimEnd().split("\n");
  const [real, user, sys] = (lines.at(-1) ?? "").split(" ").map(Number);
  return { jobs, wall: real, cpu: user + sys, status: r.status, failures: lines.length - 1 };
}

const load = () => os.loadavg()[0].toFixed(1);
console.log(
  `${count} reports in ${dir}, ${os.availableParallelism()} CPUs, node ${process.version}, --format ${format}`,
);
const results = [];
for (const jobs of [1, 2]) {
  const before = load();
  const r = time(jobs);
  results.push(r);
  console.log(
    `--jobs ${jobs}: wall ${r.wall.toFixed(1)} s (${(count / r.wall).toFixed(0)} reports/s), CPU ${r.cpu.toFixed(1)} s, ` +
      `exit ${r.status}, stderr lines ${r.failures}, load average ${before} → ${load()}`,
  );
}
const [one, two] = results;
console.log(`speed-up --jobs 2 vs --jobs 1 (wall): ${(one.wall / two.wall).toFixed(2)}×`);
// What the speed-up would be with both CPUs free for this process: the parallel run's CPU time spread on 2 CPUs.
console.log(
  `CPU overhead of the parallel run: ${((two.cpu / one.cpu - 1) * 100).toFixed(0)} %; ` +
    `speed-up bound on an idle machine: ${(one.cpu / (two.cpu / 2)).toFixed(2)}×`,
);
rmSync(dir, { recursive: true, force: true });
