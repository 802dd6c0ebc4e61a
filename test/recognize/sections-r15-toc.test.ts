// A table of contents (目录) printed directly before the body's first heading 一、总体情况 (red team R15 #5): the
// contents list ends where a section it already lists is headed again, so the overview and its text are kept.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import { renderReport } from "../../src/render/index.js";
import { validateReport } from "../../src/validate/validate-report.js";
import { SIX } from "../fixtures/expected/types.js";
import { SIX_SECTION_IDS } from "../helpers/sections.js";

const seed = readFileSync(new URL("../fixtures/seeds/000_cc43e5a43c1be886.txt", import.meta.url), "utf8");
const huaian = readFileSync(new URL("../fixtures/corpus/025_2024_huaianshi.txt", import.meta.url), "utf8");

/** Inserts `toc` right before the first `一、总体情况` line of `text`. */
function withContents(text: string, toc: string): string {
  const at = text.indexOf("一、总体情况");
  if (at < 0) throw new Error("no 一、总体情况");
  return `${text.slice(0, at)}${toc}${text.slice(at)}`;
}

/** STRUCT findings that are warnings or errors. */
const structProblems = (text: string) =>
  validateReport(parseReport(text).report).filter((f) => f.rule.startsWith("STRUCT") && f.severity !== "info");

describe("a table of contents directly before 一、总体情况", () => {
  it("keeps seed 000's overview (plain text: 目录, the six headings, then the body)", () => {
    const text = withContents(seed, `目录\n${SIX.join("\n")}\n`);
    const { report } = parseReport(text);
    expect(report.sections.map((s) => s.id)).toEqual(SIX_SECTION_IDS);
    const overview = report.sections[0];
    expect(overview?.heading).toBe("一、总体情况");
    expect(overview?.text.startsWith("2023年,我局严格按照兰溪市委、市政府关于政务公开的工作部署")).toBe(true);
    expect(overview?.subsections.map((s) => s.number)).toEqual(["（一）", "（二）", "（三）", "（四）", "（五）"]);
    expect(structProblems(text)).toEqual([]);
  });

  it("keeps corpus 025's overview (PDF text: TOC, a page number and a form feed, then 一、总体情况)", () => {
    const text = withContents(huaian, `目  录\n${SIX.join("\n")}\n- 1 -\n\f`);
    const { report } = parseReport(text);
    expect(report.sections.map((s) => s.id)).toEqual(SIX_SECTION_IDS);
    expect(report.sections[0]?.text.startsWith("2024 年，\n我市坚持以习近平新时代中国特色社会主义思想为")).toBe(true);
    expect(structProblems(text)).toEqual([]);
  });

  it("keeps seed 000's overview in Markdown (the TOC as paragraphs, then ## 一、总体情况)", () => {
    const md = renderReport(parseReport(seed).report, "markdown").replace(
      /^## 一、总体情况/m,
      `目录\n\n${SIX.join("\n\n")}\n\n## 一、总体情况`,
    );
    const { report } = parseReport(md);
    expect(report.sections.map((s) => s.id)).toEqual(SIX_SECTION_IDS);
    expect(report.sections[0]?.text.startsWith("2023年,我局严格按照兰溪市委")).toBe(true);
    expect(structProblems(md)).toEqual([]);
  });
});
