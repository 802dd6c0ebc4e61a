/**
 * A Word report's text as a common python-docx script writes it: every paragraph (`doc.paragraphs`), then every
 * table (`doc.tables`), each row's cells joined with tabs, a merged cell's text in every grid position it covers
 * (python-docx's `row.cells`). The tables then follow section 六 with no heading of their own; Table 二's caption
 * 第二十条第（一）项 stays a paragraph under 二、, and Table 三's and 四's column heads stand above their first
 * rows. The fixtures in messy/python-docx/ are so written from the HTML of corpus report 025 (pdf-js/025-pdf-parse2)
 * and of r27's 000 with blank cells.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import type { AnnualReport } from "../../src/schema/report.js";

const read = (path: string) => readFileSync(`test/fixtures/${path}`);
const cellTexts = (report: AnnualReport) =>
  Object.fromEntries(Object.entries(report.cells).map(([id, c]) => [id, `${c.status}:${c.raw}`]));
const cell = (report: AnnualReport, id: string) => report.cells[id as keyof typeof report.cells];

describe("python-docx text: the paragraphs, then the tables", () => {
  it("finds Table 二 after its caption paragraph (025): every cell as in the report in document order", () => {
    const { report, diagnostics } = parseReport(read("messy/python-docx/025-tables-after-paragraphs.txt"));
    const inOrder = parseReport(read("pdf-js/025-pdf-parse2.txt")).report;
    expect(report.meta.shape).toBe("tab");
    // Before, Table 二 was not found (its caption under 二、 was taken for the table): 190 of 200 cells.
    expect(cellTexts(report)).toEqual(cellTexts(inOrder));
    // Read off the text: 规章 1 0 11; 行政规范性文件 8 26 66; 行政许可 447228 (written three times, one merged cell).
    expect(cell(report, "active_disclosure.regulations.issued")?.raw).toBe("1");
    expect(cell(report, "active_disclosure.regulations.in_force")?.raw).toBe("11");
    expect(cell(report, "active_disclosure.normative_documents.repealed")?.raw).toBe("26");
    expect(cell(report, "active_disclosure.licensing.decisions")?.raw).toBe("447228");
    expect(cell(report, "active_disclosure.fees.amount_10k_yuan")?.raw).toBe("96171.6");
    // Table 三's 四、结转下年度继续办理 103 … 103; Table 四's last value 20.
    expect(cell(report, "applications.carried_forward.natural_person")?.raw).toBe("103");
    expect(cell(report, "review_litigation.litigation_after_review.total")?.raw).toBe("20");
    // A merged cell written three times is one cell, not two values too many.
    expect(diagnostics.filter((d) => d.severity !== "info").map((d) => d.code)).toEqual([]);
  });

  it("keeps Table 三's column heads with it (000, blank cells): its all-blank last row is read, blank", () => {
    const { report, diagnostics } = parseReport(read("messy/python-docx/000-blank-cells-tables-after-paragraphs.txt"));
    const page = parseReport(read("messy/r27/000-zeros-blank.html")).report;
    // Before, the heads stayed in Table 二's region and 四、结转下年度继续办理 (every cell empty) was not found.
    expect(cellTexts(report)).toEqual(cellTexts(page));
    expect(cell(report, "applications.carried_forward.natural_person")).toMatchObject({ raw: "", status: "blank" });
    expect(cell(report, "applications.carried_forward.total")).toMatchObject({ raw: "", status: "blank" });
    // Read off the text: 一、本年新收 2 (自然人), then blanks, 总计 2.
    expect(cell(report, "applications.new.natural_person")?.raw).toBe("2");
    expect(cell(report, "applications.new.commercial_enterprise")?.status).toBe("blank");
    expect(cell(report, "applications.new.total")?.raw).toBe("2");
    expect(diagnostics.map((d) => d.code)).not.toContain("row-missing");
    expect(diagnostics.filter((d) => d.severity !== "info").map((d) => d.code)).toEqual([]);
  });

  it("keeps neighbouring values that differ apart under a repeated column head (a value too many stays warned)", () => {
    const fixture = read("messy/python-docx/025-tables-after-paragraphs.txt").toString("utf8");
    const edited = fixture.replace("行政许可\t447228\t447228\t447228", "行政许可\t447228\t5\t447228");
    const { report, diagnostics } = parseReport(edited);
    expect(cell(report, "active_disclosure.licensing.decisions")?.raw).toBe("447228");
    const extra = diagnostics.filter((d) => d.code === "row-extra-values");
    expect(extra.map((d) => d.message)).toEqual([
      expect.stringMatching(/^Row 二、行政许可 has 2 value\(s\) more than its 1 column\(s\): 5 447228 /),
    ]);
  });
});
