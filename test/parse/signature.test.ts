/** The closing signature (issuing body, report date) is metadata: it belongs to no section, and renders back. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import { renderReport } from "../../src/render/index.js";

const seed002 = readFileSync(new URL("../fixtures/seeds/002_d039ec262de9d514.txt", import.meta.url), "utf8");

describe("the closing signature", () => {
  const { report } = parseReport(seed002);

  it("seed 002: 市中区卫生健康局 / 2025年1月16日 are read as metadata and left out of section 六", () => {
    expect(report.meta.orgName).toBe("市中区卫生健康局");
    expect(report.meta.reportDate).toBe("2025-01-16");
    const six = report.sections.find((s) => s.id === "other_matters")!;
    expect(six.text).toMatch(/电子邮箱：szqwsjkj@zz\.shandong\.cn）\u00a0。$/);
    expect(six.text).not.toContain("2025年1月16日");
    expect(six.subsections.at(-1)?.text).not.toContain("市中区卫生健康局");
  });

  it.each(["pipe", "tab", "lines", "markdown", "html"] as const)("renders back as the last lines (%s)", (shape) => {
    const text = renderReport(report, shape);
    const again = parseReport(text).report;
    expect(again.meta.reportDate).toBe("2025-01-16");
    // HTML prints the no-break space of the source as a plain one.
    const texts = (r: typeof report) => r.sections.map((s) => s.text.replace(/\u00a0/g, " "));
    expect(texts(again)).toEqual(texts(report));
  });

  it("a date line inside the text (not the last line) stays in its section", () => {
    const text =
      "某某局2024年政府信息公开工作年度报告\n一、总体情况\n会议于\n2024年3月1日\n召开。\n二、主动公开政府信息情况\n无。";
    const parsed = parseReport(text).report;
    expect(parsed.sections[0]!.text).toBe("会议于\n2024年3月1日\n召开。");
    expect(parsed.meta.reportDate).toBe("2024-03-01");
  });

  it("a line above the closing date that is not the issuing body stays in its section", () => {
    const text =
      "某某局2024年政府信息公开工作年度报告\n一、总体情况\n无。\n六、其他需要报告的事项\n特此报告\n2025年1月10日";
    const parsed = parseReport(text).report;
    expect(parsed.meta.orgName).toBe("某某局");
    expect(parsed.meta.reportDate).toBe("2025-01-10");
    expect(parsed.sections[1]!.text).toBe("特此报告");
  });

  it("a numbered heading above the closing date is not taken for the issuing body", () => {
    const text = "某某局2024年政府信息公开工作年度报告\n一、总体情况\n无。\n六、其他需要报告的事项\n2025年1月10日";
    const parsed = parseReport(text).report;
    expect(parsed.sections.map((s) => s.number)).toEqual(["一", "六"]);
    expect(parsed.sections[1]!.text).toBe("");
  });
});
