/**
 * A footnote reference in brackets after a table value, as the JavaScript converters of Word files write one
 * (red team R32): mammoth `2473[¹]` (HTML) and `[\[1\]](#footnote-1)` (Markdown), officeparser `2473[^1]`. The cell
 * is kept as text in its column, as `2473¹` is, with the `cell-footnote-mark` warning; before, it was text with no
 * diagnostic at all (the checker gave only an info that its identities were unverified).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import { isMarkedNumber } from "../../src/recognize/cell-value.js";

const LICENSING = "active_disclosure.licensing.decisions";
const read = (file: string) => parseReport(readFileSync(`test/fixtures/messy/r32/${file}`));

describe("footnote references in brackets (red team R32)", () => {
  for (const [file, raw] of [
    ["fn-pipe-bracket.txt", "2473[1]"],
    ["fn-pipe-caret.txt", "2473[^1]"],
    ["fn-pipe-supbracket.txt", "2473[¹]"],
    ["s000-footnote-mammoth.md", "2473[1]"],
    ["s000-footnote-mammoth.html", "2473[¹]"],
  ] as const) {
    it(`${file}: 行政许可 ${raw} is its cell's text, with the cell-footnote-mark warning`, () => {
      const { report, diagnostics } = read(file);
      expect(report.cells[LICENSING]).toMatchObject({ raw, status: "text", value: null });
      const marks = diagnostics.filter((d) => d.code === "cell-footnote-mark");
      expect(marks.map((d) => [d.severity, d.field, d.text])).toEqual([["warning", LICENSING, raw]]);
      // The row's other cells and the table around it are read as in seed 000 (行政处罚 233 below it).
      expect(report.cells["active_disclosure.penalty.decisions"]?.value).toBe(233);
    });
  }

  it("takes only a short reference after a number for a footnote", () => {
    for (const raw of ["5[1]", "5［注1］", "12[^a]", "3[①]"]) expect(isMarkedNumber(raw), raw).toBe(true);
    for (const raw of ["[1]", "5[1 2]", "5[]", "五[1]", "5[1234567]", "见[1]"])
      expect(isMarkedNumber(raw), raw).toBe(false);
  });
});
