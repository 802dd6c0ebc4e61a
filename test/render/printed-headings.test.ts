import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import { renderReport } from "../../src/render/index.js";
import { SHAPES } from "../../src/schema/common.js";

const parse = (fixture: string) =>
  parseReport(readFileSync(new URL(`../fixtures/${fixture}`, import.meta.url), "utf8")).report;

/** The level-2 headings of a Markdown render. */
const headings = (markdown: string): string[] =>
  markdown
    .split("\n")
    .filter((l) => l.startsWith("## "))
    .map((l) => l.slice(3));

describe("renderReport writes each section's heading as the report printed it", () => {
  it("seed 002's 一、情况 stays 一、情况 (not the layout's 一、总体情况)", () => {
    const report = parse("seeds/002_d039ec262de9d514.txt");
    expect(report.sections[0]?.heading).toBe("一、情况");
    expect(headings(renderReport(report, "markdown"))[0]).toBe("一、情况");
  });

  it("headings numbered （一）, 第一部分 or 1. 一、 get no second number", () => {
    const cases: [string, string][] = [
      ["messy/red-team/r10-sec-paren-2021.txt", "（三）收到和处理政府信息公开申请情况"],
      ["messy/red-team/r10-sec-part-2021.txt", "第三部分 收到和处理政府信息公开申请情况"],
      ["messy/red-team/r6-m14-h2-arabic-numbered.md", "3. 三、收到和处理政府信息公开申请情况"],
    ];
    for (const [fixture, third] of cases) {
      expect(headings(renderReport(parse(fixture), "markdown"))[2]).toBe(third);
    }
  });

  it("an unnumbered 概述 is written without a stray 、 (the 2010 report)", () => {
    const report = parse("legacy/red-team/narrative-2010.txt");
    expect(report.sections[0]).toMatchObject({ id: "overview", heading: "概述" });
    expect(headings(renderReport(report, "markdown"))[0]).toBe("概述");
  });

  // Rendered with a second number (一、（一）总体情况), the section 三 heading was lost on the way back.
  it.each(SHAPES)("through %s, every section is read back with its id and printed heading", (shape) => {
    for (const fixture of [
      "messy/red-team/r10-sec-paren-2021.txt",
      "messy/red-team/r10-sec-part-2021.txt",
      "legacy/red-team/narrative-2010.txt",
      "seeds/002_d039ec262de9d514.txt",
    ]) {
      const report = parse(fixture);
      const again = parseReport(renderReport(report, shape), { shape }).report;
      const sections = (r: typeof report) => r.sections.map((s) => [s.id, s.heading]);
      expect(sections(again), `${fixture} as ${shape}`).toEqual(sections(report));
    }
  });
});
