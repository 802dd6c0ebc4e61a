// A report whose zeros were printed blank (formats.md D1), read from PDF text (red team R28): a Table 三 row of one
// part and its total, `一、本年新收政府信息公开申请数量      95                   95`, leaves no trace of its five
// blank cells. Its two values filled the first two columns (自然人 95, 商业企业 95: a wrong number) with the total
// absent; they are one part and the total, since only so do the parts add up to the total.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { FieldId } from "../../src/index.js";
import { parseReport } from "../../src/parse.js";

const text = readFileSync(
  new URL("../fixtures/messy/r27/024-zeros-blank-pdftotext-layout.txt", import.meta.url),
  "utf8",
);
const { report, diagnostics } = parseReport(text);
const row = (id: string) =>
  [
    "natural_person",
    "commercial_enterprise",
    "research_institution",
    "social_welfare_org",
    "legal_service_org",
    "other_org",
    "total",
  ].map((c) => report.cells[`applications.${id}.${c}` as FieldId]?.value);

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
