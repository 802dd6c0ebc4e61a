import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expandGrid, layoutReport, type RenderGrid } from "../../src/render/index.js";
import { tableGrid } from "../../src/render/table-layout.js";
import { ACTIVE_DISCLOSURE_2021 } from "../../src/templates/active-disclosure.js";
import type { TableTemplate } from "../../src/templates/types.js";
import { cellOf, reportArb } from "../helpers/arbitrary-report.js";

const grids = (items: ReturnType<typeof layoutReport>): RenderGrid[] =>
  items.flatMap((i) => (i.kind === "table" ? [i.grid] : []));

describe("table layout", () => {
  it("spans tile every table grid exactly (random reports of both eras, 200 runs)", () => {
    fc.assert(
      fc.property(fc.constantFrom("gb2021" as const, "gb2019" as const).chain(reportArb), (report) => {
        for (const grid of grids(layoutReport(report, "omit"))) {
          const area = grid.rows.flat().reduce((n, c) => n + c.rowSpan * c.colSpan, 0);
          expect(area).toBe(grid.rows.length * grid.width);
          for (const row of expandGrid(grid)) expect(row).toHaveLength(grid.width);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("renders a row added to a template without code changes (Hubei's 其他主动公开文件 in art20_1)", () => {
    const table: TableTemplate = {
      ...ACTIVE_DISCLOSURE_2021,
      rows: [
        ...ACTIVE_DISCLOSURE_2021.rows.slice(0, 2),
        {
          id: "other_documents",
          labels: ["其他主动公开文件"],
          groups: [],
          block: "art20_1",
          columns: ACTIVE_DISCLOSURE_2021.rows[0]?.columns ?? [],
        },
        ...ACTIVE_DISCLOSURE_2021.rows.slice(2),
      ],
    };
    const raws: Record<string, string> = {
      "active_disclosure.regulations.issued": "1",
      "active_disclosure.other_documents.issued": "12",
      "active_disclosure.other_documents.repealed": "3",
      "active_disclosure.other_documents.in_force": "40",
    };
    const grid = tableGrid(table, (id) => (raws[id] === undefined ? undefined : cellOf(raws[id])), "blank");
    const texts = grid?.rows.map((r) => r.map((c) => c.text)) ?? [];
    expect(texts[0]).toEqual(["第二十条第（一）项"]);
    expect(texts[4]).toEqual(["其他主动公开文件", "12", "3", "40"]);
    expect(texts[5]).toEqual(["第二十条第（五）项"]);
  });

  it("omits rows and tables without any cell, and prints the whole form in blank mode", () => {
    const lookup = (id: string) => (id === "active_disclosure.penalty.decisions" ? cellOf("45") : undefined);
    const omitted = tableGrid(ACTIVE_DISCLOSURE_2021, lookup, "omit");
    expect(omitted?.rows.map((r) => r.map((c) => c.text))).toEqual([
      ["第二十条第（六）项"],
      ["信息内容", "本年处理决定数量"],
      ["行政处罚", "45"],
    ]);
    expect(tableGrid(ACTIVE_DISCLOSURE_2021, () => undefined, "omit")).toBeUndefined();
    const blank = tableGrid(ACTIVE_DISCLOSURE_2021, lookup, "blank");
    expect(blank?.rows).toHaveLength(14);
    expect(blank?.rows[6]?.map((c) => [c.text, c.colSpan])).toEqual([
      ["行政许可", 1],
      ["", 3],
    ]);
  });
});
