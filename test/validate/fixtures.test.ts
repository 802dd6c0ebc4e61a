import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type AnnualReport, type Cell, type Finding, validateReport } from "../../src/index.js";
import { parseReport } from "../../src/parse.js";

const read = (path: string): AnnualReport =>
  parseReport(readFileSync(new URL(`../fixtures/${path}`, import.meta.url))).report;
const SEED = {
  s000: "seeds/000_cc43e5a43c1be886.txt",
  s001: "seeds/001_a728f3a6d1ee2bff.txt",
  s002: "seeds/002_d039ec262de9d514.txt",
  s003: "seeds/003_80aeb6f3312619ab.txt",
  s004: "seeds/004_592a88c54830d4c2.txt",
  c023: "corpus/023_2023_hongzequ.txt",
  c024: "corpus/024_2024_hongzequ.txt",
  c025: "corpus/025_2024_huaianshi.txt",
  d02: "corpus/D02_2023_hongzequ_pdftotext-layout.txt",
};
const errorsOf = (findings: Finding[]) => findings.filter((f) => f.severity === "error");
const summary = (f: Finding) => [f.rule, f.operands[0]?.field, f.actual, f.expected];

describe("seed 002 parsed: every real inconsistency, with the right cells", () => {
  const findings = validateReport(read(SEED.s002));

  it("errors: T3-ROW on 本机关不掌握 (0 0 0 0 0 0 | 总计 1) and T3-RES on the 总计 column (1 + 1 = 2 ≠ 1)", () => {
    expect(errorsOf(findings).map(summary)).toEqual([
      ["T3-ROW", "applications.results.unable.not_held.total", 1, 0],
      ["T3-RES", "applications.results.total.total", 1, 2],
    ]);
    const res = errorsOf(findings)[1]!;
    expect(res.operands.filter((o) => o.value !== 0).map((o) => [o.field, o.value])).toEqual([
      ["applications.results.total.total", 1],
      ["applications.results.withheld.third_party_rights.total", 1],
      ["applications.results.unable.not_held.total", 1],
    ]);
  });

  it("warning: the text says 不予公开0件 while （三）不予公开 / 4.保护第三方合法权益 has 1; info: heading 一、情况", () => {
    expect(
      findings.filter((f) => f.severity !== "error").map((f) => [f.rule, f.severity, f.actual, f.expected]),
    ).toEqual([
      ["NARR-REFUSED", "warning", 0, 1],
      ["STRUCT-HEADING", "info", null, null],
    ]);
    // The sentence stands on line 10 of the file, under （二）依申请公开 (line 9).
    expect(findings.find((f) => f.rule === "NARR-REFUSED")!.source?.line).toBe(10);
  });
});

describe("consistent real reports: no error findings", () => {
  for (const key of ["s000", "s001", "s004", "c024", "c025"] as const) {
    it(`${SEED[key]}: no error`, () => {
      expect(errorsOf(validateReport(read(SEED[key])))).toEqual([]);
    });
  }
});

describe("Hongze 2023 (D3): T4-REV 10 + 1 + 0 + 0 ≠ 0 and T4-LR 5 + 0 + 0 + 0 ≠ 0, nothing else at error level", () => {
  for (const key of ["c023", "d02"] as const) {
    it(SEED[key], () => {
      expect(errorsOf(validateReport(read(SEED[key]))).map(summary)).toEqual([
        ["T4-REV", "review_litigation.review.total", 0, 11],
        ["T4-LR", "review_litigation.litigation_after_review.total", 0, 5],
      ]);
    });
  }
});

describe("seed 003 (2014, legacy): numbering only", () => {
  it("八 is used twice; the legacy identities hold; no error", () => {
    const findings = validateReport(read(SEED.s003));
    expect(errorsOf(findings)).toEqual([]);
    const dup = findings.filter((f) => f.rule === "STRUCT-SECTION-DUP");
    expect(dup.map((f) => f.message.zh)).toEqual([
      "章节编号“八”重复：“八、实施重大决策听证、重要事项公示、重点工作通报情况”（第34行）与“八、存在的主要问题及改进措施”",
    ]);
    expect(findings.filter((f) => f.rule === "STRUCT-SECTION-MISSING")).toEqual([]);
  });
});

describe("+1 mutation of every Table 三 / 四 number of real consistent reports is caught at error level", () => {
  // 25 Table 三 rows × 7 + 15 = 190 (gb2021); corpus 024 prints （六） as one row: 23 × 7 + 15 = 176.
  const expected = { s000: 190, s001: 190, s004: 190, c024: 176, c025: 190 } as const;
  for (const key of Object.keys(expected) as (keyof typeof expected)[]) {
    it(`${SEED[key]}: ${expected[key]} of ${expected[key]} mutations caught`, () => {
      const report = read(SEED[key]);
      const ids = Object.entries(report.cells)
        .filter(([id, c]) => !id.startsWith("active_disclosure.") && c?.status === "number")
        .map(([id]) => id);
      let caught = 0;
      for (const id of ids) {
        const copy = structuredClone(report);
        const cell = (copy.cells as Record<string, Cell>)[id]!;
        (copy.cells as Record<string, Cell>)[id] = {
          ...cell,
          value: cell.value! + 1,
          raw: String(cell.value! + 1),
          status: "number",
        };
        const errors = errorsOf(validateReport(copy));
        if (errors.some((f) => f.operands.some((o) => o.field === id))) caught++;
      }
      expect(ids).toHaveLength(expected[key]);
      expect(caught).toBe(expected[key]);
    });
  }
});
