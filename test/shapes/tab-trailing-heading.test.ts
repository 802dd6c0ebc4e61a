// word-extractor's text of a .doc report (red team R27) joins a table's rows with two tabs and runs the paragraph
// after the table onto its last line: `…\t1\t0\t3\t\t五、存在的主要问题及改进情况`. The heading was a cell of the
// table's row: section 五 was lost (STRUCT-SECTION-MISSING, a false alarm) and its text went to section 四.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import { SIX_SECTION_IDS } from "../helpers/sections.js";

describe("a section heading run onto a tab table's last row", () => {
  it("is the heading of its section, at its place in the input (word-extractor, 024)", () => {
    const text = readFileSync(new URL("../fixtures/messy/r27/024-word-extractor-doc.txt", import.meta.url), "utf8");
    expect(text).toMatch(/\t\t五、存在的主要问题及改进情况/);
    const { report } = parseReport(text);
    expect(report.meta.shape).toBe("tab");
    expect(report.sections.map((s) => s.id)).toEqual(SIX_SECTION_IDS);
    const five = report.sections[4]!;
    expect(text.slice(five.source!.offset, five.source!.offset + 5)).toBe("五、存在的");
  });

  it.each([
    ["a remark in mid-table", "收到申请数\t件\t5\t\t一、二季度集中受理"],
    ["a section label of a side-by-side table", "其中：主动公开规范性文件数\t条\t8\t\t二、依申请公开情况"],
  ])("keeps %s in its row (review RV29: the rows after it were lost)", (_, row) => {
    const text = [
      "某某市卫生局2014年政府信息公开工作年度报告",
      "统计指标\t单位\t本年度\t上年度\t备注",
      "其中：主动公开规范性文件数\t条\t8\t6\t",
      row,
      "主动公开政府信息数\t条\t120\t100\t",
    ].join("\n");
    const labels = parseReport(text).report.legacy.flatMap((t) => t.rows.map((r) => r.label));
    expect(labels).toContain("主动公开政府信息数");
  });

  it("leaves a row whose last cell only looks like a heading, with no number before it, as a row", () => {
    const text = "某局2024年政府信息公开工作年度报告\n一、总体情况\n说明\t\t二、其他\n";
    const { report } = parseReport(text);
    expect(report.sections.map((s) => s.id)).toEqual(["overview"]);
  });
});
