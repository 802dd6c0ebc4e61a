// Review RV27 of this session's OCR and render changes: hostile inputs the first versions got wrong.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import { renderReport } from "../../src/render/index.js";
import { SHAPES } from "../../src/schema/common.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8");
const TABLE_2 = [
  "某县卫健委2023年政府信息公开工作年度报告",
  "",
  "## 二、主动公开政府信息情况",
  "",
  "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |",
  "| --- | --- | --- | --- |",
];

describe("short rows: a number grouped by thousands is one value", () => {
  it("| 规章 | 1 204 | 5 | keeps 1204 (not split into 1 and 204)", () => {
    const { report, diagnostics } = parseReport([...TABLE_2, "| 规章 | 1 204 | 5 |"].join("\n"));
    expect(report.cells["active_disclosure.regulations.issued"]?.value).toBe(1204);
    expect(report.cells["active_disclosure.regulations.repealed"]?.value).toBe(5);
    expect(diagnostics.map((d) => d.code)).not.toContain("cell-values-split");
  });
});

describe("hOCR", () => {
  const hocr = fixture("ocr/025-page3.tesseract.hocr");
  const cells = (text: string) => Object.entries(parseReport(text).report.cells).map(([id, c]) => [id, c.raw]);

  it("reads words whose text tesseract wrapped in <strong>/<em> or split into ocrx_cinfo character boxes", () => {
    const plain = cells(hocr);
    expect(plain.length).toBe(9);
    const word = /(<span class='ocrx_word'[^>]*>)([^<]*)(<\/span>)/g;
    const strong = hocr.replace(word, "$1<strong>$2</strong>$3");
    const boxes = hocr.replace(
      word,
      (_, open: string, text: string, close: string) =>
        `${open}${[...text].map((ch) => `<span class='ocrx_cinfo' title='x_bboxes 1 2 3 4'>${ch}</span>`).join("")}${close}`,
    );
    // Before: 3 cells for <strong> (the others dropped without a diagnostic); not-a-report for the character boxes.
    expect(cells(strong)).toEqual(plain);
    expect(cells(boxes)).toEqual(plain);
  });

  it("a web page whose text names hOCR's classes is read as the web page it is", () => {
    const base = parseReport(fixture("corpus/025_2024_huaianshi.txt")).report;
    const html = renderReport(base, "html").replace(
      "</body>",
      `<p>识别结果中 class="ocr_page" 与 class="ocrx_word" 的含义</p></body>`,
    );
    // Before: read as hOCR, 0 cells and not-a-report.
    expect(Object.keys(parseReport(html).report.cells)).toHaveLength(200);
  });
});

describe("PDF text: a prose line ending in a number and a look-alike stays prose", () => {
  it("…其中图解 12 I / 类解读 5 lo stay in the section's text", () => {
    const text = [
      "某县卫健委2023年政府信息公开工作年度报告",
      "一、总体情况",
      "全年通过政府网站平台主动公开政府信息 1136 条，其中图解 12 I",
      "类解读 5 lo",
      "二、主动公开政府信息情况",
    ].join("\n");
    expect(parseReport(text).report.sections[0]?.text).toContain("其中图解 12 I\n类解读 5 lo");
  });
});

describe("renderReport places the signature where the report printed it against its annexes", () => {
  it.each(SHAPES)("seed 003 through %s keeps its report date (the signature before its statistics table)", (shape) => {
    const report = parseReport(fixture("seeds/003_80aeb6f3312619ab.txt")).report;
    expect(report.meta.reportDate).toBe("2014-01-31");
    // Before: in csv the signature, written after the table, was taken for one-cell rows of it: the date was lost.
    expect(parseReport(renderReport(report, shape)).report.meta.reportDate).toBe("2014-01-31");
  });
});
