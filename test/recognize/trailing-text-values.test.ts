/**
 * A Table 三 row whose cell after its values holds words (`一、本年新收… | 3001 | 53 | … | 4 | 见附件`): the text is that
 * cell's value, of status `text`. It opened the next row's label run (`见附件 二、上年结转…`, which still named its
 * row), so the text was lost with no diagnostic; where the label's own columns were printed empty (Markdown, CSV),
 * the row's values moved one column right, silently (natural_person blank, 3001 read as commercial_enterprise).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import { renderReport } from "../../src/render/index.js";
import type { Shape } from "../../src/schema/common.js";
import type { AnnualReport } from "../../src/schema/report.js";
import { APPLICANT } from "./helpers.js";

const base = parseReport(readFileSync("test/fixtures/corpus/025_2024_huaianshi.txt", "utf8")).report;
const cells = (report: AnnualReport) => report.cells as Record<string, { raw: string; status: string } | undefined>;

/** Corpus 025 with one cell printed as text. */
function withText(id: string, raw: string): AnnualReport {
  const report = structuredClone(base);
  cells(report)[id] = { ...cells(base)[id]!, raw, status: "text" };
  return report;
}

/** The raw text of every cell of a row, in Table 三's column order. */
const rowOf = (report: AnnualReport, prefix: string) => APPLICANT.map((c) => cells(report)[`${prefix}.${c}`]?.raw);

describe("a text cell after a Table 三 row's values, in a grid", () => {
  for (const shape of ["pipe", "tab", "markdown", "csv", "html"] as Shape[]) {
    it(`keeps 见附件 in 总计 and every value in its column (${shape})`, () => {
      const prefix = "applications.new";
      const { report } = parseReport(renderReport(withText(`${prefix}.total`, "见附件"), shape));
      // 025's row 一: 3001 | 53 | 0 | 0 | 61 | 4 | 3119.
      expect(rowOf(report, prefix)).toEqual(["3001", "53", "0", "0", "61", "4", "见附件"]);
      expect(cells(report)[`${prefix}.total`]?.status).toBe("text");
      expect(rowOf(report, "applications.carried_over")).toEqual(rowOf(base, "applications.carried_over"));
    });
  }

  it("keeps a text cell in the middle of a row, with the values after it (pipe)", () => {
    const prefix = "applications.results.granted";
    const { report } = parseReport(renderReport(withText(`${prefix}.research_institution`, "详见附件"), "pipe"));
    const expected = rowOf(base, prefix);
    expected[2] = "详见附件";
    expect(rowOf(report, prefix)).toEqual(expected);
  });

  it("leaves a numbered label after a full row on its line (any-text's text of a .doc): the next row's", () => {
    // `…法律、行政法规禁止公开 | 0 | … | 0 | | | 3.危及"三安全一稳定"`: the row is full, 3. opens the next.
    const { report } = parseReport(readFileSync("test/fixtures/messy/r32/s000-any-text-doc.txt"));
    expect(rowOf(report, "applications.results.withheld.prohibited_by_law")).toEqual(Array(7).fill("0"));
    expect(Object.keys(report.cells)).toHaveLength(200);
  });
});
