/**
 * A 2021-layout report as a PDF-to-Markdown converter leaves it: GFM tables whose merged label cells are empty
 * cells, `<br>` inside header cells, Table 三 broken across a page (a page number `- 3 -` that Markdown reads as
 * a list item, a form feed, and a second table whose header row is the first data row of the page), Table 四's
 * two header rows with empty merged cells. The document was written for this test; the expected values are the
 * ones printed in it.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import type { Cell } from "../../src/schema/common.js";
import { validateReport } from "../../src/validate/validate-report.js";

const text = readFileSync(new URL("../fixtures/messy/pdf2md-2022.md", import.meta.url), "utf8");
const { report, diagnostics } = parseReport(text);
const cells = report.cells as Record<string, Cell | undefined>;
const value = (id: string) => cells[id]?.value;
const ids = (prefix: string) => Object.keys(report.cells).filter((id) => id.startsWith(prefix));

describe("a 2021-layout report converted from PDF to Markdown, tables broken across a page", () => {
  it("reads the metadata and the six sections", () => {
    expect(report.meta.shape).toBe("markdown");
    expect(report.meta.formatEra).toBe("gb2021");
    expect(report.meta.orgName).toBe("某某县交通运输局");
    expect(report.meta.year).toBe(2022);
    expect(report.sections.map((s) => s.number).join("")).toBe("一二三四五六");
  });

  it("reads every cell of Tables 二, 三 and 四", () => {
    expect(ids("active_disclosure.")).toHaveLength(10);
    expect(ids("applications.")).toHaveLength(175);
    expect(ids("review_litigation.")).toHaveLength(15);
    expect(value("active_disclosure.normative_documents.in_force")).toBe(14);
    expect(value("active_disclosure.licensing.decisions")).toBe(1520);
    expect(value("active_disclosure.penalty.decisions")).toBe(311);
    expect(value("applications.new.natural_person")).toBe(8);
    expect(value("applications.new.total")).toBe(9);
    expect(value("applications.results.withheld.process_info.total")).toBe(1);
    expect(value("applications.results.unable.not_held.natural_person")).toBe(2);
    // The rows after the page break: the first is the second table's header row.
    expect(value("applications.results.not_processed.petition_complaint.total")).toBe(0);
    expect(value("applications.results.not_processed.duplicate.natural_person")).toBe(1);
    expect(value("applications.results.other.other.total")).toBe(0);
    expect(value("applications.results.total.total")).toBe(9);
    expect(value("applications.carried_forward.total")).toBe(1);
    expect(value("review_litigation.review.upheld")).toBe(1);
    expect(value("review_litigation.litigation_after_review.total")).toBe(0);
  });

  it("keeps the page number out of the tables and reports nothing unplaced", () => {
    expect(report.extraRows).toEqual([]);
    expect(diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    for (const cell of Object.values(report.cells)) {
      expect(text.slice(cell.source.offset, cell.source.offset + cell.raw.length)).toBe(cell.raw);
    }
  });

  it("validates clean: the printed tables balance", () => {
    expect(validateReport(report).filter((f) => f.severity !== "info")).toEqual([]);
  });
});
