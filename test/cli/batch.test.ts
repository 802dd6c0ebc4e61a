import { execFileSync, spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { runBatch, workerLocation } from "../../src/cli/batch.js";
import { collectInputs } from "../../src/cli/files.js";
import type { CliIO } from "../../src/cli/io.js";
import type { TaskOutcome } from "../../src/cli/tasks.js";
import { tempDir } from "../helpers/temp-dir.js";
import { buildCli, ROOT, xxgk } from "./helpers.js";

// The worker path runs against the CLI bundled from the current sources into a temporary folder.
const { worker: DIST_WORKER, cli: DIST_CLI } = buildCli();
const INPUTS = ["test/fixtures/seeds", "test/fixtures/corpus"];

/** Null when equal, else a short excerpt around the first differing character. */
function firstDifference(a: string, b: string): string | null {
  if (a === b) return null;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: ${JSON.stringify(a.slice(Math.max(0, i - 40), i + 40))} vs ${JSON.stringify(b.slice(Math.max(0, i - 40), i + 40))}`;
}

function sinkIO(overrides: Partial<CliIO> = {}): CliIO {
  return {
    stdout: { write: () => true },
    stderr: { write: () => true },
    stdin: Readable.from([]),
    cwd: ROOT,
    isTTY: false,
    // The --jobs cap (the CPU count) fixed, so that these tests start workers on any machine.
    cpus: 8,
    ...overrides,
  };
}

async function collectPaths(workerUrl: URL | null | undefined, jobs: number) {
  const { items } = await collectInputs(INPUTS, ROOT);
  const seen: { index: number; path: string; outcome: TaskOutcome }[] = [];
  const summary = await runBatch(
    {
      items,
      task: "parse",
      options: { format: "ndjson" },
      jobs,
      quiet: true,
      onResult: (item, outcome, index) => {
        seen.push({ index, path: item.path, outcome });
      },
    },
    sinkIO({ workerUrl }),
  );
  return { items, seen, summary };
}

describe("batch runner", () => {
  it("uses the built worker for --jobs 2 and delivers results in input order", async () => {
    const { items, seen, summary } = await collectPaths(DIST_WORKER, 2);
    expect(summary).toEqual({ mode: "workers", done: items.length, failed: 0, workers: 2 });
    expect(seen.map((s) => s.index)).toEqual(items.map((_, i) => i));
    expect(seen.map((s) => s.path)).toEqual(items.map((i) => i.path));
  });

  it("falls back to in-process work when no worker script sits next to the sources", async () => {
    expect(workerLocation(sinkIO())).toBeNull();
    expect(workerLocation(sinkIO({ workerUrl: null }))).toBeNull();
    expect(workerLocation(sinkIO({ workerUrl: DIST_WORKER }))?.href).toBe(DIST_WORKER.href);
    const { items, summary } = await collectPaths(undefined, 2);
    expect(summary).toEqual({ mode: "in-process", done: items.length, failed: 0, workers: 0 });
  });

  it("finishes a crashed worker's documents in-process", async () => {
    const dir = tempDir("xxgk-crash-");
    const crash = path.join(dir, "crash.mjs");
    writeFileSync(
      crash,
      'import { parentPort } from "node:worker_threads";\nparentPort.on("message", () => { throw new Error("boom"); });\n',
    );
    const inProcess = await collectPaths(null, 1);
    const crashed = await collectPaths(pathToFileURL(crash), 2);
    expect(crashed.summary.done).toBe(inProcess.items.length);
    expect(crashed.seen.map((s) => s.path)).toEqual(inProcess.seen.map((s) => s.path));
    expect(crashed.seen.map((s) => s.outcome)).toEqual(inProcess.seen.map((s) => s.outcome));
  });
});

describe("xxgk --jobs", () => {
  it("--jobs 2 through the built worker prints exactly what --jobs 1 prints (ndjson, tsv, json)", async () => {
    for (const format of ["ndjson", "tsv", "json"]) {
      const one = await xxgk(["parse", ...INPUTS, "--format", format, "--jobs", "1"]);
      const two = await xxgk(["parse", ...INPUTS, "--format", format, "--jobs", "2"], {
        io: { workerUrl: DIST_WORKER },
      });
      expect(one.code).toBe(0);
      expect(two.code).toBe(0);
      expect(firstDifference(two.stdout, one.stdout)).toBeNull();
      expect(two.stderr).toBe(one.stderr);
    }
  });

  it("check --previous through the built worker prints what it prints in-process", async () => {
    const args = ["check", "test/fixtures/corpus/024_2024_hongzequ.txt", "test/fixtures/seeds", "--lang", "en"];
    const prev = ["--previous", "test/fixtures/corpus/023_2023_hongzequ.txt"];
    const one = await xxgk([...args, ...prev, "-j", "1"]);
    const two = await xxgk([...args, ...prev, "-j", "2"], { io: { workerUrl: DIST_WORKER } });
    expect(two.code).toBe(one.code);
    expect(firstDifference(two.stdout, one.stdout)).toBeNull();
    expect(one.stdout.trimEnd().split("\n").at(-1)).toMatch(/^6 reports: \d+ errors, \d+ warnings/);
  });

  it("rejects --jobs 0 and --jobs x with exit 2", async () => {
    for (const bad of ["0", "x", "1.5"]) {
      const out = await xxgk(["parse", INPUTS[0] as string, "--jobs", bad]);
      expect(out.code).toBe(2);
      expect(out.stderr).toContain(`--jobs must be a positive integer (got "${bad}")`);
    }
  });

  it("the built bin (dist/cli.js) runs a parallel batch from the shell", () => {
    const version = execFileSync(process.execPath, [DIST_CLI, "--version"], { encoding: "utf8" });
    expect(version.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const lines = execFileSync(process.execPath, [DIST_CLI, "parse", ...INPUTS, "--format", "ndjson", "-j", "2"], {
      cwd: ROOT,
      encoding: "utf8",
      maxBuffer: 1 << 28,
    })
      .trimEnd()
      .split("\n")
      .map((l) => (JSON.parse(l) as { path: string }).path);
    expect(lines[0]).toBe("test/fixtures/seeds/000_cc43e5a43c1be886.txt");
    expect(lines).toHaveLength(10);
  });

  it("the built bin ends quietly with exit 0 when its stdout pipe closes early (| head)", async () => {
    const child = spawn(process.execPath, [DIST_CLI, "parse", ...INPUTS, "--format", "ndjson", "-j", "1"], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(0);
    expect(stderr).toBe("");
  });

  it("does not start workers when there are no more documents than jobs", async () => {
    const { items } = await collectInputs(
      ["test/fixtures/corpus/023_2023_hongzequ.txt", "test/fixtures/corpus/024_2024_hongzequ.txt"],
      ROOT,
    );
    const summary = await runBatch(
      { items, task: "report", options: {}, jobs: 2, quiet: true, onResult: () => undefined },
      sinkIO({ workerUrl: DIST_WORKER }),
    );
    expect(summary).toEqual({ mode: "in-process", done: 2, failed: 0, workers: 0 });
  });

  it("reports an unreadable document the same way in a worker and in-process", async () => {
    const { items } = await collectInputs(["test/fixtures/seeds"], ROOT);
    const bad = [{ path: "a-folder", file: path.join(ROOT, "test/fixtures") }, ...items];
    for (const workerUrl of [DIST_WORKER, null]) {
      const outcomes: TaskOutcome[] = [];
      const summary = await runBatch(
        { items: bad, task: "report", options: {}, jobs: 2, quiet: true, onResult: (_i, o) => void outcomes.push(o) },
        sinkIO({ workerUrl }),
      );
      expect(summary).toEqual({
        mode: workerUrl ? "workers" : "in-process",
        done: items.length + 1,
        failed: 1,
        workers: workerUrl ? 2 : 0,
      });
      expect(outcomes[0]).toEqual({ ok: false, reason: "is a folder" });
    }
  });
});
