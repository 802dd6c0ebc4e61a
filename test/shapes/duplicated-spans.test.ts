import { describe, expect, it } from "vitest";
import type { GridCell } from "../../src/document.js";
import { spansFromDuplicates } from "../../src/shapes/duplicated-spans.js";

/** A row of 1×1 anchor cells, each at its column as offset. */
const row = (...texts: string[]): GridCell[] =>
  texts.map((text, i) => ({
    text,
    position: { line: 1, column: i + 1, offset: i },
    rowSpan: 1,
    colSpan: 1,
    anchor: true,
  }));
/** A row as its cells' texts, span copies written `<`, and the anchors' colSpans where above 1. */
const shape = (cells: GridCell[]): string[] =>
  cells.map((c) => (c.anchor ? (c.colSpan > 1 ? `${c.text}×${c.colSpan}` : c.text) : "<"));

describe("spansFromDuplicates", () => {
  it("merges the cells under a repeated header cell when they repeat or are empty", () => {
    const rows = [
      row("信息内容", "上一年项目数量", "上一年项目数量", "本年增/减", "本年增/减"),
      row("行政事业性收费", "268", "268", "2", "2"),
      row("行政许可", "5", "", "−1", ""),
    ];
    spansFromDuplicates(rows);
    expect(rows.map(shape)).toEqual([
      ["信息内容", "上一年项目数量×2", "<", "本年增/减×2", "<"],
      ["行政事业性收费", "268×2", "<", "2×2", "<"],
      ["行政许可", "5×2", "<", "−1×2", "<"],
    ]);
    // A copy repeats its anchor's text and position.
    expect(rows[2]![2]).toMatchObject({ text: "5", position: { offset: 1 }, anchor: false });
  });

  it("keeps cells apart when they differ, and under headers that do not repeat", () => {
    const rows = [
      row("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"),
      row("规章", "0", "0", "0"),
      row("第二十条第（五）项", "第二十条第（五）项", "第二十条第（五）项"),
      row("行政许可", "12", "13"),
    ];
    spansFromDuplicates(rows);
    expect(rows.map(shape)).toEqual([
      ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
      ["规章", "0", "0", "0"],
      ["第二十条第（五）项×3", "<", "<"],
      ["行政许可", "12", "13"],
    ]);
  });

  it("takes the last header row above a row (a row with a digit is no header)", () => {
    const rows = [row("行政复议", "行政复议", "行政诉讼"), row("结果维持", "结果纠正", "总计"), row("1", "1", "2")];
    spansFromDuplicates(rows);
    expect(shape(rows[2]!)).toEqual(["1", "1", "2"]);
  });

  it("reads a row of dashes or none-words as values, not as a header", () => {
    const rows = [row("规章", "-", "-", "-"), row("行政许可", "无", "无", "无"), row("规章", "0", "0", "0")];
    spansFromDuplicates(rows);
    expect(rows.map(shape)).toEqual([
      ["规章", "-", "-", "-"],
      ["行政许可", "无", "无", "无"],
      ["规章", "0", "0", "0"],
    ]);
  });
});
