import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport, renderReport } from "../../src/index.js";

const corpus = (name: string) => readFileSync(new URL(`../fixtures/corpus/${name}`, import.meta.url), "utf8");
const DISTRICT = corpus("024_2024_hongzequ.txt");
const CITY = corpus("025_2024_huaianshi.txt");
const DISTRICT_2023 = corpus("023_2023_hongzequ.txt");

/** The table-repeated warnings of a parse: line, and the line of the table read (from the message). */
const repeated = (text: string) =>
  parseReport(text)
    .diagnostics.filter((d) => d.code === "table-repeated")
    .map((d) => [d.severity, d.source?.line, Number(/line (\d+)/.exec(d.message)?.[1])]);

/** The cells' values (their positions move with an inserted line). */
const values = (cells: Record<string, { raw: string; value: number | null; status: string }>) =>
  Object.fromEntries(Object.entries(cells).map(([id, c]) => [id, [c.raw, c.value, c.status]]));

/**
 * A report's text without its first three lines (page number, body's name, title): pasted after another
 * report, it is no report of its own (see multiple-reports.test.ts), only more tables.
 */
const untitled = (text: string): string => text.split("\n").slice(3).join("\n");

describe("the tables of two reports in one file, the second without its title (red team R17)", () => {
  // 024 has 172 lines: its Tables 二/三/四 are headed at lines 47, 63 and 120; 025's at 73, 89 and 158 (70,
  // 86 and 155 without its first three lines).
  it("the district's report then its city's: every table is the district's (三 used to be the city's: 3119)", () => {
    const text = `${DISTRICT}\n${untitled(CITY)}`;
    const { report } = parseReport(text);
    expect(report.cells["applications.new.total"]?.value).toBe(95);
    expect(report.cells["active_disclosure.licensing.decisions"]?.value).toBe(
      parseReport(DISTRICT).report.cells["active_disclosure.licensing.decisions"]?.value,
    );
    expect(report.cells["review_litigation.review.total"]?.value).toBe(
      parseReport(DISTRICT).report.cells["review_litigation.review.total"]?.value,
    );
    expect(repeated(text)).toEqual([
      ["warning", 172 + 70, 47],
      ["warning", 172 + 86, 63],
      ["warning", 172 + 155, 120],
    ]);
  });

  it("the city's then the district's: every table is the city's", () => {
    const { report } = parseReport(`${CITY}\n${untitled(DISTRICT)}`);
    expect(report.cells["applications.new.total"]?.value).toBe(3119);
    expect(repeated(`${CITY}\n${untitled(DISTRICT)}`).map(([, , read]) => read)).toEqual([73, 89, 158]);
  });

  it("this year's report quoting last year's in full: this year's numbers", () => {
    const text = `${DISTRICT}\n${untitled(DISTRICT_2023)}`;
    expect(parseReport(text).report.cells["applications.new.total"]?.value).toBe(95);
    expect(parseReport(DISTRICT_2023).report.cells["applications.new.total"]?.value).not.toBe(95);
    expect(repeated(text)).toHaveLength(3);
  });

  it("a copy cut short (3 or 14 rows of Table 三) yields to the complete one after it, with the warning at the copy", () => {
    const lines = DISTRICT.split("\n");
    for (const [keep, rows] of [
      [30, 3],
      [45, 14],
    ] as const) {
      const text = `${lines.slice(62, 62 + keep).join("\n")}\n${CITY}`;
      const { report, diagnostics } = parseReport(text);
      expect(report.cells["applications.new.total"]?.value).toBe(3119);
      const warning = diagnostics.find((d) => d.code === "table-repeated");
      expect(warning?.source?.line).toBe(1);
      expect(warning?.message).toContain(`(${rows} rows read)`);
    }
  });

  it("a table continued under its heading printed again (no 续) is read as one table, with an info at the repeat (was: its first part's rows lost)", () => {
    const lines = CITY.split("\n");
    const heading = lines.find((l) => l.startsWith("三、收到和处理"))!;
    const text = [...lines.slice(0, 124), "\f- 5 -", heading, ...lines.slice(124)].join("\n");
    const { report, diagnostics } = parseReport(text);
    expect(values(report.cells)).toEqual(values(parseReport(CITY).report.cells));
    expect(diagnostics.filter((d) => d.code === "table-repeated")).toEqual([]);
    const info = diagnostics.filter((d) => d.code === "table-continued");
    expect(info.map((d) => [d.severity, d.source?.line])).toEqual([["info", 126]]);
    expect(info[0]!.message).toContain("read as one table with the part at line 89");
  });

  it("the district's Table 三 continued under its heading after the page number: all 186 cells, as without the repeat", () => {
    const text = DISTRICT.replace("- 4 -\n", "- 4 -\n三、收到和处理政府信息公开申请情况\n");
    const { report, diagnostics } = parseReport(text);
    expect(Object.keys(report.cells)).toHaveLength(186);
    expect(values(report.cells)).toEqual(values(parseReport(DISTRICT).report.cells));
    expect(report.cells["applications.results.unable.needs_creation.total"]?.value).toBe(1);
    expect(diagnostics.find((d) => d.code === "table-continued")?.source?.line).toBe(107);
  });

  it("the same in every shape a report is rendered into: the repeated heading between two rows of Table 三", () => {
    const base = parseReport(DISTRICT).report;
    for (const shape of ["pipe", "tab", "lines", "html", "markdown"] as const) {
      const rendered = renderReport(base, shape);
      const at = rendered.indexOf("2.没有现成信息需要另行制作");
      const lineStart = rendered.lastIndexOf("\n", at) + 1;
      const cut = shape === "html" ? rendered.lastIndexOf("<tr", at) : lineStart;
      const repeat =
        shape === "html"
          ? "</table>\n<p>三、收到和处理政府信息公开申请情况</p>\n<table>\n"
          : "\n三、收到和处理政府信息公开申请情况\n\n";
      const text = `${rendered.slice(0, cut)}${repeat}${rendered.slice(cut)}`;
      const { report, diagnostics } = parseReport(text);
      expect(
        diagnostics.filter((d) => d.code === "table-continued"),
        shape,
      ).toHaveLength(1);
      expect(report.cells["applications.results.unable.needs_creation.total"]?.value, shape).toBe(1);
      expect(report.cells["applications.results.total.total"]?.value, shape).toBe(95);
    }
  });

  it("copies sharing a row are no continuation: the first complete copy is read, the other warned", () => {
    const lines = DISTRICT.split("\n");
    // Table 三 printed again after the report with its first 14 rows: they are rows the first copy read.
    const text = `${DISTRICT}\n${lines.slice(62, 62 + 45).join("\n")}`;
    const { diagnostics } = parseReport(text);
    expect(diagnostics.filter((d) => d.code === "table-continued")).toEqual([]);
    expect(diagnostics.filter((d) => d.code === "table-repeated")).toHaveLength(1);
  });

  it("no real report of the fixtures has a repeated table", () => {
    for (const text of [DISTRICT, CITY, DISTRICT_2023]) expect(repeated(text)).toEqual([]);
  });
});
