/**
 * Tables printed column by column (pdfminer's `pdf2txt.py`, PyMuPDF's text blocks): every row label first,
 * then each column's values top to bottom. Values read off the fixtures at the lines named.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import type { Cell } from "../../src/schema/common.js";
import { APPLICANT_COLUMNS } from "../helpers/cells.js";

const dir = new URL("../fixtures/messy/red-team/", import.meta.url);
const read = (file: string) => readFileSync(new URL(file, dir), "utf8");
const cellsOf = (text: string) => parseReport(text).report.cells as Record<string, Cell | undefined>;
const row = (cells: Record<string, Cell | undefined>, prefix: string) =>
  APPLICANT_COLUMNS.map((c) => cells[`${prefix}.${c}`]?.value ?? "absent");

describe("column-major Table 三 (pdfminer)", () => {
  const text = read("r10-pdfminer-column-major-2021.txt");

  it("deals each column's 25 values back to the 25 rows that take values", () => {
    const { report, diagnostics } = parseReport(text);
    const cells = report.cells as Record<string, Cell | undefined>;
    // Lines 69–70: the 自然人 column starts 128 (新收), 2 (上年结转); line 95: 商业企业 starts 11.
    expect(cells["applications.new.natural_person"]).toMatchObject({ value: 128, source: { line: 69 } });
    expect(cells["applications.carried_over.natural_person"]).toMatchObject({ value: 2, source: { line: 70 } });
    expect(cells["applications.new.commercial_enterprise"]).toMatchObject({ value: 11, source: { line: 95 } });
    // 总计 column (lines 225–249): 146 new (line 225), 153 handled (line 248), 3 carried forward (line 249).
    expect(row(cells, "applications.new")).toEqual([128, 11, 2, 0, 3, 2, 146]);
    expect(row(cells, "applications.results.total")).toEqual([130, 11, 7, 0, 3, 2, 153]);
    expect(row(cells, "applications.carried_forward")).toEqual([0, 0, 0, 0, 0, 3, 3]);
    expect(diagnostics).toEqual([]);
  });

  it("moves nothing when a blank cell (printed as nothing) breaks the count: the values stay absent, with warnings", () => {
    // Drop the first value of the 自然人 column: 174 values for 25 rows × 7 columns.
    const lines = text.split("\n");
    expect(lines[68]).toBe("128");
    lines.splice(68, 1);
    const { report, diagnostics } = parseReport(lines.join("\n"));
    expect(report.cells["applications.new.natural_person"]).toBeUndefined();
    expect(report.cells["applications.new.total"]).toBeUndefined();
    expect(diagnostics.map((d) => d.code)).toContain("row-missing");
  });

  it("moves nothing when a blank line falls inside a column (a value left out)", () => {
    const lines = text.split("\n");
    lines.splice(70, 0, "");
    const { report } = parseReport(lines.join("\n"));
    expect(report.cells["applications.carried_over.natural_person"]).toBeUndefined();
  });
});

describe("column-major Table 二 blocks (PyMuPDF)", () => {
  it("gathers each column's values from under its own header (规章 / 规范性文件 / 本年新制作数量 / 0 / 3 / 本年新公开数量 / 0 / 8 …)", () => {
    const { report, diagnostics } = parseReport(read("r10-pymupdf-column-major-t2-2019.txt"));
    const cells = report.cells as Record<string, Cell | undefined>;
    // Lines 13–23: 规章 / 规范性文件 / 本年新制作数量 / 0 / 3 / 本年新公开数量 / 0 / 8 / 对外公开总数量 / 0 / 39.
    const row = (id: string) =>
      ["newly_made", "newly_published", "total_published"].map((c) => cells[`active_disclosure.${id}.${c}`]?.value);
    expect(row("regulations")).toEqual([0, 0, 0]);
    expect(row("normative_documents")).toEqual([3, 8, 39]);
    expect(cells["active_disclosure.normative_documents.total_published"]?.source.line).toBe(23);
    // Lines 52–56, one row: 行政事业性收费 / 上一年项目数量 / 3 / 本年增/减 / -1.
    expect(cells["active_disclosure.fees.prev_year_items"]?.value).toBe(3);
    expect(cells["active_disclosure.fees.items_change"]).toMatchObject({ value: -1, source: { line: 56 } });
    // Before, 规范性文件 read 0 and 3 (the first column's two values as one row's) and 本年增/减 was an extra row.
    expect(diagnostics).toEqual([]);
  });

  it("reads a one-column block whose two rows come before their values (行政处罚 / 行政强制 / 217 / 3)", () => {
    const cells = cellsOf(read("r10-pymupdf-column-major-t2-2021.txt"));
    // Lines 31–35: 行政处罚 / 行政强制 / 本年处理决定数量 / 217 / 3
    expect(cells["active_disclosure.penalty.decisions"]).toMatchObject({ value: 217, source: { line: 34 } });
    expect(cells["active_disclosure.coercion.decisions"]).toMatchObject({ value: 3, source: { line: 35 } });
  });
});
