/** Markdown whose tables are raw HTML and whose headings are bold paragraphs (pandoc gfm/commonmark; R23 D9). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/index.js";
import { detectShape } from "../../src/input/detect.js";

const text = readFileSync(new URL("../fixtures/messy/r23/md-bold-headings-rawhtml-tables.md", import.meta.url), "utf8");

describe("Markdown with raw HTML tables and bold headings (R23 D9)", () => {
  it("is markdown: prose wrapped over several lines between blank lines, no markup outside the tables", () => {
    expect(detectShape(text)).toBe("markdown");
  });

  it("reads the title, organisation, year and the six sections (all null and 3 of 6 when read as one HTML page)", () => {
    const { report } = parseReport(text);
    expect(report.meta.shape).toBe("markdown");
    expect(report.meta.title).toBe("淮安市洪泽区人民政府2024 年政府信息公开工作年度报告");
    expect(report.meta.orgName).toBe("淮安市洪泽区人民政府");
    expect(report.meta.year).toBe(2024);
    expect(report.sections).toHaveLength(6);
  });

  it("keeps an HTML fragment whose prose is in tags, or that is one block of lines, html", () => {
    const table = "<table><tr><td>规章</td><td>0</td></tr></table>";
    expect(detectShape(`<p>一、总体情况</p>\n\n<p>正文</p>\n\n<div>二</div>\n\n${table}\n`)).toBe("html");
    expect(detectShape(`一、总体情况\n正文\n二、主动公开\n${table}\n`)).toBe("html");
  });
});
