// 无 and 不适用 written for an empty count in PDF text rows (red team R13): a correct 2019-layout report
// (test/fixtures/messy/red-team/tab_2019_unicode_minus.txt) as PDF text, its cells split by spaces.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import type { FieldId } from "../../src/templates/index.js";
import { validateReport } from "../../src/validate/validate-report.js";

const tab = readFileSync(new URL("../fixtures/messy/red-team/tab_2019_unicode_minus.txt", import.meta.url), "utf8");
const pdf = tab.replaceAll("\t", " ");
const ROW = "二、上年结转政府信息公开申请数量 0 0 2 0 0 4 6";

describe("无 / 不适用 among a PDF text row's values", () => {
  it.each(["无", "不适用"])("%s is a value of its own column (na), the numbers stay in theirs", (na) => {
    expect(pdf).toContain(ROW);
    const { report } = parseReport(pdf.replace(ROW, `二、上年结转政府信息公开申请数量 ${na} ${na} 2 ${na} ${na} 4 6`));
    const cell = (id: FieldId) => [report.cells[id]?.raw, report.cells[id]?.status];
    expect(Object.keys(report.cells)).toHaveLength(198);
    expect(cell("applications.carried_over.natural_person")).toEqual([na, "na"]);
    expect(cell("applications.carried_over.commercial_enterprise")).toEqual([na, "na"]);
    expect(cell("applications.carried_over.research_institution")).toEqual(["2", "number"]);
    expect(cell("applications.carried_over.social_welfare_org")).toEqual([na, "na"]);
    expect(cell("applications.carried_over.legal_service_org")).toEqual([na, "na"]);
    expect(cell("applications.carried_over.other_org")).toEqual(["4", "number"]);
    expect(cell("applications.carried_over.total")).toEqual(["6", "number"]);
    expect(validateReport(report).filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("无 as a row's first value, the numbers after it in their own columns (review RV13)", () => {
    const row = "二、上年结转政府信息公开申请数量 无 0 2 0 0 4 6";
    const { report } = parseReport(pdf.replace(ROW, row));
    expect(report.cells["applications.carried_over.natural_person"]?.status).toBe("na");
    expect(report.cells["applications.carried_over.commercial_enterprise"]?.value).toBe(0);
    expect(report.cells["applications.carried_over.total"]?.value).toBe(6);
  });

  it("a row of 无 only is a row of na values", () => {
    const { report } = parseReport(pdf.replace(ROW, `二、上年结转政府信息公开申请数量${" 无".repeat(7)}`));
    expect(report.cells["applications.carried_over.total"]?.status).toBe("na");
    expect(report.cells["applications.carried_over.natural_person"]?.status).toBe("na");
  });

  it("one 无 after words stays part of the text", () => {
    const { report } = parseReport(
      pdf.replace("六、其他需要报告的事项\n", "六、其他需要报告的事项\n本年度其他需要报告的事项 无\n"),
    );
    const other = report.sections.find((s) => s.id === "other_matters");
    expect(other?.text).toContain("本年度其他需要报告的事项 无");
    expect(report.extraRows).toEqual([]);
  });
});
