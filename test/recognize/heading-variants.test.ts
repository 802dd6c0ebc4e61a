// Section headings a correct report words its own way (red team R13). The report is a correct 2019-layout
// report in tab shape that validates clean (test/fixtures/messy/red-team/tab_2019_unicode_minus.txt); each case
// rewords one heading and must keep the section, its text and the table before it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import { headingText } from "../../src/recognize/headings.js";
import { renderReport } from "../../src/render/index.js";
import type { AnnualReport, Section } from "../../src/schema/report.js";
import { validateReport } from "../../src/validate/validate-report.js";
import { SIX_SECTION_IDS } from "../helpers/sections.js";

const base = readFileSync(new URL("../fixtures/messy/red-team/tab_2019_unicode_minus.txt", import.meta.url), "utf8");
const REVIEW = "四、政府信息公开行政复议、行政诉讼情况";
const PROBLEMS = "五、存在的主要问题及改进情况";
/** The fixture's six section headings, as printed. */
const HEADINGS = [
  "一、总体情况",
  "二、主动公开政府信息情况",
  "三、收到和处理政府信息公开申请情况",
  REVIEW,
  PROBLEMS,
  "六、其他需要报告的事项",
];

/** The report with one heading reworded: its sections (id → text) and its warnings and errors. */
function reworded(from: string, to: string) {
  if (!base.includes(from)) throw new Error(`fixture lacks ${from}`);
  const { report } = parseReport(base.replace(from, to));
  const sections = new Map<string | null, Section>(report.sections.map((s) => [s.id, s]));
  const findings = validateReport(report).filter((f) => f.severity !== "info");
  return { report, sections, findings };
}

describe("reworded section headings keep their section (a data change in templates/sections.ts)", () => {
  it.each([
    ["一、总体情况", "一、工作概况", "overview"],
    ["三、收到和处理政府信息公开申请情况", "三、依申请公开情况", "applications"],
    [REVIEW, "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况", "review_litigation"],
    [REVIEW, "四、行政复议、行政诉讼情况", "review_litigation"],
    [REVIEW, "四、因政府信息公开申请行政复议、提起行政诉讼的情况", "review_litigation"],
    [PROBLEMS, "五、主要问题及改进情况", "problems_improvements"],
    [PROBLEMS, "五、存在的主要问题及下一步工作打算", "problems_improvements"],
  ])("%s → %s", (from, to, id) => {
    const { sections, findings } = reworded(from, to);
    expect(sections.get(id)?.heading).toBe(to);
    expect(findings).toEqual([]);
  });
});

describe("a heading the data does not list still ends the table before it", () => {
  // 四 worded so that only the pre-2019 keywords name it (行政复议 / 行政诉讼): it is no 2019/2021 label.
  const to = "四、因信息公开工作引起的行政复议及行政诉讼情况";
  const { report, sections } = reworded(REVIEW, to);

  it("reads section 四 under its own heading, and 五 after it", () => {
    expect(sections.get("review_litigation")?.heading).toBe(to);
    expect(sections.get("problems_improvements")?.heading).toBe(PROBLEMS);
  });

  it("keeps Table 三 whole and reads Table 四 (read off the fixture: 本年新收 总计 312, 结转下年度 总计 4, 行政复议 结果维持 3)", () => {
    expect(report.cells["applications.new.total"]?.value).toBe(312);
    expect(report.cells["applications.carried_forward.total"]?.value).toBe(4);
    expect(report.cells["review_litigation.review.upheld"]?.value).toBe(3);
  });
});

