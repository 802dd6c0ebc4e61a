import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport, renderReport } from "../../src/index.js";

/**
 * Table 四 printed with its blocks in another order than the layout's (行政诉讼's two blocks before 行政复议): the
 * values go into the blocks the header names, with a `columns-reordered` info. Before, the 15 values were read in
 * the layout's order whatever the header said: 行政复议's five cells held 未经复议直接起诉's values, and so on, with
 * no diagnostic.
 */
const source = readFileSync(new URL("../fixtures/corpus/025_2024_huaianshi.txt", import.meta.url), "utf8");
const report = parseReport(source).report;

/** 025's Table 四 as printed: 行政复议 72 64 178 37 351, 未经复议直接起诉 13 4 8 1 26, 复议后起诉 12 1 1 6 20. */
const REVIEW = ["72", "64", "178", "37", "351"];
const DIRECT = ["13", "4", "8", "1", "26"];
const AFTER = ["12", "1", "1", "6", "20"];
const OUTCOMES = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];

/** Replaces each of `pairs`' first strings once in `text`, failing when one is not there. */
function replaced(text: string, pairs: readonly [string, string][]): string {
  let out = text;
  for (const [from, to] of pairs) {
    expect(out).toContain(from);
    out = out.replace(from, to);
  }
  return out;
}

/** 025 rendered in a shape, its Table 四 printed 未经复议直接起诉 | 复议后起诉 | 行政复议 (header and values). */
function litigationFirst(shape: "html" | "pipe" | "tab" | "lines"): string {
  const text = renderReport(report, shape);
  const row = (cells: readonly string[], open: string, sep: string, close: string) => open + cells.join(sep) + close;
  if (shape === "html") {
    const td = (v: string[]) => row(v, "<td>", "</td><td>", "</td>");
    const spanned = OUTCOMES.map((o) => `<th rowspan="2">${o}</th>`).join("");
    return replaced(text, [
      [
        '<tr><th colspan="5">行政复议</th><th colspan="10">行政诉讼</th></tr>',
        '<tr><th colspan="10">行政诉讼</th><th colspan="5">行政复议</th></tr>',
      ],
      [
        `<tr>${spanned}<th colspan="5">未经复议直接起诉</th><th colspan="5">复议后起诉</th></tr>`,
        `<tr><th colspan="5">未经复议直接起诉</th><th colspan="5">复议后起诉</th>${spanned}</tr>`,
      ],
      [td([...REVIEW, ...DIRECT, ...AFTER]), td([...DIRECT, ...AFTER, ...REVIEW])],
    ]);
  }
  const [open, sep, close] =
    shape === "pipe" ? ["| ", " | ", " |\n"] : shape === "tab" ? ["", "\t", "\n"] : ["\t", "\n\t", "\n"];
  return replaced(text, [
    [row(["行政复议", "行政诉讼"], open, sep, close), row(["行政诉讼", "行政复议"], open, sep, close)],
    [
      row([...OUTCOMES, "未经复议直接起诉", "复议后起诉"], open, sep, close),
      row(["未经复议直接起诉", "复议后起诉", ...OUTCOMES], open, sep, close),
    ],
    [row([...REVIEW, ...DIRECT, ...AFTER], open, sep, close), row([...DIRECT, ...AFTER, ...REVIEW], open, sep, close)],
  ]);
}

const values = (result: ReturnType<typeof parseReport>, block: string) =>
  ["upheld", "corrected", "other", "pending", "total"].map((column) => {
    const cell = (result.report.cells as Record<string, { raw: string } | undefined>)[
      `review_litigation.${block}.${column}`
    ];
    return cell?.raw;
  });

describe("Table 四 with 行政诉讼 printed before 行政复议", () => {
  for (const shape of ["html", "pipe", "tab", "lines"] as const) {
    it(`${shape}: each block's values are read into the block its header names, with an info`, () => {
      const result = parseReport(litigationFirst(shape));
      expect(values(result, "review")).toEqual(REVIEW);
      expect(values(result, "litigation_direct")).toEqual(DIRECT);
      expect(values(result, "litigation_after_review")).toEqual(AFTER);
      const info = result.diagnostics.find((d) => d.code === "columns-reordered");
      expect(info?.severity).toBe("info");
      expect(info?.message).toContain("(未经复议直接起诉 | 复议后起诉 | 行政复议)");
    });
  }

  it("printed in the layout's order: read as printed, no columns-reordered", () => {
    for (const shape of ["html", "pipe", "tab", "lines"] as const) {
      const result = parseReport(renderReport(report, shape));
      expect(values(result, "review")).toEqual(REVIEW);
      expect(values(result, "litigation_after_review")).toEqual(AFTER);
      expect(result.diagnostics.some((d) => d.code === "columns-reordered")).toBe(false);
    }
  });

  it("a title row 行政诉讼 | 行政复议 above a header in the layout's order: the rows disagree, the layout's order is kept (review RV25)", () => {
    for (const shape of ["html", "pipe"] as const) {
      const text = renderReport(report, shape);
      const header = shape === "html" ? '<tr><th colspan="5">行政复议</th>' : "| 行政复议 | 行政诉讼 |";
      expect(text).toContain(header);
      const titled = text.replace(
        header,
        shape === "html"
          ? `<tr><th colspan="10">行政诉讼</th><th colspan="5">行政复议</th></tr>${header}`
          : `| 行政诉讼 | 行政复议 |\n${header}`,
      );
      const result = parseReport(titled);
      expect(values(result, "review")).toEqual(REVIEW);
      expect(values(result, "litigation_direct")).toEqual(DIRECT);
    }
  });

  it("PDF text printing 行政诉讼 before 行政复议 in its header: extraction order says nothing, values in the layout's order", () => {
    const swapped = replaced(source, [["行政复议 行政诉讼\n", "行政诉讼 行政复议\n"]]);
    const result = parseReport(swapped);
    expect(values(result, "review")).toEqual(REVIEW);
    expect(values(result, "litigation_direct")).toEqual(DIRECT);
    expect(result.diagnostics.some((d) => d.code === "columns-reordered")).toBe(false);
  });
});
