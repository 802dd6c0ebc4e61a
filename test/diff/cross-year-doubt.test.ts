import { describe, expect, it } from "vitest";
import { crossYearFindings } from "../../src/validate/cross-year.js";
import { cell, hongze2023, hongze2024 } from "./build.js";

describe("a cross-year relation resting on a total its own report contradicts (R12 t4-after-printed-total)", () => {
  it("Hongze 023 → 024: T4-AFTER-S is info and says 2023's 行政复议总计 0 is not 10 + 1", () => {
    // 2023 Table 四 行政复议: 10 · 1 · 0 · 0, 总计 printed 0 (formats.md D3). 2024: 1 · 1 · 0 · 0 = 2; 复议后起诉 3.
    const [f, ...rest] = crossYearFindings(hongze2023(), hongze2024(), { rules: ["T4-AFTER-S"] });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: "T4-AFTER-S", severity: "info", actual: 3, expected: 2 });
    expect(f!.message.zh).toContain(
      "因2023年 表四 行政复议 / 总计 0 与其分项之和 11 不符（T4-REV），本项核对所用合计本身有误",
    );
    expect(f!.message.en).toContain(
      "2023 Table 4 / Administrative reconsideration / Total 0 is not the sum of its parts 11 (T4-REV)",
    );
  });

  it("stays a warning when the relation fails with the parts summed too (review RV12)", () => {
    // 2023 行政复议 1 · 0 · 0 · 0 with 总计 printed 0; 2024 复议 总计 2 and 复议后起诉 30 · 0 · 0 · 0 = 30: 30 > 2 + 0,
    // and 30 > 2 + 1 with 2023's parts summed.
    const older = hongze2023();
    older.cells["review_litigation.review.upheld"] = cell(1);
    older.cells["review_litigation.review.corrected"] = cell(0);
    const newer = hongze2024();
    for (const part of ["upheld", "corrected", "other", "pending"] as const)
      newer.cells[`review_litigation.litigation_after_review.${part}`] = cell(part === "upheld" ? 30 : 0);
    newer.cells["review_litigation.litigation_after_review.total"] = cell(30);
    const [f, ...rest] = crossYearFindings(older, newer, { rules: ["T4-AFTER-S"] });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: "T4-AFTER-S", severity: "warning", actual: 30, expected: 2 });
    expect(f!.message.zh).not.toContain("仅供参考");
  });

  it("stays a warning when the totals agree with their parts", () => {
    const older = hongze2023();
    older.cells["review_litigation.review.upheld"] = cell(0);
    older.cells["review_litigation.review.corrected"] = cell(0); // 0 + 0 + 0 + 0 = 总计 0
    const [f] = crossYearFindings(older, hongze2024(), { rules: ["T4-AFTER-S"] });
    expect(f).toMatchObject({ rule: "T4-AFTER-S", severity: "warning", actual: 3, expected: 2 });
    expect(f!.message.zh).not.toContain("仅供参考");
  });

  it("T3-CARRY-X: a carried-over 总计 that is not the sum of its row makes the break info", () => {
    const newer = hongze2024();
    newer.cells["applications.carried_over.total"] = cell(4); // its six columns are all 0 (T3-ROW)
    const findings = crossYearFindings(hongze2023(), newer, { rules: ["T3-CARRY-X"] });
    expect(findings.map((f) => [f.severity, f.actual, f.expected])).toEqual([["info", 4, 0]]);
    expect(findings[0]!.message.zh).toContain(
      "2024年 表三 二、上年结转政府信息公开申请数量 / 总计 4 与其分项之和 0 不符（T3-ROW）",
    );
  });
});
