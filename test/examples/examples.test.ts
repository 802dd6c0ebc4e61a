/**
 * Runs every example script against the built package (dist/, resolved through the package's own name)
 * and checks its output against values read by hand off the bundled reports.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../helpers/temp-dir.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const reports = path.join(root, "examples/reports");
const R2023 = path.join(reports, "hongzequ-2023.txt");
const R2024 = path.join(reports, "hongzequ-2024.txt");
const R2014 = path.join(reports, "kunming-health-2014.txt");
const LANXI = path.join(reports, "lanxi-health-2023.txt");

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[]): Run {
  const r = spawnSync(command, args, { cwd: root, encoding: "utf8", maxBuffer: 1 << 26, timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function node(script: string, ...args: string[]): Run {
  return run(process.execPath, [path.join(root, "examples", script), ...args]);
}

beforeAll(() => {
  if (!existsSync(path.join(root, "dist/index.js")) || !existsSync(path.join(root, "dist/cli.js"))) {
    execFileSync("npx", ["tsup"], { cwd: root, stdio: "ignore" });
    execFileSync(process.execPath, ["scripts/write-schema.mjs"], { cwd: root, stdio: "ignore" });
  }
}, 120_000);

describe("examples/reports", () => {
  it("bundles the four reports the README lists", () => {
    expect(readdirSync(reports).sort()).toEqual([
      "README.md",
      "hongzequ-2023.txt",
      "hongzequ-2024.txt",
      "kunming-health-2014.txt",
      "lanxi-health-2023.txt",
    ]);
  });
});

describe("demo.mjs", () => {
  it("summarises each bundled report, checks them and diffs 2023 → 2024", () => {
    const r = node("demo.mjs");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const block = (name: string) => r.stdout.split(`## ${name}`)[1]?.split("\n\n")[0] ?? "";
    // 2023 Hongze: 21 new applications, all 21 handled; Table 四 totals printed as 0 → two errors; two infos (no date
    // printed, （六）其他处理 in its 2019 one-row form).
    expect(block("hongzequ-2023.txt")).toMatch(/org: +洪泽区人民政府\n/);
    expect(block("hongzequ-2023.txt")).toMatch(/year: +2023/);
    expect(block("hongzequ-2023.txt")).toMatch(/era \/ shape: +gb2021 \/ lines/);
    expect(block("hongzequ-2023.txt")).toMatch(/applications received: +21\n/);
    expect(block("hongzequ-2023.txt")).toMatch(/applications handled: +21\n/);
    expect(block("hongzequ-2023.txt")).toMatch(/findings: +4 \(2 errors\)/);
    expect(block("hongzequ-2023.txt")).toMatch(/hongzequ-2023\.txt:149:10 +error +T4-REV/);
    // 2024 Hongze: 95 received, 95 handled, consistent: three infos (代表…17件 not compared, no date, （六）).
    expect(block("hongzequ-2024.txt")).toMatch(/org: +淮安市洪泽区人民政府\n/);
    expect(block("hongzequ-2024.txt")).toMatch(/applications received: +95\n/);
    expect(block("hongzequ-2024.txt")).toMatch(/applications handled: +95\n/);
    expect(block("hongzequ-2024.txt")).toMatch(/findings: +3 \(0 errors\)/);
    // 2014 Kunming (old format): 收到政府信息公开申请2件.
    expect(block("kunming-health-2014.txt")).toMatch(/org: +昆明市卫生局\n/);
    expect(block("kunming-health-2014.txt")).toMatch(/year: +2014/);
    expect(block("kunming-health-2014.txt")).toMatch(/era \/ shape: +legacy_provincial/);
    expect(block("kunming-health-2014.txt")).toMatch(/applications received: +2\n/);
    // Lanxi 2023 (pipe shape).
    expect(block("lanxi-health-2023.txt")).toMatch(/org: +兰溪市卫生健康局\n/);
    expect(block("lanxi-health-2023.txt")).toMatch(/era \/ shape: +gb2021 \/ pipe/);
    expect(block("lanxi-health-2023.txt")).toMatch(/applications received: +2\n/);
    // The diff: 21 → 95 new applications, licensing 550 → 9487.
    const diff = r.stdout.split("# Hongze 2023 → 2024")[1] ?? "";
    expect(diff).toContain("淮安市洪泽区人民政府：2023 → 2024");
    expect(diff).toMatch(/本年新收政府信息公开申请数量 +21 +95 +\+74/);
    expect(diff).toMatch(/行政许可处理决定数量 +550 +9487 +\+8937/);
  });
});

describe("parse-file.mjs", () => {
  it("prints metadata and every cell of the 2024 report", () => {
    const r = node("parse-file.mjs", R2024);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("org:      淮安市洪泽区人民政府");
    expect(r.stdout).toContain("year:     2024");
    expect(r.stdout).toContain("cells (186):");
    expect(r.stdout).toContain("  applications.new.total = 95 (number)");
    expect(r.stdout).toContain("  active_disclosure.licensing.decisions = 9487 (number)");
    expect(r.stdout).toContain("  active_disclosure.fees.amount_10k_yuan = 7545 (number)");
  });

  it("prints the legacy rows of the 2014 report with their units", () => {
    const r = node("parse-file.mjs", R2014);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("era:      legacy_provincial");
    expect(r.stdout).toContain("legacy table 2014年昆明市卫生局政府信息公开工作统计表 (62 rows):");
    expect(r.stdout).toContain("  legacy_yn.active.channel.website = 502 条 (number)");
  });

  it("--json prints the ParseResult", () => {
    const r = node("parse-file.mjs", LANXI, "--json");
    const result = JSON.parse(r.stdout);
    expect(result.report.meta.orgName).toBe("兰溪市卫生健康局");
    expect(result.report.meta.shape).toBe("pipe");
    expect(result.report.cells["applications.new.total"].value).toBe(2);
  });

  it("exits 2 without a file", () => {
    const r = node("parse-file.mjs");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("usage:");
  });
});

describe("check-folder.mjs", () => {
  it("checks the bundled reports: 2 errors in Hongze 2023, exit 1", () => {
    const r = node("check-folder.mjs", reports);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("hongzequ-2023.txt: 洪泽区人民政府 2023 (gb2021) — 4 findings");
    expect(r.stdout).toMatch(/hongzequ-2023\.txt:149:30 +error +T4-LR/);
    expect(r.stdout).toContain("hongzequ-2024.txt: 淮安市洪泽区人民政府 2024 (gb2021) — 3 findings");
    expect(r.stdout).not.toContain("README");
    expect(r.stdout).toMatch(/4 files: 2 errors, \d+ warnings, \d+ infos, 0 unusable/);
  });

  it("exit 0 on a clean folder, exit 2 with an unusable file", () => {
    const dir = tempDir("xxgk-examples-");
    try {
      writeFileSync(path.join(dir, "a.txt"), readFileSync(R2024));
      const clean = node("check-folder.mjs", dir);
      expect(clean.status).toBe(0);
      expect(clean.stdout).toContain("1 files: 0 errors");
      writeFileSync(path.join(dir, "empty.txt"), "  \n");
      const bad = node("check-folder.mjs", dir);
      expect(bad.status).toBe(2);
      expect(bad.stdout).toMatch(/empty\.txt: unusable — The input is empty/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("diff-two-years.mjs", () => {
  it("text (default) and markdown", () => {
    const text = node("diff-two-years.mjs", R2023, R2024);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/行政处罚处理决定数量 +4119 +2776 +-1343/);
    const md = node("diff-two-years.mjs", R2023, R2024, "--format", "markdown");
    expect(md.stdout).toContain("## 淮安市洪泽区人民政府：2023 → 2024");
    expect(md.stdout).toContain("| 本年新收政府信息公开申请数量 | 21 | 95 | +74 | +352.4% |");
  });

  it("json is a ReportDiff with the two years", () => {
    const r = node("diff-two-years.mjs", R2023, R2024, "--format", "json");
    const diff = JSON.parse(r.stdout);
    expect(diff.older.year).toBe(2023);
    expect(diff.newer.year).toBe(2024);
  });
});

describe("normalize-to-csv.mjs", () => {
  it("writes old and new reports as one tidy CSV", () => {
    const r = node("normalize-to-csv.mjs", R2014, R2023, R2024);
    expect(r.status).toBe(0);
    const lines = r.stdout.split("\r\n").filter(Boolean);
    expect(lines[0]).toBe("report,year,org,era,metric,value,mapping,reason,sources,conflicts");
    const received = lines.filter((l) => l.includes(",applications.received,")).map((l) => l.split(","));
    expect(received.map((f) => [f[0], f[1], f[3], f[5]])).toEqual([
      ["kunming-health-2014.txt", "2014", "legacy_provincial", "2"],
      ["hongzequ-2023.txt", "2023", "gb2021", "21"],
      ["hongzequ-2024.txt", "2024", "gb2021", "95"],
    ]);
    // One row per report × metric.
    expect((lines.length - 1) % 3).toBe(0);
  });
  it("--wide writes one row per report, one column per metric", () => {
    const r = node("normalize-to-csv.mjs", "--wide", R2014, R2023, R2024);
    expect(r.status).toBe(0);
    const [header, ...rows] = r.stdout.split("\r\n").filter(Boolean);
    const columns = header!.split(",");
    expect(columns.slice(0, 5)).toEqual(["report", "year", "org", "era", "applications.received"]);
    expect(columns.slice(-2)).toEqual(["approximate", "conflicts"]);
    const received = columns.indexOf("applications.received");
    const licensing = columns.indexOf("licensing.decisions");
    // Kunming 2014: 2 applications; Hongze 2023: 21 and 行政许可 550; Hongze 2024: 95 and 9487.
    expect(rows.map((row) => row.split(",")).map((f) => [f[0], f[received], f[licensing]])).toEqual([
      ["kunming-health-2014.txt", "2", ""],
      ["hongzequ-2023.txt", "21", "550"],
      ["hongzequ-2024.txt", "95", "9487"],
    ]);
  });
});

describe("notebook.mjs", () => {
  it("loads the package with a dynamic import and prints tables", () => {
    const r = node("notebook.mjs");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("淮安市洪泽区人民政府 2024 (gb2021)");
    expect(r.stdout).toMatch(/'applications\.new\.total' +│ 95 +│ 81/);
    expect(r.stdout).toMatch(/licensing\.decisions +│ 9487/);
    // Three infos: 代表…17件 not compared, no date printed, （六）其他处理 in the 2019 one-row form.
    expect(r.stdout).toContain("findings: 3");
  });
});

describe("python-wrapper.py", () => {
  it("reads the CLI's JSON from Python", () => {
    const r = run("python3", [path.join(root, "examples/python-wrapper.py"), R2024, R2014]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("hongzequ-2024.txt: 淮安市洪泽区人民政府 2024 gb2021");
    expect(r.stdout).toContain("  applications.new.total: 95");
    expect(r.stdout).toContain("kunming-health-2014.txt: 昆明市卫生局 2014 legacy_provincial");
    expect(r.stdout).toContain("  cells: 0, legacy tables: 1");
  });

  it("names an unusable file on stderr, reads the others, exits 2 (review RV18: it stopped with a traceback)", () => {
    const r = run("python3", [path.join(root, "examples/python-wrapper.py"), path.join(root, "README.md"), R2024]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("README.md: not-a-report");
    expect(r.stderr).not.toContain("Traceback");
    expect(r.stdout).toContain("hongzequ-2024.txt: 淮安市洪泽区人民政府 2024 gb2021");
  });
});
