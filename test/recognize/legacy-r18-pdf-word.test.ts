// Red team R18: pre-2019 tables as PDF text and as Word text (one cell per line) that read wrong or lost values.
// Fixtures: test/fixtures/legacy/r18/ (the red team's reproductions). Every value below is read off the fixture by hand.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/index.js";
import type { AnnualReport, LegacyRow } from "../../src/schema/report.js";

const text = (name: string): string => readFileSync(new URL(`../fixtures/legacy/r18/${name}`, import.meta.url), "utf8");
const parse = (input: string): AnnualReport => parseReport(input).report;
const rows = (report: AnnualReport): LegacyRow[] => report.legacy.flatMap((t) => t.rows);
/** The value of the row typed `id`, undefined when no row is. */
const value = (report: AnnualReport, id: string): number | string | null | undefined =>
  rows(report).find((r) => r.id === id)?.cell.value;
/** The rows of a label, as [id, column, raw value]. */
const ofLabel = (report: AnnualReport, label: string): [string | null, string | null, string][] =>
  rows(report)
    .filter((r) => r.label === label)
    .map((r) => [r.id, r.column, r.cell.raw]);

describe("1. the Dingxi form as PDF text: the row code (代码 01) is never the value", () => {
  it("reads 本期实际 and 本年累计 under the header line the lines reader kept as one cell", () => {
    const report = parse(text("dingxi-pdf-code-column.txt"));
    expect(ofLabel(report, "主动公开信息数")).toEqual([
      ["legacy_sh.active.total", "本期实际", "412"],
      ["legacy_sh.active.total.year_to_date", "本年累计", "1630"],
    ]);
    expect(value(report, "legacy_sh.applications.total")).toBe(6);
    expect(value(report, "legacy_sh.applications.total.year_to_date")).toBe(21);
    expect(value(report, "legacy_sh.replies.granted")).toBe(3);
    expect(value(report, "legacy_sh.replies.granted.year_to_date")).toBe(11);
    expect(value(report, "legacy_sh.replies.refused_total")).toBe(2);
    // No code (01, 02, 10 … 20) is read as a value, and every value has a named column.
    expect(rows(report).map((r) => r.cell.raw)).not.toContain("01");
    expect(rows(report).every((r) => r.column !== null)).toBe(true);
    expect(rows(report)).toHaveLength(26);
  });

  it("without its header line, a zero-padded code followed by numbers is the code, and so is 10 in rows of as many numbers", () => {
    const input = text("dingxi-pdf-code-column.txt").replace("指标名称 计量单位 代码 本期实际 本年累计\n", "");
    const report = parse(input);
    expect(value(report, "legacy_sh.active.total")).toBe(412);
    expect(value(report, "legacy_sh.applications.total")).toBe(6);
    expect(value(report, "legacy_sh.replies.granted")).toBe(3);
    expect(ofLabel(report, "申请总数").map((r) => r[2])).toEqual(["6", "21"]);
    // The 本年累计 numbers stay, untyped (no header names their column).
    expect(ofLabel(report, "主动公开信息数")).toEqual([
      ["legacy_sh.active.total", null, "412"],
      [null, null, "1630"],
    ]);
  });

  it("with the code before the unit (指标名称 代码 计量单位 …), splits the code off the label, never placing 1630 under 本期实际", () => {
    const input = text("dingxi-pdf-code-column.txt")
      .replace("指标名称 计量单位 代码", "指标名称 代码 计量单位")
      .replace(/ 条 (\d\d) /g, " $1 条 ");
    expect(input).toContain("主动公开信息数 01 条 412 1630");
    const report = parse(input);
    expect(ofLabel(report, "主动公开信息数")).toEqual([
      ["legacy_sh.active.total", "本期实际", "412"],
      ["legacy_sh.active.total.year_to_date", "本年累计", "1630"],
    ]);
    expect(rows(report).find((r) => r.label === "申请总数")?.unit).toBe("条");
    expect(value(report, "legacy_sh.replies.refused_total.year_to_date")).toBe(7);
    expect(rows(report).every((r) => r.id !== null)).toBe(true);
  });

  it("the Putian form as PDF text types 历年累计 as .cumulative", () => {
    const report = parse(text("putian-pdf.txt"));
    expect(ofLabel(report, "主动公开信息数")).toEqual([
      ["legacy_sh.active.total", "2009年度", "2315"],
      ["legacy_sh.active.total.cumulative", "历年累计", "6120"],
    ]);
    expect(value(report, "legacy_sh.review.total")).toBe(1);
    expect(value(report, "legacy_sh.review.total.cumulative")).toBe(2);
    expect(rows(report).every((r) => r.id !== null)).toBe(true);
  });
});

