/**
 * Page numbers inside a table of PDF text (a table split across pages, D13 "page furniture (“- 3 -”) inside
 * tables"): never a value, never a break in the row. The two-sided forms (`—4—`, `— 4 —`, `-4-`), `第4页`,
 * `第4页 共12页` and `4/12` are page furniture wherever they stand; a one-sided one (`—4`, `- 4`) only at a
 * page break (a form feed starting it or the next line). A hyphen-minus against its digits (`-3`, `－3`) is a
 * value everywhere (a 增减 column), as is a spaced one beside a line that is one number (review RV22).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import type { Cell } from "../../src/schema/common.js";
import { isPageNumberAtBreak } from "../../src/shapes/source-lines.js";

const text = readFileSync(new URL("../fixtures/corpus/025_2024_huaianshi.txt", import.meta.url), "utf8");
const values = (cells: Record<string, Cell>): Record<string, string> =>
  Object.fromEntries(Object.entries(cells).map(([id, c]) => [id, `${c.status}:${c.value}`]));
const clean = parseReport(text).report;
/** Corpus 025's row （二）部分公开 wraps its label over two lines before its values 447 7 0 0 0 0 454. */
const WRAPPED = "（二）部分公开（区分处理的，只计这一情\n形，不计其他情形）\n447 7 0 0 0 0 454\n";
/** The same row with `page` between the two lines of its label. */
const split = (page: string) => text.replace(WRAPPED, WRAPPED.replace("情\n形", `情\n${page}\n形`));

describe("isPageNumberAtBreak", () => {
  it("takes a one-sided page number at a form feed (its own line's or the next one's)", () => {
    for (const line of ["\f—4", "\f- 4", "\f－ ４", "\f4—", "\f4 -", "  \f —12"]) {
      expect(isPageNumberAtBreak(line, line.search(/[^\s]/), "next"), JSON.stringify(line)).toBe(true);
    }
    expect(isPageNumberAtBreak("—4", 0, "\f形，不计")).toBe(true);
    expect(isPageNumberAtBreak("—4", 0, "  \f形")).toBe(true);
  });

  it("leaves it without a page break, and anything else", () => {
    expect(isPageNumberAtBreak("—4", 0, "形，不计")).toBe(false);
    expect(isPageNumberAtBreak("-3", 0, undefined)).toBe(false);
    for (const line of ["\f4", "\f—4—", "\f-", "\f—12345", "\f—4 5", "\f第4页", "\f-4", "\f－４", "\f4-"]) {
      expect(isPageNumberAtBreak(line, 1, "next"), JSON.stringify(line)).toBe(false);
    }
  });
});

describe("a negative value at a page break in a table printed one cell per line (review RV22)", () => {
  it("-3 before a break, and - 3 beside a value line, are values", () => {
    expect(isPageNumberAtBreak("-3", 0, "\f+2")).toBe(false);
    expect(isPageNumberAtBreak("-1", 0, "\f第二十条第（九）项", "本年增/减")).toBe(false);
    expect(isPageNumberAtBreak("- 3", 0, "\f+2", "本年增/减")).toBe(false);
    expect(isPageNumberAtBreak("- 3", 0, "\f第二十条", "89")).toBe(false);
    expect(isPageNumberAtBreak("- 3", 0, "\f第二十条", "本年增/减")).toBe(true);
  });

  it("a 2019 Table 二 printed one cell per line keeps its -3 and -1 at page breaks", () => {
    const file = readFileSync(
      new URL("../fixtures/messy/red-team/r10-pymupdf-column-major-t2-2019.txt", import.meta.url),
      "utf8",
    );
    const base = values(parseReport(file).report.cells);
    const lines = file.split("\n");
    const minus = lines.map((l, i) => (/^-\d$/.test(l) ? i : -1)).filter((i) => i >= 0);
    expect(minus.length).toBeGreaterThanOrEqual(2);
    for (const at of minus) {
      for (const edited of [
        lines.map((l, i) => (i === at + 1 ? `\f${l}` : l)).join("\n"),
        lines.map((l, i) => (i === at ? `\f${l}` : l)).join("\n"),
      ]) {
        expect(values(parseReport(edited).report.cells), lines[at]).toEqual(base);
      }
    }
  });
});

describe("page numbers inside corpus 025's Table 三 (PDF text)", () => {
  it("its own page number `- 5 -` inside the table is no value", () => {
    expect(text).toContain("\n\f- 5 -\n");
    expect(WRAPPED).toBe(text.slice(text.indexOf(WRAPPED), text.indexOf(WRAPPED) + WRAPPED.length));
    expect(clean.cells["applications.results.partially_granted.natural_person"]?.value).toBe(447);
    expect(clean.cells["applications.results.partially_granted.total"]?.value).toBe(454);
    expect(clean.cells["applications.results.unable.not_held.total"]?.value).toBe(769);
  });

  it.each(["—5—", "— 5 —", "-5-", "－5－", "第5页", "第 5 页 共 12 页", "5/12", "5 / 12"])(
    "%s between two rows, and between the lines of a wrapped label: every value as before",
    (page) => {
      for (const feed of ["\f", ""]) {
        const between = text.replace("\n\f- 5 -\n", `\n${feed}${page}\n`);
        expect(between).not.toBe(text);
        expect(values(parseReport(between).report.cells), `${feed}${page}`).toEqual(values(clean.cells));
      }
      expect(values(parseReport(split(page)).report.cells)).toEqual(values(clean.cells));
    },
  );

  it.each(["—5", "- 5", "－ 5"])("%s at a page break inside a wrapped label: the row keeps its 7 values", (page) => {
    for (const edited of [split(`\f${page}`), text.replace(WRAPPED, WRAPPED.replace("情\n形", `情\n${page}\n\f形`))]) {
      const { cells } = parseReport(edited).report;
      expect(cells["applications.results.partially_granted.natural_person"]?.value).toBe(447);
      expect(cells["applications.results.partially_granted.total"]?.value).toBe(454);
      expect(values(cells)).toEqual(values(clean.cells));
    }
  });
});
