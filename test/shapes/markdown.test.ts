import { describe, expect, it } from "vitest";
import { readMarkdown } from "../../src/shapes/markdown.js";
import { expectCell, expectConsistentPositions, fixture, rowTexts, tablesOf, textsOf } from "./helpers.js";

describe("markdown reader on seed 001 (headings + tab pseudo-tables)", () => {
  const doc = readMarkdown(fixture("seeds/001_a728f3a6d1ee2bff.txt"));
  const tables = tablesOf(doc);
  const texts = textsOf(doc);

  it("keeps headings with their depth and the position of their text", () => {
    expect(doc.shape).toBe("markdown");
    const title = texts[0];
    expect(title).toMatchObject({
      text: "太康县卫健委 2023 年政府信息公开工作年度报告",
      depth: 1,
      position: { line: 3, column: 3 },
    });
    expect(texts.find((t) => t.text === "二、主动公开政府信息情况")).toMatchObject({
      depth: 2,
      position: { line: 9, column: 4 },
    });
    expect(texts.find((t) => t.text === "三、收到和处理政府信息公开申请情况")?.depth).toBe(3);
    expect(texts.find((t) => t.text === "四、政府信息公开行政复议、行政诉讼情况")).toMatchObject({
      depth: 4,
      position: { line: 57, column: 6 },
    });
  });

  it("re-reads tab paragraphs as tables with real source positions", () => {
    expect(tables.map((t) => t.rows.length)).toEqual([14, 28, 4]);
    const t1 = tables[1];
    const total = t1?.rows.find((r) => r[0]?.text === "(七) 总计");
    expect(total?.map((c) => c.text)).toEqual(["(七) 总计", "0", "0", "0", "0", "0", "0", "0", "", ""]);
    expectCell(doc, total?.[1], "0", 54, 8);
    const other = t1?.rows.find((r) => r[0]?.text === "3.其他");
    expect(other?.map((c) => c.text)).toEqual(["3.其他", "", "0", "0", "0", "0", "0", "0", "0", ""]);
    expect(rowTexts(tables[2], 3)).toEqual(Array(15).fill("0"));
    expect(tables[2]?.rows[3]?.[0]?.position).toMatchObject({ line: 62, column: 1 });
    expectConsistentPositions(doc);
  });
});

describe("markdown reader on seed 004 (no markup, blank-line paragraphs)", () => {
  const doc = readMarkdown(fixture("seeds/004_592a88c54830d4c2.txt"));
  const tables = tablesOf(doc);

  it("reads paragraphs as text and tab lines as tables", () => {
    expect(tables.map((t) => t.rows.length)).toEqual([14, 28, 4]);
    expect(textsOf(doc).find((t) => t.text === "二、主动公开政府信息情况")?.position).toMatchObject({
      line: 17,
      column: 1,
    });
    const row = tables[1]?.rows.find((r) => r[0]?.position.line === 61);
    // "3. 其他" is not a Markdown list item here: it continues the pseudo-table paragraph
    expectCell(doc, row?.[0], "3. 其他", 61, 1);
    expect(rowTexts(tables[1], 1).slice(0, 4)).toEqual(["", "", "自然人", "法人或其他组织"]);
    expectConsistentPositions(doc);
  });
});

describe("markdown reader on GFM tables", () => {
  const md = "# 标题\n\n前言 **加粗**。\n\n| 项目 | 数量 |\n|---|---:|\n| 规章 | **3** |\n|  | a<br>b |\n\n- 列表项\n";
  const doc = readMarkdown(md);

  it("turns GFM tables into grids, headings and paragraphs into text", () => {
    const [table] = tablesOf(doc);
    expect(table?.rowsReliable).toBe(true);
    expect(table?.rows.map((r) => r.map((c) => c.text))).toEqual([
      ["项目", "数量"],
      ["规章", "3"],
      ["", "a\nb"],
    ]);
    // a cell with inline markup starts at its markup ("**3**")
    expect(table?.rows[1]?.[1]?.position).toMatchObject({ line: 7, column: 8 });
    expect(table?.rows[0]?.[0]?.position).toMatchObject({ line: 5, column: 3 });
    expect(textsOf(doc).map((t) => t.text)).toEqual(["标题", "前言 加粗。", "列表项"]);
    expect(textsOf(doc)[0]?.depth).toBe(1);
  });
});

describe("markdown reader on raw HTML tables", () => {
  const md =
    "## 二、主动公开政府信息情况\n\n<table>\n<tr><td>规章</td><td>0</td></tr>\n\n<tr><td>行政许可</td><td>12</td></tr>\n</table>\n\n正文\n";
  const doc = readMarkdown(md);

  it("reads HTML blocks (even split by blank lines) as one table with positions in the whole text", () => {
    const tables = tablesOf(doc);
    expect(tables.length).toBe(1);
    expect(tables[0]?.rows.map((r) => r.map((c) => c.text))).toEqual([
      ["规章", "0"],
      ["行政许可", "12"],
    ]);
    expectCell(doc, tables[0]?.rows[1]?.[1], "12", 6, 22);
    expect(textsOf(doc).map((t) => t.text)).toEqual(["二、主动公开政府信息情况", "正文"]);
    expectConsistentPositions(doc);
  });
});
