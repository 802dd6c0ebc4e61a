/**
 * A row label found only inside the end of a bracketed note that wraps into the next row's label (the 2019/Hubei
 * Table 二: `…等，一般情况下属于规范性文件） 其他主动公开文件 | 46 | 46 | 312`, the note of 规范性文件's label, then a row of
 * the Hubei form that the layout does not have): the note's words name no row of this one. The row was read as
 * 规范性文件, silently when that row was missing (red team R32: 46/46/312 for 3/3/27), else dropped as a
 * `row-duplicate`; now it is kept as an extra row with `row-unrecognized`.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";

const read = (file: string) => parseReport(readFileSync(`test/fixtures/messy/${file}`));
const NORMATIVE = ["newly_made", "newly_published", "total_published"].map(
  (c) => `active_disclosure.normative_documents.${c}`,
);

describe("a label inside a note that closes before another row's label (red team R32)", () => {
  it("does not fill 规范性文件 with the next row's values when that row is missing", () => {
    const { report, diagnostics } = read("r32/hubei-tail-label-a.txt");
    expect(NORMATIVE.map((id) => report.cells[id as keyof typeof report.cells])).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(report.extraRows.map((x) => [x.label, x.cells.map((c) => c.raw)])).toEqual([
      ["等,一般情况下属于规范性文件）其他主动公开文件", ["46", "46", "312"]],
    ]);
    expect(diagnostics.filter((d) => d.code === "row-unrecognized").map((d) => d.text)).toEqual([
      "等，一般情况下属于规范性文件） 其他主动公开文件",
    ]);
  });

  it("keeps the row an extra row, not a duplicate of 规范性文件, where that row was read (antiword text)", () => {
    const { report, diagnostics } = read("r29/hubei-antiword.txt");
    expect(NORMATIVE.map((id) => report.cells[id as keyof typeof report.cells]?.raw)).toEqual(["3", "3", "27"]);
    expect(report.extraRows.map((x) => x.cells.map((c) => c.raw))).toEqual([["46", "46", "312"]]);
    const about = diagnostics.filter((d) => d.text?.includes("其他主动公开文件"));
    expect(about.map((d) => d.code)).toEqual(["row-unrecognized"]);
  });
});
