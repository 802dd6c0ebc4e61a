/**
 * Hidden elements of a page (display: none, visibility: hidden, the hidden attribute): a print copy of the
 * report with other values, a share widget laid out as a table, the cells a span covers in UEditor exports.
 */

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { TableBlock } from "../../src/document.js";
import { parseReport } from "../../src/parse.js";
import { renderReport } from "../../src/render/index.js";
import { readHtml } from "../../src/shapes/html.js";
import { hidesContent } from "../../src/shapes/html-tags.js";
import { tablesOf, textsOf } from "./helpers.js";

/** Every row of a table as its cells' texts. */
const rowTexts = (table: TableBlock | undefined): string[][] => (table?.rows ?? []).map((r) => r.map((c) => c.text));

const TITLE = "<h1>某某区教育局2023年政府信息公开工作年度报告</h1>";
const table = (licensing: number) =>
  `<table><tr><td>行政许可</td><td>${licensing}</td></tr><tr><td>行政处罚</td><td>3</td></tr></table>`;

describe("html reader: hidden elements", () => {
  it("leaves out a hidden print copy before the visible table, and says so at the hidden element", () => {
    const page = `<body>${TITLE}\n<div class="print" style="display:none"><p>打印版</p>${table(99)}</div>\n${table(12)}</body>`;
    const doc = readHtml(page);
    const tables = tablesOf(doc);
    expect(tables).toHaveLength(1);
    expect(rowTexts(tables[0]!)).toEqual([
      ["行政许可", "12"],
      ["行政处罚", "3"],
    ]);
    expect(textsOf(doc).map((t) => t.text)).not.toContain("打印版");
    // Its 4 cells are counted: parseReport reads the page again only when hidden cells outnumber what the
    // visible reading recognised.
    expect(doc.hiddenCells).toBe(4);
    expect(readHtml(page, true).hiddenCells).toBeUndefined();
    expect(doc.diagnostics).toEqual([
      expect.objectContaining({
        code: "html-hidden-skipped",
        severity: "info",
        source: { line: 2, column: 1, offset: page.indexOf('<div class="print"') },
      }),
    ]);
  });

  it("leaves out a table that is hidden alone, and says so; read with hidden elements, the page is whole", () => {
    const page = `<body>${TITLE}<p>图解版</p><div id="text-tab" hidden><p>文字版</p>${table(12)}</div></body>`;
    const doc = readHtml(page);
    expect(tablesOf(doc)).toEqual([]);
    expect(doc.diagnostics?.map((d) => d.code)).toEqual(["html-hidden-skipped"]);
    const whole = readHtml(page, true);
    expect(rowTexts(tablesOf(whole)[0]!)[0]).toEqual(["行政许可", "12"]);
    expect(textsOf(whole).map((t) => t.text)).toContain("文字版");
    expect(whole.diagnostics).toBeUndefined();
  });

  it("keeps a cell hidden by visibility: hidden in its column (it still takes its place)", () => {
    const page =
      '<table><tr><th>行政规范性文件</th><td style="visibility:hidden">0</td><td>2</td><td>3</td></tr></table>';
    expect(rowTexts(tablesOf(readHtml(page))[0]!)).toEqual([["行政规范性文件", "0", "2", "3"]]);
  });

  it("drops the cells a span covers when the editor kept them hidden, so the row does not shift", () => {
    const page =
      "<table><tr><td rowspan=2>三、本年度办理结果</td><td>（一）予以公开</td><td>5</td></tr>" +
      '<tr><td style="display: none;">三、本年度办理结果</td><td>（二）部分公开</td><td>2</td></tr></table>';
    const rows = rowTexts(tablesOf(readHtml(page))[0]!);
    expect(rows).toEqual([
      ["三、本年度办理结果", "（一）予以公开", "5"],
      ["三、本年度办理结果", "（二）部分公开", "2"],
    ]);
  });

  it("keeps reading after the hidden element's end, nested elements and void tags inside it included", () => {
    const page = `<div><span hidden><b>甲</b><img src="x.png"><br><i>乙</i></span>丙</div><p>丁</p>`;
    expect(textsOf(readHtml(page)).map((t) => t.text)).toEqual(["丙", "丁"]);
  });

  it("a whole report (corpus 025 as HTML) with a hidden copy of other values first: the visible values", () => {
    const real = readFileSync(new URL("../fixtures/corpus/025_2024_huaianshi.txt", import.meta.url), "utf8");
    const visible = renderReport(parseReport(real).report, "html");
    // The hidden copy: every number of the visible page plus 1000.
    const copy = visible.replace(/<td>(\d+)<\/td>/g, (_, n: string) => `<td>${Number(n) + 1000}</td>`);
    const body = (html: string) => html.slice(html.indexOf("<body>") + 6, html.lastIndexOf("</body>"));
    const page = visible.replace("<body>", `<body><div style="DISPLAY: none !important">${body(copy)}</div>`);
    expect(page.length).toBeGreaterThan(visible.length * 1.9);
    const { report, diagnostics } = parseReport(page, { shape: "html" });
    // Read off corpus 025 by hand: 行政许可 447228, 本年新收申请 总计 3119.
    expect(report.cells["active_disclosure.licensing.decisions"]?.value).toBe(447228);
    expect(report.cells["applications.new.total"]?.value).toBe(3119);
    expect(diagnostics.map((d) => d.code)).toContain("html-hidden-skipped");
  });

  it("keeps the visible report when a hidden copy of other values recognises a row more (review RV11)", () => {
    const real = readFileSync(new URL("../fixtures/corpus/025_2024_huaianshi.txt", import.meta.url), "utf8");
    const visible = renderReport(parseReport(real).report, "html");
    const copy = visible.replace(/<td>(\d+)<\/td>/g, (_, n: string) => `<td>${Number(n) + 1000}</td>`);
    const body = (html: string) => html.slice(html.indexOf("<body>") + 6, html.lastIndexOf("</body>"));
    // The visible report without its 行政强制 row (the copy keeps it).
    const short = visible.replace(/<tr><th[^>]*>行政强制<\/th>.*?<\/tr>/, "");
    expect(short.length).toBeLessThan(visible.length);
    for (const hide of ['style="display:none"', 'style="visibility:hidden;position:absolute;left:-9999px"']) {
      const page = short.replace("<body>", `<body><div ${hide}>${body(copy)}</div>`);
      const { report } = parseReport(page, { shape: "html" });
      expect(report.cells["active_disclosure.licensing.decisions"]?.value, hide).toBe(447228);
      expect(report.cells["active_disclosure.coercion.decisions"], hide).toBeUndefined();
    }
  });

  it("keeps a pre-2019 report's visible table when a hidden print copy repeats it with other values", () => {
    const legacy = readFileSync(new URL("../fixtures/seeds/003_80aeb6f3312619ab.txt", import.meta.url), "utf8");
    const visible = renderReport(parseReport(legacy).report, "html");
    const copy = visible.replace(/<td>(\d+)<\/td>/g, (_, n: string) => `<td>${Number(n) + 1000}</td>`);
    const body = (html: string) => html.slice(html.indexOf("<body>") + 6, html.lastIndexOf("</body>"));
    const page = visible.replace("<body>", `<body><div hidden>${body(copy)}</div>`);
    const values = (html: string) =>
      parseReport(html, { shape: "html" }).report.legacy.flatMap((t) => t.rows.map((row) => row.cell.raw));
    expect(values(visible).length).toBeGreaterThan(20);
    expect(values(page)).toEqual(values(visible));
  });

  it.each([
    [
      "a page laid out in a table",
      (body: string) => `<table width="980"><tr><td><div style="display:none">${body}</div></td></tr></table>`,
    ],
    [
      "a visible metadata table beside a hidden tab",
      (body: string) =>
        `<table><tr><td>索引号</td><td>014000/2025-00012</td></tr></table><div class="tab" hidden>${body}</div>`,
    ],
    [
      "a spacer table",
      (body: string) => `<table><tr><td>&nbsp;</td></tr></table><div style="display: none">${body}</div>`,
    ],
  ])("reads a report hidden in a tab next to %s (the whole page recognises more)", (_, wrap) => {
    const real = readFileSync(new URL("../fixtures/corpus/025_2024_huaianshi.txt", import.meta.url), "utf8");
    const visible = renderReport(parseReport(real).report, "html");
    const body = visible.slice(visible.indexOf("<body>") + 6, visible.lastIndexOf("</body>"));
    const { report, diagnostics } = parseReport(`<html><body>${wrap(body)}</body></html>`, { shape: "html" });
    expect(report.cells["active_disclosure.licensing.decisions"]?.value).toBe(447228);
    expect(report.cells["applications.new.total"]?.value).toBe(3119);
    expect(diagnostics.map((d) => d.code)).not.toContain("html-hidden-skipped");
  });
});

describe("hidesContent", () => {
  it.each([
    [{ style: "display:none" }, true],
    [{ style: "color: red; display : none ;" }, true],
    [{ style: "DISPLAY: NONE !important" }, true],
    [{ style: "visibility:hidden" }, true],
    [{ hidden: "" }, true],
    [{ style: "display:block" }, false],
    [{ style: "display: none-ish" }, false],
    [{ style: "x-display:none" }, false],
    [{ "aria-hidden": "true" }, false],
    [{}, false],
  ])("%j → %s", (attribs, hidden) => {
    expect(hidesContent(attribs as Record<string, string>)).toBe(hidden);
  });

  it("keeps a cell hidden by visibility: hidden (it still takes its place in its row); display: none is left out", () => {
    expect(hidesContent({ style: "visibility: hidden;" }, true)).toBe(false);
    expect(hidesContent({ style: "display: none;" }, true)).toBe(true);
  });
});
