/**
 * Markup around a whole line that converters leave in text read as plain lines (R23 D8): bold headings of
 * Word documents through pandoc Markdown or reStructuredText, org-mode and AsciiDoc headings.
 */
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/index.js";
import { bareLine } from "../../src/shapes/line-markup.js";
import { readLines } from "../../src/shapes/lines.js";
import { readPipe } from "../../src/shapes/pipe.js";
import { fixture, textsOf } from "./helpers.js";

describe("a Word document with bold headings through pandoc -t markdown (read as lines)", () => {
  const text = fixture("messy/r23/bold-headings-pandoc-markdown.txt");

  it("reads the title and organisation without the ** (they were `**…**` and `**`)", () => {
    const { report } = parseReport(text);
    expect(report.meta.shape).toBe("lines");
    expect(report.meta.title).toBe("2023年兰溪市卫生健康局政府信息公开工作年度报告");
    expect(report.meta.orgName).toBe("兰溪市卫生健康局");
    expect(report.meta.year).toBe(2023);
    expect(report.sections).toHaveLength(6);
  });

  it("puts the bare title's position on its first character after the **", () => {
    const first = textsOf(readLines(text))[0];
    expect(first?.text).toBe("2023年兰溪市卫生健康局政府信息公开工作年度报告");
    expect(first?.position).toEqual({ line: 1, column: 3, offset: 2 });
  });
});

describe("org-mode and AsciiDoc headings, rst bold (pandoc -t org / asciidoc / rst)", () => {
  const body = (title: string, h1: string, h2: string): string =>
    `${title}\n\n${h1}\n\n正文。\n\n${h2}\n\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n| 规章 | 0 | 0 | 0 |\n`;

  it("takes the heading marks off the title and the section headings", () => {
    for (const [title, h1] of [
      ["* 太康县卫健委2023年政府信息公开工作年度报告", "** 一、总体情况"],
      ["== 太康县卫健委2023年政府信息公开工作年度报告", "=== 一、总体情况"],
      ["**太康县卫健委2023年政府信息公开工作年度报告**", "**一、总体情况**"],
    ] as const) {
      const doc = readPipe(body(title, h1, h1.replace("一、总体情况", "二、主动公开政府信息情况")));
      expect(textsOf(doc).map((t) => t.text)).toEqual([
        "太康县卫健委2023年政府信息公开工作年度报告",
        "一、总体情况",
        "正文。",
        "二、主动公开政府信息情况",
      ]);
    }
  });

  it("leaves text that only looks like markup as it is", () => {
    expect(bareLine("*注：本表数据截至12月31日")).toBeUndefined();
    expect(bareLine("2*3*4")).toBeUndefined();
    expect(bareLine("=====")).toBeUndefined();
    expect(bareLine("** 标题 **")).toEqual({ text: "标题 **", skip: 3 });
    expect(bareLine("* **标题**")).toEqual({ text: "标题", skip: 4 });
    expect(bareLine("__标题__")).toEqual({ text: "标题", skip: 2 });
  });
});

describe("reStructuredText borders and underlines (pandoc -t rst, R23 D2)", () => {
  it("reads no text block and no table row out of a line of = runs", () => {
    const rst = [
      "某某局2014年政府信息公开工作年度报告",
      "==================================",
      "",
      "==================== ====== ===== ====",
      "项目                 单位   数量  备注",
      "==================== ====== ===== ====",
      "发布重要事项公示信息 条     93",
      "发布重点工作通报事项 项     93",
      "==================== ====== ===== ====",
    ].join("\n");
    const doc = readLines(rst);
    const texts = textsOf(doc).map((t) => t.text);
    expect(texts.some((t) => t.startsWith("==="))).toBe(false);
    for (const block of doc.blocks)
      if (block.kind === "table") for (const row of block.rows) expect(row[0]?.text.startsWith("===")).toBe(false);
  });

  it("reads the 2014 昆明 legacy table with no row made of its closing border (62 rows, all typed)", () => {
    const { report, diagnostics } = parseReport(fixture("messy/r23/rst-simple-table-legacy.txt"));
    const rows = (report.legacy ?? []).flatMap((t) => t.rows);
    expect(rows.filter((r) => r.label.startsWith("="))).toEqual([]);
    expect(rows.filter((r) => r.id !== null)).toHaveLength(62);
    expect(diagnostics.map((d) => d.code)).not.toContain("legacy-row-unrecognized");
  });
});
