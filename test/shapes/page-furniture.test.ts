// Page numbers left by PDF extraction are page furniture in ASCII and full-width digits alike (red team R14:
// `- １ -` cost corpus 023 its title and corpus 024 its 行政许可 value).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import { isPageFurniture } from "../../src/shapes/source-lines.js";

const wide = (text: string) => text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

describe("page numbers in full-width digits (red team R14)", () => {
  it("are page furniture as their ASCII forms are", () => {
    for (const line of ["- 3 -", "— 12 —", "第 3 页", "第3页 共9页", "Page 3 of 9", "3 / 9", "3／9"]) {
      expect(isPageFurniture(line), line).toBe(true);
      expect(isPageFurniture(wide(line)), wide(line)).toBe(true);
    }
    for (const line of ["３１１", "- ３", "第３条", "共３页"]) expect(isPageFurniture(line), line).toBe(false);
  });

  it("corpus 024 with its page numbers as `- １ -`: the same title, org and values", () => {
    const text = readFileSync(new URL("../fixtures/corpus/024_2024_hongzequ.txt", import.meta.url), "utf8");
    const pages = text.replace(/^(\f?)(- \d+ -)$/gm, (_, feed: string, page: string) => `${feed}${wide(page)}`);
    expect(pages).not.toBe(text);
    const clean = parseReport(text).report;
    const read = parseReport(pages).report;
    expect([read.meta.title, read.meta.orgName]).toEqual([clean.meta.title, clean.meta.orgName]);
    expect(read.cells["active_disclosure.licensing.decisions"]?.value).toBe(9487);
    expect(read.cells).toEqual(clean.cells);
  });
});
