/**
 * Table 四 printed in a grid with a text cell among its 15 values (`13 | 见附件 | 8 | 1 | 26`): the text holds its
 * value's place. It was skipped, and the reading by column pitch put a blank in its place: the cell read blank,
 * with no diagnostic, its text lost. (A text cell is data: its status says it, and validation reports the identities
 * it leaves unverified.)
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import { renderReport } from "../../src/render/index.js";
import type { Shape } from "../../src/schema/common.js";
import type { AnnualReport } from "../../src/schema/report.js";
import { cell } from "./helpers.js";

const base = parseReport(readFileSync("test/fixtures/corpus/025_2024_huaianshi.txt", "utf8")).report;
const T4 = "review_litigation";
/** The 15 cells of Table 四 in layout order. */
const SLOTS = ["review", "litigation_direct", "litigation_after_review"].flatMap((row) =>
  ["upheld", "corrected", "other", "pending", "total"].map((col) => `${T4}.${row}.${col}`),
);

/** Corpus 025 with one Table 四 cell printed as text. */
function withText(id: string, raw: string): AnnualReport {
  const report = structuredClone(base);
  (report.cells as Record<string, unknown>)[id] = { ...cell(base, id)!, raw, status: "text", value: null };
  return report;
}

describe("a text cell among Table 四's values in a grid", () => {
  for (const shape of ["pipe", "tab", "markdown", "html", "csv"] as Shape[]) {
    it(`keeps the text in its own cell and the others in theirs (${shape})`, () => {
      const id = `${T4}.litigation_direct.corrected`;
      const { report } = parseReport(renderReport(withText(id, "见附件"), shape));
      expect(cell(report, id)).toMatchObject({ raw: "见附件", status: "text", value: null });
      // 025's litigation_direct row is 13 | 4 | 8 | 1 | 26; every other cell keeps its printed value.
      expect(SLOTS.map((s) => cell(report, s)?.raw)).toEqual(
        SLOTS.map((s) => (s === id ? "见附件" : cell(base, s)?.raw)),
      );
    });
  }

  it("holds for a text cell in any place after the first (pipe)", () => {
    for (const id of SLOTS.slice(1)) {
      const { report } = parseReport(renderReport(withText(id, "详见附表"), "pipe"));
      expect(SLOTS.map((s) => cell(report, s)?.raw)).toEqual(
        SLOTS.map((s) => (s === id ? "详见附表" : cell(base, s)?.raw)),
      );
    }
  });

  it("reads a text in the first place as a label, and says a value is missing (pipe)", () => {
    // Before any value, a text cell may be the row's label (`件数 | 64 | …`): not taken for a value.
    const { report, diagnostics } = parseReport(renderReport(withText(SLOTS[0]!, "详见附表"), "pipe"));
    expect(cell(report, SLOTS[0]!)?.raw).not.toBe("详见附表");
    expect(diagnostics.filter((d) => d.code === "row-missing-values").map((d) => d.message)).toEqual([
      "Table 四 has 14 of 15 values; the missing cells are absent",
    ]);
  });
});
