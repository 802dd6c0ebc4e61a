import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers/temp-dir.js";
import { ROOT, xxgk } from "./helpers.js";

const read = (file: string) => readFileSync(path.join(ROOT, "test/fixtures", file), "utf8");
const dir = tempDir("xxgk-each-");
const JOINED = path.join(dir, "joined.txt");
writeFileSync(
  JOINED,
  [
    read("corpus/023_2023_hongzequ.txt"),
    read("corpus/024_2024_hongzequ.txt"),
    read("corpus/025_2024_huaianshi.txt"),
  ].join("\n"),
);
const SINGLE = path.join(dir, "single.txt");
writeFileSync(SINGLE, read("corpus/024_2024_hongzequ.txt"));

interface Element {
  path: string;
  report: { meta: { year: number }; cells: Record<string, { value: number | null }> };
  diagnostics: { code: string }[];
}

describe("xxgk parse --each-report", () => {
  it("json: one element per report of a file holding three, paths #1 … #3, each report's own numbers", async () => {
    const out = await xxgk(["parse", JOINED, "--each-report", "-j", "1"]);
    expect(out.code).toBe(0);
    const elements = JSON.parse(out.stdout) as Element[];
    expect(elements.map((e) => [e.path, e.report.meta.year, e.report.cells["applications.new.total"]?.value])).toEqual([
      [`${JOINED}#1`, 2023, 21],
      [`${JOINED}#2`, 2024, 95],
      [`${JOINED}#3`, 2024, 3119],
    ]);
    for (const e of elements) expect(e.diagnostics.filter((d) => d.code === "multiple-reports")).toEqual([]);
  });

  it("ndjson: one line per report; csv: the path column names the report", async () => {
    const nd = await xxgk(["parse", JOINED, "--each-report", "--format", "ndjson", "-j", "1"]);
    const lines = nd.stdout.trimEnd().split("\n");
    expect(lines.map((l) => (JSON.parse(l) as Element).path)).toEqual([1, 2, 3].map((k) => `${JOINED}#${k}`));
    const csv = await xxgk(["parse", JOINED, "--each-report", "--format", "csv", "-j", "1"]);
    const rows = csv.stdout.split("\r\n");
    expect(rows[0]).toBe("path,field,value,status,line,column,raw");
    expect(rows.filter((r) => r.includes(",applications.new.total,")).map((r) => r.split(",").slice(0, 3))).toEqual([
      [`${JOINED}#1`, "applications.new.total", "21"],
      [`${JOINED}#2`, "applications.new.total", "95"],
      [`${JOINED}#3`, "applications.new.total", "3119"],
    ]);
  });

  it("a file of one report keeps its path (in the several-inputs form: an array)", async () => {
    const out = await xxgk(["parse", SINGLE, "--each-report", "-j", "1"]);
    const elements = JSON.parse(out.stdout) as Element[];
    expect(elements.map((e) => e.path)).toEqual([SINGLE]);
  });

  it("without it, the file is read as its first report, with a multiple-reports warning at each other", async () => {
    const out = await xxgk(["parse", JOINED, "-j", "1"]);
    const result = JSON.parse(out.stdout) as Omit<Element, "path">;
    expect(result.report.meta.year).toBe(2023);
    expect(result.diagnostics.filter((d) => d.code === "multiple-reports")).toHaveLength(2);
  });
});
