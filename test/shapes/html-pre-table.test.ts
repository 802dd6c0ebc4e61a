// A <pre> holding a table written as pipe rows or tab-separated rows (review RV19): the table is a table block
// of the Document, each cell at its text in the HTML; prose lines of the <pre> stay text blocks.
import { describe, expect, it } from "vitest";
import type { Document } from "../../src/document.js";
import { parseReport } from "../../src/index.js";
import { renderReport } from "../../src/render/index.js";
import { readDocument } from "../../src/shapes/index.js";
import { recordedOffset } from "../../src/shapes/offsets.js";
import { expectCell, expectConsistentPositions, fixture, rowTexts, tablesOf, textsOf } from "./helpers.js";

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const wrap = (text: string) => `<html><body><pre>${escapeHtml(text)}</pre></body></html>`;
const html = (text: string): Document => readDocument(text, "html");

const report025 = parseReport(fixture("corpus/025_2024_huaianshi.txt").replace(/\f/g, "")).report;

describe("a pipe or tab table inside <pre>", () => {
  for (const shape of ["pipe", "tab"] as const) {
    it(`025 rendered as ${shape} in a <pre>: the same 200 cells, each at its text in the HTML`, () => {
      const text = renderReport(report025, shape);
      const page = wrap(text);
      const plain = parseReport(text).report;
      const { report } = parseReport(page);
      expect(report.meta.shape).toBe("html");
      expect(Object.keys(plain.cells)).toHaveLength(200);
      expect(Object.keys(report.cells)).toHaveLength(200);
      // Values read off the report by hand: 规章 现行有效 11, 行政规范性文件 本年制发 8.
      expect(report.cells["active_disclosure.regulations.in_force"]?.value).toBe(11);
      expect(report.cells["active_disclosure.normative_documents.issued"]?.value).toBe(8);
      for (const [id, cell] of Object.entries(plain.cells)) {
        const read = report.cells[id as keyof typeof report.cells];
        expect(read?.value, id).toEqual(cell.value);
        // The page adds `<html><body><pre>` before the first line only: every cell keeps its line, its grid place,
        // and its offset points at the same text in the page as in the plain text.
        const { source } = read!;
        expect(source.line, id).toBe(cell.source.line);
        expect([source.table, source.row, source.col], id).toEqual([
          cell.source.table,
          cell.source.row,
          cell.source.col,
        ]);
        expect(source.table, id).toBeTypeOf("number");
        const raw = cell.raw ?? "";
        expect(page.slice(source.offset, source.offset + raw.length), id).toBe(
          text.slice(cell.source.offset, cell.source.offset + raw.length),
        );
      }
    });
  }

  it("a <pre> with a pipe table and a <table> elsewhere: two tables, prose lines stay text blocks", () => {
    const page = [
      "<html><body><h1>年度报告</h1>",
      "<pre>一、总体情况",
      "本年度共受理申请 12 件。",
      "| 信息内容 | 本年制发件数 | 本年废止件数 |",
      "| 规章 | 1 | 0 |",
      "",
      "| 行政规范性文件 | 8 | 26 |",
      "二、主动公开情况</pre>",
      "<table><tr><td>行政许可</td><td>550</td></tr><tr><td>行政处罚</td><td>7</td></tr></table>",
      "</body></html>",
    ].join("\n");
    const doc = html(page);
    expect(doc.blocks.map((b) => b.kind)).toEqual(["text", "text", "text", "table", "text", "table"]);
    expect(textsOf(doc).map((b) => [b.text, b.position.line, b.position.column])).toEqual([
      ["年度报告", 1, 17],
      ["一、总体情况", 2, 6],
      ["本年度共受理申请 12 件。", 3, 1],
      ["二、主动公开情况", 8, 1],
    ]);
    const [pre, table] = tablesOf(doc);
    expect(pre?.rows.map((_, r) => rowTexts(pre, r))).toEqual([
      ["信息内容", "本年制发件数", "本年废止件数"],
      ["规章", "1", "0"],
      ["行政规范性文件", "8", "26"],
    ]);
    expect(pre?.rowsReliable).toBe(true);
    expectCell(doc, pre?.rows[0]?.[0], "信息内容", 4, 3);
    expectCell(doc, pre?.rows[1]?.[2], "0", 5, 12);
    expectCell(doc, pre?.rows[2]?.[2], "26", 7, 17);
    expect(table?.rows.map((_, r) => rowTexts(table, r))).toEqual([
      ["行政许可", "550"],
      ["行政处罚", "7"],
    ]);
    expect([pre?.index, table?.index]).toEqual([0, 1]);
    expectConsistentPositions(doc);
  });

  it("a tab table in a <pre>: cells split on tabs, leading empty cells kept", () => {
    const page = "<pre>二、主动公开\n信息内容\t本年制发件数\t本年废止件数\n\t规章\t1\t0\n结束语</pre>";
    const doc = html(page);
    expect(doc.blocks.map((b) => b.kind)).toEqual(["text", "table", "text"]);
    const [table] = tablesOf(doc);
    expect(rowTexts(table, 0)).toEqual(["信息内容", "本年制发件数", "本年废止件数"]);
    expect(rowTexts(table, 1)).toEqual(["", "规章", "1", "0"]);
    expectCell(doc, table?.rows[1]?.[1], "规章", 3, 2);
    expectCell(doc, table?.rows[1]?.[2], "1", 3, 5);
    expect(textsOf(doc).map((b) => b.text)).toEqual(["二、主动公开", "结束语"]);
  });

  it("entities inside the <pre> are decoded in the cells, which keep their offsets in the HTML", () => {
    const page = "<pre>| 项目 &amp; 类别 | 数量 |\n| 规章&nbsp; | &#49;2 |\n&#124; 文件 &#124; 3 &#124;</pre>";
    const doc = html(page);
    const [table] = tablesOf(doc);
    expect(table?.rows.map((_, r) => rowTexts(table, r))).toEqual([
      ["项目 & 类别", "数量"],
      ["规章", "12"],
      ["文件", "3"],
    ]);
    const first = table?.rows[0]?.[0];
    expect(first?.position).toEqual({ line: 1, column: 8, offset: 7 });
    // The characters after the entity are where they are in the HTML.
    expect(recordedOffset(first!.position, 3)).toBe(page.indexOf("&amp;"));
    expect(recordedOffset(first!.position, 5)).toBe(page.indexOf("类别"));
    const twelve = table?.rows[1]?.[1];
    expect(twelve?.position.offset).toBe(page.indexOf("&#49;2"));
    expect(recordedOffset(twelve!.position, 1)).toBe(page.indexOf("&#49;2") + 5);
    const files = table?.rows[2]?.[0];
    expect(files?.position).toEqual({ line: 3, column: 8, offset: page.indexOf("文件") });
    expect(doc.text.slice(files!.position.offset, files!.position.offset + 2)).toBe("文件");
  });

  it("a <pre> of prose only gives the text blocks it gave before: one per line, no table", () => {
    // One `|` on a line and one tab of indent per line (a Word export) are no table rows. As before, a line
    // followed by a line break starts at its line's first character (the indent), the last line at its text.
    const page = "<pre>一、总体情况\n\t本年度共受理申请 12 件。\n  首页 | 信息公开\n\n- 3 -\n\t二、主动公开情况</pre>";
    const doc = html(page);
    expect(doc.blocks).toEqual([
      { kind: "text", text: "一、总体情况", position: { line: 1, column: 6, offset: 5 } },
      { kind: "text", text: "本年度共受理申请 12 件。", position: { line: 2, column: 1, offset: 12 } },
      { kind: "text", text: "首页 | 信息公开", position: { line: 3, column: 1, offset: 28 } },
      { kind: "text", text: "二、主动公开情况", position: { line: 6, column: 2, offset: 48 } },
    ]);
  });

  it("a <pre> table inside a layout table (a page wrapped in a table) is a table of its own", () => {
    const page = [
      "<table><tr><td><h2>淮安市2024年政府信息公开工作年度报告</h2>",
      "<pre>| 信息内容 | 本年制发件数 |",
      "| 规章 | 1 |</pre>",
      "<p>三、收到和处理政府信息公开申请情况</p></td></tr></table>",
    ].join("\n");
    const doc = html(page);
    expect(doc.blocks.map((b) => (b.kind === "text" ? b.text : b.rows.map((row) => row.map((c) => c.text))))).toEqual([
      "淮安市2024年政府信息公开工作年度报告",
      [
        ["信息内容", "本年制发件数"],
        ["规章", "1"],
      ],
      "三、收到和处理政府信息公开申请情况",
    ]);
    expectCell(doc, tablesOf(doc)[0]?.rows[1]?.[1], "1", 3, 8);
  });

  it("parse level: the values of a <pre> pipe table beside a <table> are read, with their sources", () => {
    const text = renderReport(report025, "pipe");
    const page = `<html><body><p>附表</p><table><tr><td>备注</td><td>无</td></tr></table><pre>${escapeHtml(text)}</pre></body></html>`;
    const { report } = parseReport(page);
    const cell = report.cells["active_disclosure.regulations.in_force"];
    expect(cell?.value).toBe(11);
    expect(page.slice(cell!.source.offset, cell!.source.offset + 2)).toBe("11");
    // Line 64 of the pipe text is `| 规章 | 1 | 0 | 11 |`; the page adds no line before it.
    expect(cell?.source.line).toBe(64);
    expect(cell?.source.column).toBe(16);
    expect(Object.keys(report.cells)).toHaveLength(200);
  });
});
