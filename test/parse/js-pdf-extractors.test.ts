// Report PDFs as JavaScript's PDF libraries turn them into text (red team R26: the fixtures printed to PDF by
// Chromium, then extracted with pdf-parse 2, unpdf, pdfjs-dist…). Values hand-read in test/fixtures/expected.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import { validateReport } from "../../src/validate/validate-report.js";
import { expectedCells } from "../fixtures/expected/cells.js";
import { CORPUS_023, CORPUS_024, CORPUS_025 } from "../fixtures/expected/corpus.js";

const read = (file: string): string => readFileSync(new URL(`../fixtures/pdf-js/${file}`, import.meta.url), "utf8");

describe("pdf-parse 2's getText() (a tab where a gap is wide, `-- 3 of 4 --` after each page)", () => {
  it("reads 025 with every cell as read by hand; 1 769 (其他 and 总计 a space apart) is two values", () => {
    // Before: 1.本机关不掌握相关政府信息 746 12 0 → 0 → 10 → 1 769 read other_org 1769 and no total (1 769 taken
    // for one number grouped by thousands); 3.其他 108 2 0 0 0 0 110 read commercial_enterprise 0 (`0 110`).
    const text = read("025-pdf-parse2.txt");
    expect(text).toContain("1.本机关不掌握相关政府信息 746 12 0 \t0 \t10 \t1 769");
    const { report, diagnostics } = parseReport(text);
    const expected = expectedCells(CORPUS_025);
    for (const [id, value] of expected) expect(report.cells[id as keyof typeof report.cells]?.value, id).toBe(value);
    expect(Object.keys(report.cells)).toHaveLength(expected.size);
    const split = diagnostics.filter((d) => d.code === "cell-values-split").map((d) => d.text);
    expect(split).toContain("1 769");
    expect(validateReport(report).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("splits a number grouped by thousands only when the row's values then add up to its total", () => {
    const text = read("025-pdf-parse2.txt").replace("\t10 \t1 769", "\t10 \t1 770");
    const { report, diagnostics } = parseReport(text);
    expect(diagnostics.filter((d) => d.code === "cell-values-split").map((d) => d.text)).not.toContain("1 770");
    expect(report.cells["applications.results.unable.not_held.total"]).toBeUndefined();
  });

  it("reads 023 (A4) without taking the page marker -- 5 of 7 -- before Table 四 for its values", () => {
    // Before: review.upheld 7 and review.corrected `--` (na) from the marker, the row's values moved along.
    const text = read("023-a4-pdf-parse2.txt");
    expect(text).toContain("\n-- 5 of 7 --\n");
    const { report } = parseReport(text);
    const expected = expectedCells(CORPUS_023);
    for (const [id, value] of expected) expect(report.cells[id as keyof typeof report.cells]?.value, id).toBe(value);
    expect(Object.keys(report.cells)).toHaveLength(expected.size);
  });
});

describe("unpdf's extractText (pdf.js items joined, a line break where an item ends its line)", () => {
  it("reads 024 with every cell as read by hand, its title and six sections", () => {
    const { report } = parseReport(read("024-unpdf.txt"));
    const expected = expectedCells(CORPUS_024);
    for (const [id, value] of expected) expect(report.cells[id as keyof typeof report.cells]?.value, id).toBe(value);
    expect(report.meta.title).toBe(CORPUS_024.meta.title);
    expect(report.sections).toHaveLength(6);
  });
});

describe("pdf-parse 2 with getText({ cellThreshold: 2 }) (a tab in every wide gap, the title's line too)", () => {
  it("reads the title wrapped from a tab row (淮安市洪泽区人民政府2024 →年政府 / 信息公开工作年度报告)", () => {
    // Before: the title's first line was a tab row, so no title, body or year was read.
    const text = read("024-a4-pdf-parse2-cells.txt");
    // (Chromium's PDF writes 人 and 民 as the Kangxi radicals ⼈ ⺠; the library folds them)
    expect(text.split("\n").slice(0, 2)).toEqual(["淮安市洪泽区⼈⺠政府2024 \t年政府", "信息公开⼯作年度报告"]);
    const { meta } = parseReport(text).report;
    expect([meta.shape, meta.title, meta.orgName, meta.year]).toEqual([
      "tab",
      "淮安市洪泽区人民政府2024 年政府信息公开工作年度报告",
      "淮安市洪泽区人民政府",
      2024,
    ]);
  });
});
