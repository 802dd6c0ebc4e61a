// Titles as PDF text and CMS pages print them (red teams R12, R13): split over lines, the year on a line of its
// own, a cited format in the first sentence. The report is a correct 2019-layout report
// (test/fixtures/messy/red-team/tab_2019_unicode_minus.txt, 溧水区农业农村局, 2020) with its statistics-period
// sentence removed, so that the year can come from the title alone.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import { validateReport } from "../../src/validate/validate-report.js";

const fixture = readFileSync(new URL("../fixtures/messy/red-team/tab_2019_unicode_minus.txt", import.meta.url), "utf8");
const TITLE = "溧水区农业农村局2020年政府信息公开工作年度报告";
const PERIOD = "本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。";
const base = fixture.replace(PERIOD, "");

/** The report's title, body and year with its title line replaced by `lines`, and its META findings. */
function titled(lines: readonly string[], text = base) {
  if (!text.startsWith(`${TITLE}\n`)) throw new Error("fixture title moved");
  const { report } = parseReport(lines.join("\n") + text.slice(TITLE.length));
  const { title, orgName, year } = report.meta;
  const meta = validateReport(report).filter((f) => f.rule.startsWith("META"));
  return { title, orgName, year, meta };
}

describe("titles split over lines, years on a line of their own", () => {
  it("the report as printed", () => {
    expect(titled([TITLE])).toEqual({ title: TITLE, orgName: "溧水区农业农村局", year: 2020, meta: [] });
  });

  it.each([
    [["溧水区农业农村局2020年政府信息公开", "工作年度报告"]],
    [["溧水区农业农村局", "2020年政府信息公开工作", "年度报告"]],
    [["溧水区农业农村局2020年", "政府信息公开工作年度报告"]],
  ])("%j: the lines joined", (lines) => {
    expect(titled(lines)).toEqual({ title: TITLE, orgName: "溧水区农业农村局", year: 2020, meta: [] });
  });

  it.each([
    [["2020年度", "溧水区农业农村局政府信息公开工作年度报告"]],
    [["溧水区农业农村局政府信息公开工作年度报告", "2020年度"]],
    [["溧水区农业农村局政府信息公开工作年度报告", "二〇二〇年"]],
  ])("%j: the year from the line beside the title", (lines) => {
    expect(titled(lines)).toEqual({
      title: "溧水区农业农村局政府信息公开工作年度报告",
      orgName: "溧水区农业农村局",
      year: 2020,
      meta: [],
    });
  });

  it("a title key cited in the first sentence (《…工作年度报告格式》, wrapped before its 。) is no title", () => {
    const wrapped = base.replace(
      /本报告根据[^\n]*\n/,
      "本报告根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式（试行）》\n要求编制。\n",
    );
    const got = titled(["溧水区农业农村局2020年政府信息公开", "工作年度报告"], wrapped);
    expect([got.title, got.year, got.meta]).toEqual([TITLE, 2020, []]);
  });

  it("a line holding the key whole with words after it (…报告统计表) is joined with no line after it", () => {
    // Before: …报告统计表 and the heading under it were joined into the title 溧水区…年度报告统计表一、总体情况.
    const got = titled(["溧水区农业农村局2020年政府信息公开工作年度报告统计表", "一、总体情况"]);
    // The line is a statistics sheet's caption: no title, but it names the body and the year (red team R24).
    expect([got.title, got.orgName, got.year]).toEqual([null, "溧水区农业农村局", 2020]);
  });

  it.each([
    ["2020年溧水区农业局政府信息公开情况统计表", "溧水区农业局"],
    ["溧水区农业局2020年度政务公开工作附表", "溧水区农业局"],
  ])("a sheet's caption %s gives the body and the year, and no title", (caption, org) => {
    // Before: title and year null, the body the signature's (溧水区农业农村局).
    const got = titled([caption, "一、总体情况"]);
    expect([got.title, got.orgName, got.year]).toEqual([null, org, 2020]);
    expect(got.meta.map((f) => f.rule)).not.toContain("META-YEAR-MISSING");
  });

  it.each([
    "附表：2020年度政府信息公开工作情况统计表",
    "表1 2020年政府信息公开情况统计表",
    "单位：件 2020年政府信息公开情况统计表",
  ])("a caption %s without a body's name gives the year, and its label is no body", (caption) => {
    // Review RV26: the caption's label (附表：, 表1, 单位：件) was taken for the body's name.
    const got = titled([caption, "一、总体情况"]);
    expect([got.title, got.orgName, got.year]).toEqual([null, "溧水区农业农村局", 2020]);
  });

  it("a short line before the title that is no year is not read as one", () => {
    expect(titled(["政务公开", TITLE]).year).toBe(2020);
    const noYear = titled(["第2期", "溧水区农业农村局政府信息公开工作年度报告"]);
    expect([noYear.year, noYear.meta.map((f) => f.rule)]).toEqual([null, ["META-YEAR-MISSING"]]);
  });
});

describe("the year of a statistics period that is not a calendar year", () => {
  it("is the year the period ends in (2022-12-01 to 2023-11-30 is 2023's)", () => {
    const period = "本报告中所列数据的统计期限自2022年12月1日起至2023年11月30日止。";
    const { report } = parseReport(
      fixture.replace(TITLE, "溧水区农业农村局政府信息公开工作年度报告").replace(PERIOD, period),
    );
    expect(report.meta.statPeriod?.start).toBe("2022-12-01");
    expect(report.meta.statPeriod?.end).toBe("2023-11-30");
    expect(report.meta.year).toBe(2023);
  });
});

