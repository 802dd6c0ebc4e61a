// Table 四 of a report whose zeros were printed blank (formats.md D1), through pdftotext's default text (red team
// R28): 7 of its 15 values are printed, each blank cell left no trace, and the values read in order stand in
// other cells than theirs (review: printed 1 _ _ _ 2, read 1 2 1 1 2). The warning said only "the missing cells
// are absent", as if the values read were in place.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";

const text = readFileSync(new URL("../fixtures/messy/r28/024-sparse-pdftotext-default.txt", import.meta.url), "utf8");

describe("a Table 四 short of values", () => {
  it("in PDF text: says the values may belong to other cells, since a blank cell leaves no trace", () => {
    expect(text).toContain("纠正 结果 审结 计 维持 纠正 结果 审结 计\n1\n2 1\n1 2\n1\n3\n");
    const { diagnostics } = parseReport(text);
    const warning = diagnostics.find((d) => d.code === "row-missing-values" && d.message.startsWith("Table 四"));
    expect(warning?.severity).toBe("warning");
    expect(warning?.message).toContain("has 7 of 15 values; they fill the first cells in order");
    expect(warning?.message).toContain("a blank cell leaves no trace, so they may belong to other cells");
  });

  it("in a grid (pipe cells): says the missing cells are absent, the values read standing in their cells", () => {
    const grid = [
      "四、政府信息公开行政复议、行政诉讼情况",
      "| 行政复议 | 行政诉讼 |",
      "| 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 |",
      "五、存在的主要问题及改进情况",
    ].join("\n");
    const { diagnostics } = parseReport(grid, { shape: "pipe", year: 2024 });
    const warning = diagnostics.find((d) => d.code === "row-missing-values" && d.message.startsWith("Table 四"));
    expect(warning?.message).toBe("Table 四 has 10 of 15 values; the missing cells are absent");
  });
});
