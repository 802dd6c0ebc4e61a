import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/index.js";
import { APPLICANT_COLUMNS } from "../helpers/cells.js";

/**
 * pdftotext (default mode) prints the last rows of Table 三 as boxes of columns below their labels (red team R23,
 * 024 printed to PDF): `（六）其他处理` / `（七）总计` / `四、结转下年度继续办理`, then `0 0` / `95 0` / `0 0` (the first
 * two columns, a line a row), three boxes of one column, and `0 0` / `0 95` / `0 0`. Dealt one value at a time
 * column by column, 95 went to （六）其他处理's 总计 and to 四's 自然人, and （七）总计 read 0, with no diagnostic.
 */
const text = readFileSync(new URL("../fixtures/messy/r23-lead/pdftotext-default-boxes.txt", import.meta.url), "utf8");

describe("column boxes of pdftotext's default output", () => {
  it("values side by side on a line are one row's: （七）总计 is 95 0 0 0 0 0 95, （六） and 四 are all 0", () => {
    const { report } = parseReport(text);
    const row = (id: string) =>
      APPLICANT_COLUMNS.map(
        (c) => (report.cells as Record<string, { value: number | null } | undefined>)[`${id}.${c}`]?.value,
      );
    expect(row("applications.results.total")).toEqual([95, 0, 0, 0, 0, 0, 95]);
    expect(row("applications.results.other_total")).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(row("applications.carried_forward")).toEqual([0, 0, 0, 0, 0, 0, 0]);
    // A row printed on its label's lines is read as before: 一、本年新收 95 0 0 0 / 0 / 0 95.
    expect(row("applications.new")).toEqual([95, 0, 0, 0, 0, 0, 95]);
  });
});
