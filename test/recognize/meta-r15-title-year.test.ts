// A title year copied from last year's report (R16 #6): the title against the statistics period and, without one,
// against the year the text writes most.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import { validateReport } from "../../src/validate/validate-report.js";

describe("a title year copied from last year (R16 #6)", () => {
  // 淮安市洪泽区人民政府 2024: `2024 年` six times in its sections, a statistics period of 2024.
  const hongze = readFileSync(new URL("../fixtures/corpus/024_2024_hongzequ.txt", import.meta.url), "utf8");
  const TITLE = "\n2024 年政府信息公开工作年度报告\n";
  const PERIOD = "统计期限自 2024 年 1 月 1 日\n起至 2024 年 12 月 31 日止。";
  if (!hongze.includes(TITLE) || !hongze.includes(PERIOD)) throw new Error("fixture moved");
  const copied = hongze.replace(TITLE, "\n2023 年政府信息公开工作年度报告\n");
  const rules = (text: string) => {
    const { report } = parseReport(text);
    return {
      year: report.meta.year,
      rules: validateReport(report)
        .map((f) => f.rule)
        .filter((r) => r.startsWith("META")),
    };
  };

  it("the report as printed has no META finding", () => {
    // 024 prints no signature date and no publication stamp: an info says the dates could not be checked.
    expect(rules(hongze)).toEqual({ year: 2024, rules: ["META-DATE-MISSING"] });
  });

  it("without a period: the title's 2023 against the 2024 the text writes", () => {
    expect(rules(copied.replace(PERIOD, ""))).toEqual({ year: 2023, rules: ["META-TITLE-YEAR", "META-DATE-MISSING"] });
  });

  it("with a period of 2024: only the title is named (the period and the text agree on 2024; red team R21)", () => {
    expect(rules(copied)).toEqual({ year: 2023, rules: ["META-TITLE-YEAR", "META-DATE-MISSING"] });
  });

  it("a period copied from last year (the title and the text say 2024) is the period's finding alone", () => {
    const period = hongze.replace(PERIOD, "统计期限自 2023 年 1 月 1 日\n起至 2023 年 12 月 31 日止。");
    expect(rules(period)).toEqual({ year: 2024, rules: ["META-PERIOD", "META-DATE-MISSING"] });
  });
});
