import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { CROSS_YEAR_RULES, FINDING_COLUMNS } from "../../src/index.js";
import { tempDir } from "../helpers/temp-dir.js";
import { ROOT, xxgk } from "./helpers.js";

const S000 = "test/fixtures/seeds/000_cc43e5a43c1be886.txt";
const S001 = "test/fixtures/seeds/001_a728f3a6d1ee2bff.txt";
const C023 = "test/fixtures/corpus/023_2023_hongzequ.txt";
const C024 = "test/fixtures/corpus/024_2024_hongzequ.txt";
const NEW_ROW = "一、本年新收政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 | ||";

interface Finding {
  rule: string;
  severity: string;
  expected: number | null;
  actual: number | null;
  delta: number | null;
  message: { zh: string; en: string };
}

/** Seed 000 with its 一、本年新收… row (line 40) replaced. */
function seedWithNewRow(row: string): string {
  const text = readFileSync(path.join(ROOT, S000), "utf8");
  expect(text).toContain(NEW_ROW);
  const dir = tempDir("xxgk-check-");
  const file = path.join(dir, "seed000-edited.txt");
  writeFileSync(file, text.replace(NEW_ROW, row));
  return file;
}

describe("xxgk check --rules / --skip-rules", () => {
  const S002 = "test/fixtures/seeds/002_d039ec262de9d514.txt";
  const rulesOf = async (...flags: string[]) => {
    const out = await xxgk(["check", S002, "--format", "json", ...flags]);
    return { code: out.code, rules: (JSON.parse(out.stdout) as Finding[]).map((f) => f.rule), stderr: out.stderr };
  };

  it("seed 002: all rules, then only some (ids and a prefix, any case), then all but some", async () => {
    expect(await rulesOf()).toMatchObject({ code: 1, rules: ["T3-ROW", "T3-RES", "NARR-REFUSED", "STRUCT-HEADING"] });
    expect(await rulesOf("--rules", "t3-row, STRUCT-*")).toMatchObject({
      code: 1,
      rules: ["T3-ROW", "STRUCT-HEADING"],
    });
    expect(await rulesOf("--rules", "NARR-*")).toMatchObject({ code: 0, rules: ["NARR-REFUSED"] });
    expect(await rulesOf("--skip-rules", "T3-*,NARR-*")).toMatchObject({ code: 0, rules: ["STRUCT-HEADING"] });
  });

  it("the reader's codes are rule ids too (`row-*`, `row-extra-values`; red team R22: a usage error before)", async () => {
    // 024 with a 16th number on its Table 四 row (line 150): the reader warns row-extra-values.
    const text = readFileSync(path.join(ROOT, C024), "utf8").split("\n");
    expect(text[149]).toBe("1 1 0 0 2 1 0 0 0 1 2 0 1 0 3");
    text[149] = `${text[149]} 7`;
    const file = path.join(tempDir("xxgk-check-"), "024-extra.txt");
    writeFileSync(file, text.join("\n"));
    const only = async (...flags: string[]) => {
      const out = await xxgk(["check", file, "--format", "json", ...flags]);
      return { code: out.code, rules: (JSON.parse(out.stdout) as Finding[]).map((f) => f.rule) };
    };
    expect(await only("--rules", "row-*")).toEqual({ code: 0, rules: ["row-extra-values"] });
    expect(await only("--rules", "ROW-EXTRA-VALUES")).toEqual({ code: 0, rules: ["row-extra-values"] });
    expect((await only("--skip-rules", "row-extra-values")).rules).not.toContain("row-extra-values");
    expect((await only()).rules).toContain("row-extra-values");
  });

  it("a list naming no rule is a usage error (exit 2), before any file is read", async () => {
    const typo = await xxgk(["check", S002, "--skip-rules", "NARR-*,T3-RWO"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('"T3-RWO" names no rule');
    expect((await xxgk(["check", S002, "--rules", " , "])).code).toBe(2);
  });
});

describe("xxgk check", () => {
  it("finds a row total off by one (2 + 0×5 printed as 3) and exits 1", async () => {
    const file = seedWithNewRow("一、本年新收政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 3 | ||");
    const json = await xxgk(["check", file, "--format", "json"]);
    expect(json.code).toBe(1);
    const findings = JSON.parse(json.stdout) as Finding[];
    const row = findings.find((f) => f.rule === "T3-ROW" && f.severity === "error");
    expect(row).toBeDefined();
    expect([row?.expected, row?.actual].sort()).toEqual([2, 3]);
    expect(Math.abs(row?.delta ?? 0)).toBe(1);
    const schema = JSON.parse((await xxgk(["schema", "finding"])).stdout) as object;
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(findings), JSON.stringify(validate.errors)).toBe(true);

    const textOut = await xxgk(["check", file, "--lang", "en"]);
    expect(textOut.code).toBe(1);
    const lines = textOut.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(findings.length);
    const rowLine = lines.find((l) => /\berror\s+T3-ROW\b/.test(l));
    expect(rowLine?.startsWith(`${file}:`)).toBe(true);
    expect(rowLine).toContain(row?.message.en);
    const zh = await xxgk(["check", file]);
    expect(zh.stdout).toContain(row?.message.zh);
  });

  it("prints as many text lines as JSON findings, exit code from their severities", async () => {
    const json = await xxgk(["check", S000, "--format", "json"]);
    const findings = JSON.parse(json.stdout) as Finding[];
    const text = await xxgk(["check", S000]);
    expect(text.stdout === "" ? [] : text.stdout.trimEnd().split("\n")).toHaveLength(findings.length);
    const expected = findings.some((f) => f.severity === "error") ? 1 : 0;
    expect(json.code).toBe(expected);
    expect(text.code).toBe(expected);
  });

  it("ends a multi-report text check with a summary matching the JSON counts", async () => {
    const json = JSON.parse((await xxgk(["check", S000, S001, C024, "--format", "json"])).stdout) as {
      path: string;
      findings: Finding[];
    }[];
    expect(json.map((r) => r.path)).toEqual([S000, S001, C024]);
    const all = json.flatMap((r) => r.findings);
    const errors = all.filter((f) => f.severity === "error").length;
    const warnings = all.filter((f) => f.severity === "warning").length;
    const en = await xxgk(["check", S000, S001, C024, "--lang", "en"]);
    const last = en.stdout.trimEnd().split("\n").at(-1);
    expect(last).toMatch(new RegExp(`^3 reports: ${errors} errors, ${warnings} warnings`));
    const zh = await xxgk(["check", S000, S001, C024]);
    expect(zh.stdout.trimEnd().split("\n").at(-1)).toMatch(
      new RegExp(`^共 3 份报告：${errors} 个错误，${warnings} 个警告`),
    );
    if (errors + warnings > 0) {
      const counts = new Map<string, number>();
      // The summary's rules are of the errors and warnings (infos are left out).
      for (const f of all) if (f.severity !== "info") counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
      const top = Math.max(...counts.values());
      const leader = [...counts]
        .filter(([, n]) => n === top)
        .map(([r]) => r)
        .sort()[0];
      expect(last).toContain(`most frequent rules: ${leader} ×${top}`);
    }
  });

  it("--blank-as-zero evaluates a blank operand as 0 and says so", async () => {
    const file = seedWithNewRow("一、本年新收政府信息公开申请数量 |  | 0 | 0 | 0 | 0 | 0 | 2 | ||");
    const strict = JSON.parse((await xxgk(["check", file, "--format", "json"])).stdout) as Finding[];
    expect(strict.some((f) => f.rule === "T3-ROW" && f.severity === "error")).toBe(false);
    const lenient = await xxgk(["check", file, "--format", "json", "--blank-as-zero"]);
    const row = (JSON.parse(lenient.stdout) as Finding[]).find((f) => f.rule === "T3-ROW" && f.severity === "error");
    expect(lenient.code).toBe(1);
    expect([row?.expected, row?.actual].sort()).toEqual([0, 2]);
    expect(row?.message.en).toContain("blank taken as 0");
  });

  it("--previous adds the cross-year rules (2023 → 2024, 洪泽区)", async () => {
    const alone = JSON.parse((await xxgk(["check", C024, "--format", "json"])).stdout) as Finding[];
    const withPrev = await xxgk(["check", C024, "--format", "json", "--previous", C023]);
    expect([0, 1]).toContain(withPrev.code);
    const rules = new Set((JSON.parse(withPrev.stdout) as Finding[]).map((f) => f.rule));
    const added = [...rules].filter((r) => !alone.some((f) => f.rule === r));
    const cross = new Set(CROSS_YEAR_RULES.map((r) => r.id));
    expect(added.length).toBeGreaterThan(0);
    for (const r of added) expect(cross.has(r)).toBe(true);
    expect(alone.some((f) => cross.has(f.rule))).toBe(false);
  });

  it("keeps exit 2 for an unusable input over 1 for errors, and the summary states both", async () => {
    const file = seedWithNewRow("一、本年新收政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 3 | ||");
    const alone = JSON.parse((await xxgk(["check", file, "--format", "json"])).stdout) as Finding[];
    const errors = alone.filter((f) => f.severity === "error").length;
    const warnings = alone.filter((f) => f.severity === "warning").length;
    expect(errors).toBeGreaterThan(0);
    const dir = tempDir("xxgk-check-");
    writeFileSync(path.join(dir, "empty.txt"), "");
    const en = await xxgk(["check", file, path.join(dir, "empty.txt"), "--lang", "en"]);
    expect(en.code).toBe(2);
    expect(en.stdout.trimEnd().split("\n").at(-1)).toMatch(
      new RegExp(
        `^1 report: ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}, 1 unusable input; most frequent rules: `,
      ),
    );
    const zh = await xxgk(["check", file, path.join(dir, "empty.txt"), "no/such.txt"]);
    expect(zh.code).toBe(2);
    expect(zh.stdout.trimEnd().split("\n").at(-1)).toMatch(
      new RegExp(`^共 1 份报告：${errors} 个错误，${warnings} 个警告，2 个输入无法使用；`),
    );
  });

  it("gives [{path, findings}] for a folder or glob even when it holds one report", async () => {
    const dir = tempDir("xxgk-check-");
    writeFileSync(path.join(dir, "a.txt"), readFileSync(path.join(ROOT, C024)));
    const alone = JSON.parse((await xxgk(["check", C024, "--format", "json"])).stdout) as Finding[];
    const schema = JSON.parse((await xxgk(["schema", "check-batch"])).stdout) as object;
    const validate = new Ajv2020({ strict: false }).compile(schema);
    for (const input of [dir, path.join(dir, "*.txt")]) {
      const out = await xxgk(["check", input, "--format", "json"]);
      const batch = JSON.parse(out.stdout) as { path: string; findings: Finding[] }[];
      expect(batch).toEqual([{ path: path.join(dir, "a.txt"), findings: alone }]);
      expect(validate(batch), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it("--format tsv|csv writes one row per finding, with a path column for several documents", async () => {
    // examples/reports/hongzequ-2023.txt, Table 四 (line 149): 行政复议 结果维持 10, 结果纠正 1, 总计 0.
    const H2023 = "examples/reports/hongzequ-2023.txt";
    const one = await xxgk(["check", H2023, "--format", "csv", "--rules", "T4-REV"]);
    expect(one.code).toBe(1);
    const lines = one.stdout.split("\r\n");
    expect(lines[0]).toBe(FINDING_COLUMNS.join(","));
    expect(lines).toHaveLength(3);
    const [rule, severity, line, , fields, expected, actual, delta, message] = lines[1]!.split(",");
    expect([rule, severity, line, expected, actual, delta]).toEqual(["T4-REV", "error", "149", "11", "0", "-11"]);
    expect(fields!.split(";")).toContain("review_litigation.review.upheld");
    expect(message).toContain("0 ≠ 10 + 1 = 11");
    const two = await xxgk(["check", H2023, S000, "--format", "tsv", "--lang", "en", "--bom"]);
    const rows = two.stdout.slice(0, -1).split("\n");
    expect(rows[0]).toBe(`\ufeff${["path", ...FINDING_COLUMNS].join("\t")}`);
    const paths = new Set(rows.slice(1).map((r) => r.split("\t")[0]));
    expect(paths.has(H2023)).toBe(true);
    const t4 = rows.find((r) => r.startsWith(`${H2023}\tT4-REV\t`))!.split("\t");
    expect(t4.at(-1)).toMatch(/^Table 4 \/ Administrative reconsideration \/ Total: 0 ≠ 10 \+ 1 = 11/);
    // Same findings as JSON, one row each.
    const json = JSON.parse((await xxgk(["check", H2023, S000, "--format", "json"])).stdout) as {
      findings: unknown[];
    }[];
    expect(rows.length - 1).toBe(json.reduce((n, r) => n + r.findings.length, 0));
  });

  it("--fail-on sets what exits 1: errors (default), warnings too, or nothing", async () => {
    // Kunming 2014 has 3 warnings and no error; Hongze 2023 has 2 errors (Table 四's 总计 0 ≠ 10 + 1).
    const KUNMING = "examples/reports/kunming-health-2014.txt";
    const H2023 = "examples/reports/hongzequ-2023.txt";
    const code = async (...argv: string[]) => (await xxgk(["check", ...argv])).code;
    expect(await code(KUNMING)).toBe(0);
    expect(await code(KUNMING, "--fail-on", "error")).toBe(0);
    expect(await code(KUNMING, "--fail-on", "warning")).toBe(1);
    expect(await code(H2023, "--fail-on", "warning")).toBe(1);
    expect(await code(H2023, "--fail-on", "never")).toBe(0);
    expect(await code("examples/reports/hongzequ-2024.txt", "--fail-on", "warning")).toBe(0);
    // An unusable input still exits 2; an unknown level is a usage error.
    const dir = tempDir("xxgk-fail-on-");
    writeFileSync(path.join(dir, "empty.txt"), "");
    expect(await code(path.join(dir, "empty.txt"), KUNMING, "--fail-on", "never")).toBe(2);
    const bad = await xxgk(["check", KUNMING, "--fail-on", "info"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--fail-on must be one of error, warning, never");
  });

  it("exits 2 on an unusable input, a missing --previous, a bad --lang", async () => {
    const dir = tempDir("xxgk-check-");
    writeFileSync(path.join(dir, "empty.txt"), "");
    const empty = await xxgk(["check", path.join(dir, "empty.txt"), S000]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/empty\.txt: input-empty: /);
    const prev = await xxgk(["check", S000, "--previous", "no/such.txt"]);
    expect(prev.code).toBe(2);
    expect(prev.stderr).toBe("xxgk check: --previous no/such.txt: no such file or folder\n");
    const folder = await xxgk(["check", S000, "--previous", dir]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toBe(`xxgk check: --previous ${dir}: is a folder\n`);
    const lang = await xxgk(["check", S000, "--lang", "fr"]);
    expect(lang.code).toBe(2);
  });
});
