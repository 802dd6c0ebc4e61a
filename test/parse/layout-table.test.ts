/**
 * The Shanghai-style 2019 page of messy-html-2019.test.ts wrapped, as older CMSs do, in a layout table: a
 * menu cell (机构概况, 政策文件) and a content cell holding `<div id="zoom">` with an `<h1>` title, the prose and
 * the three data tables. Read as flow, it must give the same report as the page without the layout table.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import { SIX_SECTION_IDS } from "../helpers/sections.js";

const layoutBytes = readFileSync(new URL("../fixtures/messy/layout-table-gb18030.html", import.meta.url));
const plainBytes = readFileSync(new URL("../fixtures/messy/sh2019-gb18030.html", import.meta.url));
const layout = parseReport(layoutBytes);
const plain = parseReport(plainBytes);
const page = new TextDecoder("gb18030").decode(layoutBytes);

describe("a 2019 report inside a layout table (GB18030)", () => {
  it("reads the metadata as printed in the page, the same as without the layout table", () => {
    const meta = layout.report.meta;
    expect(meta.encoding).toBe("gb18030");
    expect(meta.shape).toBe("html");
    expect(meta.formatEra).toBe("gb2019");
    expect(meta.title).toBe("上海市某某区审计局2019年政府信息公开工作年度报告");
    expect(meta.orgName).toBe("上海市某某区审计局");
    expect(meta.year).toBe(2019);
    expect(meta.publishDate).toBe("2020-01-20");
    expect(meta.reportDate).toBe("2020-01-20");
    for (const key of ["title", "orgName", "year", "publishDate", "reportDate", "formatEra"] as const) {
      expect(meta[key]).toEqual(plain.report.meta[key]);
    }
  });

  it("finds the same six sections with the same texts", () => {
    expect(layout.report.sections.map((s) => s.id)).toEqual([...SIX_SECTION_IDS]);
    expect(layout.report.sections[0]?.text).toBe("2019年，我局主动公开政府信息120条，收到政府信息公开申请16件。");
    expect(layout.report.sections[4]?.text).toBe("一是公开内容不够全面。");
    expect(layout.report.sections.map((s) => [s.id, s.heading, s.text])).toEqual(
      plain.report.sections.map((s) => [s.id, s.heading, s.text]),
    );
  });

  it("keeps the menu out of every section", () => {
    for (const section of layout.report.sections) {
      for (const menu of ["机构概况", "政策文件"]) {
        expect(section.text).not.toContain(menu);
        expect(section.heading).not.toContain(menu);
      }
    }
  });

  it("reads the same cells (every id, raw, value, status) as the page without the layout table", () => {
    const ids = Object.keys(layout.report.cells).sort();
    expect(ids).toEqual(Object.keys(plain.report.cells).sort());
    expect(ids).toHaveLength(198);
    const strip = (cells: typeof layout.report.cells) =>
      ids.map((id) => {
        const cell = cells[id as keyof typeof cells];
        return [id, cell?.raw, cell?.value, cell?.status];
      });
    expect(strip(layout.report.cells)).toEqual(strip(plain.report.cells));
    const cells = layout.report.cells as Record<string, { value: unknown; status: string } | undefined>;
    expect(cells["active_disclosure.normative_documents.total_published"]?.value).toBe(27);
    expect(cells["applications.new.total"]?.value).toBe(16);
    expect(cells["applications.results.unable.not_held.total"]?.value).toBe(5);
    expect(cells["review_litigation.litigation_after_review.total"]?.status).toBe("blank");
  });

  it("places every cell at its raw text in the decoded page and reports nothing unplaced", () => {
    for (const cell of Object.values(layout.report.cells)) {
      if (cell.status === "blank") continue;
      expect(page.slice(cell.source.offset, cell.source.offset + cell.raw.length)).toBe(cell.raw);
    }
    expect(layout.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    expect(layout.report.extraRows).toEqual([]);
  });
});
