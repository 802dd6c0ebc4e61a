/**
 * Layout tables (a page's content wrapped in a `<table>`) are read as flow; data tables stay grids. The pages
 * below are written for these tests; expected texts and positions are read off them by hand.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Document } from "../../src/document.js";
import { readHtml } from "../../src/shapes/html.js";
import { LAYOUT_EVIDENCE } from "../../src/shapes/html-layout.js";
import { readDocument } from "../../src/shapes/index.js";
import { recordedOffset } from "../../src/shapes/offsets.js";
import { expectConsistentPositions, rowTexts, tablesOf, textsOf } from "./helpers.js";

/** The document's blocks as short strings in reading order: `T:text`, `H2:text`, `#0 first-cell`. */
function outline(doc: Document): string[] {
  return doc.blocks.map((b) =>
    b.kind === "text" ? `${b.depth ? `H${b.depth}` : "T"}:${b.text}` : `#${b.index} ${b.rows[0]?.[0]?.text ?? ""}`,
  );
}

/** Every text block's characters sit at their recorded (or counted) offsets in the input. */
function expectTextsAtOffsets(doc: Document): void {
  for (const block of textsOf(doc)) {
    for (let i = 0; i < block.text.length; i++) {
      const ch = block.text.charAt(i);
      if (ch === " " || ch === "\n") continue;
      const at = recordedOffset(block.position, i) ?? block.position.offset + i;
      expect(doc.text.charAt(at)).toBe(ch);
    }
  }
}

const DATA_TABLE = [
  '<table border="1">',
  '<tr><td rowspan="2" colspan="2"><p>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</p></td><td><p>本年新<br>制作数量</p></td></tr>',
  '<tr><td><p style="text-align:center"><span>3</span></p></td></tr>',
  '<tr><td colspan="2"><p>2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请</p></td><td><p>0</p></td></tr>',
  "</table>",
].join("\n");

