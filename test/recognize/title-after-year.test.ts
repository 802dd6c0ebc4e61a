// A title broken right after its year (red team R27): a line break typed in Word (Shift+Enter), as mammoth's
// convertToHtml writes it (`…2024</strong><br /><strong>年政府…`), or catdoc's wrap at the space of `2024 年`.
// The line holding the key opened with 年: the title was 年政府信息公开工作年度报告, the body 年, no year.
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";

describe("a title broken after its year", () => {
  it.each([
    [
      "mammoth's HTML",
      "<p><strong>淮安市洪泽区人民政府2024</strong><br /><strong>年政府信息公开工作年度报告</strong></p><h2>一、总体情况</h2><p>2024 年，本机关主动公开政府信息 10 条。</p>",
    ],
    [
      "wrapped text",
      "淮安市洪泽区人民政府2024\n年政府信息公开工作年度报告\n\n一、总体情况\n2024 年，本机关主动公开政府信息 10 条。",
    ],
  ])("is read whole (%s): title, body and year", (_, text) => {
    const { meta } = parseReport(text).report;
    expect([meta.title, meta.orgName, meta.year]).toEqual([
      "淮安市洪泽区人民政府2024年政府信息公开工作年度报告",
      "淮安市洪泽区人民政府",
      2024,
    ]);
  });

  it.each([
    ["the body's name a line higher", "淮安市洪泽区\n人民政府2024\n年政府信息公开工作年度报告"],
    ["a year alone on its line", "淮安市洪泽区人民政府\n2024\n年政府信息公开工作年度报告"],
  ])("takes %s (review RV29: the body was 人民政府, or 年)", (_, head) => {
    const { meta } = parseReport(`${head}\n\n一、总体情况\n2024 年，本机关主动公开政府信息 10 条。`).report;
    expect([meta.orgName, meta.year]).toEqual(["淮安市洪泽区人民政府", 2024]);
  });

  it("takes no line with another number before its year for a title's head (第3号公告 2024)", () => {
    const { meta } = parseReport("第3号公告 2024\n年政府信息公开工作年度报告\n\n一、总体情况\n本年度…。").report;
    expect(meta.orgName).not.toBe("第3号公告 2024");
  });

  it("joins no sentence ending in a year to a line opening with 年", () => {
    const text = "本机关依法公开信息，时间为2024\n年政府信息公开工作年度报告\n一、总体情况\n本年度…。";
    expect(parseReport(text).report.meta.title).toBe("年政府信息公开工作年度报告");
  });
});
