// T3-OTH (formats.md §6.1): a 2021-layout report printing both （六）其他处理 and its three rows has the row equal
// to their sum, column by column. And T3-BAL's label names the equation, not the （七）总计 row alone
// (red team R16: "三、（七）总计 / 自然人：95 ≠ 96" where 95 was 一、本年新收).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type AnnualReport, type Cell, parseReport, validateReport } from "../../src/index.js";

// Corpus 024 (洪泽区 2024) prints （六）其他处理 as one row of zeros (line 76).
const base = parseReport(readFileSync(new URL("../fixtures/corpus/024_2024_hongzequ.txt", import.meta.url))).report;
const COLUMNS = ["natural_person", "commercial_enterprise", "research_institution", "social_welfare_org"] as const;

/** Corpus 024 with （六） = `total` and its three rows = `parts`, in the 自然人 and 总计 columns (others 0). */
function withOther(total: number, parts: readonly [number, number, number]): AnnualReport {
  const report = structuredClone(base);
  const put = (id: string, value: number) => {
    const like = report.cells["applications.results.other_total.total"] as Cell;
    (report.cells as Record<string, Cell>)[id] = { ...like, raw: String(value), value, status: "number" };
  };
  for (const column of [...COLUMNS, "legal_service_org", "other_org", "total"]) {
    const used = column === "natural_person" || column === "total";
    put(`applications.results.other_total.${column}`, used ? total : 0);
    ["overdue_correction", "overdue_fee", "other"].forEach((row, i) => {
      put(`applications.results.other.${row}.${column}`, used ? parts[i]! : 0);
    });
  }
  return report;
}

const rule = (report: AnnualReport, id: string) => validateReport(report, { rules: [id] });

describe("T3-OTH and T3-BAL", () => {
  it("（六） equal to its three rows is silent; unequal, one error per column that differs", () => {
    expect(rule(withOther(0, [0, 0, 0]), "T3-OTH")).toEqual([]);
    expect(rule(withOther(2, [1, 1, 0]), "T3-OTH")).toEqual([]);
    const found = rule(withOther(3, [1, 1, 0]), "T3-OTH");
    expect(found.map((f) => [f.severity, f.expected, f.actual, f.delta])).toEqual([
      ["error", 2, 3, 1],
      ["error", 2, 3, 1],
    ]);
    expect(found[0]!.message.zh).toMatch(/^三、（六）其他处理 \/ 自然人：3 ≠ 1 \+ 1 = 2/);
  });

  it("a report printing only one of the two forms is not checked by T3-OTH", () => {
    expect(rule(base, "T3-OTH")).toEqual([]);
    const subRowsOnly = withOther(9, [1, 1, 0]);
    for (const column of [...COLUMNS, "legal_service_org", "other_org", "total"]) {
      delete (subRowsOnly.cells as Record<string, Cell>)[`applications.results.other_total.${column}`];
    }
    expect(rule(subRowsOnly, "T3-OTH")).toEqual([]);
  });

  it("T3-BAL is labelled as the equation it checks", () => {
    const report = structuredClone(base);
    const total = report.cells["applications.results.total.total"] as Cell;
    report.cells["applications.results.total.total"] = { ...total, raw: "96", value: 96, status: "number" };
    const [bal] = rule(report, "T3-BAL");
    expect(bal!.message.zh).toMatch(/^三、一＋二 = （七）总计＋四 \/ 总计：95 ≠ 96/);
    expect(bal!.message.en).toMatch(/^new \+ carried over = results total \+ carried forward \(total\): 95 ≠ 96/);
  });
});
