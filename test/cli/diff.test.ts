import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers/temp-dir.js";
import { ROOT, xxgk } from "./helpers.js";

const S000 = "test/fixtures/seeds/000_cc43e5a43c1be886.txt";
const C023 = "test/fixtures/corpus/023_2023_hongzequ.txt";
const C024 = "test/fixtures/corpus/024_2024_hongzequ.txt";

interface Side {
  value: number | null;
}
interface Diff {
  older: { year: number | null; org: string | null };
  newer: { year: number | null; org: string | null };
  sameEra: boolean;
  metrics: { metric: string; old: Side; new: Side; change: number | null }[];
  fields: { field: string; change: number | null }[];
}

describe("xxgk diff", () => {
  it("compares 洪泽区 2023 with 2024 (json): 本年新收 21 → 95", async () => {
    const out = await xxgk(["diff", C023, C024, "--format", "json"]);
    expect(out.code).toBe(0);
    const diff = JSON.parse(out.stdout) as Diff;
    expect(diff.older.year).toBe(2023);
    expect(diff.newer.year).toBe(2024);
    expect(diff.sameEra).toBe(true);
    const received = diff.metrics.find((m) => m.metric === "applications.received");
    expect(received).toMatchObject({ old: { value: 21 }, new: { value: 95 }, change: 74 });
    expect(diff.fields.find((f) => f.field === "applications.new.natural_person")?.change).toBe(74);
  });

  it("prints text by default and markdown on request", async () => {
    const text = await xxgk(["diff", C023, C024]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("2023");
    expect(text.stdout).toContain("2024");
    expect(text.stdout.startsWith("## ")).toBe(false);
    const md = await xxgk(["diff", C023, C024, "--format", "markdown"]);
    expect(md.stdout.startsWith("## ")).toBe(true);
    expect(md.stdout).toMatch(/\n\|.*\|\n/);
  });

  it("--include-unchanged lists unchanged fields too", async () => {
    const some = JSON.parse((await xxgk(["diff", C023, C024, "--format", "json"])).stdout) as Diff;
    const all = JSON.parse(
      (await xxgk(["diff", C023, C024, "--format", "json", "--include-unchanged"])).stdout,
    ) as Diff;
    expect(all.fields.length).toBeGreaterThan(some.fields.length);
    expect(all.fields.find((f) => f.field === "applications.carried_over.total")?.change).toBe(0);
  });

  it("--include-unchanged with --series is a usage error, not ignored (review RV18)", async () => {
    const out = await xxgk(["diff", "--series", C024, C023, "--include-unchanged"]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("--include-unchanged applies to a two-report diff");
  });

  it("--series sorts the reports by year", async () => {
    const out = await xxgk(["diff", "--series", C024, C023, "--format", "json"]);
    expect(out.code).toBe(0);
    const series = JSON.parse(out.stdout) as {
      reports: { year: number }[];
      metrics: { metric: string; points: { year: number; value: number | null }[] }[];
    };
    expect(series.reports.map((r) => r.year)).toEqual([2023, 2024]);
    const received = series.metrics.find((m) => m.metric === "applications.received");
    expect(received?.points.map((p) => p.value)).toEqual([21, 95]);
    const md = await xxgk(["diff", "--series", C024, C023, "--format", "markdown"]);
    expect(md.stdout.startsWith("## ")).toBe(true);
    const text = await xxgk(["diff", "--series", C024, C023]);
    expect(text.stdout.split("\n")[0]).toBe("淮安市洪泽区人民政府：2023, 2024");
    expect(text.stdout).toMatch(/本年新收政府信息公开申请数量\s+21\s+95\s+\+74/);
  });

  it("exits 2 without exactly two reports or with an unusable one", async () => {
    const one = await xxgk(["diff", C023]);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain("diff takes two reports");
    const missing = await xxgk(["diff", C023, "no/such.txt"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no/such.txt: no such file or folder");
    const three = await xxgk(["diff", S000, C023, C024]);
    expect(three.code).toBe(2);
  });
});

describe("xxgk diff: inputs counted after expansion; --series with a bad input", () => {
  it("compares a file with itself (inputs are not deduplicated in two-report mode)", async () => {
    const out = await xxgk(["diff", C024, C024, "--format", "json", "--include-unchanged"]);
    expect(out.code).toBe(0);
    expect(out.stderr).toBe("");
    const diff = JSON.parse(out.stdout) as Diff;
    expect(diff.older.year).toBe(2024);
    expect(diff.newer.year).toBe(2024);
    expect(diff.metrics.find((m) => m.metric === "applications.received")).toMatchObject({
      old: { value: 95 },
      new: { value: 95 },
      change: 0,
    });
  });

  it("takes the two reports from one glob, and rejects a glob of one or three", async () => {
    const out = await xxgk(["diff", "test/fixtures/corpus/02?_202?_hongzequ.txt", "--format", "json"]);
    expect(out.stderr).toBe("");
    expect(out.code).toBe(0);
    const diff = JSON.parse(out.stdout) as Diff;
    expect([diff.older.year, diff.newer.year]).toEqual([2023, 2024]);
    const one = await xxgk(["diff", "test/fixtures/corpus/024_*.txt"]);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain("diff takes two reports, <older> <newer>; the inputs gave 1");
    const three = await xxgk(["diff", "test/fixtures/corpus/02?_*.txt"]);
    expect(three.code).toBe(2);
    expect(three.stderr).toContain("the inputs gave 3");
    expect(three.stdout).toBe("");
  });

  it("--series prints the series of the reports that parsed, names the bad input, exits 2", async () => {
    const dir = tempDir("xxgk-series-");
    writeFileSync(path.join(dir, "a.txt"), readFileSync(path.join(ROOT, C023)));
    writeFileSync(path.join(dir, "b.txt"), readFileSync(path.join(ROOT, C024)));
    writeFileSync(path.join(dir, "README.md"), "# Reports\n\nTwo years of 洪泽区.\n");
    const out = await xxgk(["diff", "--series", dir, "--format", "json"]);
    expect(out.code).toBe(2);
    const series = JSON.parse(out.stdout) as {
      reports: { year: number }[];
      metrics: { metric: string; points: { value: number | null }[] }[];
    };
    expect(series.reports.map((r) => r.year)).toEqual([2023, 2024]);
    expect(series.metrics.find((m) => m.metric === "applications.received")?.points.map((p) => p.value)).toEqual([
      21, 95,
    ]);
    expect(out.stderr).toMatch(new RegExp(`^xxgk diff: ${dir}/README\\.md: not-a-report: `));
    expect(out.stderr.trimEnd().split("\n").at(-1)).toBe("xxgk diff: 1 of 3 inputs failed");
    // The two-report diff stays strict: nothing on stdout when one input is bad.
    const strict = await xxgk(["diff", C023, path.join(dir, "README.md")]);
    expect(strict.code).toBe(2);
    expect(strict.stdout).toBe("");
  });
});
