/**
 * A zero-width character inside a number (`3\u200b119`: U+200B–U+200D, U+2060, U+FEFF, left by a PDF
 * extractor or an editor) joins its digits: the value is the number, the raw text keeps the character, in
 * every shape (PDF text, pipe, tab, lines, Markdown, HTML).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeInput } from "../../src/input/decode.js";
import { foldText } from "../../src/input/fold.js";
import { parseReport } from "../../src/parse.js";
import { readCellValue } from "../../src/recognize/cell-value.js";
import { renderReport } from "../../src/render/index.js";
import type { Cell } from "../../src/schema/common.js";
import { splitTrailingNumbers } from "../../src/shapes/pdf-trailing-numbers.js";

const read = (file: string) => readFileSync(new URL(`../fixtures/${file}`, import.meta.url), "utf8");
const values = (cells: Record<string, Cell>): Record<string, string> =>
  Object.fromEntries(Object.entries(cells).map(([id, c]) => [id, `${c.status}:${c.value}`]));
const ZERO_WIDTH = [
  ["U+200B", "\u200b"],
  ["U+200C", "\u200c"],
  ["U+200D", "\u200d"],
  ["U+2060", "\u2060"],
  ["U+FEFF", "\ufeff"],
] as const;

describe("the fold keeps a zero-width character between two digits", () => {
  it("keeps U+200B–U+200D and U+2060 there, U+FEFF as U+2060; elsewhere each is a space", () => {
    expect(foldText("31\u200b19 30\u200c01 30\u200d01 1\u2060362 3\ufeff119")).toBe(
      "31\u200b19 30\u200c01 30\u200d01 1\u2060362 3\u2060119",
    );
    // A run of them between digits, full-width digits too; before or after a non-digit: a space.
    expect(foldText("5\u200c\u200b0 ３\u200b１ 行政\u200b许可 12\u200b 年\u200b5 \u200b7")).toBe(
      "5\u200c\u200b0 ３\u200b１ 行政 许可 12  年 5  7",
    );
    // A soft hyphen between digits is no zero-width character: a space, as before.
    expect(foldText("31\u00ad19")).toBe("31 19");
  });

  it("decodes a string and its UTF-8 bytes alike, the length kept", () => {
    const input = "规章\t3\ufeff119\n";
    expect(decodeInput(input)).toEqual({ ok: true, text: "规章\t3\u2060119\n", encoding: "string" });
    expect(decodeInput(new TextEncoder().encode(input))).toEqual({
      ok: true,
      text: "规章\t3\u2060119\n",
      encoding: "utf-8",
    });
  });
});

describe("readers of a number join its digits across a kept zero-width character", () => {
  it.each(ZERO_WIDTH.filter(([name]) => name !== "U+FEFF"))("the cell reader reads 31%s19 as 3119", (_, zw) => {
    expect(readCellValue(`31${zw}19`)).toEqual({ value: 3119, status: "number" });
    expect(readCellValue(`1${zw}362件`)).toEqual({ value: 1362, status: "number", unit: "件" });
    // Two numbers side by side stay text: the zero-width character joins digits, never spaced numbers.
    expect(readCellValue(`31${zw}19 7 5`)).toEqual({ value: null, status: "text" });
  });

  it("the PDF line splitter takes 3\\u200b119 for one number", () => {
    const line = { text: "规章 3\u200b119 5", start: 10, number: 1 };
    const split = splitTrailingNumbers(line);
    expect(split.label).toEqual({ text: "规章", offset: 10 });
    expect(split.numbers).toEqual([
      { text: "3\u200b119", offset: 13 },
      { text: "5", offset: 19 },
    ]);
    // Not between digits (only a folded-away character can be there): no number.
    expect(splitTrailingNumbers({ text: "规章 \u200b5", start: 0, number: 1 }).numbers).toEqual([]);
  });
});

describe("a report with zero-width characters inside its Table 三 numbers", () => {
  const text = read("corpus/025_2024_huaianshi.txt");
  const clean = parseReport(text).report;

  it.each(ZERO_WIDTH)("reads the PDF text of corpus 025 with %s in 3001, 3119 and 1362 unshifted", (_, zw) => {
    const noisy = text
      .replace(" 3001 53 0 0 61 4 3119", ` 30${zw}01 53 0 0 61 4 31${zw}19`)
      .replace("1288 21 0 0 50 3 1362", `1${zw}288 21 0 0 50 3 1${zw}362`);
    const { report } = parseReport(noisy);
    expect(report.cells["applications.new.natural_person"]?.value).toBe(3001);
    expect(report.cells["applications.new.commercial_enterprise"]?.value).toBe(53);
    expect(report.cells["applications.new.other_org"]?.value).toBe(4);
    expect(report.cells["applications.new.total"]?.value).toBe(3119);
    expect(report.cells["applications.results.granted.natural_person"]?.value).toBe(1288);
    expect(report.cells["applications.results.granted.other_org"]?.value).toBe(3);
    expect(report.cells["applications.results.granted.total"]?.value).toBe(1362);
    // The raw text keeps the character (U+FEFF as the word joiner U+2060).
    const kept = zw === "\ufeff" ? "\u2060" : zw;
    expect(report.cells["applications.new.total"]?.raw).toBe(`31${kept}19`);
    expect(values(report.cells)).toEqual(values(clean.cells));
  });

  it.each(["pipe", "tab", "lines", "markdown", "html"] as const)(
    "reads corpus 025 rendered as %s with U+200B and U+FEFF after the first digit of every number",
    (shape) => {
      const rendered = renderReport(clean, shape);
      const reference = values(parseReport(rendered).report.cells);
      expect(reference["applications.new.total"]).toBe("number:3119");
      for (const zw of ["\u200b", "\ufeff"]) {
        const noisy = rendered.replace(/(?<![\d.,])(\d)(\d+)(?![\d.,])/g, `$1${zw}$2`);
        expect(values(parseReport(noisy).report.cells)).toEqual(reference);
      }
    },
  );

  it("reads layout-preserving PDF text with zero-width characters in its numbers: no column shifts", () => {
    // A zero-width character takes no column of the printed line: the blank columns stay where they were.
    const layout = read("messy/red-team/pdftotext_layout_blanks_2023.txt");
    const reference = parseReport(layout).report;
    expect(reference.cells["applications.results.withheld.security_stability.legal_service_org"]?.value).toBe(1);
    const noisy = layout.replace(/(?<![\d.,])(\d)(\d+)(?![\d.,])/g, "$1\u200b$2");
    expect(values(parseReport(noisy).report.cells)).toEqual(values(reference.cells));
  });
});
