import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/index.js";

/** A 2019 report's Table 二 item blocks with their heads worded `last` and `change` (review RV22). */
const table2019 = (last: string, change: string) => `# 某局2019年政府信息公开工作年度报告

## 二、主动公开政府信息情况

| 第二十条第（一）项 |  |  |  |
| --- | --- | --- | --- |
| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |
| 规章 | 0 | 0 | 0 |
| 规范性文件 | 4 | 3 | 68 |
| 第二十条第（五）项 |  |  |  |
| 信息内容 | ${last} | ${change} | 处理决定数量 |
| 行政许可 | 73 | -3 | 764 |
| 其他对外管理服务事项 | 38 | 2 | 841 |
| 第二十条第（八）项 |  |  |  |
| 信息内容 | ${last} | ${change} |  |
| 行政事业性收费 | 9 | -1 |  |
`;

const PDF = readFileSync(
  new URL("../fixtures/messy/red-team/pdf_rows_2019_unicode_minus.txt", import.meta.url),
  "utf8",
);

const cells = (text: string, ids: readonly string[]) => {
  const { report, diagnostics } = parseReport(text);
  return {
    values: ids.map((id) => report.cells[id as keyof typeof report.cells]?.value ?? null),
    skipped: diagnostics.filter((d) => d.code === "comparison-skipped").length,
  };
};

describe("the 2019 item blocks' own columns, however worded, are no comparison columns", () => {
  const IDS = [
    "active_disclosure.licensing.prev_year_items",
    "active_disclosure.licensing.items_change",
    "active_disclosure.licensing.decisions",
    "active_disclosure.fees.prev_year_items",
    "active_disclosure.fees.items_change",
  ];
  for (const [last, change] of [
    ["上年项目数量", "比上年增减"],
    ["上年项目数量", "本年增/减"],
    ["上一年项目数量", "增减"],
    ["上一年项目数量", "本年增减数"],
    ["上一年项目数量", "本年增加/减少"],
    ["去年项目数量", "增/减"],
    ["上年度项目数量", "本年增/减"],
  ] as const) {
    it(`${last} | ${change}: 73 / -3 / 764 and 9 / -1 (764 was read as the items last year)`, () => {
      expect(cells(table2019(last, change), IDS)).toEqual({ values: [73, -3, 764, 9, -1], skipped: 0 });
    });
  }

  it("in PDF text too: 上年项目数量 | 比上年增减 (licensing 915 was read as the items last year)", () => {
    const worded = PDF.replaceAll("上一年项目数量", "上年项目数量").replaceAll("本年增/减", "比上年增减");
    const ids = ["active_disclosure.licensing.prev_year_items", "active_disclosure.licensing.decisions"];
    expect(cells(worded, ids)).toEqual(cells(PDF, ids));
    expect(cells(worded, ids).values).toEqual([85, 915]);
  });
});
