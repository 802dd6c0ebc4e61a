/** parseReport on random input: bytes, strings, and text made of real report pieces in every shape. */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SHAPES } from "../../src/schema/common.js";
import { parseAndCheck, prototypeSnapshot } from "./helpers.js";

let before = "";
beforeAll(() => {
  before = prototypeSnapshot();
});
afterAll(() => {
  expect(prototypeSnapshot()).toBe(before);
});

/** Pieces of real reports: labels of every table, numbers, blanks and marks, headings, separators, markup. */
const PIECES = [
  "政府信息公开工作年度报告",
  "2024年",
  "一、总体情况",
  "二、主动公开政府信息情况",
  "三、收到和处理政府信息公开申请情况",
  "四、政府信息公开行政复议、行政诉讼情况",
  "（一）予以公开",
  "（三）不予公开",
  "1.属于国家秘密",
  "自然人",
  "法人或其他组织",
  "商业企业",
  "总计",
  "本年新收政府信息公开申请数量",
  "上年结转政府信息公开申请数量",
  "行政复议",
  "行政诉讼",
  "结果维持",
  "尚未审结",
  "规章",
  "行政许可",
  "本年收费金额（单位：万元）",
  "信息内容",
  "本年制发件数",
  "0",
  "1",
  "95",
  "7730.28",
  "1,234",
  "251000元",
  "-",
  "/",
  "无",
  "",
  " ",
  "\u3000",
  "&nbsp;",
  "- 3 -",
  "\f",
  "__proto__",
  "constructor",
  "prototype",
  "hasOwnProperty",
] as const;

const SEPARATORS = ["|", "\t", "\n", " ", "  ", "\n\n", "||", "\r\n"] as const;
const MARKUP = [
  "<table>",
  "</table>",
  "<tr>",
  "</tr>",
  "<td>",
  "</td>",
  '<td rowspan="2">',
  '<td colspan="3">',
  "<th>",
  "<p>",
  "<h2>",
  "</h2>",
  "<br>",
  "| --- |",
  "# ",
  "## ",
  "> ",
  "- ",
] as const;

/** Text assembled from report pieces, separators and markup, in random order. */
const reportish = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.constantFrom(...SEPARATORS), fc.constantFrom(...MARKUP)), {
    maxLength: 400,
  })
  .map((parts) => parts.join(""));

const ROW_LABELS = [
  "自然人",
  "总计",
  "（一）予以公开",
  "1.属于国家秘密",
  "2.其他法律行政法规禁止公开",
  "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
  "一、本年新收政府信息公开申请数量",
  "二、上年结转政府信息公开申请数量",
  "四、结转下年度继续办理",
  "规章",
  "行政规范性文件",
  "行政许可",
  "行政处罚",
  "结果维持",
  "__proto__",
  "constructor",
] as const;
const VALUES = fc.oneof(
  fc.nat(100_000).map(String),
  fc.constantFrom("", "-", "0", "12.5", "1,234", "3元", "无", "&nbsp;"),
);
const HEAD = "某某区人民政府2024年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n";

/** Table rows with real labels and values, written as pipe, tab, one-cell-per-line or HTML text. */
const tableish = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom(...ROW_LABELS), fc.array(VALUES, { minLength: 1, maxLength: 9 })), {
      minLength: 1,
      maxLength: 40,
    }),
    fc.constantFrom("pipe", "tab", "lines", "html"),
  )
  .map(([rows, shape]) => {
    const cells = rows.map(([label, values]) => [label, ...values]);
    if (shape === "pipe") return HEAD + cells.map((r) => `|${r.join("|")}|`).join("\n");
    if (shape === "tab") return HEAD + cells.map((r) => r.join("\t")).join("\n");
    if (shape === "lines") return HEAD + cells.map((r) => r.join("\n")).join("\n\n");
    const tr = cells.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("");
    return `<html><body><h1>${HEAD}</h1><table>${tr}</table></body></html>`;
  });

describe("parseReport on random input never throws, invents nothing and leaves the prototypes alone", () => {
  it("300 random byte arrays (0–4096 bytes)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => {
        parseAndCheck(bytes);
      }),
      { numRuns: 300 },
    );
  });

  it("200 random byte arrays with a UTF-8, UTF-16 or GBK-looking start", () => {
    const prefix = fc.constantFrom(
      [0xef, 0xbb, 0xbf],
      [0xff, 0xfe],
      [0xfe, 0xff],
      [0xd5, 0xfe, 0xb8, 0xae],
      [0x3c, 0x6d, 0x65, 0x74, 0x61, 0x20, 0x63, 0x68, 0x61, 0x72, 0x73, 0x65, 0x74, 0x3d, 0x67, 0x62, 0x6b, 0x3e],
    );
    fc.assert(
      fc.property(prefix, fc.uint8Array({ maxLength: 2048 }), (head, tail) => {
        parseAndCheck(Uint8Array.from([...head, ...tail]));
      }),
      { numRuns: 200 },
    );
  });

  it("300 random Unicode strings (0–2000 code points)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 2000 }), (text) => {
        parseAndCheck(text);
      }),
      { numRuns: 300 },
    );
  });

  it("300 random statistics tables (real labels, random values) in pipe, tab, lines and html", () => {
    let withCells = 0;
    fc.assert(
      fc.property(tableish, (text) => {
        const { report } = parseAndCheck(text);
        if (Object.keys(report.cells).length + report.extraRows.length > 0) withCells++;
      }),
      { numRuns: 300 },
    );
    // The raw-at-offset check above is not vacuous: most of these texts yield cells.
    expect(withCells).toBeGreaterThan(100);
  });

  it("300 texts made of report pieces, detected shape", () => {
    fc.assert(
      fc.property(reportish, (text) => {
        parseAndCheck(text);
      }),
      { numRuns: 300 },
    );
  });

  it("300 texts made of report pieces, each forced through one of the 5 shape readers", () => {
    fc.assert(
      fc.property(reportish, fc.constantFrom(...SHAPES), (text, shape) => {
        parseAndCheck(text, { shape });
      }),
      { numRuns: 300 },
    );
  });
});
