/**
 * Pre-2019 headings printed without an ordinal beside numbered ones: a preface (概述) before the numbered
 * sections and an annex (附件：…统计表, 附表) after them are sections; the same words inside the numbered run
 * are prose. Headings read off the fixtures at the lines named.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";

const dir = new URL("../fixtures/legacy/red-team/", import.meta.url);
const sectionsOf = (text: string) => parseReport(text).report.sections.map((s) => [s.id, s.heading]);
const read = (file: string) => readFileSync(new URL(file, dir), "utf8");
/** The six sections both reports number (read off them by hand). */
const SIX = ["overview", "active_disclosure", "applications", "fees", "review_litigation", "problems_improvements"];

describe("unnumbered pre-2019 sections", () => {
  it("reads a 概述 preface before sections numbered 一 to 五 (narrative-2010, line 5)", () => {
    const { report } = parseReport(read("narrative-2010.txt"));
    expect(report.sections.map((s) => s.id)).toEqual(SIX);
    expect(report.sections[0]).toMatchObject({ heading: "概述", source: { line: 5 } });
    expect(report.sections[0]?.text).toContain("政府信息公开工作取得新进展");
  });

  it("reads an annex after the last numbered section (附件：政府信息公开情况统计表)", () => {
    const sections = sectionsOf(read("nat-image-only.txt"));
    expect(sections.at(-1)).toEqual(["annex_tables", "附件：政府信息公开情况统计表"]);
    expect(sections.map(([id]) => id)).toEqual([...SIX, "annex_tables"]);
  });

  it("keeps the words as prose inside the numbered run, and an annex word in a long line as prose", () => {
    const text = [
      "某某县人民政府2010年政府信息公开工作年度报告",
      "一、主动公开政府信息情况",
      "全年主动公开政府信息120条。",
      "概述",
      "二、依申请公开政府信息情况",
      "附件中列出了全年办理的全部申请及其答复情况，请查阅本机关网站的有关栏目。",
      "三、存在的主要问题及改进措施",
      "公开深度有待加强。",
    ].join("\n");
    expect(sectionsOf(text).map(([id]) => id)).toEqual(["active_disclosure", "applications", "problems_improvements"]);
  });
});
