import { copyFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { delimitedLine } from "../../src/cli/delimited.js";
import {
  emptyReport,
  METRIC_IDS,
  type NormalizedRow,
  normalizedRows,
  toDelimited,
  WIDE_COLUMNS,
} from "../../src/index.js";
import { DELIMITED_COLUMNS } from "../../src/normalize/rows.js";
import { tempDir } from "../helpers/temp-dir.js";
import { buildCli, ROOT, xxgk } from "./helpers.js";

const S000 = "test/fixtures/seeds/000_cc43e5a43c1be886.txt";
const C023 = "test/fixtures/corpus/023_2023_hongzequ.txt";
const DIST_WORKER = buildCli().worker;

interface Row {
  report: string | null;
  year: number | null;
  era: string;
  metric: string;
  value: number | null;
  mapping: string;
}

describe("xxgk normalize", () => {
  it("prints one JSON row per report and metric, reports in input order", async () => {
    const out = await xxgk(["normalize", S000, C023]);
    expect(out.code).toBe(0);
    const rows = JSON.parse(out.stdout) as Row[];
    expect(rows).toHaveLength(2 * METRIC_IDS.length);
    expect(rows.slice(0, METRIC_IDS.length).map((r) => r.metric)).toEqual([...METRIC_IDS]);
    // Seed 000: 一、本年新收… total 2 (line 40). Corpus 023 (洪泽区 2023): 本年新收 21, 行政许可 550, 行政处罚 4119.
    expect(rows[0]).toMatchObject({
      report: S000,
      year: 2023,
      era: "gb2021",
      metric: "applications.received",
      value: 2,
    });
    const c023 = rows.filter((r) => r.report === C023);
    expect(c023.find((r) => r.metric === "applications.received")?.value).toBe(21);
    expect(c023.find((r) => r.metric === "licensing.decisions")?.value).toBe(550);
    expect(c023.find((r) => r.metric === "penalty.decisions")?.value).toBe(4119);
  });

  it("writes TSV and CSV with one header line", async () => {
    const tsv = await xxgk(["normalize", S000, "--format", "tsv"]);
    expect(tsv.code).toBe(0);
    const lines = tsv.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(DELIMITED_COLUMNS.join("\t"));
    expect(lines).toHaveLength(1 + METRIC_IDS.length);
    expect(lines[1]?.startsWith(`${S000}\t2023\t`)).toBe(true);
    expect(lines[1]).toContain("\tgb2021\tapplications.received\t2\texact\t");
    const csv = await xxgk(["normalize", S000, C023, "--format", "csv"]);
    const csvLines = csv.stdout.split("\r\n");
    expect(csvLines[0]).toBe(DELIMITED_COLUMNS.join(","));
    expect(csvLines.filter((l) => l === DELIMITED_COLUMNS.join(","))).toHaveLength(1);
    expect(csvLines).toHaveLength(1 + 2 * METRIC_IDS.length + 1);
    expect(csvLines.at(-1)).toBe("");
  });

  it("--wide writes one row per report and one column per metric (tsv, csv, a folder with --jobs 2)", async () => {
    const tsv = await xxgk(["normalize", S000, C023, "--format", "tsv", "--wide"]);
    expect(tsv.code).toBe(0);
    const lines = tsv.stdout.split("\n");
    expect(lines[0]).toBe(WIDE_COLUMNS.join("\t"));
    expect(lines).toHaveLength(4);
    const column = (line: string, name: string) => line.split("\t")[WIDE_COLUMNS.indexOf(name)];
    // Seed 000: 本年新收 2; corpus 023 (洪泽区 2023): 本年新收 21, 行政许可 550, 行政处罚 4119.
    expect(column(lines[1]!, "report")).toBe(S000);
    expect(column(lines[1]!, "applications.received")).toBe("2");
    expect(column(lines[2]!, "applications.received")).toBe("21");
    expect(column(lines[2]!, "licensing.decisions")).toBe("550");
    expect(column(lines[2]!, "penalty.decisions")).toBe("4119");
    const dir = tempDir("xxgk-wide-");
    copyFileSync(path.join(ROOT, S000), path.join(dir, "a.txt"));
    copyFileSync(path.join(ROOT, C023), path.join(dir, "b.txt"));
    const csv = await xxgk(["normalize", dir, "--format", "csv", "--wide", "--jobs", "2", "--bom"], {
      io: { workerUrl: DIST_WORKER },
    });
    expect(csv.code).toBe(0);
    const records = csv.stdout.split("\r\n");
    expect(records[0]).toBe(`\ufeff${WIDE_COLUMNS.join(",")}`);
    expect(records.slice(1, 3).map((r) => r.split(",")[WIDE_COLUMNS.indexOf("applications.received")])).toEqual([
      "2",
      "21",
    ]);
    const json = await xxgk(["normalize", S000, "--wide"]);
    expect(json.code).toBe(2);
    expect(json.stderr).toContain("--wide needs --format tsv or csv");
  });

  it("escapes TSV fields as parse does (one TSV dialect): tab, newline, CR, backslash", async () => {
    const dir = tempDir("xxgk-names-");
    copyFileSync(path.join(ROOT, C023), path.join(dir, "tab\there.txt"));
    copyFileSync(path.join(ROOT, S000), path.join(dir, "back\\slash.txt"));
    const norm = await xxgk(["normalize", ".", "--format", "tsv"], { io: { cwd: dir } });
    const parse = await xxgk(["parse", ".", "--format", "tsv"], { io: { cwd: dir } });
    expect(norm.code).toBe(0);
    const firstColumn = (text: string) => [
      ...new Set(
        text
          .trimEnd()
          .split("\n")
          .slice(1)
          .map((l) => l.split("\t")[0]),
      ),
    ];
    expect(firstColumn(norm.stdout)).toEqual(["back\\\\slash.txt", "tab\\there.txt"]);
    expect(firstColumn(parse.stdout)).toEqual(firstColumn(norm.stdout));
  });

  it("toDelimited's TSV fields are delimitedLine's (property)", () => {
    const base = normalizedRows([{ path: "x", report: emptyReport() }])[0];
    expect(base).toBeDefined();
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "\\", "\t", "\n", "\r", "政", " ") }), (name) => {
        const text = toDelimited([{ ...(base as NormalizedRow), report: name }], "tsv");
        const row = text.split("\n")[1] ?? "";
        expect(`${row.split("\t")[0]}\n`).toBe(delimitedLine([name], "tsv"));
      }),
    );
  });

  it("--jobs 2 through the built worker matches --jobs 1", async () => {
    const inputs = ["test/fixtures/seeds", "test/fixtures/corpus"];
    const one = await xxgk(["normalize", ...inputs, "--format", "tsv", "-j", "1"]);
    const two = await xxgk(["normalize", ...inputs, "--format", "tsv", "-j", "2"], { io: { workerUrl: DIST_WORKER } });
    expect(one.code).toBe(0);
    expect(two.stdout === one.stdout).toBe(true);
  });

  it("names an unusable input on stderr and exits 2, keeping the others", async () => {
    const dir = tempDir("xxgk-norm-");
    const empty = path.join(dir, "empty.txt");
    writeFileSync(empty, "   \n");
    const out = await xxgk(["normalize", empty, S000]);
    expect(out.code).toBe(2);
    expect((JSON.parse(out.stdout) as Row[]).every((r) => r.report === S000)).toBe(true);
    expect(out.stderr).toMatch(/^xxgk normalize: .*empty\.txt: input-empty: /);
  });
});

describe("--bom: a UTF-8 byte order mark before TSV or CSV, for Excel", () => {
  it("normalize and parse write the same rows after the mark; json with --bom is a usage error", async () => {
    for (const command of ["normalize", "parse"]) {
      for (const format of ["csv", "tsv"]) {
        const plain = await xxgk([command, S000, "--format", format]);
        const marked = await xxgk([command, S000, "--format", format, "--bom"]);
        expect(marked.code).toBe(0);
        expect(marked.stdout.charCodeAt(0)).toBe(0xfeff);
        expect(marked.stdout.slice(1)).toBe(plain.stdout);
        expect(plain.stdout.charCodeAt(0)).not.toBe(0xfeff);
      }
    }
    const json = await xxgk(["normalize", S000, "--bom"]);
    expect(json.code).toBe(2);
    expect(json.stderr).toContain("--bom needs --format tsv or csv");
  });
});
