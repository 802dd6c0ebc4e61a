// Section headings wrapped over lines: a narrow PDF page, or a PDF text whose items pdf.js cut inside a heading
// and a scraper joined with spaces (the flattened text is read one piece per line).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import { validateReport } from "../../src/validate/validate-report.js";

const read = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), "utf8");
const hongze = read("corpus/023_2023_hongzequ.txt");
const H3 = "三、收到和处理政府信息公开申请情况";
const H4 = "四、政府信息公开行政复议、行政诉讼情况";

/** The report's sections as id, heading and text. */
const sectionsOf = (text: string) => parseReport(text).report.sections.map((s) => [s.id, s.heading, s.text] as const);

describe("a section heading wrapped over lines", () => {
  it("三 cut in two (no head of its label on the first line): the section is found, no STRUCT-SECTION-MISSING", () => {
    expect(hongze).toContain(`\n${H3}\n`);
    const text = hongze.replace(H3, "三、收到和处理政府\n信息公开申请情况");
    const { report } = parseReport(text);
    expect(sectionsOf(text)).toEqual(sectionsOf(hongze));
    expect(report.sections.find((s) => s.id === "applications")?.heading).toBe(H3);
    expect(Object.keys(report.cells)).toHaveLength(186);
    expect(validateReport(report).map((f) => f.rule)).not.toContain("STRUCT-SECTION-MISSING");
  });

  it("三 cut in four pieces, one per line: joined", () => {
    const text = hongze.replace(H3, "三、收到和\n处理\n政府信息\n公开申请情况");
    expect(sectionsOf(text)).toEqual(sectionsOf(hongze));
  });

  it("四 whose first line is a head of its label: the rest is the heading's, not the section's text", () => {
    const text = hongze.replace(H4, "四、政府信息公开行政复议、\n行政诉讼情况");
    expect(sectionsOf(text)).toEqual(sectionsOf(hongze));
    const cells = (t: string) => Object.entries(parseReport(t).report.cells).map(([id, c]) => `${id}=${c.raw}`);
    expect(cells(text)).toEqual(cells(hongze));
  });

  it("a line after a whole heading stays the section's text; a line with a digit is never the heading's", () => {
    const prose = hongze.replace("五、存在的主要问题及改进情况\n", "五、存在的主要问题及改进情况\n改进情况\n");
    const five = parseReport(prose).report.sections.find((s) => s.id === "problems_improvements");
    expect(five?.heading).toBe("五、存在的主要问题及改进情况");
    expect(five?.text.startsWith("改进情况\n")).toBe(true);
    for (const digit of ["2", "２"]) {
      const digits = hongze.replace(H3, `三、收到和处理政府\n信息公开申请情况${digit}`);
      expect(parseReport(digits).report.sections.find((s) => s.id === "applications")).toBeUndefined();
    }
  });

  it("joins only under the section's own number (五、其他需要 / 报告的事项 names 六's label)", () => {
    const text = hongze.replace("五、存在的主要问题及改进情况\n", "五、其他需要\n报告的事项\n");
    const headings = parseReport(text).report.sections.map((s) => `${s.id} ${s.heading}`);
    expect(headings.filter((h) => h.startsWith("other_matters"))).toEqual(["other_matters 六、其他需要报告的事项"]);
  });

  it("reads PDF text whose heading pdf.js cut into pieces, joined with spaces (corpus 025): all 200 cells", () => {
    const pdf = read("corpus/025_2024_huaianshi.txt");
    expect(pdf).toContain(`\n${H3}\n`);
    const flat = pdf.replace(H3, "三、收到和 处理 政府信息 公开申请情况").replace(/\s+/g, " ");
    const { report, diagnostics } = parseReport(flat);
    expect(diagnostics.map((d) => d.code)).toEqual(["input-flattened-table"]);
    expect(Object.keys(report.cells)).toHaveLength(200);
    expect(report.cells["applications.new.natural_person"]?.value).toBe(3001);
    // The pieces are joined as a wrapped line is, with nothing between them.
    expect(report.sections.find((s) => s.id === "applications")?.heading).toBe(H3);
  });
});
