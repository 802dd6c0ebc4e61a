import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type ParseResult, parseReport, parseReports, renderReport, SHAPES } from "../../src/index.js";

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), "utf8");
const D2023 = fixture("corpus/023_2023_hongzequ.txt");
const D2024 = fixture("corpus/024_2024_hongzequ.txt");
const CITY = fixture("corpus/025_2024_huaianshi.txt");
const OLD = fixture("seeds/003_80aeb6f3312619ab.txt");

/** The cells' values (positions differ between a report alone and inside a longer file). */
const values = (r: ParseResult) =>
  Object.fromEntries(Object.entries(r.report.cells).map(([id, c]) => [id, [c.raw, c.value, c.status]]));
const summary = (r: ParseResult) => [
  r.report.meta.year,
  r.report.meta.formatEra,
  r.report.cells["applications.new.total"]?.value ?? null,
];

describe("parseReports: every report of a file holding several", () => {
  it("a file of one report gives parseReport's result", () => {
    for (const text of [D2024, CITY, OLD]) expect(parseReports(text)).toEqual([parseReport(text)]);
  });

  it("an unusable input gives one result with parseReport's error", () => {
    expect(parseReports("")).toEqual([parseReport("")]);
    expect(parseReports("")[0]!.diagnostics[0]!.code).toBe("input-empty");
    expect(() => parseReports(42 as unknown as string)).toThrow(TypeError);
  });

  it("three PDF texts joined (洪泽区 2023 and 2024, 淮安市 2024): three reports, each as read alone", () => {
    const results = parseReports(`${D2023}\n${D2024}\n${CITY}`);
    // Applications received, read off each text: 21 (023 line 72), 95 (024 line 78), 3119 (025).
    expect(results.map(summary)).toEqual([
      [2023, "gb2021", 21],
      [2024, "gb2021", 95],
      [2024, "gb2021", 3119],
    ]);
    [D2023, D2024, CITY].forEach((text, k) => {
      expect(values(results[k]!)).toEqual(values(parseReport(text)));
      expect(results[k]!.report.sections.map((s) => s.id)).toEqual(parseReport(text).report.sections.map((s) => s.id));
      expect(results[k]!.diagnostics.filter((d) => d.code === "multiple-reports")).toEqual([]);
    });
    // Positions are the whole file's: 024's cell of 95 stands 172 lines (023's length + 1) further down.
    const alone = parseReport(D2024).report.cells["applications.new.total"]!.source!.line;
    expect(results[1]!.report.cells["applications.new.total"]!.source!.line).toBe(D2023.split("\n").length + alone);
  });

  it("a 2014 report then a 2024 one: the old-format statistics table, then the current layout", () => {
    const [old, current, ...rest] = parseReports(`${OLD}\n${D2024}`);
    expect(rest).toEqual([]);
    expect(old!.report.meta.year).toBe(2014);
    expect(old!.report.legacy).toHaveLength(1);
    expect(old!.report.cells).toEqual({});
    expect(summary(current!)).toEqual([2024, "gb2021", 95]);
  });

  it("in every shape: 洪泽区 2024 then 淮安市 2024, each rendered and the two joined", () => {
    const district = parseReport(D2024).report;
    const city = parseReport(CITY).report;
    for (const shape of SHAPES) {
      const results = parseReports(`${renderReport(district, shape)}\n\n${renderReport(city, shape)}`);
      expect(results.map(summary), shape).toEqual([
        [2024, "gb2021", 95],
        [2024, "gb2021", 3119],
      ]);
      expect(Object.keys(results[0]!.report.cells), shape).toHaveLength(186);
      expect(Object.keys(results[1]!.report.cells), shape).toHaveLength(200);
    }
  });

  it("a title inside the last paragraph of the report before (HTML <br>): the paragraph is cut at the title", () => {
    const first = renderReport(parseReport(D2024).report, "html");
    const second = renderReport(parseReport(CITY).report, "html");
    const title = /<h1>(.*)<\/h1>/.exec(second)![1]!;
    const html = `${first.slice(0, first.lastIndexOf("</p>"))}<br>${title}</p>${second.slice(
      second.indexOf("</h1>") + 5,
      second.indexOf("</body>"),
    )}</body></html>`;
    const [district, city] = parseReports(html);
    expect(district!.report.sections.at(-1)!.text).toMatch(/信息处理费 0 元。$/);
    expect(city!.report.meta.title).toBe(title);
    const titleLine = html.slice(0, html.indexOf(`<br>${title}`)).split("\n").length;
    expect(city!.report.meta.sources?.title?.line).toBe(titleLine);
    expect(summary(city!)).toEqual([2024, "gb2021", 3119]);
  });

  it("two reports printing the same table (an all-zero Table 四) each keep it in Markdown and HTML (review RV23)", () => {
    const first = parseReport(fixture("seeds/002_d039ec262de9d514.txt")).report;
    const second = parseReport(fixture("seeds/000_cc43e5a43c1be886.txt")).report;
    for (const shape of ["markdown", "html"] as const) {
      const results = parseReports(`${renderReport(first, shape)}\n\n${renderReport(second, shape)}`);
      expect(
        results.map((r) => Object.keys(r.report.cells).length),
        shape,
      ).toEqual([200, 200]);
      expect(values(results[1]!), shape).toEqual(values(parseReport(renderReport(second, shape))));
    }
  });

  it("three reports of one year whose title lines read the same (025, 024, 025): three results (review RV23)", () => {
    // The title line 2024 年政府信息公开工作年度报告 is printed three times (the bodies' names stand on the line
    // above): each printing after the first starts a report, so it is no running page header.
    const results = parseReports(`${CITY}\n${D2024}\n${CITY}`);
    expect(results.map(summary)).toEqual([
      [2024, "gb2021", 3119],
      [2024, "gb2021", 95],
      [2024, "gb2021", 3119],
    ]);
    expect(results.map((r) => r.report.sections.length)).toEqual([6, 6, 6]);
  });
});
