import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isUsable, parseReport } from "../../src/parse.js";

const text = readFileSync(new URL("../fixtures/seeds/003_80aeb6f3312619ab.txt", import.meta.url), "utf8");

describe("a 2014 (pre-2019) report, seed 003", () => {
  const result = parseReport(text);
  const { report } = result;

  it("is usable, with the legacy table in report.legacy and a legacy era", () => {
    expect(isUsable(result)).toBe(true);
    expect(report.tables).toEqual([]);
    expect(report.cells).toEqual({});
    expect(report.legacy).toHaveLength(1);
    expect(report.legacy[0]!.title).toBe("2014年昆明市卫生局政府信息公开工作统计表");
    expect(report.meta.formatEra).toBe(report.legacy[0]!.family);
    expect(report.meta.formatEra).toMatch(/^legacy_/);
  });

  it("reads the metadata: title, org, year, publication and report dates", () => {
    const m = report.meta;
    expect([m.title, m.orgName, m.year]).toEqual(["昆明市卫生局2014年政府信息公开工作年度报告", "昆明市卫生局", 2014]);
    expect([m.publishDate, m.reportDate]).toEqual(["2015-02-04", "2014-01-31"]);
  });

  it("keeps the narrative headings as printed (two 八), none from inside the statistics table", () => {
    expect(report.sections.map((s) => s.heading)).toEqual([
      "一、概述",
      "二、主动公开政府信息情况",
      "三、依申请公开政府信息、咨询处理情况",
      "四、卫生行政审批工作",
      "五、政府信息公开收费和减免情况",
      "六、行政复议、诉讼和申诉情况",
      "七、依申请公开情况",
      "八、实施重大决策听证、重要事项公示、重点工作通报情况",
      "八、存在的主要问题及改进措施",
    ]);
    expect(report.sections.map((s) => s.id)).toEqual([
      "overview",
      "active_disclosure",
      "consultation",
      null,
      "fees",
      "review_litigation",
      "applications",
      null,
      "problems_improvements",
    ]);
  });
});
