import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport, parseReports } from "../../src/index.js";

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), "utf8");
const D2024 = fixture("corpus/024_2024_hongzequ.txt");
const D2023 = fixture("corpus/023_2023_hongzequ.txt");
const L2023 = D2023.split("\n");
const L2024 = D2024.split("\n");

/** [year, applications received, section count] of each report parseReports finds. */
const summary = (text: string) =>
  parseReports(text).map((r) => [
    r.report.meta.year,
    r.report.cells["applications.new.total"]?.value ?? null,
    r.report.sections.length,
  ]);
const warnings = (text: string) =>
  parseReport(text)
    .diagnostics.filter((d) => d.code === "multiple-reports")
    .map((d) => [d.source?.line, d.text]);
/** `text`'s six section headings (一、总体情况 …) renumbered by `number(ordinal)`. */
const renumbered = (text: string, number: (ordinal: string) => string) =>
  text
    .split("\n")
    .map((l) =>
      l.replace(
        /^([一二三四五六])、(总体情况|主动公开|收到和处理|政府信息公开行政复议|存在的主要|其他需要)/u,
        (_, n, rest) => `${number(n)}${rest}`,
      ),
    )
    .join("\n");
const arabic = (n: string) => "一二三四五六".indexOf(n) + 1;

// 024 (2024, 95 received) has 172 lines; 023 (2023, 21 received) starts at line 173 (`- 1 -`), its body's name
// 洪泽区人民政府 on line 174 above its title, its 一、总体情况 on its line 12.
const TITLE_2023 = "洪泽区人民政府2023 年政府信息公开工作年度报告";

describe("a second report whose section 一 comes more than 60 lines after its title (F20)", () => {
  // 024's introduction (its lines 4–10, seven lines of prose) printed ten times: 70 lines before 023's 一、总体情况.
  const preamble = Array.from({ length: 10 }, () => L2024.slice(3, 10)).flat();
  const one = L2023.indexOf("一、总体情况");

  it("70 lines of introduction before 一、总体情况: two reports, the second from its body's name", () => {
    expect(preamble).toHaveLength(70);
    const text = `${D2024}\n${[...L2023.slice(0, one), ...preamble, ...L2023.slice(one)].join("\n")}`;
    // Before: one report of 12 sections (023's six read as 024's).
    expect(summary(text)).toEqual([
      [2024, 95, 6],
      [2023, 21, 6],
    ]);
    expect(warnings(text)).toEqual([[174, TITLE_2023]]);
  });

  it("a table of contents with page numbers and the introduction before 一、总体情况: two reports", () => {
    const contents = ["目录", "一、总体情况……………1", "二、主动公开政府信息情况……………2", "三、收到和处理……………3"];
    const text = `${D2024}\n${[...L2023.slice(0, one), ...contents, ...preamble, ...L2023.slice(one)].join("\n")}`;
    expect(summary(text)).toEqual([
      [2024, 95, 6],
      [2023, 21, 6],
    ]);
  });

  it("another year's title cited on a line of its own 70 lines before the next section: no report", () => {
    const five = L2024.findIndex((l) => l.startsWith("五、存在"));
    const text = [
      ...L2024.slice(0, five),
      "淮安市洪泽区人民政府2023年政府信息公开工作年度报告",
      ...preamble,
      ...L2024.slice(five),
    ].join("\n");
    expect(warnings(text)).toEqual([]);
    expect(summary(text)).toEqual([[2024, 95, 6]]);
  });

  it("a list of related titles, a long footer, then no section 一: no report", () => {
    const related = ["相关链接", "淮安市洪泽区人民政府2023年政府信息公开工作年度报告", ...preamble, "一、网站声明"];
    const text = `${D2024}\n${related.join("\n")}\n`;
    expect(warnings(text)).toEqual([]);
    expect(summary(text).map(([year, received]) => [year, received])).toEqual([[2024, 95]]);
  });
});

describe("a first report numbering its sections only （一） or 1. (F20)", () => {
  const cases: [string, (n: string) => string][] = [
    ["（一） … （六）", (n) => `（${n}）`],
    ["1. … 6.", (n) => `${arabic(n)}.`],
    ["1、 … 6、", (n) => `${arabic(n)}、`],
  ];
  for (const [name, number] of cases) {
    it(`024 numbered ${name} then 023: two reports, 024's 95 received (was one report with 023's 21)`, () => {
      const text = `${renumbered(D2024, number)}\n${D2023}`;
      expect(summary(text)).toEqual([
        [2024, 95, 6],
        [2023, 21, 6],
      ]);
      expect(warnings(text)).toEqual([[174, TITLE_2023]]);
      expect(parseReport(text).report.cells["applications.new.total"]?.value).toBe(95);
    });
  }
});

describe("sections numbered 1. to 6. or 1、 to 6. (F20)", () => {
  it("give the six sections with their GB ids; 1.属于国家秘密 inside a table stays a row", () => {
    for (const number of [(n: string) => `${arabic(n)}.`, (n: string) => `${arabic(n)}、`]) {
      const { report } = parseReport(renumbered(D2023, number));
      expect(report.sections.map((s) => [s.id, s.number])).toEqual([
        ["overview", "一"],
        ["active_disclosure", "二"],
        ["applications", "三"],
        ["review_litigation", "四"],
        ["problems_improvements", "五"],
        ["other_matters", "六"],
      ]);
      expect(report.sections[0]!.heading).toBe(`${number("一")}总体情况`);
      expect(report.sections[0]!.subsections).toHaveLength(5);
      expect(report.cells["applications.new.total"]?.value).toBe(21);
    }
  });
});
