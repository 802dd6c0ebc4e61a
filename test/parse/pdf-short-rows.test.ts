/**
 * Rows of PDF text (rows guessed, `rowsReliable: false`) with fewer values than their columns. A blank
 * cell printed as nothing leaves no trace in text without layout: when the table's other rows are full,
 * such a row's values cannot be placed and are kept as an extra row (`row-values-unplaced`); when the
 * table was printed without a column (every row short), the values fill the first columns as before.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import type { Cell } from "../../src/schema/common.js";
import { APPLICANT_COLUMNS } from "../helpers/cells.js";

const corpus023 = readFileSync(new URL("../fixtures/corpus/023_2023_hongzequ.txt", import.meta.url), "utf8");
const rowOf = (cells: Record<string, Cell | undefined>, id: string) =>
  APPLICANT_COLUMNS.map((c) => cells[`applications.${id}.${c}`]?.value ?? "absent");

describe("short rows of PDF text", () => {
  it("keeps a short row of a table whose other rows are full as an extra row, its cells absent", () => {
    // A red-team report: `一、本年新收政府信息公开申请数量 308 0  8 8 1 325` (line 49) lost a blank cell.
    const file = new URL("../fixtures/messy/red-team/pdf_rows_blank_cells_vanish.txt", import.meta.url);
    const { report, diagnostics } = parseReport(readFileSync(file));
    const cells = report.cells as Record<string, Cell | undefined>;
    expect(rowOf(cells, "new")).toEqual(Array(7).fill("absent"));
    // The full row after it is read.
    expect(rowOf(cells, "carried_over")).toEqual([3, 3, 3, 0, 0, 2, 11]);
    const extra = report.extraRows.find((r) => r.rawLabel.endsWith("一、本年新收政府信息公开申请数量"));
    expect(extra?.cells.map((c) => c.value)).toEqual([308, 0, 8, 8, 1, 325]);
    expect(extra?.cells[0]?.source.line).toBe(49);
    const unplaced = diagnostics.find((d) => d.code === "row-values-unplaced");
    expect(unplaced).toMatchObject({ severity: "warning", source: { line: 49 } });
    expect(unplaced?.message).toContain("has 6 of 7 values (308 0 8 8 1 325)");
    expect(diagnostics.some((d) => d.code === "row-missing-values" && d.source?.line === 49)).toBe(false);
  });

  it("does the same to one row of a real PDF text report that loses a value", () => {
    // Corpus 023, line 79: `一、本年新收政府信息公开申请数量 21 0 0 0 0 0 21`, its last 0 removed.
    const text = corpus023.replace(
      "一、本年新收政府信息公开申请数量 21 0 0 0 0 0 21",
      "一、本年新收政府信息公开申请数量 21 0 0 0 0 21",
    );
    const { report, diagnostics } = parseReport(text);
    const cells = report.cells as Record<string, Cell | undefined>;
    expect(rowOf(cells, "new")).toEqual(Array(7).fill("absent"));
    expect(rowOf(cells, "results.total")).toEqual([21, 0, 0, 0, 0, 0, 21]);
    expect(diagnostics.filter((d) => d.code === "row-values-unplaced").map((d) => d.source?.line)).toEqual([79]);
    // The untouched report has no such row.
    expect(parseReport(corpus023).diagnostics.some((d) => d.code === "row-values-unplaced")).toBe(false);
  });

  it("fills the first columns when every row is short (a table printed without its total column)", () => {
    // Every Table 三 row of corpus 023 loses its last number (the 总计 column).
    const text = corpus023
      .split("\n")
      .map((line, i) =>
        i >= 75 && i <= 120 ? line.replace(/^(.*\D)( \d+)( \d+){6}\s*$/, (m) => m.replace(/ \d+\s*$/, "")) : line,
      )
      .join("\n");
    expect(text).toContain("一、本年新收政府信息公开申请数量 21 0 0 0 0 0\n");
    const { report, diagnostics } = parseReport(text);
    const cells = report.cells as Record<string, Cell | undefined>;
    expect(rowOf(cells, "new")).toEqual([21, 0, 0, 0, 0, 0, "absent"]);
    expect(rowOf(cells, "results.total")).toEqual([21, 0, 0, 0, 0, 0, "absent"]);
    expect(diagnostics.some((d) => d.code === "row-values-unplaced")).toBe(false);
    expect(diagnostics.filter((d) => d.code === "row-missing-values").length).toBeGreaterThan(20);
  });

  it("reads no row of a table printed without its total column as parts and a total, one summing by chance", () => {
    // As above, with 一、本年新收 made `5 0 0 0 0 5` (自然人 5, 其他 5): its last value is the sum of the others, but
    // the other rows (`10 0 0 0 0 0`: a last value of 0 after a 10, no sum) say the table has no total column.
    const text = corpus023
      .split("\n")
      .map((line, i) =>
        i >= 75 && i <= 120 ? line.replace(/^(.*\D)( \d+)( \d+){6}\s*$/, (m) => m.replace(/ \d+\s*$/, "")) : line,
      )
      .join("\n")
      .replace("一、本年新收政府信息公开申请数量 21 0 0 0 0 0\n", "一、本年新收政府信息公开申请数量 5 0 0 0 0 5\n");
    expect(text).toContain("一、本年新收政府信息公开申请数量 5 0 0 0 0 5\n");
    const { report, diagnostics } = parseReport(text);
    const cells = report.cells as Record<string, Cell | undefined>;
    expect(rowOf(cells, "new")).toEqual([5, 0, 0, 0, 0, 5, "absent"]);
    expect(diagnostics.some((d) => d.code === "row-part-and-total")).toBe(false);
  });

  it("does not take numbers joined by a fixed run of spaces for layout (corpus 023 with two or three spaces)", () => {
    for (const gap of ["  ", "   "]) {
      // Line 79 with its numbers `gap` apart and its sixth value gone: the blank cannot be located.
      const text = corpus023
        .split("\n")
        .map((line, i) => (i >= 78 && i <= 117 ? line.replace(/(?<=\S) (?=\d)/g, gap) : line))
        .join("\n")
        .replace(`21${gap}0${gap}0${gap}0${gap}0${gap}0${gap}21`, `21${gap}0${gap}0${gap}0${gap}0${gap}21`);
      const { report, diagnostics } = parseReport(text);
      const cells = report.cells as Record<string, Cell | undefined>;
      expect(rowOf(cells, "new"), JSON.stringify(gap)).toEqual(Array(7).fill("absent"));
      expect(diagnostics.filter((d) => d.code === "row-values-unplaced").map((d) => d.source?.line)).toEqual([79]);
    }
  });

  it("compares a short row only with full rows of as many columns (Table 二's one-column rows do not count)", () => {
    const text = [
      "某某县人民政府2021年政府信息公开工作年度报告",
      "二、主动公开政府信息情况",
      "第二十条第（一）项",
      "信息内容 本年制发件数 本年废止件数 现行有效件数",
      "规章 0 0 0",
      "行政规范性文件 3 8",
      "第二十条第（五）项",
      "信息内容 本年处理决定数量",
      "行政许可 12",
      "第二十条第（六）项",
      "信息内容 本年处理决定数量",
      "行政处罚 5",
      "行政强制 1",
      "第二十条第（八）项",
      "信息内容 本年收费金额（单位：万元）",
      "行政事业性收费 0",
      "三、收到和处理政府信息公开申请情况",
    ].join("\n");
    const { report, diagnostics } = parseReport(text);
    const cells = report.cells as Record<string, Cell | undefined>;
    expect(cells["active_disclosure.normative_documents.issued"]?.value).toBe(3);
    expect(cells["active_disclosure.normative_documents.repealed"]?.value).toBe(8);
    expect(cells["active_disclosure.normative_documents.in_force"]).toBeUndefined();
    expect(diagnostics.some((d) => d.code === "row-values-unplaced")).toBe(false);
    const missing = diagnostics.find((d) => d.code === "row-missing-values")?.message;
    expect(missing).toContain("has 2 of 3 values");
    // PDF text: the message says where the values went and that they may belong elsewhere.
    expect(missing).toContain("they fill the first columns");
    expect(missing).toContain("may belong to other columns");
  });
});
