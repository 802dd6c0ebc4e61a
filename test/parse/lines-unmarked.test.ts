// One cell per line, each cell indented by a tab as Word exports it, but with the blank lines between rows
// dropped (a converter or a copy-paste lost them): the rows are then unmarked, and the cells are read as PDF
// text's are. Before, the document was read as a Word export whose rows never ended: ≈ 190 of 200 cells were
// absent or wrong.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import { renderReport } from "../../src/render/index.js";
import { linesVariant } from "../../src/shapes/lines.js";
import { sourceLines } from "../../src/shapes/source-lines.js";

const FIXTURES = [
  "seeds/000_cc43e5a43c1be886.txt",
  "seeds/002_d039ec262de9d514.txt",
  "corpus/023_2023_hongzequ.txt",
  "corpus/025_2024_huaianshi.txt",
  "messy/red-team/tab_2019_unicode_minus.txt",
];
const read = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8");
const withoutBlankLines = (text: string) => text.replace(/\n[ \t]*\n/g, "\n");

describe("one-cell-per-line text whose blank row lines were dropped", () => {
  it.each(FIXTURES)("%s: every cell as read from the report itself", (name) => {
    const report = parseReport(read(name)).report;
    const lines = renderReport(report, "lines");
    expect(linesVariant(sourceLines(lines))).toBe("word");
    const unmarked = withoutBlankLines(lines);
    expect(linesVariant(sourceLines(unmarked))).toBe("pdf");
    const again = parseReport(unmarked, { shape: "lines" }).report;
    const pairs = (r: typeof report) =>
      Object.entries(r.cells).map(([id, cell]) => [id, cell?.raw, cell?.status] as const);
    expect(pairs(again)).toEqual(pairs(report));
    expect(again.meta.formatEra).toBe(report.meta.formatEra);
  });

  it("an empty cell's tab-only line is a cell, not a row mark; one stray blank line is no row marking (review RV13)", () => {
    const report = parseReport(read("seeds/000_cc43e5a43c1be886.txt")).report;
    const lines = renderReport(report, "lines");
    // One cell emptied: its line keeps only the tab.
    const emptied = withoutBlankLines(lines.replace("\n\t2\n", "\n\t\n"));
    expect(linesVariant(sourceLines(emptied))).toBe("pdf");
    const stray = withoutBlankLines(lines).replace("\n\t2\n", "\n\t2\n\n");
    expect(linesVariant(sourceLines(stray))).toBe("pdf");
    const again = parseReport(stray, { shape: "lines" }).report;
    expect(Object.keys(again.cells)).toHaveLength(Object.keys(report.cells).length);
  });

  it("seed 002 (a Word export with its blank lines) stays a Word export", () => {
    expect(linesVariant(sourceLines(read("seeds/002_d039ec262de9d514.txt")))).toBe("word");
  });
});
