// A Table 二 row's value printed before its label (red team R29 D3). poppler's pdftotext, in its default mode,
// reads a short 2019-layout (Hubei) block partly column by column: the 上一年项目数量 of 行政事业性收费 (4), or the
// 采购项目数量 of 政府集中采购 (15), stands among the block header's pieces, before the row's label. The value
// closed the header's run (an extra row, row-unrecognized) and the row's one value was read as its first column.
// The fixtures are pdftotext (22.12) default text of LibreOffice 7.4 PDFs of renderReport's HTML of
// hubei-antiword.txt with the Hubei column heads, cut after the start of section 三 (pdftotext lost the bold title).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";

const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/messy/r29/${name}`, import.meta.url), "utf8");

const FEES = ["prev_year_items", "items_change"].map((c) => `active_disclosure.fees.${c}`);
const PROCUREMENT = ["projects", "amount"].map((c) => `active_disclosure.procurement.${c}`);

/** The raw text of the given cells (undefined for an absent one). */
function raws(text: string, ids: readonly string[]): (string | undefined)[] {
  const { report } = parseReport(text);
  return ids.map((id) => report.cells[id as keyof typeof report.cells]?.raw);
}

describe("pdftotext default text of a Hubei 2019-layout report", () => {
  it.each([
    // 第二十条第（八）项 / 上一年项目数量 / （指 2019 年事 / 项数） / 信息内容 / 4 / 行政事业性收费 / 本年增/减（指 2020 … / 0
    "hubei-pdftotext-default-a.txt",
    // … / 2019 年事项数） / 4 / 行政事业性收费 / 示，如-8） / 0 (a piece of the header after the row's label)
    "hubei-pdftotext-default-b.txt",
    // … / 项数） / 4 / 行政事业性收费 / 0 (the header's last piece holds no 信息内容)
    "hubei-pdftotext-default-c.txt",
  ])("%s: 行政事业性收费 4 | 0 and 政府集中采购 15 | 386.52, no extra row", (name) => {
    const text = fixture(name);
    const { report, diagnostics } = parseReport(text);
    expect(raws(text, FEES)).toEqual(["4", "0"]);
    expect(raws(text, PROCUREMENT)).toEqual(["15", "386.52"]);
    expect(report.extraRows.filter((r) => /第二十条第（[八九]）项/.test(r.rawLabel))).toEqual([]);
    const missing = diagnostics.filter((d) => d.code === "row-missing-values" && /收费|采购/.test(d.text ?? ""));
    expect(missing).toEqual([]);
  });

  it("R29's shape: the value between two pieces of the 本年增/减 head", () => {
    // As R29's note has it (hubei-fees-pdftotext-raw-note.txt read by pdftotext's default mode).
    const text = fixture("hubei-pdftotext-default-a.txt").replace(
      /第二十条第（八）项[\s\S]*?(?=第二十条第（九）项)/,
      [
        "第二十条第（八）项",
        "信息内容",
        "上一年项目数",
        "量（指 2019 年",
        "事项数）",
        "本年增/减（指 2020 年增加或减少的事",
        "4",
        "项数，减用负值表示，如-8）",
        "行政事业性收费 0",
        "",
        "",
      ].join("\n"),
    );
    expect(raws(text, FEES)).toEqual(["4", "0"]);
  });
});

describe("a number in a block header's words is not moved", () => {
  it("a year on a line of the header (本年增/减（指 2020) stays out of the row", () => {
    // The fees row is still read short here (4 in the first column, 0 lost after a piece of its label): the
    // year must not be handed to it. Before the guard, 2020 | 4 was read.
    const text = fixture("hubei-pdftotext-default-year-in-head.txt");
    expect(text).toContain("项目数 本年增/减（指 2020\n");
    expect(raws(text, FEES)).toEqual(["4", undefined]);
  });

  it("a year alone on a line, the header's 年… after it, stays out of the row", () => {
    const text = fixture("hubei-pdftotext-default-a.txt").replace(
      /第二十条第（八）项[\s\S]*?(?=第二十条第（九）项)/,
      ["第二十条第（八）项", "信息内容", "上一年项目数量（指", "2019", "年事项数）", "行政事业性收费 4 0", "", ""].join(
        "\n",
      ),
    );
    expect(raws(text, FEES)).toEqual(["4", "0"]);
    const shifted = text.replace("行政事业性收费 4 0", "行政事业性收费 0");
    expect(raws(shifted, FEES)).toEqual(["0", undefined]);
  });
});
