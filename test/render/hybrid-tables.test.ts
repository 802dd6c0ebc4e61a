import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import { renderReport } from "../../src/render/index.js";
import { SHAPES } from "../../src/schema/common.js";
import { cellDifferences } from "../property/cell-differences.js";

// Mixed-era reports (formats.md D10, red team R18): each table is printed in the era it was read in.
const parse = (name: string) => parseReport(readFileSync(new URL(`./hybrid/${name}`, import.meta.url), "utf8")).report;

describe("a 2021 report printing the 2019 Table 二 (22 cells)", () => {
  const report = parse("2021-with-2019-table2.html");

  it("is read as a gb2021 report whose Table 二 is gb2019", () => {
    expect(report.meta.formatEra).toBe("gb2021");
    expect(report.tables.find((t) => t.id === "active_disclosure")?.era).toBe("gb2019");
    expect(report.cells["active_disclosure.normative_documents.total_published"]?.value).toBe(27);
    expect(report.cells["active_disclosure.procurement.amount"]?.raw).toBe("386.52");
  });

  it.each(SHAPES)("through %s keeps every cell, the era and the hybrid blocks", (shape) => {
    const text = renderReport(report, shape);
    // Values read off the input: 行政许可 18 | -2 | 356; 政府集中采购 15 | 386.52.
    for (const value of ["356", "1204", "386.52", "-2", "+3"]) expect(text).toContain(value);
    expect(cellDifferences(report, parseReport(text, { shape }).report)).toEqual([]);
  });

  it("prints the 2019 column heads under the 2019 block headers", () => {
    const pipe = renderReport(report, "pipe").split("\n");
    expect(pipe).toContain("| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |");
    expect(pipe).toContain("| 规范性文件 | 3 | 3 | 27 |");
    expect(pipe).toContain("| 行政许可 | 18 | -2 | 356 |");
  });
});

describe("a 2020 report printing the 2021 （六） sub-rows in Table 三", () => {
  const report = parse("2020-with-2021-table3.html");

  it("is read as a gb2019 report whose Table 三 is gb2021", () => {
    expect(report.meta.formatEra).toBe("gb2019");
    expect(report.tables.find((t) => t.id === "applications")?.era).toBe("gb2021");
    expect(report.cells["applications.results.other.other.total"]?.value).toBe(2);
  });

  it.each(SHAPES)("through %s keeps the 21 cells of the three （六） rows", (shape) => {
    const again = parseReport(renderReport(report, shape), { shape }).report;
    const other = Object.keys(report.cells).filter((id) => id.startsWith("applications.results.other."));
    expect(other).toHaveLength(21);
    for (const id of other)
      expect(again.cells[id as keyof typeof again.cells]?.raw).toBe(report.cells[id as keyof typeof report.cells]?.raw);
    expect(cellDifferences(report, again)).toEqual([]);
  });
});
