import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { narrativeFee } from "../../src/normalize/index.js";
import { parseReport } from "../../src/parse.js";
import { emptyReport } from "../../src/schema/empty.js";
import type { AnnualReport } from "../../src/schema/report.js";

const withSection = (text: string, id: "other_matters" | "overview" = "other_matters"): AnnualReport => {
  const report = emptyReport();
  report.sections.push({
    id,
    number: "六",
    heading: "六、其他需要报告的事项",
    text,
    subsections: [],
    source: { line: 9, column: 1, offset: 100 },
  });
  return report;
};

describe("narrativeFee", () => {
  it("reads an amount in 元", () => {
    expect(narrativeFee(withSection("2024年，全年收取政府信息公开信息处理费 120 元。"))).toMatchObject({
      value: 120,
      sourceId: "sections.other_matters",
      source: { line: 9 },
    });
  });

  it("converts 万元 to 元", () => {
    expect(narrativeFee(withSection("本年度共收取信息处理费0.15万元。"))?.value).toBe(1500);
  });

  it("joins a sentence wrapped over two lines", () => {
    const fee = narrativeFee(
      withSection("严格落实《政府信息公开信息处理费管理办\n法》，全年收取政府信息公开信息处理费 0 元。"),
    );
    expect(fee?.sentence).toBe("严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费 0 元");
  });

  it("reads 'no fee collected' statements as 0", () => {
    expect(
      narrativeFee(withSection("本年度我局未发出政府信息处理费收费通知书,不存在收取信息处理费的情况。"))?.value,
    ).toBe(0);
  });

  it("does not take a waived amount for the fee collected, nor the 0 that ends a longer number for a zero", () => {
    // A waived fee is no fee collected: the amount is unknown, not 0 (the 0 of 1,500元 is no 0元).
    expect(narrativeFee(withSection("本年度减免信息处理费1,500元。"))).toBeUndefined();
    // The gap after 收取任何费用 runs on to the waived amount of the next clause: nothing was collected.
    expect(narrativeFee(withSection("本年度未收取任何费用，减免费用120元。"))?.value).toBe(0);
    expect(narrativeFee(withSection("减免费用50元，收取费用20元。"))?.value).toBe(20);
    expect(narrativeFee(withSection("收取信息处理费，共计300元。"))?.value).toBe(300);
  });

  it("returns nothing when no sentence is about the fee", () => {
    expect(narrativeFee(withSection("本年度无其他需要报告的事项。"))).toBeUndefined();
    expect(narrativeFee(withSection("我局收到申请5件。"))).toBeUndefined();
  });

  it("seed 002: the （一）收取信息处理费的情况 sub-section says 未收取任何费用", () => {
    const { report } = parseReport(
      readFileSync(new URL("../fixtures/seeds/002_d039ec262de9d514.txt", import.meta.url)),
    );
    const fee = narrativeFee(report);
    expect(fee?.value).toBe(0);
    expect(fee?.sentence).toContain("未收取任何费用");
  });
});
