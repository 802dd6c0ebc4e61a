import { describe, expect, it } from "vitest";
import { readHtml } from "../../src/shapes/html.js";
import { MAX_SPAN } from "../../src/shapes/html-grid.js";
import { expectConsistentPositions, rowTexts, tablesOf, textsOf } from "./helpers.js";

const PAGE = [
  "<!DOCTYPE html>",
  "<html><head><title>年报</title><style>td { color: red }</style>",
  '<script>var s = "<table><td>x</td></table>";</script></head>',
  "<body><h2>三、收到和处理政府信息公开申请情况</h2>",
  "<p>说明 &amp; 注释&nbsp;</p>",
  '<table border="1">',
  '<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="6">申请人情况</td></tr>',
  '<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td></tr>',
  "<tr><td>商业<br />企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>",
  '<tr><td rowspan="2">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>258</td><td>12</td><td>&nbsp;</td><td></td><td>1</td><td>1</td></tr>',
  '<tr><td colspan="2">（二）部分公开</td><td> 3 </td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>',
  "</table>",
  "<div>附表<table><tr><td>外<table><tr><td>内</td></tr></table></td><td>右</td></tr></table></div>",
  "</body></html>",
].join("\r\n");

describe("html reader", () => {
  const doc = readHtml(PAGE);
  const tables = tablesOf(doc);

  it("drops head, script and style, keeps headings with depth and decodes entities", () => {
    expect(doc.shape).toBe("html");
    const texts = textsOf(doc);
    expect(texts[0]).toMatchObject({
      text: "三、收到和处理政府信息公开申请情况",
      depth: 2,
      position: { line: 4, column: 11 },
    });
    expect(texts[1]).toMatchObject({ text: "说明 & 注释", position: { line: 5, column: 4 } });
    expect(texts.some((t) => t.text.includes("年报") || t.text.includes("color") || t.text.includes("var s"))).toBe(
      false,
    );
    expect(texts.map((t) => t.text)).toContain("附表");
  });

  it("expands rowspan and colspan with anchor cells and copies", () => {
    const t = tables[0];
    expect(t?.rows.length).toBe(5);
    expect(t?.rows.every((r) => r.length === 9)).toBe(true);
    const note = t?.rows[0]?.[0];
    expect(note).toMatchObject({ rowSpan: 3, colSpan: 3, anchor: true, position: { line: 7, column: 33 } });
    const copy = t?.rows[2]?.[2];
    expect(copy).toMatchObject({ anchor: false, rowSpan: 3, colSpan: 3, text: note?.text, position: note?.position });
    expect(rowTexts(t, 1).slice(3, 5)).toEqual(["自然人", "法人或其他组织"]);
    expect(t?.rows[2]?.[3]).toMatchObject({ text: "自然人", anchor: false });
    expect(rowTexts(t, 2).slice(4)).toEqual(["商业\n企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]);
  });

  it("keeps 2019-style blank cells (&nbsp; and empty td) as empty text and the vertical rowspan label", () => {
    const t = tables[0];
    expect(rowTexts(t, 3)).toEqual([
      "三、本年度办理结果",
      "（一）予以公开",
      "（一）予以公开",
      "258",
      "12",
      "",
      "",
      "1",
      "1",
    ]);
    expect(t?.rows[3]?.[1]).toMatchObject({ colSpan: 2, anchor: true });
    expect(t?.rows[3]?.[2]).toMatchObject({ colSpan: 2, anchor: false });
    expect(rowTexts(t, 4)).toEqual(["三、本年度办理结果", "（二）部分公开", "（二）部分公开", "3", "", "", "", "", ""]);
    expect(t?.rows[4]?.[0]?.anchor).toBe(false);
    expect(t?.rows[4]?.[3]?.position).toMatchObject({ line: 11, column: 38 });
  });

  it("reads nested tables as their own tables, outer first", () => {
    expect(tables.length).toBe(3);
    expect(tables.map((t) => t.index)).toEqual([0, 1, 2]);
    expect(rowTexts(tables[1], 0)).toEqual(["外", "右"]);
    expect(rowTexts(tables[2], 0)).toEqual(["内"]);
    expect(tables[2]?.rows[0]?.[0]?.position.line).toBe(13);
    expectConsistentPositions(doc);
  });

  it("reads fragments without html/body and with unclosed cells", () => {
    const d = readHtml("<td>not in a table</td><table><tr><td>a<td>b<tr><td>c</table><p>end");
    const [t] = tablesOf(d);
    expect(t?.rows.map((r) => r.map((c) => c.text))).toEqual([["a", "b"], ["c"]]);
    expect(textsOf(d).map((b) => b.text)).toEqual(["not in a table", "end"]);
  });

  it("clamps huge spans and reports it", () => {
    const d = readHtml(`<table><tr><td colspan="5000">x</td></tr><tr><td>y</td></tr></table>`);
    const [t] = tablesOf(d);
    expect(t?.rows[0]?.length).toBe(MAX_SPAN);
    expect(d.diagnostics?.map((x) => x.code)).toEqual(["span-clamped"]);
    expect(d.diagnostics?.[0]?.source).toMatchObject({ line: 1, column: 31 });
  });

  it("reads on past elements nested more than 1,000 deep, reporting it once, the text after them kept", () => {
    // htmlparser2 grows its stack of open elements at the front: 50,000 nested <div>s took 2.2 s, now ≈ 30 ms.
    const depth = 3500;
    const html = `<p>前言</p>${"<div>".repeat(depth)}<table><tr><td>深处</td><td>7</td></tr></table>${"</div>".repeat(depth)}<p>结尾</p>`;
    const d = readHtml(html);
    expect(d.diagnostics?.map((x) => x.code)).toEqual(["html-nesting-too-deep"]);
    // Reading goes on after the 1,001st open <div> (`<p>前言</p>` is 9 characters): offset 9 + 1001 × 5.
    expect(d.diagnostics?.[0]?.source).toMatchObject({ line: 1, offset: 5014 });
    expect(textsOf(d).map((b) => b.text)).toEqual(["前言", "结尾"]);
    const [t] = tablesOf(d);
    expect(rowTexts(t, 0)).toEqual(["深处", "7"]);
    expectConsistentPositions(d);
  });

  it("does not read on from inside a <script> that opens past the depth limit (the rest of the page was lost)", () => {
    const html = `${"<div>".repeat(1000)}<script>var a = "<p>x</p>";</script><p>一、总体情况</p><table><tr><td>规章</td><td>3</td></tr></table>`;
    const d = readHtml(html);
    expect(textsOf(d).map((b) => b.text)).toEqual(["一、总体情况"]);
    expect(rowTexts(tablesOf(d)[0], 0)).toEqual(["规章", "3"]);
  });

  it("cuts tables beyond a million grid cells and reports it", () => {
    const rows = Array.from({ length: 1001 }, () => `<tr><td colspan="1000">z</td></tr>`).join("");
    const d = readHtml(`<table>${rows}</table>`);
    expect(d.diagnostics?.some((x) => x.code === "table-too-large")).toBe(true);
    const cells = tablesOf(d).reduce((n, t) => n + t.rows.reduce((m, r) => m + r.length, 0), 0);
    expect(cells).toBe(1_000_000);
  });
});

describe("html reader: entities", () => {
  it("decodes entities; a cell's offset points at its encoded source", () => {
    const text = "<table><tr><td>&amp;x</td><td>a&lt;b&gt;</td></tr></table>";
    const [t] = tablesOf(readHtml(text));
    expect(t?.rows[0]?.map((c) => c.text)).toEqual(["&x", "a<b>"]);
    expect(t?.rows[0]?.[0]?.position).toMatchObject({ line: 1, column: 16 });
    expect(text.slice(t?.rows[0]?.[0]?.position.offset)).toMatch(/^&amp;x/);
  });
});

describe("html reader: page furniture", () => {
  it("drops page-number paragraphs like those of converted PDFs", () => {
    const doc = readHtml("<p>正文</p><p>- 3 -</p><p>第 4 页</p><p>结语</p>");
    expect(textsOf(doc).map((t) => t.text)).toEqual(["正文", "结语"]);
  });
});
