// A row label wrapped over three lines with its values on the middle one, and the group label beside it wrapped
// with it (red team R26: Chromium's print of a report, read by pdftotext -layout, the most used extractor):
//       （六）其 2.申请人逾期未按收费通知要求缴纳
//       他处理 费用、行政机关不再处理其政府信息 0   0   0   0   0   0 0
//                       公开申请
// The row's run held the group label's pieces (（六）其, 他处理) between its own, so no row matched: its 7 cells
// were lost with row-unrecognized in nearly every report printed so. Values hand-read in test/fixtures/expected.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import { expectedCells } from "../fixtures/expected/cells.js";
import { CORPUS_025 } from "../fixtures/expected/corpus.js";
import { SEED_000 } from "../fixtures/expected/seeds.js";

const read = (name: string): string => readFileSync(new URL(`../fixtures/messy/r26/${name}`, import.meta.url), "utf8");

describe("a row label wrapped around its group label's pieces", () => {
  it.each([
    ["000-pdftotext-layout.txt", SEED_000, "他处理 费用、行政机关不再处理其政府信息"],
    ["025-a4-pdftotext-layout.txt", CORPUS_025, "其他处 费通知要求缴纳费"],
  ])("%s: every cell as read by hand, with no warning", (name, expected, printed) => {
    const text = read(name);
    expect(text).toContain(printed);
    const { report, diagnostics } = parseReport(text);
    const cells = expectedCells(expected);
    for (const [id, value] of cells) expect(report.cells[id as keyof typeof report.cells]?.value, id).toBe(value);
    expect(Object.keys(report.cells)).toHaveLength(cells.size);
    expect(diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  });

  it("places the row's values at the printed line (overdue_fee.total: the middle line's last 0)", () => {
    const text = read("000-pdftotext-layout.txt");
    const cell = parseReport(text).report.cells["applications.results.other.overdue_fee.total"];
    const line = text.split("\n")[cell!.source!.line - 1]!;
    expect(line).toContain("他处理 费用、行政机关不再处理其政府信息");
    expect(text.slice(cell!.source!.offset, cell!.source!.offset + 1)).toBe("0");
  });
});
