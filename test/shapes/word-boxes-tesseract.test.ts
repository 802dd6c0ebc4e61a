// tesseract's OCR `tsv` and hOCR outputs (red team R25): the columns of pdftotext -tsv with block_num before par_num, and a CJK
// character often a word of its own. The fixture is tesseract 5 (chi_sim, --psm 3, 300 dpi) on page 3 of corpus 025
// (淮安市人民政府 2024) printed to PDF; the .txt beside it is tesseract's own text output of the same page.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import { readDocument } from "../../src/shapes/index.js";

const tsv = readFileSync(new URL("../fixtures/ocr/025-page3.tesseract.tsv", import.meta.url), "utf8");

describe("tesseract tsv and hOCR", () => {
  it("is read as its words' lines: Table 二's 规章 row 1 0 11, each value at its word in the tsv", () => {
    // Before: read as a tab table of coordinates, not-a-report, 0 cells.
    const { report, diagnostics } = parseReport(tsv);
    expect(diagnostics[0]?.code).toBe("word-boxes-read");
    expect(diagnostics[0]?.message).toContain("tesseract");
    const row = ["issued", "repealed", "in_force"].map((c) => {
      const cell = report.cells[`active_disclosure.regulations.${c}` as keyof typeof report.cells];
      return [cell?.raw, tsv.slice(cell?.source.offset, (cell?.source.offset ?? 0) + (cell?.raw.length ?? 0))];
    });
    expect(row).toEqual([
      ["1", "1"],
      ["0", "0"],
      ["11", "11"],
    ]);
    expect(report.sections.map((s) => s.heading)).toEqual(["二、主动公开政府信息情况"]);
  });

  it("joins two CJK words without a space, as tesseract's text output does, and others with one", () => {
    const lines = readDocument(tsv, "tab").blocks.flatMap((b) => (b.kind === "text" ? [b.text] : []));
    expect(lines).toContain("二、主动公开政府信息情况");
    // tesseract's own text output of the page prints the line with spaces between its CJK words (psm 3).
    const txt = readFileSync(new URL("../fixtures/ocr/025-page3.tesseract.txt", import.meta.url), "utf8");
    expect(txt).toContain("二 、 主 动 公开 政府 信息 情况");
    expect(lines).toContain("季度监测指标，全年组织 4 次政府信息公开栏目全覆盖检查，并");
  });

  it("hOCR of the same page reads the same cells, each at its word in the XHTML", () => {
    const hocr = readFileSync(new URL("../fixtures/ocr/025-page3.tesseract.hocr", import.meta.url), "utf8");
    // Before: read as a web page, one paragraph per block: not-a-report.
    const fromHocr = parseReport(hocr);
    expect(fromHocr.diagnostics[0]?.message).toContain("tesseract OCR word-box output (hOCR)");
    const fromTsv = parseReport(tsv).report;
    const values = (r: typeof fromTsv) => Object.entries(r.cells).map(([id, c]) => [id, c.raw]);
    expect(values(fromHocr.report)).toEqual(values(fromTsv));
    const cell = fromHocr.report.cells["active_disclosure.regulations.in_force"]!;
    expect(hocr.slice(cell.source.offset, cell.source.offset + 2)).toBe("11");
    expect(hocr.slice(cell.source.offset - 80, cell.source.offset)).toContain("ocrx_word");
  });

  it("a pre-2019 row's value split out of one cell (条 502) points at its word in the tsv", () => {
    // tesseract --psm 6 on page 3 of seed 003 (昆明市卫生局 2014): `1. 政府 (部门 ) 网站公开 (…) 条 502`.
    const legacyTsv = readFileSync(new URL("../fixtures/ocr/003-page3.tesseract-psm6.tsv", import.meta.url), "utf8");
    const rows = parseReport(legacyTsv).report.legacy.flatMap((t) => t.rows);
    const web = rows.find((r) => r.cell.raw === "502");
    expect(web?.label).toContain("网站公开");
    // Before: offset + the part's index in the rebuilt text: a coordinate of another word (`.13`).
    const at = web!.cell.source.offset;
    expect(legacyTsv.slice(at, at + 3)).toBe("502");
    for (const row of rows) {
      if (row.cell.status !== "number") continue;
      const offset = row.cell.source.offset;
      expect(legacyTsv.slice(offset, offset + row.cell.raw.length), row.label).toBe(row.cell.raw);
    }
  });
});
