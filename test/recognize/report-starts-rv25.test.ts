import { describe, expect, it } from "vitest";
import { parseReport, parseReports } from "../../src/index.js";

/**
 * A page printing its title twice with a summary numbered 1. between them (review RV25): since a report numbered
 * （一）/1. counts as begun (F20), the second printing of the same title split the report, and parseReport read the
 * summary alone (on 025: 200 cells → 0).
 */
const TITLE = "淮安市人民政府2024年政府信息公开工作年度报告";
const text = [
  TITLE,
  "1.总体情况",
  "2024年，市政府网站主动公开各类政府信息5500余条。",
  TITLE,
  "一、总体情况",
  "2024年，我市坚持公开为常态、不公开为例外。",
  "二、主动公开政府信息情况",
  "略。",
  "三、收到和处理政府信息公开申请情况",
  "略。",
].join("\n");

describe("a title printed twice around a one-section summary", () => {
  it("is one report, its sections 一, 二, 三", () => {
    expect(parseReports(text)).toHaveLength(1);
    const { report, diagnostics } = parseReport(text);
    expect(report.sections.map((s) => s.number)).toEqual(expect.arrayContaining(["一", "二", "三"]));
    expect(diagnostics.some((d) => d.code === "multiple-reports")).toBe(false);
  });

  it("a report pasted twice (its sections printed before the title comes again) is still two", () => {
    const whole = [TITLE, "一、总体情况", "正文。", "二、主动公开政府信息情况", "略。"].join("\n");
    expect(parseReports(`${whole}\n${whole}`)).toHaveLength(2);
  });
});
