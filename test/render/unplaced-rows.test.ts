/**
 * A round trip (renderReport, then parseReport) never puts a value in a cell the report did not have it in
 * (red team R30 #1): an extra row whose values the parser could not place (`row-values-unplaced`) but whose
 * label names a layout row is printed as a line of text after its table, and read again as an extra row; a
 * table holding values kept as text (OCR's `l8`, `O`) is written in the flat shapes with every slot, so those
 * values come back in their cells instead of being read as a label.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import { layoutReport, renderReport } from "../../src/render/index.js";
import { SHAPES } from "../../src/schema/common.js";
import type { AnnualReport } from "../../src/schema/report.js";

const parseFixture = (path: string) =>
  parseReport(readFileSync(new URL(`../fixtures/${path}`, import.meta.url), "utf8")).report;

const cellIds = (report: AnnualReport, prefix: string) =>
  Object.keys(report.cells).filter((id) => id.startsWith(prefix));

const extraValues = (report: AnnualReport) =>
  report.extraRows.map((row) => row.cells.map((c) => c.raw).join(" ")).sort();

describe("PDF-text rows whose cells cannot be told (pdf_rows_blank_cells_vanish: `308 0 ␣ 8 8 1 325`)", () => {
  const report = parseFixture("messy/red-team/pdf_rows_blank_cells_vanish.txt");

  it("the fixture: 本年新收 and 予以公开 are extra rows, their cells absent", () => {
    expect(cellIds(report, "applications.new.")).toEqual([]);
    expect(cellIds(report, "applications.results.granted.")).toEqual([]);
    expect(extraValues(report)).toEqual(["18 0 0 0 0 18", "308 0 8 8 1 325"]);
  });

  it("are printed as lines of text after Table 三, not as rows of its grid", () => {
    const items = layoutReport(report, "omit");
    const lines = items.flatMap((item) => (item.kind === "paragraph" && item.rowText ? [item.text] : []));
    expect(lines).toEqual([
      "三 、 本 年 度 办 理 结 果 （一）予以公开 18 0 0 0 0 18",
      expect.stringMatching(/^（本列数据的勾稽关系为.*一、本年新收政府信息公开申请数量 308 0 8 8 1 325$/),
    ]);
    const csv = renderReport(report, "csv").split("\r\n");
    expect(csv).toContain("三 、 本 年 度 办 理 结 果 （一）予以公开 18 0 0 0 0 18");
  });

  it.each(SHAPES)(
    "through %s: read again as extra rows with row-values-unplaced, no cell of theirs filled",
    (shape) => {
      const again = parseReport(renderReport(report, shape), { shape });
      expect(cellIds(again.report, "applications.new.")).toEqual([]);
      expect(cellIds(again.report, "applications.results.granted.")).toEqual([]);
      expect(extraValues(again.report)).toEqual(["18 0 0 0 0 18", "308 0 8 8 1 325"]);
      const unplaced = again.diagnostics.filter((d) => d.code === "row-values-unplaced").map((d) => d.text);
      expect(unplaced).toHaveLength(2);
      expect(unplaced).toContain("三 、 本 年 度 办 理 结 果 （一）予以公开");
      // The rows read full are read as before.
      expect(again.report.cells["applications.carried_over.total"]?.raw).toBe("11");
      expect(again.report.cells["applications.results.partially_granted.natural_person"]?.raw).toBe("33");
    },
  );

  it.each(SHAPES)(
    "blank form through %s: the layout row prints blank first, the extra row stays an extra row",
    (shape) => {
      const again = parseReport(renderReport(report, shape, { absent: "blank" }), { shape }).report;
      expect(again.cells["applications.new.natural_person"]?.status).toBe("blank");
      expect(
        cellIds(again, "applications.new.").every((id) => again.cells[id as "applications.new.total"]?.raw === ""),
      ).toBe(true);
      expect(extraValues(again)).toEqual(["18 0 0 0 0 18", "308 0 8 8 1 325"]);
    },
  );
});

describe("values kept as text in Table 三 (r10-ocr-O-l-pipe-2021: 予以公开 | l8 | O | O | O | O | O | l8)", () => {
  const report = parseFixture("messy/red-team/r10-ocr-O-l-pipe-2021.txt");
  const granted = (r: AnnualReport) =>
    cellIds(r, "applications.results.granted.").map((id) => {
      const cell = r.cells[id as "applications.results.granted.total"]!;
      return `${id.split(".").at(-1)}=${cell.raw}:${cell.status}`;
    });
  const expected = [
    "natural_person=l8:text",
    "commercial_enterprise=O:text",
    "research_institution=O:text",
    "social_welfare_org=O:text",
    "legal_service_org=O:text",
    "other_org=O:text",
    "total=l8:text",
  ];

  it("the fixture holds them as text cells", () => {
    expect(granted(report)).toEqual(expected);
  });

  it.each(SHAPES)("through %s they come back as the same text cells, the row's neighbours unchanged", (shape) => {
    const again = parseReport(renderReport(report, shape), { shape }).report;
    expect(granted(again)).toEqual(expected);
    expect(again.cells["applications.results.partially_granted.total"]?.raw).toBe("12");
    expect(again.cells["applications.new.total"]?.raw).toBe("285");
  });

  it("the flat shapes write that table with every slot (covered ones empty); others keep each span once", () => {
    const pipe = renderReport(report, "pipe").split("\n");
    expect(pipe).toContain("| 三、本年度办理结果 | （一）予以公开 |  | l8 | O | O | O | O | O | l8 |");
    expect(pipe).toContain("|  | （三）不予公开 | 1.属于国家秘密 | 24 | 0 | 0 | 0 | 0 | 0 | 24 |");
    // Table 四 holds no text value: written as before, each spanning header cell once.
    expect(pipe).toContain("| 行政复议 | 行政诉讼 |");
    expect(pipe).toContain("| 4 | 0 | 1 | 5 | 10 | 4 | 0 | 4 | 0 | 8 | 0 | 2 | 0 | 3 | 5 |");
  });
});

describe("a text value further right in a Table 三 row (review RV32: O as 一、本年新收's 总计)", () => {
  it.each(["pipe", "tab", "lines"] as const)("through %s moves none of the row's other values", (shape) => {
    const report = parseFixture("seeds/000_cc43e5a43c1be886.txt");
    const cells = report.cells as Record<string, AnnualReport["cells"][keyof AnnualReport["cells"]]>;
    cells["applications.new.total"] = {
      raw: "O",
      value: null,
      status: "text",
      source: cells["applications.new.total"]!.source,
    };
    const again = parseReport(renderReport(report, shape), { shape }).report;
    for (const id of cellIds(report, "applications.new.").filter((id) => !id.endsWith(".total"))) {
      const cell = again.cells[id as "applications.new.natural_person"];
      // the value as printed, or absent: never another column's value
      if (cell) expect(cell.raw, id).toBe(report.cells[id as "applications.new.natural_person"]!.raw);
    }
  });
});
