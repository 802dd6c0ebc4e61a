import { describe, expect, it } from "vitest";
import { recordedOffset } from "../../src/shapes/offsets.js";
import { readPipe } from "../../src/shapes/pipe.js";
import { readTab } from "../../src/shapes/tab.js";
import { expectCell, expectConsistentPositions, fixture, lineOf, rowTexts, tablesOf, textsOf } from "./helpers.js";

describe("pipe reader on seed 000", () => {
  const text = fixture("seeds/000_cc43e5a43c1be886.txt");
  const doc = readPipe(text);
  const tables = tablesOf(doc);

  it("finds the three tables with their printed row counts", () => {
    expect(doc.shape).toBe("pipe");
    expect(tables.map((t) => t.rows.length)).toEqual([14, 28, 4]);
    expect(tables.map((t) => t.index)).toEqual([0, 1, 2]);
    expect(tables.every((t) => t.rowsReliable)).toBe(true);
  });

  it("splits rows on pipes with exact positions", () => {
    const t0 = tables[0];
    // line 25: "行政规范性文件 | 0 | 2 | 3 |"
    expect(rowTexts(t0, 3)).toEqual(["行政规范性文件", "0", "2", "3"]);
    expectCell(doc, t0?.rows[3]?.[0], "行政规范性文件", 25, 1);
    expectCell(doc, t0?.rows[3]?.[1], "0", 25, 11);
    expectCell(doc, t0?.rows[3]?.[2], "2", 25, 15);
    expectCell(doc, t0?.rows[3]?.[3], "3", 25, 19);
    // line 28: "行政许可 | 2473 | ||" → one value, trailing merged-header pipes as empty cells
    expect(rowTexts(t0, 6)).toEqual(["行政许可", "2473", "", ""]);
    expectCell(doc, t0?.rows[6]?.[1], "2473", 28, 8);
  });

  it("keeps the table-四 number row and the 三 total row", () => {
    const t2 = tables[2];
    expect(rowTexts(t2, 3)).toEqual(Array(15).fill("0"));
    expect(t2?.rows[3]?.[0]?.position.line).toBe(69);
    const t1 = tables[1];
    const total = t1?.rows.find((r) => r[0]?.text === "(七)总计");
    expect(total?.slice(1, 8).map((c) => c.text)).toEqual(["2", "0", "0", "0", "0", "0", "2"]);
  });

  it("turns prose lines into text blocks with positions", () => {
    const texts = textsOf(doc);
    const heading = texts.find((t) => t.text === "二、主动公开政府信息情况");
    expect(heading?.position).toEqual({ line: 21, column: 1, offset: heading?.position.offset });
    expect(texts[0]?.text).toBe("11330781755947905Y/2024-86316");
    expect(texts.some((t) => t.text.includes("|"))).toBe(false);
    expectConsistentPositions(doc);
  });

  it("handles outer pipes, merged-header runs, CRLF and page numbers", () => {
    const d = readPipe("| a | b |\r\n- 2 -\r\n|c||d|\r\nprose\r\n");
    const [t] = tablesOf(d);
    expect(rowTexts(t, 0)).toEqual(["a", "b"]);
    expect(rowTexts(t, 1)).toEqual(["c", "", "d"]);
    expect(t?.rows[1]?.[2]?.position).toEqual({ line: 3, column: 5, offset: 22 });
    expect(textsOf(d).map((b) => b.text)).toEqual(["prose"]);
  });
});

describe("tab reader on seed 001 (tab pseudo-table lines)", () => {
  const text = fixture("seeds/001_a728f3a6d1ee2bff.txt");
  const doc = readTab(text);
  const tables = tablesOf(doc);

  it("reads tab rows keeping leading empty cells", () => {
    expect(tables.length).toBe(3);
    expect(tables[0]?.rows.length).toBe(14);
    const line = lineOf(text, "(三) 不予公开");
    expect(line).toBe(35);
    const row = tables[1]?.rows.find((r) => r[0]?.position.line === line);
    expect(row?.map((c) => c.text).slice(0, 4)).toEqual(["", "(三) 不予公开", "1.属于国家秘密", "0"]);
    expectCell(doc, row?.[1], "(三) 不予公开", line, 2);
    expectCell(doc, row?.[2], "1.属于国家秘密", line, 11);
  });

  it("reads the 行政许可 row and the table-四 numbers", () => {
    const line = lineOf(text, "行政许可\t");
    expect(line).toBe(17);
    const row = tables[0]?.rows.find((r) => r[0]?.text === "行政许可");
    expect(row?.map((c) => c.text)).toEqual(["行政许可", "9", "", ""]);
    expectCell(doc, row?.[1], "9", 17, 6);
    expectConsistentPositions(doc);
  });
});

describe("grid tables (pandoc: `+---+` borders between all rows)", () => {
  const text = [
    "+------+----+----+",
    "| 信息 | 本年 | 本年 |",
    "| 内容 | 制发 | 废止 |",
    "+======+====+====+",
    "| 行政规范 | 3 | 2 |",
    "| 性文件 |  |  |",
    "+------+----+----+",
    "| 规章 | 0 | 0 |",
    "+------+----+----+",
  ].join("\n");

  it("joins the lines between two borders into one row, the pieces of a cell by a line break", () => {
    const doc = readPipe(text);
    const tables = doc.blocks.filter((b) => b.kind === "table");
    expect(tables).toHaveLength(1);
    const rows = tables[0]!.kind === "table" ? tables[0]!.rows : [];
    expect(rows.map((r) => r.map((c) => c.text))).toEqual([
      ["信息\n内容", "本年\n制发", "本年\n废止"],
      ["行政规范\n性文件", "3", "2"],
      ["规章", "0", "0"],
    ]);
    // The cell starts where its first piece does; its second piece's characters are where they are printed.
    const label = rows[1]![0]!;
    expect(label.position).toMatchObject({ line: 5, offset: text.indexOf("行政规范") });
    expect(recordedOffset(label.position, 5)).toBe(text.indexOf("性文件"));
  });

  it("keeps one row per line in a table ruled only around its head (MySQL style)", () => {
    const mysql = [
      "+----+----+",
      "| 信息内容 | 本年 |",
      "+----+----+",
      "| 规章 | 0 |",
      "| 行政规范性文件 | 3 |",
      "+----+----+",
    ].join("\n");
    const table = readPipe(mysql).blocks.find((b) => b.kind === "table");
    expect(table?.kind === "table" ? table.rows.map((r) => r[0]!.text) : []).toEqual([
      "信息内容",
      "规章",
      "行政规范性文件",
    ]);
  });

  it("keeps the rows of a table ruled between row groups (two lines with numbers in one column are two rows)", () => {
    const groups = [
      "+------+-----+",
      "| 项目 | 数量 |",
      "+------+-----+",
      "| 规章 | 1 |",
      "| 规范性文件 | 8 |",
      "+------+-----+",
      "| 合计 | 9 |",
      "+------+-----+",
    ].join("\n");
    const table = readPipe(groups).blocks.find((b) => b.kind === "table");
    expect(table?.kind === "table" ? table.rows.map((r) => r[0]!.text) : []).toEqual([
      "项目",
      "规章",
      "规范性文件",
      "合计",
    ]);
  });

  it("keeps a lone border line in prose as text", () => {
    const doc = readPipe("第一段\n+--+--+\n第二段");
    expect(doc.blocks.map((b) => (b.kind === "text" ? b.text : "table"))).toEqual(["第一段", "+--+--+", "第二段"]);
  });
});