describe("2. legacy_national as PDF text: a grid of one section line does not end the table", () => {
  it("keeps the 九、 rows after 九、政府信息公开会议和培训情况 — — (the last section)", () => {
    const report = parse(text("nat-pdf-last-section.txt"));
    expect(report.legacy).toHaveLength(1);
    const nine = rows(report).filter((r) => r.section === "九、政府信息公开会议和培训情况");
    expect(nine.map((r) => [r.id, r.cell.value])).toEqual([
      ["legacy_national.training.meetings", 3],
      ["legacy_national.training.courses", 2],
      ["legacy_national.training.trainees", 85],
    ]);
    expect(value(report, "legacy_national.org.budget_10k_yuan")).toBe(8.5);
  });

  it("reads the whole table of the full report, 九、 rows included, each row under its section", () => {
    const report = parse(text("nat-pdf-full.txt"));
    expect(report.legacy).toHaveLength(1);
    expect(rows(report)).toHaveLength(58);
    expect(rows(report).every((r) => r.id !== null)).toBe(true);
    expect(value(report, "legacy_national.training.trainees")).toBe(85);
    expect(rows(report)[0]).toMatchObject({
      id: "legacy_national.active.total",
      section: "一、主动公开情况",
      cell: { value: 1520 },
    });
  });
});

describe("3. a wrapped first data row right after the table's first section row", () => {
  it("joins the label head to its tail and types the value", () => {
    const report = parse(text("nat-pdf-wrapped-first-row.txt"));
    expect(rows(report)[0]).toMatchObject({
      id: "legacy_national.active.total",
      label: "（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）",
      section: "一、主动公开情况",
      unit: "条",
      cell: { raw: "1520", value: 1520 },
    });
    expect(rows(report).some((r) => r.label.startsWith("相同信息"))).toBe(false);
    expect(value(report, "legacy_national.active.channel.website")).toBe(1500);
  });
});

describe("4. one cell per line (Word text): the first data label is no header column", () => {
  it("the Dingxi form keeps 主动公开信息数 and both value columns, with no blank junk cell", () => {
    const report = parse(text("dingxi-word-lines.txt"));
    expect(ofLabel(report, "主动公开信息数")).toEqual([
      ["legacy_sh.active.total", "本期实际", "412"],
      ["legacy_sh.active.total.year_to_date", "本年累计", "1630"],
    ]);
    expect(value(report, "legacy_sh.applications.total.year_to_date")).toBe(21);
    expect(value(report, "legacy_sh.applications.channel.other.year_to_date")).toBe(0);
    expect(rows(report)).toHaveLength(18);
    expect(rows(report).every((r) => r.id !== null && r.cell.status === "number")).toBe(true);
    expect(rows(report).some((r) => r.column === "主动公开信息数")).toBe(false);
  });

  it("the Putian form types 历年累计 as .cumulative", () => {
    const report = parse(text("putian-word-lines.txt"));
    expect(ofLabel(report, "受理依申请公开信息总数")).toEqual([
      ["legacy_sh.applications.total", "2009年度", "14"],
      ["legacy_sh.applications.total.cumulative", "历年累计", "31"],
    ]);
    expect(value(report, "legacy_sh.active.total.cumulative")).toBe(6120);
    expect(rows(report)).toHaveLength(8);
    expect(rows(report).every((r) => r.id !== null)).toBe(true);
  });
});

describe("3b. a label wrapped onto a grid row of its own, in a table whose header line the title's grid held", () => {
  it("joins the head row to its tail instead of reading a blank row", () => {
    const report = parse(text("nat-pdf-wrapped-in-grid.txt"));
    expect(ofLabel(report, "（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）")).toEqual([
      ["legacy_national.response.hot_issues", null, "15"],
    ]);
    expect(rows(report).some((r) => r.label === "（一）回应公众关注热点或重大舆情数（不同方式")).toBe(false);
    // The one blank is the input's: 5.其他方式回应事件数 次 (no value printed).
    expect(
      rows(report)
        .filter((r) => r.cell.status === "blank")
        .map((r) => r.label),
    ).toEqual(["5.其他方式回应事件数"]);
    expect(rows(report)).toHaveLength(58);
    expect(rows(report).every((r) => r.id !== null)).toBe(true);
  });
});

describe("5. a report heading before a grid opening with the table's title is not the table's section", () => {
  it("keeps 七、存在的主要问题和改进措施 out of the rows of the Dingxi form (which has no sections)", () => {
    const input = text("dingxi-pdf-code-column.txt").replace(
      "附表：",
      "七、存在的主要问题和改进措施\n一是公开内容还不够丰富；二是更新还不够及时。\n附表：",
    );
    const report = parse(input);
    expect(value(report, "legacy_sh.active.total")).toBe(412);
    expect(rows(report).map((r) => r.section)).toEqual(rows(report).map(() => null));
  });
});
