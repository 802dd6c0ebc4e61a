import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport, renderReport } from "../../src/index.js";

const PDF = readFileSync(new URL("../fixtures/corpus/024_2024_hongzequ.txt", import.meta.url), "utf8");
const REPORT = parseReport(PDF).report;

/** 024's block (五) printed with the 2019 layout's columns: 上一年项目数量 120, 本年增/减 +3, 处理决定数量 9487. */
const variants: [string, string][] = [
  [
    "PDF text",
    PDF.replace(
      "信息内容 本年处理决定数量\n行政许可 9487",
      "信息内容 上一年项目数量 本年增/减 处理决定数量\n行政许可 120 +3 9487",
    ),
  ],
  [
    "tab",
    renderReport(REPORT, "tab").replace(
      "信息内容\t本年处理决定数量\n行政许可\t9487",
      "信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n行政许可\t120\t+3\t9487",
    ),
  ],
  [
    "pipe",
    renderReport(REPORT, "pipe").replace(
      "| 信息内容 | 本年处理决定数量 |\n| 行政许可 | 9487 |",
      "| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n| 行政许可 | 120 | +3 | 9487 |",
    ),
  ],
];

describe("a 2021 report printing Table 二's block (五) with the 2019 layout's columns (red team R21)", () => {
  for (const [shape, text] of variants) {
    it(`${shape}: 行政许可's decisions are 9487, under 处理决定数量 (was 120, 上一年项目数量), and the block is a 2019 hybrid`, () => {
      expect(text).toContain("上一年项目数量");
      const { report, diagnostics } = parseReport(text);
      expect(report.meta.formatEra).toBe("gb2021");
      expect(report.cells["active_disclosure.licensing.decisions"]?.value).toBe(9487);
      expect(report.meta.hybridBlocks).toContainEqual({ table: "active_disclosure", block: "art20_5", era: "gb2019" });
      const extra = diagnostics.filter((d) => d.code === "row-extra-values");
      expect(extra.map((d) => d.message)).toEqual([
        "Row 二、行政许可 has 2 value(s) more than its 1 column(s): 120 +3 (read in order: a number split in two or a value printed twice moves the values after it)",
      ]);
    });
  }

  it("the report as printed (2021 header) is unchanged: 9487, no hybrid block (五)", () => {
    expect(REPORT.cells["active_disclosure.licensing.decisions"]?.value).toBe(9487);
    expect(REPORT.meta.hybridBlocks.filter((h) => h.table === "active_disclosure")).toEqual([]);
  });
});
