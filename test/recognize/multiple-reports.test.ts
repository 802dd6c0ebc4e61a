import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport, renderReport, SHAPES } from "../../src/index.js";

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), "utf8");
const DISTRICT = fixture("corpus/024_2024_hongzequ.txt");
const CITY = fixture("corpus/025_2024_huaianshi.txt");
const DISTRICT_2023 = fixture("corpus/023_2023_hongzequ.txt");
const KUNMING_2014 = fixture("seeds/003_80aeb6f3312619ab.txt");

/** The multiple-reports warnings of a parse: [line, title quoted]. */
const starts = (text: string) =>
  parseReport(text)
    .diagnostics.filter((d) => d.code === "multiple-reports")
    .map((d) => [d.severity, d.source?.line, d.text]);

// 024 has 172 lines; each corpus report opens with `- 1 -`, the body's name, then the dated title.
describe("a file holding more than one report: the first is read, the others are reported (red team R17)", () => {
  it("the district's report then its city's: the district's tables, sections and dates", () => {
    const district = `${DISTRICT}淮安市洪泽区人民政府\n2025年1月20日\n`;
    const city = `${CITY}淮安市人民政府\n2025年1月18日\n`;
    const { report, diagnostics } = parseReport(`${district}\n${city}`);
    expect(report.cells["applications.new.total"]?.value).toBe(95);
    // The signature date was the city's (the last date line of the file), and the sections were 12.
    expect(report.meta.reportDate).toBe("2025-01-20");
    expect(report.meta.orgName).toBe("淮安市洪泽区人民政府");
    expect(report.sections.map((s) => s.number)).toEqual(["一", "二", "三", "四", "五", "六"]);
    expect(report.sections.at(-1)?.text).toContain("全年收取政府信息公开信息处理费 0 元");
    expect(report.sections.at(-1)?.text).not.toContain("3940");
    expect(diagnostics.filter((d) => d.code === "table-repeated")).toEqual([]);
    // The warning stands at the city's first line (its body's name above the title: line 174 + 1 of the
    // date lines added).
    expect(starts(`${district}\n${city}`)).toEqual([
      ["warning", 172 + 2 + 2, "淮安市人民政府2024 年政府信息公开工作年度报告"],
    ]);
  });

  it("the city's then the district's, and this year's then last year's: the first one's numbers", () => {
    expect(parseReport(`${CITY}\n${DISTRICT}`).report.cells["applications.new.total"]?.value).toBe(3119);
    const quoted = parseReport(`${DISTRICT}\n${DISTRICT_2023}`);
    expect(quoted.report.cells["applications.new.total"]?.value).toBe(95);
    expect(quoted.report.meta.statPeriod?.start).toBe("2024-01-01");
    expect(starts(`${DISTRICT}\n${DISTRICT_2023}`)).toEqual([
      ["warning", 174, "洪泽区人民政府2023 年政府信息公开工作年度报告"],
    ]);
  });

  it("three reports: one warning at each report after the first, numbered", () => {
    const { diagnostics } = parseReport(`${DISTRICT}\n${CITY}\n${DISTRICT_2023}`);
    const found = diagnostics.filter((d) => d.code === "multiple-reports");
    expect(found.map((d) => d.source?.line)).toEqual([174, 172 + CITY.split("\n").length + 2]);
    expect(found[0]?.message).toContain("report 2 of 3");
    expect(found[1]?.message).toContain("report 3 of 3");
  });

  it("a 2014 report then a 2024 one: the 2014 body with its own tables, not the 2024 numbers", () => {
    const { report } = parseReport(`${KUNMING_2014}\n${DISTRICT}`);
    expect(report.meta.year).toBe(2014);
    expect(report.meta.formatEra).toBe(parseReport(KUNMING_2014).report.meta.formatEra);
    expect(report.meta.formatEra).not.toBe("gb2021");
    expect(report.cells).toEqual({});
    expect(report.legacy).toEqual(parseReport(KUNMING_2014).report.legacy);
    expect(report.meta.statPeriod).toBeNull();
  });

  it("a report printing its title twice (page heading and document title) then another: one warning", () => {
    // Seed 003 prints its title on lines 1 and 9.
    expect(starts(`${DISTRICT}\n${KUNMING_2014}`)).toHaveLength(1);
  });

  it("the same two reports in every shape: the first's tables, one warning", () => {
    const first = parseReport(DISTRICT).report;
    const second = parseReport(CITY).report;
    for (const shape of SHAPES) {
      const a = renderReport(first, shape);
      const b = renderReport(second, shape);
      const text = shape === "html" ? a.replace("</body>", b.replace(/^[\s\S]*<body>/u, "")) : `${a}\n\n${b}`;
      const { report, diagnostics } = parseReport(text);
      expect(report.cells["applications.new.total"]?.value, shape).toBe(95);
      expect(
        diagnostics.filter((d) => d.code === "multiple-reports"),
        shape,
      ).toHaveLength(1);
      expect(report.sections, shape).toHaveLength(6);
    }
  });
});

describe("what starts no other report", () => {
  it("a running page header repeating the title", () => {
    const header = "淮安市洪泽区人民政府2024 年政府信息公开工作年度报告";
    const lines = DISTRICT.split("\n");
    const text = lines.map((l, i) => (i > 10 && i % 30 === 0 ? `${header}\n${l}` : l)).join("\n");
    expect(starts(text)).toEqual([]);
    expect(parseReport(text).report.cells["applications.new.total"]?.value).toBe(95);
  });

  it("a list of related reports after the report", () => {
    const related = [
      "相关链接",
      "淮安市洪泽区人民政府2023年政府信息公开工作年度报告",
      "淮安市洪泽区人民政府2022年政府信息公开工作年度报告",
    ];
    expect(starts(`${DISTRICT}\n${related.join("\n")}\n`)).toEqual([]);
  });

  it("a table fragment without a title before a whole report: the report's tables are read", () => {
    const fragment = DISTRICT.split("\n").slice(62, 92).join("\n");
    const { report, diagnostics } = parseReport(`${fragment}\n${CITY}`);
    expect(report.cells["applications.new.total"]?.value).toBe(3119);
    expect(diagnostics.filter((d) => d.code === "multiple-reports")).toEqual([]);
  });

  it("a table of contents after the title: the headings listed are no report begun (review RV22)", () => {
    const contents = ["目录", "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况"];
    const lines = DISTRICT.split("\n");
    // 024's title is on lines 2–3: the contents go between it and the title printed again above the body.
    const text = [...lines.slice(0, 3), ...contents, ...lines.slice(1)].join("\n");
    const { report } = parseReport(text);
    expect(starts(text)).toEqual([]);
    expect(report.cells["applications.new.total"]?.value).toBe(95);
    expect(report.tables).toHaveLength(3);
  });

  it("a site's numbered footer after related titles (一、网站声明): no report (review RV22)", () => {
    const footer = ["相关链接", "淮安市洪泽区人民政府2023年政府信息公开工作年度报告", "一、网站声明", "二、联系我们"];
    expect(starts(`${DISTRICT}\n${footer.join("\n")}\n`)).toEqual([]);
  });

  it("no fixture holds another report", () => {
    for (const text of [DISTRICT, CITY, DISTRICT_2023, KUNMING_2014]) expect(starts(text)).toEqual([]);
  });
});
