/**
 * Table 四 printed transposed: one line per outcome (结果维持 … 总计), one column per kind of case. Values
 * are read off the texts below.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import type { Cell } from "../../src/schema/common.js";

const OUTCOMES = ["upheld", "corrected", "other", "pending", "total"] as const;
const rowOf = (cells: Record<string, Cell | undefined>, row: string) =>
  OUTCOMES.map((c) => cells[`review_litigation.${row}.${c}`]?.value ?? "absent");
const cellsOf = (text: string) => parseReport(text).report.cells as Record<string, Cell | undefined>;

/** A report around a Table 四 given as text lines. */
const report = (table: string) =>
  [
    "某某县审计局2024年政府信息公开工作年度报告",
    "一、总体情况",
    "本年度认真落实政务公开工作。",
    "四、政府信息公开行政复议、行政诉讼情况",
    table,
    "五、存在的主要问题及改进情况",
    "一是公开内容不够全面。",
  ].join("\n");

describe("Table 四 printed transposed", () => {
  it("reads the Markdown table of a red-team report (a column per kind of case)", () => {
    const text = readFileSync(new URL("../fixtures/messy/red-team/m48-t4-transposed-2024.md", import.meta.url), "utf8");
    const cells = cellsOf(text);
    // Lines 73–77: 结果维持 0 0 0 / 结果纠正 0 0 0 / 其他结果 0 5 0 / 尚未审结 2 0 0 / 总计 2 5 0.
    expect(rowOf(cells, "review")).toEqual([0, 0, 0, 2, 2]);
    expect(rowOf(cells, "litigation_direct")).toEqual([0, 0, 5, 0, 5]);
    expect(rowOf(cells, "litigation_after_review")).toEqual([0, 0, 0, 0, 0]);
    expect(cells["review_litigation.review.total"]?.source.line).toBe(77);
  });

  it("reads PDF text lines, the kinds of case across in the layout's order", () => {
    const cells = cellsOf(
      report(
        [
          "行政复议 行政诉讼（未经复议直接起诉） 行政诉讼（复议后起诉）",
          "结果维持 1 2 3",
          "结果纠正 4 5 6",
          "其他结果 7 8 9",
          "尚未审结 10 11 12",
          "总计 22 26 30",
        ].join("\n"),
      ),
    );
    expect(rowOf(cells, "review")).toEqual([1, 4, 7, 10, 22]);
    expect(rowOf(cells, "litigation_direct")).toEqual([2, 5, 8, 11, 26]);
    expect(rowOf(cells, "litigation_after_review")).toEqual([3, 6, 9, 12, 30]);
  });

  it("takes the order across from the header when it names every kind of case", () => {
    const cells = cellsOf(
      report(
        [
          "| | 复议后起诉 | 行政复议 | 未经复议直接起诉 |",
          "| 结果维持 | 3 | 1 | 2 |",
          "| 结果纠正 | 6 | 4 | 5 |",
          "| 其他结果 | 9 | 7 | 8 |",
          "| 尚未审结 | 12 | 10 | 11 |",
          "| 总计 | 30 | 22 | 26 |",
        ].join("\n"),
      ),
    );
    expect(rowOf(cells, "review")).toEqual([1, 4, 7, 10, 22]);
    expect(rowOf(cells, "litigation_after_review")).toEqual([3, 6, 9, 12, 30]);
  });

  it("takes the order across from the header right above the table, not from a caption naming the kinds", () => {
    const cells = cellsOf(
      report(
        [
          "单位：件（行政复议、行政诉讼）",
          "复议后起诉 行政复议 未经复议直接起诉",
          "结果维持 3 1 2",
          "结果纠正 6 4 5",
          "其他结果 9 7 8",
          "尚未审结 12 10 11",
          "合计 30 22 26",
        ].join("\n"),
      ),
    );
    expect(rowOf(cells, "review")).toEqual([1, 4, 7, 10, 22]);
    expect(rowOf(cells, "litigation_after_review")).toEqual([3, 6, 9, 12, 30]);
  });

  it("leaves the official layout as it was (15 values after a header of 5 outcomes × 3)", () => {
    const cells = cellsOf(
      report(
        [
          "行政复议 行政诉讼",
          "结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉",
          "结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计",
          "1 4 7 10 22 2 5 8 11 26 3 6 9 12 30",
        ].join("\n"),
      ),
    );
    expect(rowOf(cells, "review")).toEqual([1, 4, 7, 10, 22]);
    expect(rowOf(cells, "litigation_after_review")).toEqual([3, 6, 9, 12, 30]);
  });
});
