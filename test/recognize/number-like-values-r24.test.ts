// Value cells whose text is a number's or a program's, not a row label's (red team R24): 4.47E+05 (a spreadsheet's
// display of a number wider than its column), 5., 1、 and (3) (an accounting format's negative); #REF!, #N/A (a
// spreadsheet's failed formula), NaN, None (a data frame's missing value). Read as (the start of) a label, the cell
// lengthened a row's label, or made a row of its own, and the value was lost, without a diagnostic.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import { renderReport } from "../../src/render/index.js";
import { APPLICANT_COLUMNS } from "../helpers/cells.js";

const base = parseReport(
  readFileSync(new URL("../fixtures/corpus/025_2024_huaianshi.txt", import.meta.url), "utf8"),
).report;

describe.each(["pipe", "tab", "csv", "html", "markdown"] as const)("%s", (shape) => {
  const text = renderReport(base, shape);

  it.each(["4.47E+05", "5.", "(3)", "1、"])(
    "licensing printed as %s is that cell's text, with a warning",
    (printed) => {
      expect(text.split("447228")).toHaveLength(2);
      const { report, diagnostics } = parseReport(text.replace("447228", printed));
      const cell = report.cells["active_disclosure.licensing.decisions"];
      expect([cell?.raw, cell?.status]).toEqual([printed, "text"]);
      expect(report.cells["active_disclosure.penalty.decisions"]?.value).toBe(3985758);
      expect(diagnostics.map((d) => d.code)).toContain("cell-not-a-number");
    },
  );
});

describe.each(["pipe", "tab", "csv", "html", "markdown"] as const)(
  "a program's value after the numbers (%s)",
  (shape) => {
    const text = renderReport(base, shape);
    const NEW_ROW = /(3001\D+53\D+0\D+0\D+61\D+4\D+)3119/;

    it.each(["#REF!", "#N/A", "#DIV/0!", "NaN", "None", "NULL"])(
      "一、本年新收's 总计 printed as %s is its text",
      (printed) => {
        // Before: the cell was read as the label of a row of its own; the total was absent (in CSV, whose merged label
        // leaves empty cells, every value moved one column right: natural_person blank, commercial_enterprise 3001 …).
        expect(NEW_ROW.test(text)).toBe(true);
        const { report, diagnostics } = parseReport(text.replace(NEW_ROW, `$1${printed}`));
        const row = APPLICANT_COLUMNS.map(
          (c) => report.cells[`applications.new.${c}` as keyof typeof report.cells]?.raw,
        );
        expect(row).toEqual(["3001", "53", "0", "0", "61", "4", printed]);
        expect(report.cells["applications.new.total"]?.status).toBe("text");
        expect(diagnostics.filter((d) => d.code === "cell-not-a-number").map((d) => d.text)).toEqual([printed]);
      },
    );
  },
);

describe("numbers on several lines of one cell (a number wrapped in a narrow cell, or two rows merged)", () => {
  it.each([
    ["csv", '"3985\n758"'],
    ["html", "3985<br>758"],
  ] as const)("%s: 行政处罚 printed 3985 over 758 is one text value, with a warning", (shape, printed) => {
    // Before: 3985 (with row-extra-values), or in CSV the lines spread over the row's columns.
    const text = renderReport(base, shape);
    expect(text.split("3985758")).toHaveLength(2);
    const { report, diagnostics } = parseReport(text.replace("3985758", printed));
    const cell = report.cells["active_disclosure.penalty.decisions"];
    expect([cell?.raw, cell?.status]).toEqual(["3985\n758", "text"]);
    expect(report.cells["active_disclosure.coercion.decisions"]?.value).toBe(88283);
    expect(diagnostics.map((d) => d.code)).toEqual(["cell-not-a-number"]);
  });

  it("csv: a row whose cells each hold two rows' numbers keeps each cell in its column", () => {
    const text = renderReport(base, "csv");
    const granted = ",（一）予以公开,,1288,21,0,0,50,3,1362";
    expect(text).toContain(granted);
    const merged = text.replace(granted, ',（一）予以公开,,"1288\n447","21\n7",0,0,"50\n0",3,"1362\n454"');
    const { report } = parseReport(merged);
    const row = APPLICANT_COLUMNS.map(
      (c) => report.cells[`applications.results.granted.${c}` as keyof typeof report.cells]?.raw,
    );
    expect(row).toEqual(["1288\n447", "21\n7", "0", "0", "50\n0", "3", "1362\n454"]);
  });

  it.each([
    ["csv", '"3\n0"', "3\n0"],
    ["csv", '"0\n0"', "0\n0"],
    ["html", "3<br>0", "3\n0"],
    ["markdown", "0<br>0", "0\n0"],
  ] as const)(
    "%s: one digit over another (%s) is text with a warning, not the number they spell",
    (shape, printed, raw) => {
      // Before: read as a letter-spaced number, 3 over 0 as 30 and 0 over 0 as 0, silently (R24's two merged rows of
      // 025's （一）予以公开 and （二）部分公开, whose 其他 column holds 3 and 0).
      const text = renderReport(base, shape);
      const row = APPLICANT_COLUMNS.map(
        (c) => base.cells[`applications.results.granted.${c}` as keyof typeof base.cells]?.raw,
      );
      expect(row).toEqual(["1288", "21", "0", "0", "50", "3", "1362"]);
      const cells =
        shape === "csv" ? ",1288,21,0,0,50,3,1362" : shape === "html" ? "<td>3</td><td>1362</td>" : "| 3 | 1362 |";
      const replaced = shape === "csv" ? `,1288,21,0,0,50,${printed},1362` : cells.replace("3", printed);
      expect(text.split(cells)).toHaveLength(2);
      const { report, diagnostics } = parseReport(text.replace(cells, replaced));
      const cell = report.cells["applications.results.granted.other_org"];
      expect([cell?.raw, cell?.status, cell?.value]).toEqual([raw, "text", null]);
      expect(report.cells["applications.results.granted.total"]?.value).toBe(1362);
      expect(diagnostics.filter((d) => d.code === "cell-not-a-number").map((d) => d.text)).toEqual([raw]);
    },
  );
});