describe("layout detection", () => {
  it("reads a menu + content layout table as flow, with its nested data tables in document order", () => {
    const page = [
      '<body><table class="layout"><tr><td class="left"><ul><li><a href="#">机构概况</a></li><li>政策文件</li></ul></td>',
      '<td class="content"><div id="zoom"><h1>某局2019年政府信息公开工作年度报告</h1>',
      "<p><strong>一、总体情况</strong></p>",
      "<p>2019年，我局主动公开政府信息120条。</p>",
      "<p><strong>二、主动公开政府信息情况</strong></p>",
      '<table border="1"><tr><td><p>规章</p></td><td><p>0</p></td></tr></table>',
      "<p>三、收到和处理政府信息公开申请情况</p>",
      DATA_TABLE,
      "<p>六、其他需要报告的事项</p><p>无。</p>",
      "</div></td></tr></table><div>【打印本页】</div></body>",
    ].join("\n");
    const doc = readHtml(page);
    expect(outline(doc)).toEqual([
      "T:机构概况",
      "T:政策文件",
      "H1:某局2019年政府信息公开工作年度报告",
      "T:一、总体情况",
      "T:2019年，我局主动公开政府信息120条。",
      "T:二、主动公开政府信息情况",
      "#0 规章",
      "T:三、收到和处理政府信息公开申请情况",
      "#1 （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
      "T:六、其他需要报告的事项",
      "T:无。",
      "T:【打印本页】",
    ]);
    const title = textsOf(doc)[2];
    expect(title?.position).toMatchObject({ line: 2, column: 40 });
    expect(rowTexts(tablesOf(doc)[0], 0)).toEqual(["规章", "0"]);
    expect(tablesOf(doc)[1]?.rows[0]?.[0]).toMatchObject({ rowSpan: 2, colSpan: 2, position: { line: 9, column: 36 } });
    expectConsistentPositions(doc);
    expectTextsAtOffsets(doc);
  });

  it("keeps data tables with <p>/<span>/<br> cells, long labels and the 勾稽 note cell as tables", () => {
    const doc = readHtml(`<p>三、收到和处理政府信息公开申请情况</p>\n${DATA_TABLE}`);
    expect(outline(doc)).toEqual([
      "T:三、收到和处理政府信息公开申请情况",
      "#0 （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
    ]);
    const table = tablesOf(doc)[0];
    expect(rowTexts(table, 0)).toEqual([
      "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
      "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
      "本年新\n制作数量",
    ]);
    expect(rowTexts(table, 2)[2]).toBe("0");
    expect(rowTexts(table, 2)[0]).toBe("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请");
  });

  it("keeps a header cell of three short paragraphs and a cell of two long paragraphs as table cells", () => {
    const long =
      "本机关依法受理的政府信息公开申请，均在法定期限内答复，未发生逾期答复的情况，答复内容符合规定。".repeat(2);
    const doc = readHtml(
      `<table><tr><td><p>本年新</p><p>制作</p><p>数量</p></td><td><p>${long}</p><p>${long}</p></td></tr><tr><td>1</td><td>2</td></tr></table>`,
    );
    expect(outline(doc)).toEqual(["#0 本年新\n\n制作\n\n数量"]);
    expect(rowTexts(tablesOf(doc)[0], 0)[1]).toBe(`${long}\n\n${long}`);
    expect(rowTexts(tablesOf(doc)[0], 1)).toEqual(["1", "2"]);
  });

  it("reads a cell of three paragraphs as prose only from the character bound on", () => {
    const { proseParagraphs, proseChars } = LAYOUT_EVIDENCE;
    expect(proseParagraphs).toBe(3);
    const page = (chars: number): string => {
      const first = "甲".repeat(chars - 2);
      return `<table><tr><td><p>${first}</p><p>乙</p><p>丙</p></td></tr></table>`;
    };
    expect(outline(readHtml(page(proseChars - 1)))).toEqual([`#0 ${"甲".repeat(proseChars - 3)}\n\n乙\n\n丙`]);
    expect(outline(readHtml(page(proseChars)))).toEqual([`T:${"甲".repeat(proseChars - 2)}`, "T:乙", "T:丙"]);
  });

  it("keeps a notes row of long paragraphs under the value cells of a statistics table in the table", () => {
    const notes =
      "<p>注：1.本表统计时限为2020年1月1日至2020年12月31日，数据来源于本机关政府信息公开工作台账。</p>" +
      "<p>2.申请人情况按提出申请时的身份统计，同一申请人就同一事项多次提出申请的，按实际收到的申请件数分别计数。</p><p>3.本表金额单位为万元。</p>";
    const rows = (values: string[]) =>
      `<tr><td>信息内容</td><td>数量</td></tr>${values.map((v) => `<tr><td>规章</td><td>${v}</td></tr>`).join("")}`;
    const statistics = readHtml(
      `<table>${rows(["12", "-1", "251.3", "0"])}<tr><td colspan="2">${notes}</td></tr></table>`,
    );
    expect(tablesOf(statistics)).toHaveLength(1);
    expect(textsOf(statistics)).toEqual([]);
    expect(rowTexts(tablesOf(statistics)[0], 5)[0]).toMatch(/^注：1\.本表统计时限.*\n\n3\.本表金额单位为万元。$/s);
    expect(rowTexts(tablesOf(statistics)[0], 3)).toEqual(["规章", "251.3"]);
    // Below LAYOUT_EVIDENCE.dataValueCells (4) value cells, the same notes cell is prose.
    expect(LAYOUT_EVIDENCE.dataValueCells).toBe(4);
    const few = readHtml(`<table>${rows(["12", "-1", "251.3"])}<tr><td colspan="2">${notes}</td></tr></table>`);
    expect(tablesOf(few)).toEqual([]);
    expect(textsOf(few).map((t) => t.text.slice(0, 4))).toEqual([
      "信息内容",
      "数量",
      "规章",
      "12",
      "规章",
      "-1",
      "规章",
      "251.",
      "注：1.",
      "2.申请",
      "3.本表",
    ]);
  });

  it("keeps a data table whose cell holds a nested table (beside one label) as a table, outer first", () => {
    const doc = readHtml(
      [
        "<table><tr><td><p>项目</p><table><tr><td>上年</td><td>本年</td></tr></table></td><td>合计</td></tr>",
        "<tr><td>规章</td><td>5</td></tr></table>",
      ].join("\n"),
    );
    expect(outline(doc)).toEqual(["#0 项目", "#1 上年"]);
    expect(rowTexts(tablesOf(doc)[0], 0)).toEqual(["项目", "合计"]);
    expect(rowTexts(tablesOf(doc)[0], 1)).toEqual(["规章", "5"]);
    expect(rowTexts(tablesOf(doc)[1], 0)).toEqual(["上年", "本年"]);
    expectConsistentPositions(doc);
  });

  it("reads a cell holding a nested table between paragraphs of text as layout", () => {
    const doc = readHtml(
      "<table><tr><td><p>二、主动公开政府信息情况</p><table><tr><td>规章</td><td>0</td></tr></table><p>三、收到和处理政府信息公开申请情况</p></td></tr></table>",
    );
    expect(outline(doc)).toEqual(["T:二、主动公开政府信息情况", "#0 规章", "T:三、收到和处理政府信息公开申请情况"]);
    expectTextsAtOffsets(doc);
  });

  it("reads nested layout tables (a layout table inside a layout table) as flow", () => {
    const page = [
      '<table class="frame"><tr><td class="banner">某区人民政府门户网站</td></tr>',
      '<tr><td><table class="layout"><tr><td class="nav">首页</td><td class="main">',
      "<h2>某局2020年政府信息公开工作年度报告</h2><p>一、总体情况</p>",
      "<table><tr><td>信息内容</td><td>本年新制作数量</td></tr><tr><td>规章</td><td>2</td></tr></table>",
      "<p>六、其他需要报告的事项</p>",
      "</td></tr></table></td></tr></table>",
    ].join("\n");
    const doc = readHtml(page);
    expect(outline(doc)).toEqual([
      "T:某区人民政府门户网站",
      "T:首页",
      "H2:某局2020年政府信息公开工作年度报告",
      "T:一、总体情况",
      "#0 信息内容",
      "T:六、其他需要报告的事项",
    ]);
    expect(rowTexts(tablesOf(doc)[0], 1)).toEqual(["规章", "2"]);
    expect(textsOf(doc)[2]?.position).toMatchObject({ line: 3, column: 5 });
    expectConsistentPositions(doc);
    expectTextsAtOffsets(doc);
  });

  it("reads a layout table without nested tables (headings and paragraphs) as text blocks", () => {
    const page = [
      "<table><tr><td>",
      "<h1>某局2018年政府信息公开工作年度报告</h1>",
      "<h3>一、概述</h3>",
      "<p>本年度&nbsp;我局认真贯彻落实条例。</p>",
      "第二段<br>第三段",
      "</td></tr></table>",
    ].join("\n");
    const doc = readHtml(page);
    expect(outline(doc)).toEqual([
      "H1:某局2018年政府信息公开工作年度报告",
      "H3:一、概述",
      "T:本年度 我局认真贯彻落实条例。",
      "T:第二段",
      "T:第三段",
    ]);
    expect(textsOf(doc)[2]?.position).toMatchObject({ line: 4, column: 4 });
    expectTextsAtOffsets(doc);
  });

  it("keeps a data table that follows a layout table, and one before it, as tables", () => {
    const doc = readHtml(
      "<table><tr><td>前</td><td>1</td></tr></table><table><tr><td><h2>标题</h2></td></tr></table><table><tr><td>后</td><td>2</td></tr></table>",
    );
    expect(outline(doc)).toEqual(["#0 前", "H2:标题", "#1 后"]);
  });

  it("reads a layout table in a raw HTML block of Markdown as flow too", () => {
    const text =
      "# 年度报告\n\n<table><tr><td>导航</td><td><h2>一、总体情况</h2><p>正文。</p><table><tr><td>规章</td><td>3</td></tr></table></td></tr></table>\n\n后文\n";
    const doc = readDocument(text, "markdown");
    expect(outline(doc)).toEqual(["H1:年度报告", "T:导航", "H2:一、总体情况", "T:正文。", "#0 规章", "T:后文"]);
    expect(textsOf(doc)[2]?.position).toMatchObject({ line: 3, column: 31, offset: 38 });
    expectTextsAtOffsets(doc);
  });

  it("wrapping any page of data tables in a layout table keeps its tables and texts, shifted by the prefix", () => {
    const cellText = fc.constantFrom(
      "规章",
      "12",
      "&nbsp;",
      "",
      "本年新<br>制作数量",
      "<p>3</p>",
      "<p><span>0</span></p>",
    );
    const row = fc
      .array(cellText, { minLength: 1, maxLength: 4 })
      .map((cells) => cells.map((c) => `<td>${c}</td>`).join(""));
    const table = fc
      .array(row, { minLength: 1, maxLength: 4 })
      .map((rows) => `<table><tr>${rows.join("</tr><tr>")}</tr></table>`);
    const para = fc.constantFrom("<p>一、总体情况</p>", "<p>正文 &amp; 说明</p>", "<div>无。</div>");
    const body = fc.array(fc.oneof(table, para), { minLength: 1, maxLength: 6 }).map((parts) => parts.join("\n"));
    fc.assert(
      fc.property(body, (inner) => {
        const prefix = '<table class="layout"><tr><td>导航</td><td><h1>年度报告</h1>';
        const plain = readHtml(`<h1>年度报告</h1>${inner}`);
        const wrapped = readHtml(`${prefix}${inner}</td></tr></table>`);
        const shift = prefix.length - "<h1>年度报告</h1>".length;
        expect(outline(wrapped)).toEqual(["T:导航", ...outline(plain)]);
        const cells = (doc: Document) =>
          tablesOf(doc).flatMap((t) => t.rows.flatMap((r) => r.map((c) => [c.text, c.position.offset] as const)));
        expect(cells(wrapped)).toEqual(cells(plain).map(([text, offset]) => [text, offset + shift]));
        expectConsistentPositions(wrapped);
      }),
      { numRuns: 200 },
    );
  });

  it("stays linear and never throws on 10,000 nested tables with a heading at the bottom", () => {
    const n = 10_000;
    const deep = `${"<table><tr><td>".repeat(n)}<h1>底</h1>${"</td></tr></table>".repeat(n)}`;
    const started = performance.now();
    const doc = readHtml(deep);
    const elapsed = performance.now() - started;
    expect(outline(doc)).toEqual(["H1:底"]);
    // Loose bound (shared machine): each held event is replayed once; a quadratic replay would take minutes here.
    expect(elapsed).toBeLessThan(10_000);
    const flat = readHtml(`${"<table><tr><td>".repeat(n)}底${"</td></tr></table>".repeat(n)}`);
    expect(tablesOf(flat).length).toBe(n);
    expect(rowTexts(tablesOf(flat)[n - 1], 0)).toEqual(["底"]);
  });
});
