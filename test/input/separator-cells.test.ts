/**
 * html2text's text of a Word page: a table cell holding a `<p>` (as Word's HTML puts one in every cell) is written as
 * a paragraph of its own, the cells of a row parted by lines holding only `|`, the row ended by a hard line break
 * and a line of spaces. The fixtures in messy/r33/ are red team R33's html2text (Debian's python3-html2text,
 * default options) outputs of the pages red-team/w01, sh2019-gb18030 and layout-table-gb18030.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { joinSeparatorCells } from "../../src/input/separator-cells.js";
import { parseReport } from "../../src/parse.js";
import type { AnnualReport } from "../../src/schema/report.js";
import { SIX_SECTION_IDS } from "../helpers/sections.js";

const read = (path: string) => readFileSync(`test/fixtures/${path}`);
const cellTexts = (report: AnnualReport) =>
  Object.fromEntries(Object.entries(report.cells).map(([id, c]) => [id, `${c.status}:${c.raw}`]));

describe("html2text's rows of paragraphs between | lines", () => {
  it("reads every cell of a Word page's html2text (w01) as the page itself, at the input's positions", () => {
    const { report, diagnostics } = parseReport(read("messy/r33/w01-html2text.md"));
    const page = parseReport(read("messy/red-team/w01-word-2021-town.html")).report;
    // Before, 39 of the 200 cells were read (the others absent, with warnings).
    expect(cellTexts(report)).toEqual(cellTexts(page));
    // Read off the text: 规章 (line 51), then 72 (line 55), 82, 105, each a paragraph between | lines.
    expect(report.cells["active_disclosure.regulations.issued"]).toMatchObject({
      raw: "72",
      source: { line: 55, column: 1 },
    });
    expect(report.cells["active_disclosure.regulations.in_force"]?.raw).toBe("105");
    expect(report.cells["active_disclosure.fees.amount_10k_yuan"]?.value).toBe(10.69);
    const joined = diagnostics.filter((d) => d.code === "input-cells-joined");
    expect(joined.map((d) => [d.severity, d.message.split(" ")[0]])).toEqual([["info", "42"]]);
    expect(diagnostics.filter((d) => d.severity !== "info").map((d) => d.code)).toEqual([]);
  });

  it("ends a row at an empty last cell's line of spaces, not at the next paragraph (sh2019)", () => {
    const { report, diagnostics } = parseReport(read("messy/r33/sh2019-html2text.md"));
    // The row 其他对外管理服务事项 ends with an empty cell; before this rule was kept, the heading after it
    // (**第二十条第（六）项**) became the row's last cell. Its empty cell is absent (a trailing | reads as a border), warned.
    expect(report.cells["active_disclosure.other_services.decisions"]).toBeUndefined();
    expect(diagnostics.find((d) => d.code === "row-missing-values")?.message).toMatch(/^Row 「其他对外管理服务事项」/);
    expect(report.sections.filter((s) => s.id !== null)).toHaveLength(6);
    expect(report.cells["active_disclosure.penalty.decisions"]).toBeDefined();
    expect(Object.keys(report.cells)).toHaveLength(196);
  });

  it("leaves a page laid out in a table (a cell of prose) as it is: its sections stay headings", () => {
    const { report } = parseReport(read("messy/r33/layout-table-html2text.md"));
    expect(report.sections.map((s) => s.id)).toEqual([...SIX_SECTION_IDS]);
    expect(Object.keys(report.cells)).toHaveLength(196);
  });

  it("joins nothing in a cell-per-line text with | lines but no hard breaks (seed 003, red-team lines_cells_pipe_lines)", () => {
    for (const path of ["seeds/003_80aeb6f3312619ab.txt", "messy/red-team/lines_cells_pipe_lines_2021.txt"]) {
      const text = read(path).toString("utf8");
      expect(joinSeparatorCells(text), path).toBeNull();
      expect(parseReport(text).diagnostics.map((d) => d.code)).not.toContain("input-cells-joined");
    }
  });

  it("keeps the text's length and every character but the joined rows' line breaks", () => {
    const text = read("messy/r33/w01-html2text.md").toString("utf8");
    const joined = joinSeparatorCells(text)!;
    expect(joined.rows).toBe(42);
    expect(joined.text).toHaveLength(text.length);
    for (let i = 0; i < text.length; i++)
      if (joined.text[i] !== text[i]) expect([text[i], joined.text[i]], `at ${i}`).toEqual(["\n", " "]);
  });
});
