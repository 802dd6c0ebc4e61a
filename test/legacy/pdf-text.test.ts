import { describe, expect, it } from "vitest";
import { recognizeLegacy } from "../../src/recognize/legacy.js";
import { readDocument } from "../../src/shapes/index.js";

// A pre-2019 report as PDF text (lines shape, no row separators, a page number inside the table); numbers made up.
const PDF = `某县2016年政府信息公开工作年度报告

一、概述
2016年，我县认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作，取得了较好成效，现将有关情况报告如下。

附件
政府信息公开情况统计表
统计指标 单位 统计数
一、主动公开情况
（一）主动公开政府信息数 条 1520
其中：主动公开规范性文件数 条 12
- 3 -
三、依申请公开情况
（一）收到申请数 件 10
1.当面申请数 件 2
2.传真申请数 件 0
3.网络申请数 件 7
4.信函申请数 件 1
四、行政复议数量 件 1
五、行政诉讼数量 件 0
`;

describe("legacy table in PDF text (lines shape)", () => {
  const tables = recognizeLegacy(readDocument(PDF, "lines"), []);

  it("reads every row, whether the reader kept the line as prose or as a grid row", () => {
    expect(tables).toHaveLength(1);
    const table = tables[0]!;
    expect(table.family).toBe("legacy_national");
    expect(table.title).toBe("政府信息公开情况统计表");
    expect(table.rows.map((r) => [r.id, r.unit, r.cell.value])).toEqual([
      ["legacy_national.active.total", "条", 1520],
      ["legacy_national.active.normative_docs_published", "条", 12],
      ["legacy_national.applications.received", "件", 10],
      ["legacy_national.applications.channel.in_person", "件", 2],
      ["legacy_national.applications.channel.fax", "件", 0],
      ["legacy_national.applications.channel.online", "件", 7],
      ["legacy_national.applications.channel.mail", "件", 1],
      ["legacy_national.review.total", "件", 1],
      ["legacy_national.litigation.total", "件", 0],
    ]);
  });

  it("keeps sections and positions of the value cells", () => {
    const rows = tables[0]!.rows;
    expect(rows[0]?.section).toBe("一、主动公开情况");
    expect(rows[2]?.section).toBe("三、依申请公开情况");
    const lines = PDF.split("\n");
    for (const row of rows) {
      const line = lines[row.cell.source.line - 1]!;
      expect(line.slice(row.cell.source.column - 1)).toBe(row.cell.raw);
      expect(PDF.slice(row.cell.source.offset, row.cell.source.offset + row.cell.raw.length)).toBe(row.cell.raw);
    }
  });

  it("does not read narrative lines before the table title", () => {
    const text = "我局全年受理申请 件 3\n\n".concat(PDF);
    const rows = recognizeLegacy(readDocument(text, "lines"), [])[0]!.rows;
    expect(rows.some((r) => r.label.includes("我局"))).toBe(false);
  });
});
