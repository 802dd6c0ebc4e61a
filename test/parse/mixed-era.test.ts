/** A report whose tables are decided to be of different eras records the odd one out in meta.hybridBlocks. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import { validateReport } from "../../src/validate/validate-report.js";

const seed000 = readFileSync(new URL("../fixtures/seeds/000_cc43e5a43c1be886.txt", import.meta.url), "utf8");
// Seed 000 (2021 layout) with its Table 二 replaced by a 2019-layout Table 二 and its year set to 2020.
const TABLE2_2019 = `第二十条第(一)项 | |||
信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |
规章 | 0 | 0 | 0 |
规范性文件 | 0 | 2 | 3 |
第二十条第(五)项 | |||
信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |
行政许可 | 5 | +1 | 2473 |
其他对外管理服务事项 | 1 | 0 | 3 |`;
const mixed = seed000
  .replace(/第二十条第\(一\)项[\s\S]*?行政事业性收费 \| 0 \|/, TABLE2_2019)
  .replace("2023年兰溪市", "2020年兰溪市");

describe("mixed-era tables", () => {
  it("a 2019 Table 二 with a 2021 Table 三 (three-row （六）): each read in its own era, the mix recorded", () => {
    const { report } = parseReport(mixed);
    expect(report.tables.map((t) => [t.id, t.era])).toEqual([
      ["active_disclosure", "gb2019"],
      ["applications", "gb2021"],
      ["review_litigation", "gb2019"],
    ]);
    expect(report.meta.formatEra).toBe("gb2019");
    expect(report.meta.hybridBlocks).toEqual([{ table: "applications", block: "table", era: "gb2021" }]);
    expect(report.cells["active_disclosure.licensing.items_change"]?.value).toBe(1);
    expect(report.cells["applications.results.other.other.total"]?.value).toBe(0);
    expect(report.cells["applications.results.granted.total"]?.value).toBe(1);
    expect(validateReport(report).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("each table is checked with its own era's identities: a wrong 2021 （六） row of a 2019 report is caught", () => {
    const { report } = parseReport(mixed.replace(/(3\.其他 \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \| )0( \|)/, "$11$2"));
    expect(report.cells["applications.results.other.other.total"]?.value).toBe(1);
    const rules = validateReport(report)
      .filter((f) => f.severity === "error")
      .map((f) => f.rule)
      .sort();
    expect(rules).toEqual(["T3-RES", "T3-ROW"]);
  });

  it("a report whose tables agree records no hybrid block", () => {
    expect(parseReport(seed000).report.meta.hybridBlocks).toEqual([]);
  });
});