describe("dates written in words (red team R13)", () => {
  it("reads 元月 as January and a period's end written in Chinese numerals without its year", () => {
    const text = fixture
      .replace("\n2021年1月20日", "\n二〇二一年元月二十日")
      .replace("自2020年1月1日起至2020年12月31日止", "自二〇二〇年一月一日至十二月三十一日");
    const { meta } = parseReport(text).report;
    expect(meta.reportDate).toBe("2021-01-20");
    expect([meta.statPeriod?.start, meta.statPeriod?.end]).toEqual(["2020-01-01", "2020-12-31"]);
  });
});

describe("a year beside the title yields to a stated period (review RV12)", () => {
  it("2024年 on the line above a title without a year, period 2020: the year is the period's", () => {
    const { report } = parseReport(`2024年\n溧水区农业农村局政府信息公开工作年度报告${fixture.slice(TITLE.length)}`);
    expect(report.meta.year).toBe(2020);
  });

  it("a period whose end names no year and falls before its start ends in the next year (至11月30日)", () => {
    const period = "本报告中所列数据的统计期限自2022年12月1日起至11月30日止。";
    const { report } = parseReport(
      fixture.replace(TITLE, "溧水区农业农村局政府信息公开工作年度报告").replace(PERIOD, period),
    );
    expect([report.meta.statPeriod?.end, report.meta.year]).toEqual(["2023-11-30", 2023]);
  });
});

describe("a title set in 书名号 (review RV13)", () => {
  it.each([
    "《溧水区农业农村局2020年政府信息公开工作年度报告》",
    "溧水区农业农村局关于《2020年政府信息公开工作年度报告》的公告",
    "关于《溧水区农业农村局2020年政府信息公开工作年度报告》的公告",
  ])("%s: the title as printed, the body without its 书名号, the year", (title) => {
    expect(titled([title])).toEqual({ title, orgName: "溧水区农业农村局", year: 2020, meta: [] });
  });
});

describe("titles in 书名号 beside other lines (review RV14)", () => {
  it("the body's name on the line above 《2020年…报告》", () => {
    // A name other than the signature's (溧水区农业农村局), so that it can only come from the line above.
    expect(titled(["溧水区农业农村局办公室", "《2020年政府信息公开工作年度报告》"])).toMatchObject({
      orgName: "溧水区农业农村局办公室",
      year: 2020,
    });
  });

  it("a wrapped title is found although a later line cuts a citation of the format after its title key", () => {
    const cut = base.replace(
      /本报告根据[^\n]*\n/,
      "本报告根据《条例》和《中华人民共和国政府信息公开工作年度报告\n格式》要求编制。\n",
    );
    const got = titled(["溧水区农业农村局2020年政府信息公开", "工作年度报告"], cut);
    expect([got.title, got.orgName, got.year]).toEqual([TITLE, "溧水区农业农村局", 2020]);
  });
});

describe("a title worded as a notice (review RV14)", () => {
  it("关于公布溧水区农业农村局2020年…报告的通知: the body without 关于公布", () => {
    expect(titled(["关于公布溧水区农业农村局2020年政府信息公开工作年度报告的通知"])).toMatchObject({
      orgName: "溧水区农业农村局",
      year: 2020,
    });
  });
});

describe("lines that are no body's name, and bodies inside a notice (review RV15)", () => {
  it("a document number above a notice's title is no body", () => {
    const got = titled(["溧政办发〔2021〕3号", "关于公布2020年政府信息公开工作年度报告的通知"]);
    expect([got.orgName === "溧政办发〔2021〕3号", got.year]).toEqual([false, 2020]);
  });

  it.each([
    ["溧水区农业农村局关于公布2020年政府信息公开工作年度报告的通知", "溧水区农业农村局"],
    ["某办公室关于公布《溧水区农业农村局2020年政府信息公开工作年度报告》的通知", "溧水区农业农村局"],
  ])("%s: the body %s", (title, org) => {
    expect(titled([title])).toMatchObject({ orgName: org, year: 2020 });
  });
});

describe("breadcrumbs, field labels, bracketed years and ○ in titles (review RV16)", () => {
  it("a breadcrumb above the title is neither the title nor the body", () => {
    expect(titled(["首页 / 政务公开 / 政府信息公开年报", TITLE])).toMatchObject({ title: TITLE, year: 2020 });
    const got = titled(["首页 → 政务公开 → 年度报告", "2020年度溧水区农业农村局政府信息公开工作年度报告"]);
    expect([got.orgName, got.year]).toEqual(["溧水区农业农村局", 2020]);
  });

  it.each([
    "标题：溧水区农业农村局2020年政府信息公开工作年度报告",
    "【2020年度】溧水区农业农村局政府信息公开工作年度报告",
    "（2020年度）溧水区农业农村局政府信息公开工作年度报告",
    "溧水区农业农村局二○二○年政府信息公开工作年度报告",
  ])("%s: the body 溧水区农业农村局, the year 2020", (title) => {
    expect(titled([title])).toMatchObject({ orgName: "溧水区农业农村局", year: 2020 });
  });

  it("a year line 二○二○年度 above the title gives the year, not the body", () => {
    const got = titled(["二○二○年度", "溧水区农业农村局政府信息公开工作年度报告"]);
    expect([got.orgName, got.year]).toEqual(["溧水区农业农村局", 2020]);
  });
});

describe("every reading of the line above a title rejects what is no body's name", () => {
  it.each([
    [["首页 > 政务公开", "政府信息公开工作年度报告", "（2020年度）"]],
    [["溧政办发〔2021〕3号", "政府信息公开工作年度报告", "（2020年度）"]],
    [["首页 / 政务公开 / 年报", "政府信息公开工作年度报告", "2020年度"]],
  ])("%j: the body is not that line", (lines) => {
    const got = titled(lines);
    expect(got.year).toBe(2020);
    expect(got.orgName).not.toBe(lines[0]);
  });
});
