import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import { renderReport } from "../../src/render/index.js";
import { SHAPES } from "../../src/schema/common.js";
import { GB2021 } from "../../src/templates/index.js";
import { reportOf, sectionOf } from "../helpers/arbitrary-report.js";
import { APPLICANT_COLUMNS } from "../helpers/cells.js";

const NEW = "applications.new";
const COLUMNS = APPLICANT_COLUMNS;

describe("absent cells", () => {
  // 本年新收 has 6 of its 7 cells (科研机构 absent); 上年结转 has none; Tables 二 and 四 have one cell each.
  // (A Table 四 printed with all 15 values blank is not found by the recognizer: see the final report.)
  const raws: Record<string, string> = {
    "active_disclosure.licensing.decisions": "9",
    "review_litigation.review.upheld": "0",
  };
  for (const col of COLUMNS) if (col !== "research_institution") raws[`${NEW}.${col}`] = "2";

  it.each(SHAPES)(
    "omit (default) through %s: an absent row stays absent, an absent cell in a printed row reads back blank",
    (shape) => {
      const { report } = parseReport(renderReport(reportOf("gb2021", raws), shape), { shape });
      expect(report.cells["applications.carried_over.total"]).toBeUndefined();
      expect(report.cells["active_disclosure.penalty.decisions"]).toBeUndefined();
      expect(report.cells[`${NEW}.research_institution`]?.status).toBe("blank");
      expect(report.cells[`${NEW}.total`]?.value).toBe(2);
      expect(report.cells["active_disclosure.licensing.decisions"]?.value).toBe(9);
    },
  );

  it.each(SHAPES)("blank through %s: the whole form is printed and every absent cell reads back blank", (shape) => {
    const text = renderReport(reportOf("gb2021", raws), shape, { absent: "blank" });
    const { report } = parseReport(text, { shape });
    expect(report.cells["applications.carried_over.total"]?.status).toBe("blank");
    expect(report.cells["active_disclosure.penalty.decisions"]?.status).toBe("blank");
    expect(report.cells["review_litigation.litigation_after_review.total"]?.status).toBe("blank");
    expect(report.cells["applications.results.other.other.total"]?.status).toBe("blank");
    expect(report.cells["applications.results.other_total.total"]).toBeUndefined();
    expect(Object.keys(report.cells)).toHaveLength(10 + 25 * 7 + 15);
  });
});

describe("report text", () => {
  it("writes sub-sections as level-3 headings when the section text does not hold them", () => {
    const report = reportOf("gb2021", {});
    const overview = sectionOf(GB2021, "overview", "本年度总体情况如下。");
    overview.subsections = [
      {
        id: "overview.active_disclosure",
        number: "（一）",
        heading: "主动公开",
        text: "主动公开信息100条。",
        source: overview.source,
      },
    ];
    report.sections = [overview];
    const lines = renderReport(report, "markdown").split("\n");
    const at = lines.indexOf("## 一、总体情况");
    expect(lines.slice(at, at + 7)).toEqual([
      "## 一、总体情况",
      "",
      "本年度总体情况如下。",
      "",
      "### （一）主动公开",
      "",
      "主动公开信息100条。",
    ]);
  });

  it("escapes Markdown block starts and inline markup in prose", () => {
    const report = reportOf("gb2021", {});
    report.sections = [sectionOf(GB2021, "other_matters", "# 不是标题\n- 不是列表\n1. 不是编号\n费用*0*元|无&amp;")];
    const text = renderReport(report, "markdown");
    expect(text).toContain("\n\\# 不是标题\n");
    expect(text).toContain("\n\\- 不是列表\n");
    expect(text).toContain("\n1\\. 不是编号\n");
    expect(text).toContain("\n费用\\*0\\*元\\|无\\&amp;\n");
  });

  it("keeps prose free of cell separators in pipe and tab text", () => {
    const report = reportOf("gb2021", {});
    report.sections = [sectionOf(GB2021, "other_matters", "甲|乙\t丙")];
    expect(renderReport(report, "pipe")).toContain("\n甲｜乙 丙\n");
    expect(renderReport(report, "tab")).toContain("\n甲|乙 丙\n");
  });

  it("lays out a report of unknown era in the template that covers its cells", () => {
    const report = reportOf("gb2019", { "active_disclosure.other_services.prev_year_items": "4" });
    report.meta.formatEra = "unknown";
    expect(renderReport(report, "pipe").split("\n")).toContain("| 其他对外管理服务事项 | 4 |  |  |");
  });
});
