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
import { APPLICANT_COLUMNS } from "../helpers/cells.js";

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

describe("text-value regressions found by review", () => {
  it("keeps a sub-row numbered 1）under （六）其他处理 a label, in the pipe text and rendered as pipe/tab/lines", () => {
    // Seed 000, line 60: `(六)其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 0 | …`.
    const line = seed000.split("\n")[59]!;
    expect(line).toMatch(/^\(六\)其他处理 \| 1\./);
    const text = seed000.replace(line, line.replace("| 1.", "| 1）"));
    const ids = (r: ReturnType<typeof parseReport>["report"]) =>
      Object.keys(r.cells).filter((id) => id.startsWith("applications.results.other"));
    const { report } = parseReport(text);
    expect(ids(report).filter((id) => id.includes("overdue_correction"))).toHaveLength(7);
    expect(ids(report).filter((id) => id.startsWith("applications.results.other_total"))).toEqual([]);
    for (const shape of ["pipe", "tab", "lines"] as const) {
      const again = parseReport(renderReport(report, shape)).report;
      expect(
        ids(again).filter((id) => id.includes("overdue_correction")),
        shape,
      ).toHaveLength(7);
    }
  });

  it("reads a number too long for a double as a text value of its own column, the row's other values kept", () => {
    const row = "| 一、本年新收政府信息公开申请数量 | | | 95 | 0 | 0 | 0 | 12345678901234567 | 0 | 95 |";
    const md = [
      "## 三、收到和处理政府信息公开申请情况",
      "",
      "| 申请人情况 | | | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |",
      "|---|---|---|---|---|---|---|---|---|---|",
      row,
    ].join("\n");
    const cells = parseReport(md).report.cells as Record<string, Cell>;
    const values = APPLICANT_COLUMNS.map((c) => cells[`applications.new.${c}`]);
    expect(values.map((c) => c?.raw)).toEqual(["95", "0", "0", "0", "12345678901234567", "0", "95"]);
    expect(values[4]).toMatchObject({ status: "text", value: null });
    // PDF text: corpus 025 line 105 with its total replaced.
    const pdf = readFileSync(new URL("../fixtures/corpus/025_2024_huaianshi.txt", import.meta.url), "utf8");
    const edited = pdf.replace(
      "一、本年新收政府信息公开申请数量 3001 53 0 0 61 4 3119",
      "一、本年新收政府信息公开申请数量 3001 53 0 0 61 4 12345678901234567",
    );
    const pdfCells = parseReport(edited).report.cells as Record<string, Cell>;
    expect(pdfCells["applications.new.natural_person"]?.value).toBe(3001);
    expect(pdfCells["applications.new.total"]).toMatchObject({ status: "text", raw: "12345678901234567" });
  });

  it("keeps a real blank of a row whose label takes fewer cells than most rows' (no glued value)", () => {
    const md = [
      "## 三、收到和处理政府信息公开申请情况",
      "",
      "| 申请人情况 | | | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |",
      "|---|---|---|---|---|---|---|---|---|---|",
      "| 一、本年新收政府信息公开申请数量 | | | 5 | 0 | 0 | 0 | 0 | 0 | 5 |",
      "| 三、本年度办理结果 | （一）予以公开 | | 3 | 0 | 0 | 0 | 0 | 0 | 3 |",
      "| （二）部分公开（区分处理的，只计这一情形，不计其他情形） | 2 | | 0 | 0 | 0 | 0 | 2 | | |",
    ].join("\n");
    const cells = parseReport(md).report.cells as Record<string, Cell>;
    const row = APPLICANT_COLUMNS.map((c) => cells[`applications.results.partially_granted.${c}`]);
    expect(row.map((c) => (c?.status === "number" ? c.value : c?.status))).toEqual([2, "blank", 0, 0, 0, 0, 2]);
  });
});
