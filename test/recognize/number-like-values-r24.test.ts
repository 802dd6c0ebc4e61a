// Value cells whose text is a number's, not a numbered label's (red team R24): 4.47E+05 (a spreadsheet's display
// of a number wider than its column), 5. and (3) (an accounting format's negative). Read as the start of a label
// (1.属于国家秘密, （三）…), the cell lengthened the row's label and the empty cell after it became the value: a
// blank where the report printed something, with no diagnostic.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import { renderReport } from "../../src/render/index.js";

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
