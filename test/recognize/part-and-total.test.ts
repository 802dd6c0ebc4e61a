// A report whose zeros were printed blank (formats.md D1), read from PDF text (red team R28): a Table 三 row of one
// part and its total, `一、本年新收政府信息公开申请数量      95                   95`, leaves no trace of its five
// blank cells. Its two values filled the first two columns (自然人 95, 商业企业 95: a wrong number) with the total
// absent; they are one part and the total, since only so do the parts add up to the total.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { AnnualReport, FieldId } from "../../src/index.js";
import { parseReport } from "../../src/parse.js";
import { APPLICANT_COLUMNS } from "../helpers/cells.js";

const text = readFileSync(
  new URL("../fixtures/messy/r27/024-zeros-blank-pdftotext-layout.txt", import.meta.url),
  "utf8",
);
const { report, diagnostics } = parseReport(text);
/** A Table 三 row's seven values, left to right (undefined: absent). */
const valuesOf = (r: AnnualReport, id: string) =>
  APPLICANT_COLUMNS.map((c) => r.cells[`applications.${id}.${c}` as FieldId]?.value);
const row = (id: string) => valuesOf(report, id);

describe("a PDF-text row of two equal values where the layout has a total column", () => {
  it("reads them as the first part and the total, the parts between absent: 一、本年新收 95 … 95", () => {
    expect(text).toContain("一、本年新收政府信息公开申请数量      95                   95\n");
    expect(row("new")).toEqual([95, undefined, undefined, undefined, undefined, undefined, 95]);
    expect(row("results.granted")).toEqual([50, undefined, undefined, undefined, undefined, undefined, 50]);
  });

  it("says which part cannot be told, on each such row", () => {
    const warning = diagnostics.find((d) => d.code === "row-part-and-total" && d.message.includes("(95 95)"));
    expect(warning?.severity).toBe("warning");
    expect(warning?.message).toContain("read as the first (自然人)");
    expect(diagnostics.filter((d) => d.code === "row-part-and-total").length).toBeGreaterThanOrEqual(10);
  });

  it("keeps two unequal values in the first columns, with row-missing-values", () => {
    const unequal = parseReport(
      text.replace("数量      95                   95\n", "数量      95                   96\n"),
    );
    expect(unequal.report.cells["applications.new.commercial_enterprise"]?.value).toBe(96);
    expect(unequal.report.cells["applications.new.total"]).toBeUndefined();
    expect(unequal.diagnostics.some((d) => d.code === "row-missing-values" && d.message.includes("本年新收"))).toBe(
      true,
    );
  });
});

// The same report through mutool (red team R27): rows of several parts and their total, `3001 / 53 / 61 / 4 / 3119`
// (新收: 自然人 3001, 商业企业 53, 法律服务机构 61, 其他 4, 总计 3119), one value a line. The total filled the fifth
// column (法律服务机构 3119, a wrong number) and the total was absent.
describe("a PDF-text row whose last value is the sum of the ones before it", () => {
  const mutool = readFileSync(new URL("../fixtures/messy/r27/025-mutool-zeros-unprinted.txt", import.meta.url), "utf8");
  const { report, diagnostics } = parseReport(mutool);
  const cells = (id: string) => valuesOf(report, id);

  it("reads them as parts and the total, the total in its column: 3001 53 61 4 3119", () => {
    expect(mutool).toContain("本年新收政府信息公开申请数量\n3001\n53\n61\n4\n3119\n");
    expect(cells("new")).toEqual([3001, 53, 61, 4, undefined, undefined, 3119]);
    expect(cells("results.granted")).toEqual([1288, 21, 50, 3, undefined, undefined, 1362]);
    expect(cells("results.partially_granted")).toEqual([447, 7, undefined, undefined, undefined, undefined, 454]);
  });

  it("says which parts cannot be told, naming the columns they are read into", () => {
    const warning = diagnostics.find((d) => d.code === "row-part-and-total" && d.message.includes("3001 53 61 4 3119"));
    expect(warning?.severity).toBe("warning");
    expect(warning?.message).toContain("has 5 of 7 values, the last the sum of the others (3001 53 61 4 3119)");
    expect(warning?.message).toContain("they are read as the first 4 (自然人, 商业企业, 科研机构, 社会公益组织)");
  });

  it("leaves values whose last is not the sum of the others in the first columns, with row-missing-values", () => {
    const broken = parseReport(mutool.replace("\n3001\n53\n61\n4\n3119\n", "\n3001\n53\n61\n4\n3120\n"));
    expect(broken.report.cells["applications.new.legal_service_org"]?.value).toBe(3120);
    expect(broken.report.cells["applications.new.total"]).toBeUndefined();
    expect(
      broken.diagnostics.some((d) => d.code === "row-missing-values" && d.field?.startsWith("applications.new.")),
    ).toBe(true);
  });
});

// Seed 002 with its zeros printed blank, through pdftotext's default text (red team R28): the table's other short
// rows are garbled (values of several rows on one line), so most are no sums; review RV32 found the guard of the
// several-parts reading then turned off the two-equal-values one too: 一、本年新收 `1` / `1` read 商业企业 1, no total.
describe("two equal values in a table whose other short rows are no sums", () => {
  it("are still one part and the total: 一、本年新收 1 … 1", () => {
    const text = readFileSync(
      new URL("../fixtures/messy/r28/002-zeros-pdftotext-default.txt", import.meta.url),
      "utf8",
    );
    const { report, diagnostics } = parseReport(text);
    expect(valuesOf(report, "new")).toEqual([1, undefined, undefined, undefined, undefined, undefined, 1]);
    expect(
      diagnostics.some((d) => d.code === "row-part-and-total" && d.field === "applications.new.natural_person"),
    ).toBe(true);
  });
});
