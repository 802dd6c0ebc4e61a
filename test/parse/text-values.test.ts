/**
 * Text written in a value cell (`行政处罚 | 233件（含简易程序） |`) is that cell's value of status `text`, its raw
 * kept — in every shape. It used to lengthen the label and the row took a blank from the empty cell after it
 * (pipe text), or the row was lost (the other shapes).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import { renderReport } from "../../src/render/index.js";
import type { Cell, Shape } from "../../src/schema/common.js";

const seed000 = readFileSync(new URL("../fixtures/seeds/000_cc43e5a43c1be886.txt", import.meta.url), "utf8");
// Seed 000, line 31: `行政处罚 | 233 | ||`.
const ROW = "行政处罚 | 233 | ||";
const FIELD = "active_disclosure.penalty.decisions";
const SHAPES: readonly Shape[] = ["pipe", "tab", "lines", "markdown", "html"];

const cellOf = (text: string): Cell | undefined => (parseReport(text).report.cells as Record<string, Cell>)[FIELD];

describe("text in a value cell", () => {
  for (const written of ["233件（含简易程序）", "约233件", '"233"', "N/A", "233（含简易程序12件）"]) {
    it(`reads 行政处罚 | ${written} | as text in every shape`, () => {
      expect(seed000).toContain(ROW);
      const text = seed000.replace(ROW, `行政处罚 | ${written} | ||`);
      const cell = cellOf(text);
      expect(cell).toMatchObject({ raw: written, status: "text", value: null, source: { line: 31, column: 8 } });
      const { report } = parseReport(text);
      // The rows after it are still read.
      expect(report.cells["active_disclosure.coercion.decisions" as keyof typeof report.cells]?.value).toBe(0);
      for (const shape of SHAPES) {
        expect(cellOf(renderReport(report, shape)), shape).toMatchObject({ raw: written, status: "text", value: null });
      }
    });
  }

  it("keeps a header row's texts (信息内容 | 本年处理决定数量) and a repeated label as labels", () => {
    const { report, diagnostics } = parseReport(seed000);
    expect(report.cells[FIELD as keyof typeof report.cells]?.value).toBe(233);
    expect(diagnostics.filter((d) => d.code === "row-unrecognized")).toEqual([]);
    // A label printed twice (`行政处罚 | 行政处罚 | 233`) has no digit in its second cell: not a value.
    const twice = cellOf(seed000.replace(ROW, "行政处罚 | 行政处罚 | 233 |"));
    expect(twice?.status).not.toBe("text");
  });
});