describe("headings printed in other forms keep every section (red team R13)", () => {
  const NUMBERS = ["一", "二", "三", "四", "五", "六"];
  /** The report with each of its six headings (lines of their own) rewritten. */
  const rewritten = (form: (heading: string, k: number) => string) =>
    parseReport(
      base
        .split("\n")
        .map((line) => (HEADINGS.includes(line) ? form(line, HEADINGS.indexOf(line)) : line))
        .join("\n"),
    ).report;
  const label = (heading: string) => heading.replace(/^[一二三四五六]、/, "");

  it.each([
    ["第一部分：总体情况", (h: string, k: number) => `第${NUMBERS[k]}部分：${label(h)}`],
    ["一 总体情况 (a space for 、)", (h: string, k: number) => `${NUMBERS[k]} ${label(h)}`],
    ["【一、总体情况】", (h: string) => `【${h}】`],
    ["**一、总体情况** (emphasis left literal)", (h: string) => `**${h}**`],
    ["**一、**总体情况", (h: string, k: number) => `**${NUMBERS[k]}、**${label(h)}`],
  ])("%s", (_, form) => {
    const report = rewritten(form);
    expect(report.sections.map((s) => s.id)).toEqual(SIX_SECTION_IDS);
    expect(validateReport(report).filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("reads a run-in heading in literal emphasis (**五、存在的主要问题及改进情况。**一是…) and its text", () => {
    const { report } = parseReport(base.replace(`${PROBLEMS}\n`, `**${PROBLEMS}。**`));
    const problems = report.sections.find((s) => s.id === "problems_improvements");
    expect(problems?.heading).toBe(PROBLEMS);
    expect(problems?.text.startsWith("一是公开内容不够全面")).toBe(true);
  });

  it("does not read a list item or a table row set off by a space as a heading", () => {
    const { report } = parseReport(base.replace("（一）主动公开。", "一 是主动公开。"));
    expect(report.sections.map((s) => s.id)).toHaveLength(6);
  });
});

describe("a table of contents and a heading printed twice open no section of their own (red team R13)", () => {
  /** The report with `contents` inserted after its title line. */
  const withContents = (contents: readonly string[]) => {
    const [title, ...rest] = base.split("\n");
    return parseReport([title, ...contents, ...rest].join("\n")).report;
  };

  it.each([
    ["plain", HEADINGS],
    ["page numbers after a space", HEADINGS.map((h, i) => `${h} ${i + 1}`)],
    ["dot leaders", HEADINGS.map((h, i) => `${h}……………………${i + 1}`)],
  ])("目录 with its headings %s", (_, listed) => {
    const report = withContents(["目录", ...listed]);
    expect(report.sections.map((s) => s.id)).toEqual(SIX_SECTION_IDS);
    expect(report.sections[0]?.text.startsWith("2020年，溧水区农业农村局认真贯彻落实《条例》")).toBe(true);
    expect(validateReport(report).filter((f) => f.rule.startsWith("STRUCT") && f.severity !== "info")).toEqual([]);
  });

  it("a section's heading printed again right under it (a table's caption row) is no second section", () => {
    const report = parseReport(base.replace(`${HEADINGS[1]}\n`, `${HEADINGS[1]}\n${HEADINGS[1]}\n`)).report;
    expect(report.sections.map((s) => s.id)).toEqual(SIX_SECTION_IDS);
    expect(validateReport(report).filter((f) => f.rule === "STRUCT-SECTION-DUP")).toEqual([]);
  });

  it("two sections headed with one number still get STRUCT-SECTION-DUP", () => {
    const report = parseReport(base.replace(PROBLEMS, "四、存在的主要问题及改进情况")).report;
    expect(validateReport(report).map((f) => f.rule)).toContain("STRUCT-SECTION-DUP");
  });
});

describe("a numbered item inside a section ends no table (review RV12)", () => {
  it.each([
    ["三、收到和处理政府信息公开申请情况", "一、依申请转主动公开"],
    ["三、收到和处理政府信息公开申请情况", "一、妥善应对行政复议"],
    [REVIEW, "一、依申请公开与行政复议衔接"],
  ])("%s, then %s and a line of text: every cell of the table still read", (heading, item) => {
    const before = parseReport(base).report;
    const after = parseReport(base.replace(`${heading}\n`, `${heading}\n${item}\n本年度规范办理流程。\n`)).report;
    expect(Object.keys(after.cells)).toHaveLength(Object.keys(before.cells).length);
    expect(after.cells["applications.new.total"]?.value).toBe(312);
    expect(after.cells["review_litigation.review.upheld"]?.value).toBe(3);
  });
});

describe("sections numbered 第一部分 with sub-sections numbered 一、 (review RV12)", () => {
  const seed = readFileSync(new URL("../fixtures/seeds/000_cc43e5a43c1be886.txt", import.meta.url), "utf8");
  /** Seed 000 with its six headings as 第X部分 and the sub-headings of 一 as 一、… (prose lines, not table rows). */
  const parted = seed
    .split("\n")
    .map((line) => {
      if (line.includes("|")) return line;
      const section = /^([一二三四五六])、(.+)$/.exec(line);
      if (section) return `第${section[1]}部分 ${section[2]}`;
      const sub = /^\(([一二三四五])\)(.+)$/.exec(line);
      return sub ? `${sub[1]}、${sub[2]}` : line;
    })
    .join("\n");

  it("reads the 一、 lines as sub-sections of 第一部分, not as sections", () => {
    expect(parted).toContain("第一部分 总体情况\n");
    expect(parted).toContain("\n一、主动公开情况\n");
    const { report } = parseReport(parted);
    expect(report.sections.map((s) => s.id)).toEqual(SIX_SECTION_IDS);
    expect(report.sections[0]?.subsections.map((s) => [s.id, s.heading])).toEqual([
      ["overview.active_disclosure", "一、主动公开情况"],
      ["overview.application_handling", "二、依申请公开情况"],
      ["overview.information_management", "三、政府信息管理情况"],
      ["overview.platform_building", "四、政府信息公开平台建设情况"],
      ["overview.supervision_guarantee", "五、监督保障情况"],
    ]);
    expect(report.sections[0]?.subsections[0]?.text.startsWith("积极做好政务信息公开工作")).toBe(true);
    // The same values as the seed as printed, and only the headings' form noted.
    const values = (cells: AnnualReport["cells"]) =>
      Object.entries(cells).map(([id, c]) => `${id} ${c?.status} ${c?.value}`);
    expect(values(report.cells)).toEqual(values(parseReport(seed).report.cells));
    expect(validateReport(report).map((f) => f.rule)).toEqual(Array(6).fill("STRUCT-HEADING"));
  });

  it("reads a 一、 line that names a section (二、依申请公开政府信息情况) under 第一部分 as a sub-section too (review RV17)", () => {
    const named = parted.replace("\n二、依申请公开情况\n", "\n二、依申请公开政府信息情况\n");
    expect(named).not.toBe(parted);
    const { report } = parseReport(named);
    expect(report.sections.map((s) => s.id)).toEqual(SIX_SECTION_IDS);
    expect(report.sections[0]?.subsections.map((s) => s.heading)).toContain("二、依申请公开政府信息情况");
    expect(report.sections[5]?.text).toContain("信息处理费");
  });

  it("reads 三、收到和处理… after 第一部分 and 第二部分 as section 三: a section's label under its own number", () => {
    const mixed = parted
      .replace("第三部分 收到", "三、收到")
      .replace("第四部分 政府", "四、政府")
      .replace("第五部分 存在", "五、存在")
      .replace("第六部分 其他", "六、其他");
    expect(mixed).toContain("\n四、政府信息公开行政复议、行政诉讼情况\n");
    const { report } = parseReport(mixed);
    expect(report.sections.map((s) => s.id)).toEqual(SIX_SECTION_IDS);
    expect(report.sections[0]?.subsections).toHaveLength(5);
    expect(Object.keys(report.cells)).toHaveLength(200);
  });

  it("renders such a report with its sub-sections numbered （一）, and reads the rendering back alike (review RV17)", () => {
    const { report } = parseReport(parted);
    for (const shape of ["pipe", "markdown", "html"] as const) {
      const back = parseReport(renderReport(report, shape)).report;
      expect(
        back.sections.map((s) => s.id),
        shape,
      ).toEqual(SIX_SECTION_IDS);
      expect(
        back.sections[0]?.subsections.map((s) => s.id),
        shape,
      ).toEqual(report.sections[0]?.subsections.map((s) => s.id));
    }
  });

  it("keeps one 第…部分 heading among 一、 sections as it was: the 一、 lines stay sections", () => {
    const one = seed.replace("\n一、总体情况\n", "\n第一部分 总体情况\n");
    expect(parseReport(one).report.sections.map((s) => s.id)).toEqual(SIX_SECTION_IDS);
  });
});

describe("an ordinal escaped by a Markdown converter (一\\、总体情况, red team R14)", () => {
  it("reads the six sections under their headings as printed without the backslash", () => {
    const seed = readFileSync(new URL("../fixtures/seeds/000_cc43e5a43c1be886.txt", import.meta.url), "utf8");
    const md = renderReport(parseReport(seed).report, "markdown").replace(/^(#* *)([一二三四五六])、/gm, "$1$2\\、");
    expect(md).toContain("## 一\\、总体情况");
    const { report } = parseReport(md);
    expect(report.sections.map((s) => s.id)).toEqual(SIX_SECTION_IDS);
    expect(report.sections[0]?.heading).toBe("一、总体情况");
    expect(validateReport(report).filter((f) => f.rule.startsWith("STRUCT-"))).toEqual([]);
  });

  it("reads it inside emphasis or brackets too (**一\\、总体情况**, 【一\\、总体情况】; review RV17)", () => {
    expect(headingText("**一\\、总体情况**")).toBe("一、总体情况");
    expect(headingText("【一\\、总体情况】")).toBe("一、总体情况");
    expect(headingText("（一\\）主动公开")).toBe("（一）主动公开");
  });
});
