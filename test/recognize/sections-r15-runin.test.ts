// Bold run-in section headings with nothing between the heading and its text (red team R15 #4): converters
// print Word's bold run-in heading as `**一、总体情况**2023年,我局…` or `<p><strong>一、总体情况</strong>2023年…</p>`.
// The section must be read under its official heading and keep the prose after it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import { matchHeading } from "../../src/recognize/headings.js";
import { renderReport } from "../../src/render/index.js";
import { validateReport } from "../../src/validate/validate-report.js";
import { SIX_SECTION_IDS } from "../helpers/sections.js";

const seed = readFileSync(new URL("../fixtures/seeds/000_cc43e5a43c1be886.txt", import.meta.url), "utf8");
const huaian = readFileSync(new URL("../fixtures/corpus/025_2024_huaianshi.txt", import.meta.url), "utf8");

/** Each heading of a Markdown rendering run into the paragraph after it (`**heading**text`). */
const runInMarkdown = (md: string): string => md.replace(/^## (.*)\n\n(?![|#])(.+)$/gm, "**$1**$2");

/** The sections' id, heading and opening text of a parsed report. */
function sectionsOf(text: string) {
  const { report } = parseReport(text);
  return {
    report,
    ids: report.sections.map((s) => s.id),
    byId: new Map(report.sections.map((s) => [s.id, s])),
  };
}

describe("a section heading run into its text with no separator", () => {
  it("reads the heading line alone: its section, official heading and the text after it", () => {
    const m = matchHeading("**一、总体情况**2023年,我局严格按照兰溪市委、市政府关于政务公开的工作部署");
    expect(m).toMatchObject({
      id: "overview",
      number: "一",
      gb: true,
      heading: "一、总体情况",
      body: "2023年,我局严格按照兰溪市委、市政府关于政务公开的工作部署",
    });
    const five = matchHeading("**五、存在的主要问题及改进情况**对照上级新要求和公众新期待，");
    expect(five).toMatchObject({
      id: "problems_improvements",
      heading: "五、存在的主要问题及改进情况",
      body: "对照上级新要求和公众新期待，",
    });
  });

  it("keeps a reworded heading whole (no prose after the label) and a contents line with dot leaders out", () => {
    expect(matchHeading("一、总体情况及主要做法")).toMatchObject({ heading: "一、总体情况及主要做法", gb: false });
    expect(matchHeading("一、总体情况及主要做法")?.body).toBeUndefined();
    expect(matchHeading("一、总体情况……………………1")?.body).toBeUndefined();
    // Another section's label after the ordinal is no run-in heading of that section (nor a GB heading).
    const other = matchHeading("一、主动公开政府信息情况，全年公开信息1200条");
    expect(other?.gb).toBe(false);
    expect(other?.body).toBeUndefined();
  });

  it("reads all six sections of seed 000 rendered as Markdown with **heading**text paragraphs", () => {
    const md = runInMarkdown(renderReport(parseReport(seed).report, "markdown"));
    expect(md).toContain("**一、总体情况**2023年,我局严格按照兰溪市委");
    const { report, ids, byId } = sectionsOf(md);
    expect(ids).toEqual(SIX_SECTION_IDS);
    expect(byId.get("overview")?.heading).toBe("一、总体情况");
    expect(byId.get("overview")?.text.startsWith("2023年,我局严格按照兰溪市委、市政府关于政务公开的工作部署")).toBe(
      true,
    );
    expect(byId.get("problems_improvements")?.heading).toBe("五、存在的主要问题及改进情况");
    expect(byId.get("problems_improvements")?.text.startsWith("2023年,我局政务公开工作在深化政务信息公开内容")).toBe(
      true,
    );
    expect(byId.get("other_matters")?.text).toBe(
      "本年度我局未发出政府信息处理费收费通知书,不存在收取信息处理费的情况。",
    );
    expect(validateReport(report).filter((f) => f.rule.startsWith("STRUCT-"))).toEqual([]);
  });

  it("reads seed 000's plain text with each heading joined to its first line (一、总体情况2023年,…)", () => {
    const text = seed.replace(/^([一五六]、\S+)\n/gm, "$1");
    expect(text).toContain("\n六、其他需要报告的事项本年度我局未发出");
    const { ids, byId } = sectionsOf(text);
    expect(ids).toEqual(SIX_SECTION_IDS);
    expect(byId.get("other_matters")?.heading).toBe("六、其他需要报告的事项");
    expect(byId.get("other_matters")?.text.startsWith("本年度我局未发出政府信息处理费收费通知书")).toBe(true);
  });

  it("reads corpus 025 as HTML with <p><strong>heading</strong>text: headings as printed, no STRUCT finding", () => {
    const html = renderReport(parseReport(huaian).report, "html").replace(
      /<h2>(.*?)<\/h2>\n<p>/g,
      "<p><strong>$1</strong>",
    );
    expect(html).toContain("<strong>六、其他需要报告的事项</strong>2024 年");
    const { report, ids, byId } = sectionsOf(html);
    expect(ids).toEqual(SIX_SECTION_IDS);
    expect(byId.get("overview")?.heading).toBe("一、总体情况");
    expect(byId.get("overview")?.text.startsWith("2024 年，")).toBe(true);
    expect(byId.get("problems_improvements")?.text.startsWith("对照上级新要求和公众新期待，")).toBe(true);
    expect(byId.get("other_matters")?.heading).toBe("六、其他需要报告的事项");
    expect(validateReport(report).filter((f) => f.rule.startsWith("STRUCT-"))).toEqual([]);
  });
});
