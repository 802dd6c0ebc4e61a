// A table without its section heading is found by its first row's label (an anchor). An extractor that splits a
// cell's two lines into two rows (tabula's stream mode; a Word table saved as tab-separated text with a line
// break in the label) wraps that label over two rows: `一、本年新收政府信息公开 | … 3001 … 3119` over `申请数量`.
// Red team R24: Table 三 was not found (STRUCT-TABLE-MISSING, 25 row-unrecognized, 0 of 175 cells).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import { renderReport } from "../../src/render/index.js";
import { APPLICANT_COLUMNS } from "../helpers/cells.js";

const base = parseReport(
  readFileSync(new URL("../fixtures/corpus/025_2024_huaianshi.txt", import.meta.url), "utf8"),
).report;
/** The widest table's width: the CSV writer pads every title, heading and paragraph record to it. */
const SHEET_WIDTH = 15;

/** 025's tables alone (no title, headings or prose), as an extractor of a PDF's tables gives them. */
function tablesOnly(shape: "csv" | "tab"): string {
  const lines = renderReport(base, shape).split(/\r?\n/);
  const prose = (line: string): boolean =>
    shape === "tab"
      ? !line.includes("\t")
      : line.split(",").length === SHEET_WIDTH && line.split(",").filter((f) => f !== "").length === 1;
  return `${lines.filter((line) => line !== "" && !prose(line)).join("\n")}\n`;
}

describe.each(["csv", "tab"] as const)("%s", (shape) => {
  const sep = shape === "csv" ? "," : "\t";
  const text = tablesOnly(shape);
  const first = text.split(/\r?\n/).find((l) => l.startsWith("一、本年新收政府信息公开申请数量"));

  it("finds Table 三 by its first row's label wrapped over two rows, and reads all its cells", () => {
    expect(first).toBeDefined();
    expect(text).not.toContain("三、收到和处理政府信息公开申请情况");
    expect(text).toContain("第二十条第（一）项");
    const wrapped = text.replace(
      first!,
      `${first!.replace("申请数量", "")}\n申请数量${sep.repeat(first!.split(sep).length - 1)}`,
    );
    const { report } = parseReport(wrapped, { shape });
    const row = APPLICANT_COLUMNS.map((c) => report.cells[`applications.new.${c}` as keyof typeof report.cells]?.value);
    expect(row).toEqual([3001, 53, 0, 0, 61, 4, 3119]);
    expect(Object.keys(report.cells).filter((k) => k.startsWith("applications."))).toHaveLength(175);
  });
});
