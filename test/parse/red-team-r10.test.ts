/**
 * Red team round 3 (R10): extractors and habits not tried before — OCR look-alikes, a value glued to its
 * label, a dropped decimal point, LibreOffice's one-cell-per-line text, `丨` for `|`, sections numbered
 * （一）… or 第一部分. Every value below is read off the fixture at the line named.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import type { Cell } from "../../src/schema/common.js";
import { APPLICANT_COLUMNS } from "../helpers/cells.js";
import { SIX_SECTION_IDS as SIX } from "../helpers/sections.js";

const dir = new URL("../fixtures/messy/red-team/", import.meta.url);
const parse = (file: string) => parseReport(readFileSync(new URL(file, dir)));
const cellsOf = (file: string) => parse(file).report.cells as Record<string, Cell | undefined>;
const values = (cells: Record<string, Cell | undefined>, prefix: string, columns: readonly string[]) =>
  columns.map((c) => {
    const cell = cells[`${prefix}.${c}`];
    return cell?.status === "number" ? cell.value : (cell?.status ?? "absent");
  });

describe("R10: a number glued to its row label is the row's first value", () => {
  it("reads `| 行政强制2 |  |  |` as 2 and `| 2.其他法律行政法规禁止公开0 | 0 | …` in its columns", () => {
    const cells = cellsOf("r10-glued-values.txt");
    // line 21
    expect(cells["active_disclosure.coercion.decisions"]).toMatchObject({ value: 2, raw: "2", source: { line: 21 } });
    // line 34: | | | 2.其他法律行政法规禁止公开0 | 0 | 0 | 4 | 0 | 0 | 4 |
    expect(values(cells, "applications.results.withheld.prohibited_by_law", APPLICANT_COLUMNS)).toEqual([
      0, 0, 0, 4, 0, 0, 4,
    ]);
  });
});

describe("R10: a value cell that looks like a number but is not one", () => {
  it("keeps OCR look-alikes (65l, l8, O) as text and warns about each (cell-not-a-number)", () => {
    const { report, diagnostics } = parse("r10-ocr-O-l-pipe-2021.txt");
    const cells = report.cells as Record<string, Cell | undefined>;
    // line 17: | 行政许可 | 65l |  |  |
    expect(cells["active_disclosure.licensing.decisions"]).toMatchObject({ raw: "65l", status: "text", value: null });
    // line 31: | 三、本年度办理结果 | （一）予以公开 |  | l8 | O | O | O | O | O | l8 |
    expect(cells["applications.results.granted.natural_person"]).toMatchObject({ raw: "l8", status: "text" });
    const warned = diagnostics.filter((d) => d.code === "cell-not-a-number").map((d) => d.field);
    expect(warned).toContain("active_disclosure.licensing.decisions");
    expect(warned).toContain("applications.results.granted.total");
    expect(diagnostics.find((d) => d.field === "active_disclosure.licensing.decisions")?.severity).toBe("warning");
  });

  it("leaves a one-column row of PDF text with two numbers (行政事业性收费 139 82) absent, with a warning naming it", () => {
    const { report, diagnostics } = parse("r10-ocr-fee-decimal-dropped-rows.txt");
    // line 24: 行政事业性收费 139 82 — a dropped decimal point: 139 is not the fee.
    expect(
      (report.cells as Record<string, Cell | undefined>)["active_disclosure.fees.amount_10k_yuan"],
    ).toBeUndefined();
    const extra = diagnostics.find(
      (d) => d.code === "row-extra-values" && d.field === "active_disclosure.fees.amount_10k_yuan",
    );
    expect(extra?.message).toContain("139 82");
  });
});

describe("R10: other extractors", () => {
  it("reads `丨` standing between spaces as a cell border (OCR)", () => {
    const cells = cellsOf("r10-ocr-bar-2021.txt");
    // line 13: | 规章 丨 0 | 0 | 0 |
    expect(values(cells, "active_disclosure.regulations", ["issued", "repealed", "in_force"])).toEqual([0, 0, 0]);
    expect(Object.keys(cells)).toHaveLength(200);
  });

  it("reads LibreOffice's one cell per line with an empty line for an empty cell (rows not separated)", () => {
    const cells = cellsOf("r10-soffice-2021-blanks.txt");
    // lines 16-19: 规章 / (empty) / 0 / 0
    expect(values(cells, "active_disclosure.regulations", ["issued", "repealed", "in_force"])).toEqual(["blank", 0, 0]);
    // lines 20-23: 行政规范性文件 / 2 / 3 / 19
    expect(values(cells, "active_disclosure.normative_documents", ["issued", "repealed", "in_force"])).toEqual([
      2, 3, 19,
    ]);
  });

  it("finds the six sections numbered （一）…（六） or 第一部分…, not Table 三's （二）部分公开 rows", () => {
    for (const file of ["r10-sec-paren-2021.txt", "r10-sec-part-2021.txt"]) {
      const { report } = parse(file);
      expect(
        report.sections.map((s) => s.id),
        file,
      ).toEqual([...SIX]);
      expect(report.meta.reportDate, file).not.toBeNull();
    }
    const cells = cellsOf("r10-sec-paren-2021.txt");
    // line 58: Table 四 as 15 numbers; line 32: （二）部分公开… 17 0 4 3 0 0 24
    expect(values(cells, "review_litigation.review", ["upheld", "corrected", "other", "pending", "total"])).toEqual([
      6, 3, 1, 0, 10,
    ]);
    expect(values(cells, "applications.results.partially_granted", APPLICANT_COLUMNS)).toEqual([17, 0, 4, 3, 0, 0, 24]);
  });
});

describe("R10 fixes: what they must not touch (review RV9)", () => {
  const text = (file: string) => readFileSync(new URL(file, dir), "utf8");

  it("reads a footnote digit after a full row's label as a footnote, not a value (`| 规章1 | 0 | 0 | 0 |`)", () => {
    const edited = text("r10-glued-values.txt").replace("| 规章 | 0 | 0 | 0 |", "| 规章1 | 1 | 0 | 11 |");
    const cells = parseReport(edited).report.cells as Record<string, Cell | undefined>;
    expect(values(cells, "active_disclosure.regulations", ["issued", "repealed", "in_force"])).toEqual([1, 0, 11]);
  });

  it("keeps 丨 in a title (兰溪发布 丨 …) as text while 丨 borders elsewhere are read", () => {
    const original = text("r10-ocr-bar-2021.txt");
    const title = "宿迁市沭阳县应急管理局2022年政府信息公开工作年度报告";
    const { report } = parseReport(original.replace(title, `沭阳发布 丨 ${title}`));
    expect(report.meta.year).toBe(2022);
    expect(report.meta.title).toContain(title);
    expect(Object.keys(report.cells)).toHaveLength(200);
  });

  it("does not take the blank line after a page footer for an empty cell (one cell per line)", () => {
    // lines 52-59: 一、本年新收政府信息公开申请数量 / 209 / 10 / 5 / 8 / 8 / 0 / 240 — a page break after the 8s.
    const edited = text("r10-soffice-2021-blanks.txt").replace("\n8\n8\n0\n240\n", "\n8\n8\n\n- 5 -\n\n0\n240\n");
    expect(edited).toContain("- 5 -");
    const cells = parseReport(edited).report.cells as Record<string, Cell | undefined>;
    expect(values(cells, "applications.new", APPLICANT_COLUMNS)).toEqual([209, 10, 5, 8, 8, 0, 240]);
  });
});
