/**
 * The CLI under batch and scripted use (red team R19): empty path arguments, the size limit applied while
 * reading, write errors, the `--jobs` cap, and the output of runs where nothing is usable.
 */
import { spawnSync } from "node:child_process";
import { closeSync, copyFileSync, mkdirSync, openSync, truncateSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { runBatch, workerCount } from "../../src/cli/batch.js";
import { checkSummary } from "../../src/cli/commands-check.js";
import { collectInputs } from "../../src/cli/files.js";
import { readFileLimited, readFileLimitedSync, readStreamLimited } from "../../src/cli/read-limited.js";
import { countFindings } from "../../src/cli/tasks.js";
import type { Finding } from "../../src/index.js";
import { tempDir } from "../helpers/temp-dir.js";
import { buildCli, ROOT, xxgk } from "./helpers.js";

const REPORT = path.join(ROOT, "examples/reports/hongzequ-2024.txt");
const MAX = 20 * 1024 * 1024;
const { cli: CLI, worker: WORKER } = buildCli();

/** A temporary folder holding the files given (name → source file to copy, or text). */
function folder(files: Record<string, string>): string {
  const dir = tempDir("xxgk-scripted-");
  for (const [name, source] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    if (source.startsWith("/")) copyFileSync(source, path.join(dir, name));
    else writeFileSync(path.join(dir, name), source);
  }
  return dir;
}

describe("an empty path argument (R19 #1: it read the current folder and wrote /a.txt)", () => {
  const dir = folder({ "a.txt": REPORT });

  it("parse '' is an unusable input, exit 2, and reads nothing", async () => {
    const r = await xxgk(["parse", "", "--format", "csv"], { io: { cwd: dir } });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("field,value,status,line,column,raw\r\n");
    expect(r.stderr).toBe('xxgk parse: "": empty path: no such file or folder\n');
  });

  it("check '' checks nothing; an empty path among others is one failed input", async () => {
    const r = await xxgk(["check", ""], { io: { cwd: dir } });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    const two = await xxgk(["parse", "", "a.txt", "--format", "csv"], { io: { cwd: dir } });
    expect(two.code).toBe(2);
    expect(two.stdout).toContain("\r\na.txt,meta.year,2024,number,,,2024\r\n");
    expect(two.stdout).not.toContain("/a.txt");
    expect(two.stderr).toContain("xxgk parse: 1 of 2 inputs failed");
  });

  it("check --previous '' names the flag", async () => {
    const r = await xxgk(["check", REPORT, "--previous", ""]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('xxgk check: --previous "": empty path: no such file\n');
  });
});

describe("the size limit is applied while reading (R19 #2)", () => {
  it("a regular file over the limit is refused from its size (3 GB gave Node's 'greater than 2 GiB')", async () => {
    const dir = folder({});
    const big = path.join(dir, "big.txt");
    writeFileSync(big, "");
    truncateSync(big, 3 * 1024 ** 3);
    const reason = "input-too-large: The input exceeds the size limit. 3221225472 > 20971520 bytes.";
    expect(await readFileLimited(big)).toEqual({ reason });
    expect(readFileLimitedSync(big)).toEqual({ reason });
    const r = await xxgk(["parse", big]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`xxgk parse: ${big}: ${reason}\n`);
    expect(r.stdout).toBe("null\n");
  });

  it("a file at the limit is read whole", async () => {
    const dir = folder({});
    const file = path.join(dir, "max.txt");
    writeFileSync(file, "");
    truncateSync(file, MAX);
    expect(((await readFileLimited(file)) as Uint8Array).length).toBe(MAX);
    expect((readFileLimitedSync(file) as Uint8Array).length).toBe(MAX);
  });

  it("/dev/zero (endless) ends with input-too-large after one byte past the limit (it never ended)", async () => {
    const reason = "input-too-large: The input exceeds the size limit. More than 20971520 bytes.";
    expect(await readFileLimited("/dev/zero")).toEqual({ reason });
    expect(readFileLimitedSync("/dev/zero")).toEqual({ reason });
    const r = await xxgk(["parse", "/dev/zero", "--format", "ndjson"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`xxgk parse: /dev/zero: ${reason}\n`);
  });

  it("stdin stops being read one byte past the limit (300 MB were read first)", async () => {
    let pulled = 0;
    const chunk = new Uint8Array(1024 * 1024);
    async function* endless(): AsyncGenerator<Uint8Array> {
      for (;;) {
        pulled++;
        yield chunk;
      }
    }
    expect(await readStreamLimited(endless())).toEqual({
      reason: "input-too-large: The input exceeds the size limit. More than 20971520 bytes.",
    });
    expect(pulled).toBe(21);
    pulled = 0;
    const r = await xxgk(["parse", "-"], { io: { stdin: Readable.from(endless()) } });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("[]\n");
    expect(r.stderr).toContain("xxgk parse: -: input-too-large:");
    expect(pulled).toBeLessThanOrEqual(22);
  });

  it("stdin within the limit is read whole", async () => {
    const r = await xxgk(["parse", "-", "--format", "ndjson"], { stdin: "" });
    expect(r.stderr).toContain("input-empty");
    expect(await readStreamLimited(Readable.from([Buffer.from("政府"), "信息"]))).toEqual(
      Buffer.from("政府信息", "utf8"),
    );
  });
});

describe("write errors (R19 #3: ENOSPC crashed with a stack trace and exit 1)", () => {
  it("a full stdout is one line on stderr and exit 70", () => {
    const full = openSync("/dev/full", "w");
    try {
      const r = spawnSync(process.execPath, [CLI, "check", REPORT, "--format", "json", "-q"], {
        stdio: ["ignore", full, "pipe"],
        encoding: "utf8",
      });
      expect(r.status).toBe(70);
      expect(r.stderr).toBe("xxgk: cannot write the output: ENOSPC: no space left on device, write\n");
    } finally {
      closeSync(full);
    }
  });

  it("a closed pipe stays a quiet exit 0", () => {
    const r = spawnSync("sh", ["-c", `node ${CLI} parse ${REPORT} --format csv -q | head -c 10 >/dev/null`], {
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
  });
});

describe("--jobs is capped (R19 #4: -j 100 started 100 workers for 500 small files, 3 GB)", () => {
  it("at the CPU count, and below the number of documents", () => {
    expect(workerCount(100, 500, 2)).toBe(2);
    expect(workerCount(100, 500, 8)).toBe(8);
    expect(workerCount(3, 500, 8)).toBe(3);
    expect(workerCount(100, 8, 8)).toBe(0);
    expect(workerCount(100, 9, 8)).toBe(8);
    expect(workerCount(1, 500, 8)).toBe(0);
    expect(workerCount(4, 500, 0)).toBe(0);
  });

  it("a batch with -j 100 on 4 CPUs starts 4 workers", async () => {
    const items = Array.from({ length: 12 }, (_, i) => ({ path: `r${i}.txt`, file: REPORT }));
    const summary = await runBatch(
      { items, task: "report", options: {}, jobs: 100, quiet: true, onResult: () => undefined },
      {
        stdout: { write: () => true },
        stderr: { write: () => true },
        stdin: Readable.from([]),
        cwd: ROOT,
        isTTY: false,
        workerUrl: WORKER,
        cpus: 4,
      },
    );
    expect(summary).toEqual({ mode: "workers", done: 12, failed: 0, workers: 4 });
  });

  it("--help says so", async () => {
    expect((await xxgk(["parse", "--help"])).stdout).toContain(
      "default and maximum: the\n                      CPU count",
    );
  });
});

describe("outputs where nothing is usable stay valid (R19 #5)", () => {
  const readme = path.join(ROOT, "README.md");

  it("parse and check --format json of one unusable file print null (they printed nothing)", async () => {
    const parse = await xxgk(["parse", readme]);
    expect(parse.code).toBe(2);
    expect(parse.stdout).toBe("null\n");
    const check = await xxgk(["check", readme, "--format", "json"]);
    expect(check.code).toBe(2);
    expect(JSON.parse(check.stdout)).toBeNull();
    expect((await xxgk(["check", readme, "README.md", "--format", "json"])).stdout).toBe("[]\n");
  });

  it("diff --series --format json over only bad inputs prints an empty series (it printed nothing)", async () => {
    const r = await xxgk(["diff", "--series", readme, "--format", "json"]);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual({ reports: [], metrics: [], pairs: [] });
    expect((await xxgk(["diff", "--series", readme])).stdout).toBe("");
  });

  it("a glob matches names in any letter case, as the folder walk does (**/*.txt skipped d.TXT)", async () => {
    const dir = folder({ "a.txt": "x", "sub/d.TXT": "x", "e.Md": "x" });
    const glob = await collectInputs(["**/*.txt"], dir);
    const walk = await collectInputs(["."], dir);
    expect(glob.items.map((i) => i.path)).toEqual(["a.txt", "sub/d.TXT"]);
    expect(walk.items.map((i) => i.path)).toEqual(["a.txt", "e.Md", "sub/d.TXT"]);
    expect((await collectInputs(["sub/*.txt"], dir)).items.map((i) => i.path)).toEqual(["sub/d.TXT"]);
  });

  it("the check summary's rules are those of its totals: errors and warnings (UNVERIFIED infos were ranked)", () => {
    const finding = (rule: string, severity: Finding["severity"]) => ({ rule, severity }) as Finding;
    const counts = countFindings([
      finding("UNVERIFIED", "info"),
      finding("UNVERIFIED", "info"),
      finding("UNVERIFIED", "info"),
      finding("T3-RES", "error"),
      finding("META-DATE", "warning"),
      finding("T3-RES", "error"),
    ]);
    expect(counts).toMatchObject({ error: 2, warning: 1, info: 3 });
    expect([...counts.rules]).toEqual([
      ["T3-RES", 2],
      ["META-DATE", 1],
    ]);
    expect(checkSummary(2, counts, "en")).toBe(
      "2 reports: 2 errors, 1 warning; most frequent rules: T3-RES ×2, META-DATE ×1\n",
    );
  });

  it("--previous with an unusable report names the flag", async () => {
    const r = await xxgk(["check", REPORT, "--previous", "README.md"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^xxgk check: --previous README\.md: not-a-report: /);
    const missing = await xxgk(["check", REPORT, "--previous", "no-such.txt"]);
    expect(missing.stderr).toBe("xxgk check: --previous no-such.txt: no such file or folder\n");
  });

  it("examples/python-wrapper.py reads a file whose name starts with a dash", () => {
    const dir = folder({ "-x.txt": REPORT });
    const r = spawnSync("python3", [path.join(ROOT, "examples/python-wrapper.py"), "-x.txt"], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, XXGK: `node ${CLI}` },
    });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("-x.txt: 淮安市洪泽区人民政府 2024 gb2021");
  });
});
