import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers/temp-dir.js";
import { ROOT, xxgk } from "./helpers.js";

const S000 = "test/fixtures/seeds/000_cc43e5a43c1be886.txt";
const S001 = "test/fixtures/seeds/001_a728f3a6d1ee2bff.txt";
const C024 = "test/fixtures/corpus/024_2024_hongzequ.txt";

interface Cell {
  raw: string;
  value: number | null;
  status: string;
  source: { line: number; column: number };
}
interface Result {
  report: {
    meta: { year: number | null; formatEra: string; shape: string; encoding: string };
    cells: Record<string, Cell>;
  };
  diagnostics: { code: string; severity: string }[];
}

describe("xxgk parse --format json", () => {
  it("prints one ParseResult for one file, valid against `xxgk schema parse-result`", async () => {
    const out = await xxgk(["parse", S000]);
    expect(out.code).toBe(0);
    expect(out.stderr).toBe("");
    const result = JSON.parse(out.stdout) as Result;
    // Seed 000: 2023年兰溪市卫生健康局…, pipe table; 一、本年新收… | 2 | 0 | 0 | 0 | 0 | 0 | 2 on line 40.
    expect(result.report.meta.year).toBe(2023);
    expect(result.report.meta.formatEra).toBe("gb2021");
    expect(result.report.meta.shape).toBe("pipe");
    expect(result.report.cells["applications.new.natural_person"]).toMatchObject({
      raw: "2",
      value: 2,
      status: "number",
      source: { line: 40, column: 20 },
    });
    expect(result.report.cells["applications.new.total"]).toMatchObject({ value: 2, source: { line: 40, column: 44 } });
    const schema = JSON.parse((await xxgk(["schema", "parse-result"])).stdout) as object;
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(result), JSON.stringify(validate.errors)).toBe(true);
    const reportSchema = JSON.parse((await xxgk(["schema", "report"])).stdout) as object;
    const validateReport = new Ajv2020({ strict: false }).compile(reportSchema);
    expect(validateReport(result.report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(validateReport({ ...result.report, schemaVersion: 2 })).toBe(false);
  });

  it("prints an array in input order for several files", async () => {
    const out = await xxgk(["parse", S001, S000, "--format", "json"]);
    expect(out.code).toBe(0);
    const results = JSON.parse(out.stdout) as Result[];
    expect(results).toHaveLength(2);
    // Seed 001: # 太康县卫健委 2023 年政府信息公开工作年度报告 (markdown); its 二、上年结转 row is all 0.
    expect(results[0]?.report.meta.shape).toBe("markdown");
    expect(results[0]?.report.cells["applications.carried_over.total"]?.value).toBe(0);
    expect(results[1]?.report.cells["applications.new.natural_person"]?.value).toBe(2);
  });

  it('reads the document from stdin with - (an array of one {path: "-", …}: - names a stream)', async () => {
    const bytes = readFileSync(path.join(ROOT, S000));
    const fromStdin = await xxgk(["parse", "-"], { stdin: bytes });
    const fromFile = await xxgk(["parse", S000]);
    expect(fromStdin.code).toBe(0);
    expect(JSON.parse(fromStdin.stdout)).toEqual([{ path: "-", ...(JSON.parse(fromFile.stdout) as object) }]);
  });

  it("decides object or array from the command line: a folder or glob of one file, or a missing second input, gives an array of {path, report, diagnostics}", async () => {
    const dir = tempDir("xxgk-shape-");
    mkdirSync(path.join(dir, "one"));
    writeFileSync(path.join(dir, "one", "a.txt"), readFileSync(path.join(ROOT, S000)));
    const batchSchema = JSON.parse((await xxgk(["schema", "parse-batch"])).stdout) as object;
    const validate = new Ajv2020({ strict: false }).compile(batchSchema);
    const single = JSON.parse((await xxgk(["parse", S000])).stdout) as Result;
    for (const argv of [[path.join(dir, "one")], [path.join(dir, "one", "*.txt")], [S000, "no/such.txt"]]) {
      const out = await xxgk(["parse", ...argv]);
      const results = JSON.parse(out.stdout) as (Result & { path: string })[];
      expect(results, argv.join(" ")).toHaveLength(1);
      expect(Object.keys(results[0] ?? {})).toEqual(["path", "report", "diagnostics"]);
      expect(results[0]?.path).toBe(
        argv[0]?.endsWith("one")
          ? path.join(dir, "one", "a.txt")
          : argv[0]?.endsWith("*.txt")
            ? path.join(dir, "one", "a.txt")
            : S000,
      );
      expect(results[0]?.report).toEqual(single.report);
      expect(validate(results), JSON.stringify(validate.errors)).toBe(true);
    }
    const several = JSON.parse((await xxgk(["parse", S001, S000])).stdout) as { path: string }[];
    expect(several.map((r) => r.path)).toEqual([S001, S000]);
    expect(validate(several), JSON.stringify(validate.errors)).toBe(true);
    // TSV/CSV: the path column under the same rule.
    const csv = await xxgk(["parse", path.join(dir, "one"), "--format", "csv"]);
    expect(csv.stdout.split("\r\n")[0]).toBe("path,field,value,status,line,column,raw");
    expect(csv.stdout.split("\r\n")[1]).toBe(`${path.join(dir, "one", "a.txt")},meta.year,2023,number,,,2023`);
  });

  it("rejects a misspelt --encoding as a usage error before reading any file", async () => {
    const out = await xxgk(["parse", "no/such.txt", S000, "--encoding", "klingon"]);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe("");
    expect(out.stderr).toBe(
      'xxgk parse: --encoding: unknown encoding "klingon" (e.g. utf-8, gb18030, gbk, big5, utf-16le)\nsee: xxgk parse --help\n',
    );
    const check = await xxgk(["check", S000, "--encoding", "utf-9"]);
    expect(check.code).toBe(2);
    expect(check.stderr).toContain('unknown encoding "utf-9"');
    const diff = await xxgk(["diff", S000, S001, "--encoding", "klingon"]);
    expect(diff.code).toBe(2);
    expect(diff.stderr).toContain('unknown encoding "klingon"');
    // Labels the decoder maps (gbk, GB2312 → gb18030; UTF8 → utf-8) pass the check; the file is then read.
    const utf8 = await xxgk(["parse", S000, "--encoding", "UTF8", "--format", "tsv"]);
    expect(utf8.code).toBe(0);
    for (const label of ["gbk", "GB2312"]) {
      const read = await xxgk(["parse", S000, "--encoding", label, "--format", "tsv"]);
      expect(read.stderr, label).not.toContain("--encoding");
      expect(read.stderr, label).not.toContain("see: xxgk parse --help");
    }
  });

  it("honours --encoding and --shape", async () => {
    const dir = tempDir("xxgk-parse-");
    const file = path.join(dir, "utf16.txt");
    writeFileSync(file, Buffer.from(readFileSync(path.join(ROOT, S000), "utf8"), "utf16le"));
    const out = await xxgk(["parse", file, "--encoding", "utf-16le", "--shape", "pipe"]);
    expect(out.code).toBe(0);
    const result = JSON.parse(out.stdout) as Result;
    expect(result.report.meta.encoding).toBe("utf-16le");
    expect(result.report.cells["applications.new.natural_person"]?.value).toBe(2);
  });

  it("rejects a bad --shape or --format with exit 2", async () => {
    const a = await xxgk(["parse", S000, "--shape", "pdf"]);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('--shape must be one of pipe, tab, lines, markdown, html, csv (got "pdf")');
    const b = await xxgk(["parse", S000, "--format", "xml"]);
    expect(b.code).toBe(2);
    expect(b.stdout).toBe("");
    const c = await xxgk(["parse"]);
    expect(c.code).toBe(2);
    expect(c.stderr).toContain("no input given");
  });
});

describe("xxgk parse --format ndjson|tsv|csv", () => {
  it("streams one {path, report, diagnostics} line per file", async () => {
    const out = await xxgk(["parse", S000, C024, "--format", "ndjson"]);
    expect(out.code).toBe(0);
    const lines = out.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    const rows = lines.map((l) => JSON.parse(l) as Result & { path: string });
    expect(rows.map((r) => r.path)).toEqual([S000, C024]);
    expect(rows[1]?.report.meta.year).toBe(2024);
    expect(Object.keys(rows[0] ?? {})).toEqual(["path", "report", "diagnostics"]);
  });

  it("writes one TSV row per cell with meta rows first", async () => {
    const out = await xxgk(["parse", S000, "--format", "tsv"]);
    expect(out.code).toBe(0);
    const lines = out.stdout.split("\n");
    expect(lines[0]).toBe("field\tvalue\tstatus\tline\tcolumn\traw");
    expect(lines[1]).toBe("meta.year\t2023\tnumber\t\t\t2023");
    expect(lines[2]).toBe("meta.format_era\t\ttext\t\t\tgb2021");
    expect(lines).toContain("applications.new.natural_person\t2\tnumber\t40\t20\t2");
    expect(lines).toContain("applications.new.total\t2\tnumber\t40\t44\t2");
  });

  it("writes CSV with a path column for several inputs", async () => {
    const out = await xxgk(["parse", S000, S001, "--format", "csv"]);
    expect(out.code).toBe(0);
    const lines = out.stdout.split("\r\n");
    expect(lines[0]).toBe("path,field,value,status,line,column,raw");
    expect(lines[1]).toBe(`${S000},meta.year,2023,number,,,2023`);
    expect(lines).toContain(`${S000},applications.new.natural_person,2,number,40,20,2`);
    expect(lines.filter((l) => l.startsWith(`${S001},meta.year,`))).toHaveLength(1);
  });
});

describe("xxgk parse: pre-2019 tables, NDJSON line breaks, links", () => {
  it("writes the typed rows of a pre-2019 statistics table to TSV and CSV", async () => {
    // Seed 003 (昆明市卫生局 2014): "1.政府(部门)网站公开(不含政府信息公开网站)" / 条 / 502, the value alone on line 57.
    const S003 = "test/fixtures/seeds/003_80aeb6f3312619ab.txt";
    const tsv = await xxgk(["parse", S003, "--format", "tsv"]);
    expect(tsv.code).toBe(0);
    const lines = tsv.stdout.trimEnd().split("\n");
    expect(lines.slice(0, 3)).toEqual([
      "field\tvalue\tstatus\tline\tcolumn\traw",
      "meta.year\t2014\tnumber\t\t\t2014",
      "meta.format_era\t\ttext\t\t\tlegacy_provincial",
    ]);
    expect(lines[3]).toBe("legacy_yn.active.channel.website\t502\tnumber\t57\t1\t502");
    const json = JSON.parse((await xxgk(["parse", S003])).stdout) as {
      report: { legacy: { rows: { id: string | null }[] }[] };
    };
    const typed = json.report.legacy.flatMap((t) => t.rows).filter((r) => r.id !== null);
    expect(typed.length).toBeGreaterThan(0);
    expect(lines).toHaveLength(3 + typed.length);
    const csv = await xxgk(["parse", S003, S000, "--format", "csv"]);
    expect(csv.stdout.split("\r\n")).toContain(`${S003},legacy_yn.active.channel.website,502,number,57,1,502`);
  });

  it("escapes U+2028 and U+2029 in NDJSON so that every reader sees one line per record", async () => {
    // The decoder reads U+2028/U+2029 in a report as line breaks; a file name keeps them.
    const dir = tempDir("xxgk-ls-");
    const file = path.join(dir, "ls\u2028a\u2029.txt");
    writeFileSync(file, readFileSync(path.join(ROOT, C024)));
    const out = await xxgk(["parse", file, S000, "--format", "ndjson"]);
    expect(out.code).toBe(0);
    expect(out.stdout).not.toMatch(/[\u2028\u2029]/);
    expect(out.stdout).toContain("\\u2028");
    expect(out.stdout).toContain("\\u2029");
    // Python's str.splitlines() also splits on U+2028/U+2029 (and \v \f \x1c-\x1e \x85).
    const records = out.stdout.split(/\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/).filter((l) => l !== "");
    expect(records).toHaveLength(2);
    const first = JSON.parse(records[0] as string) as object;
    expect(JSON.stringify(first)).toContain("\u2028");
  });

  it("names a broken link and an unreadable part of a folder on stderr, counts them, exits 2", async () => {
    const dir = tempDir("xxgk-links-");
    mkdirSync(path.join(dir, "top"));
    writeFileSync(path.join(dir, "top", "b.txt"), readFileSync(path.join(ROOT, S000)));
    symlinkSync("nowhere.txt", path.join(dir, "top", "dangling.txt"));
    const out = await xxgk(["parse", "top", "--format", "ndjson"], { io: { cwd: dir } });
    expect(out.code).toBe(2);
    expect(
      out.stdout
        .trimEnd()
        .split("\n")
        .map((l) => (JSON.parse(l) as { path: string }).path),
    ).toEqual(["top/b.txt"]);
    expect(out.stderr).toBe(
      "xxgk parse: top/dangling.txt: broken symbolic link (its target does not exist)\nxxgk parse: 1 of 2 inputs failed\n",
    );
  });
});

describe("xxgk parse on a folder with bad files", () => {
  it("reports empty and binary files on stderr, counts them, keeps going, exits 2", async () => {
    const dir = tempDir("xxgk-bad-");
    mkdirSync(path.join(dir, "sub"));
    writeFileSync(path.join(dir, "a_good.txt"), readFileSync(path.join(ROOT, S000)));
    writeFileSync(path.join(dir, "b_empty.txt"), "");
    writeFileSync(path.join(dir, "sub", "c_binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1, 2]));
    writeFileSync(path.join(dir, "sub", "d_good.md"), readFileSync(path.join(ROOT, S001)));
    const out = await xxgk(["parse", dir, "--format", "ndjson", "--jobs", "1"]);
    expect(out.code).toBe(2);
    const paths = out.stdout
      .trimEnd()
      .split("\n")
      .map((l) => (JSON.parse(l) as { path: string }).path);
    expect(paths).toEqual([`${dir}/a_good.txt`, `${dir}/sub/d_good.md`]);
    const err = out.stderr.split("\n");
    expect(err[0]).toMatch(new RegExp(`^xxgk parse: ${dir}/b_empty.txt: input-empty: `));
    expect(err[1]).toMatch(new RegExp(`^xxgk parse: ${dir}/sub/c_binary.txt: input-binary: `));
    expect(err[2]).toBe("xxgk parse: 2 of 4 inputs failed");
  });

  it("reports a missing input and still parses the others", async () => {
    const out = await xxgk(["parse", "no/such.txt", S000, "--format", "ndjson"]);
    expect(out.code).toBe(2);
    expect(out.stdout.trimEnd().split("\n")).toHaveLength(1);
    expect(out.stderr).toBe("xxgk parse: no/such.txt: no such file or folder\nxxgk parse: 1 of 2 inputs failed\n");
  });

  it("draws a progress line on a TTY stderr, not with --quiet", async () => {
    let t = 0;
    const now = (): number => (t += 500);
    const tty = await xxgk(["parse", S000, S001, "--format", "ndjson"], { io: { isTTY: true, now } });
    expect(tty.stderr).toContain("2/2 reports · ");
    expect(tty.stderr.endsWith("\r\x1b[K")).toBe(true);
    const quiet = await xxgk(["parse", S000, S001, "--format", "ndjson", "-q"], { io: { isTTY: true, now } });
    expect(quiet.stderr).toBe("");
    const pipe = await xxgk(["parse", S000, S001, "--format", "ndjson"]);
    expect(pipe.stderr).toBe("");
    const withFailure = await xxgk(["parse", S000, "-", S001, "--format", "ndjson"], { io: { isTTY: true, now } });
    // The progress line is erased before the failure line is written.
    expect(withFailure.stderr).toContain("\r\x1b[Kxxgk parse: -: input-empty: ");
  });
});
