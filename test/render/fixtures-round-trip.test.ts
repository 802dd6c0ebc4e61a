import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import { renderReport } from "../../src/render/index.js";
import { SHAPES } from "../../src/schema/common.js";
import type { AnnualReport } from "../../src/schema/report.js";
import { cellDifferences } from "../property/cell-differences.js";

const FIXTURES = [
  "seeds/000_cc43e5a43c1be886.txt",
  "seeds/001_a728f3a6d1ee2bff.txt",
  "seeds/002_d039ec262de9d514.txt",
  "seeds/004_592a88c54830d4c2.txt",
  "corpus/023_2023_hongzequ.txt",
  "corpus/024_2024_hongzequ.txt",
  "corpus/025_2024_huaianshi.txt",
];

describe.each(FIXTURES)("real report %s rendered and parsed again", (fixture) => {
  const text = readFileSync(new URL(`../fixtures/${fixture}`, import.meta.url), "utf8");
  const { report } = parseReport(text);

  it.each(SHAPES)("through %s keeps every cell, the era and the hybrid blocks", (shape) => {
    expect(Object.keys(report.cells).length).toBeGreaterThan(100);
    const { report: again } = parseReport(renderReport(report, shape), { shape });
    expect(cellDifferences(report, again)).toEqual([]);
  });
});

describe("real reports rendered in the official layout (values read off the documents by hand)", () => {
  const parse = (fixture: string) =>
    parseReport(readFileSync(new URL(`../fixtures/${fixture}`, import.meta.url), "utf8")).report;

  it("Hongze 2023: Table 四 as one row of 15, the fee amount in a colspan-3 cell, （六） as one row", () => {
    const report = parse("corpus/023_2023_hongzequ.txt");
    const pipe = renderReport(report, "pipe").split("\n");
    expect(pipe).toContain("| 10 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 5 | 0 | 0 | 0 | 0 |");
    expect(renderReport(report, "html")).toContain('<tr><th>行政事业性收费</th><td colspan="3">7730.28</td></tr>');
    expect(pipe.filter((l) => l.startsWith("| （六）其他处理 |"))).toHaveLength(1);
  });

  it("seed 002: the 本机关不掌握 row is 0 0 0 0 0 0 1", () => {
    const tab = renderReport(parse("seeds/002_d039ec262de9d514.txt"), "tab").split("\n");
    expect(tab).toContain("（四）无法提供\t1.本机关不掌握相关政府信息\t0\t0\t0\t0\t0\t0\t1");
  });
});

const sectionOutline = (report: AnnualReport) =>
  report.sections.map((s) => ({
    id: s.id,
    number: s.number,
    text: s.text.replace(/\s+/g, ""),
    subsections: s.subsections.map((u) => [u.id, u.number]),
  }));

describe.each(["seeds/000_cc43e5a43c1be886.txt", "corpus/024_2024_hongzequ.txt"])(
  "sections of %s rendered and parsed again",
  (fixture) => {
    const { report } = parseReport(readFileSync(new URL(`../fixtures/${fixture}`, import.meta.url), "utf8"));

    it.each(SHAPES)("through %s keep their ids, numbers, sub-sections and text", (shape) => {
      expect(report.sections.length).toBeGreaterThanOrEqual(6);
      const { report: again } = parseReport(renderReport(report, shape), { shape });
      expect(sectionOutline(again)).toEqual(sectionOutline(report));
    });
  },
);

describe("legacy tables of seed 003 (2014) rendered and parsed again", () => {
  const { report } = parseReport(
    readFileSync(new URL("../fixtures/seeds/003_80aeb6f3312619ab.txt", import.meta.url), "utf8"),
  );
  const rows = (r: AnnualReport) =>
    r.legacy.flatMap((t) => t.rows.map((row) => [row.id, row.label, row.unit, row.cell.raw, row.cell.status]));

  it.each(SHAPES)("through %s keep every row: id, label, unit, raw value and status", (shape) => {
    expect(rows(report).length).toBeGreaterThan(50);
    const { report: again } = parseReport(renderReport(report, shape), { shape });
    expect(again.meta.formatEra).toBe(report.meta.formatEra);
    expect(rows(again)).toEqual(rows(report));
  });
});
