/**
 * pdftotext's word-box outputs (R23 D15, D16): `-tsv` was read as a tab report (171 cells of coordinates)
 * and `-bbox-layout` XHTML as one text block (0 cells, nothing said). Both are read as their words' lines.
 */
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/index.js";
import { detectShape } from "../../src/input/detect.js";
import { readHtml } from "../../src/shapes/html.js";
import { recordedOffset } from "../../src/shapes/offsets.js";
import { isWordBoxHtml, isWordTsv, readWordBoxes } from "../../src/shapes/word-boxes.js";
import { fixture, textsOf } from "./helpers.js";

const TABLE_4 = ["review", "litigation_direct", "litigation_after_review"].flatMap((block) =>
  ["upheld", "corrected", "other", "pending", "total"].map((k) => `review_litigation.${block}.${k}`),
);

/** Table 四's 15 values of a parse. */
function table4(text: string): unknown[] {
  const { report } = parseReport(text);
  return TABLE_4.map((id) => (report.cells as Record<string, { value?: unknown }>)[id]?.value);
}

describe("pdftotext -tsv (pages 1, 4 and 5 of 2024 洪泽区)", () => {
  const text = fixture("messy/r23/pdftotext-tsv-pages-1-4-5.txt");

  it("is told by its header and read as the words' lines, no coordinate among the values", () => {
    expect(isWordTsv(text)).toBe(true);
    expect(detectShape(text)).toBe("tab");
    // page 4, last line of Table 四's words: 1 1 0 0 2 1 0 0 0 1 2 0 1 0 3
    expect(table4(text)).toEqual([1, 1, 0, 0, 2, 1, 0, 0, 0, 1, 2, 0, 1, 0, 3]);
    const { report } = parseReport(text);
    expect(report.meta.title).toBe("淮安市洪泽区人民政府2024 年政府信息公开工作年度报告");
    expect(report.meta.year).toBe(2024);
  });

  it("points each word's characters at the word in the input", () => {
    const doc = readWordBoxes(text);
    const heading = "四、政府信息公开行政复议、行政诉讼情况";
    const block = doc && textsOf(doc).find((t) => t.text === heading);
    // line 114: 5 4 6 0 0 0 33.75 99.30 342.00 46.80 100 四、政府信息公开行政复议、行政诉讼情况
    const row = `5\t4\t6\t0\t0\t0\t33.75\t99.30\t342.00\t46.80\t100\t${heading}`;
    expect(block?.position).toMatchObject({ line: 114, column: row.length - heading.length + 1 });
    expect(block && recordedOffset(block.position, 3)).toBe(text.indexOf(row) + row.length - heading.length + 3);
  });
});

describe("pdftotext -bbox-layout XHTML (pages 4 and 5 of 2024 洪泽区)", () => {
  const text = fixture("messy/r23/pdftotext-bbox-layout-pages-4-5.html");

  it("is read by the HTML reader as its <line>s of <word>s", () => {
    expect(isWordBoxHtml(text)).toBe(true);
    expect(detectShape(text)).toBe("html");
    expect(table4(text)).toEqual([1, 1, 0, 0, 2, 1, 0, 0, 0, 1, 2, 0, 1, 0, 3]);
    const heading = "四、政府信息公开行政复议、行政诉讼情况";
    const block = textsOf(readHtml(text)).find((t) => t.text === heading);
    expect(block?.position).toMatchObject({ line: 99, offset: text.indexOf(`>${heading}</word>`) + 1 });
  });

  it("decodes the references in a word, each character at what it was written as", () => {
    const page =
      '<doc>\n<page width="1" height="1">\n<line><word xMin="1" yMin="1" xMax="2" yMax="2">A&amp;B</word></line>\n</page>\n</doc>';
    const doc = readWordBoxes(page);
    const block = doc && textsOf(doc)[0];
    expect(block?.text).toBe("A&B");
    expect(block && [0, 1, 2].map((i) => recordedOffset(block.position, i))).toEqual([
      page.indexOf(">A&amp;") + 1,
      page.indexOf("&amp;"),
      page.indexOf("B</word>"),
    ]);
  });

  it("leaves an ordinary page and a tab report to their readers", () => {
    expect(readWordBoxes("<html><body><p>level</p></body></html>")).toBeUndefined();
    expect(readWordBoxes("项目\t单位\t数量\n规章\t件\t1\n")).toBeUndefined();
  });
});
