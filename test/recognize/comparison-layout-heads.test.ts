import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/index.js";

/**
 * Red team R29 D1, D2: a 2019 Table 二 column head wrapped over two lines (上一年项目 over 数量, antiword) or a word
 * of Hubei's note (本年增/减（指 2020 年增加或减少的事 …, formats.md §3.5) was taken for a comparison column, and
 * the row 行政事业性收费 | 4 | 0 was counted with 2021's one column, so 4 or 0 was dropped as last year's.
 */
const fixture = (name: string) => readFileSync(new URL(`../fixtures/messy/r29/${name}`, import.meta.url), "utf8");

/** Table 二's values of a parse, by field id, and the texts of its `comparison-skipped` warnings. */
function table2(text: string, ids: readonly string[]) {
  const { report, diagnostics } = parseReport(text);
  const cells = report.cells as Record<string, { value: unknown } | undefined>;
  return {
    values: Object.fromEntries(ids.map((id) => [id, cells[`active_disclosure.${id}`]?.value])),
    skipped: diagnostics.filter((d) => d.code === "comparison-skipped").map((d) => d.text),
  };
}

const FEES = ["fees.prev_year_items", "fees.items_change"];

describe("a piece of the 2019 layout's own column head is no comparison column (R29 D1, D2)", () => {
  it("antiword's |上一年项目 | over | 数量 |: 行政事业性收费 4 / 0 (was 0 / blank)", () => {
    expect(table2(fixture("gb2019-fees-antiword-wrapped-head.txt"), FEES)).toEqual({
      values: { "fees.prev_year_items": 4, "fees.items_change": 0 },
      skipped: [],
    });
  });

  it("pdftotext -raw, Hubei's note cut to 年增加或减少的事: 行政事业性收费 4 / 0 (0 was dropped)", () => {
    expect(table2(fixture("hubei-fees-pdftotext-raw-note.txt"), FEES)).toEqual({
      values: { "fees.prev_year_items": 4, "fees.items_change": 0 },
      skipped: [],
    });
  });

  // The Hubei report's Table 二 as printed: （五） 18 -8 356 / 25 +3 1204, （六） 41 0 87 / 6 -1 -, （八） 4 0, （九） 15 386.52.
  const HUBEI = {
    "licensing.prev_year_items": 18,
    "licensing.items_change": -8,
    "licensing.decisions": 356,
    "other_services.prev_year_items": 25,
    "other_services.items_change": 3,
    "other_services.decisions": 1204,
    "penalty.prev_year_items": 41,
    "penalty.items_change": 0,
    "penalty.decisions": 87,
    "coercion.prev_year_items": 6,
    "coercion.items_change": -1,
    "fees.prev_year_items": 4,
    "fees.items_change": 0,
    "procurement.projects": 15,
    "procurement.amount": 386.52,
  };
  it.each([
    ["antiword, heads and notes wrapped down their grid columns", "hubei-antiword.txt"],
    ["pdftotext -raw, one piece of a head a line", "hubei-pdftotext-raw.txt"],
  ])("the whole Hubei report through %s", (_, name) => {
    expect(table2(fixture(name), Object.keys(HUBEI))).toEqual({ values: HUBEI, skipped: [] });
  });

  it("a head's note wrapped to the line below (（指2019年事项数）, another year in it) is no column: 0 is kept", () => {
    const text = `某局2020年政府信息公开工作年度报告
二、主动公开政府信息情况

|第二十条第（八）项                                           |
|信息内容        |上一年项目数量     |本年增/减  |           |
|                |（指2019年事项数） |           |           |
|行政事业性收费  |4                  |0          |           |
`;
    expect(table2(text, FEES)).toEqual({
      values: { "fees.prev_year_items": 4, "fees.items_change": 0 },
      skipped: [],
    });
  });

  it("a real comparison column of a 2019 table is counted with the 2019 row's two columns: 4 / 0 read, 同比 skipped", () => {
    const text = `某局2020年政府信息公开工作年度报告
二、主动公开政府信息情况

|第二十条第（八）项                                  |           |
|信息内容        |上一年项目数量 |本年增/减  |同比       |
|行政事业性收费  |4              |0          |           |
`;
    expect(table2(text, FEES)).toEqual({
      values: { "fees.prev_year_items": 4, "fees.items_change": 0 },
      skipped: ["同比"],
    });
  });
});
