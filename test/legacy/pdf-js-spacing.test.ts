// Seed 003 (2014, legacy_yn) as a JavaScript user extracts its PDF (red team R26): pdfjs-dist's text items
// grouped into lines by their y and joined with spaces. The PDF (Chromium's print of the report) splits words
// into items, so heads, units and names come out letter-spaced: `项 目 单位 数量 备注`, `人 (次) 1280`,
// `昆明市卫 生 局`. Rows checked against the hand-read test/fixtures/expected/003-legacy.json.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import { KUNMING_HEAD } from "../helpers/kunming-table.js";
import { EXPECTED } from "./seed003.js";

const read = (name: string): string => readFileSync(new URL(`../fixtures/pdf-js/${name}`, import.meta.url), "utf8");
const typed = (text: string) =>
  new Map(
    parseReport(text)
      .report.legacy.flatMap((t) => t.rows)
      .flatMap((r) => (r.id === null ? [] : [[r.id, r] as const])),
  );

describe("pdfjs-dist items grouped by line and joined with spaces (003)", () => {
  const text = read("003-pdfjs-lines-by-y.txt");
  const { report } = parseReport(text);

  it("types the 62 rows, each with its printed value and unit", () => {
    // Before: the header 项 目 单位 数量 备注 read as five columns, so every row's number was its unit and its value
    // blank (50 of 62 rows wrong, silently); 人 (次) rows were lost.
    expect(text).toContain("\n项 ⽬ 单位 数量 备注\n");
    const rows = typed(text);
    const got = EXPECTED.rows.map((e) => {
      const r = rows.get(e.id);
      return `${e.id}=${r?.cell.raw}|${r?.unit}`;
    });
    expect(got).toEqual(EXPECTED.rows.map((e) => `${e.id}=${e.raw}|${e.unit}`));
    expect(rows.size).toBe(62);
  });

  it("gives the title and the body's name without the spaces the items left (昆明市卫 生 局)", () => {
    expect([report.meta.title, report.meta.orgName, report.meta.year]).toEqual([
      "昆明市卫生局2014年政府信息公开工作年度报告",
      "昆明市卫生局",
      2014,
    ]);
  });
});

describe("a one-character word between two names in a title", () => {
  it("keeps 及 spaced (洪泽区人民政府 及 所属部门), as it is no piece of a split word", () => {
    // Review RV28: closing up a lone character between spaces joined the conjunction too.
    const title = "洪泽区人民政府 及 所属部门2023年政府信息公开工作年度报告";
    const { meta } = parseReport([title, "一、总体情况", "2023年，我区…。"].join("\n")).report;
    expect(meta.title).toBe(title);
  });
});

describe("a letter-spaced head and a unit set apart from its bracketed part", () => {
  it.each([
    ["行\t政\t审\t批\t项\t目\t总\t数\t项\t120", "tab cells"],
    ["行 政 审 批 项 目 总 数", "a line without a value"],
  ])("takes no letter-spaced row label for a header (%s): the rows after it keep their values", (row) => {
    // Review RV28: 项目 and 总数 inside 行 政 审 批 项 目 总 数 made the row a header in mid-table; the rows after it
    // read their labels' neighbours as values. A run of single ideographs is joined only when heads make it up whole.
    const sep = row.includes("\t") ? "\t" : " ";
    const text = [
      ...KUNMING_HEAD,
      ["项目", "单位", "数量", "备注"].join(sep),
      ["1.政府(部门)网站公开(不含政府信息公开网站)", "条", "502"].join(sep),
      row,
      ["2.新闻发布会", "场", "3"].join(sep),
      ["3.政府公报", "期", "4"].join(sep),
    ].join("\n");
    const rows = typed(text);
    expect(rows.get("legacy_yn.active.channel.press_conference.sessions")?.cell.raw).toBe("3");
    expect(rows.get("legacy_yn.active.channel.gazette.issues")?.cell.raw).toBe("4");
  });

  const head = KUNMING_HEAD;
  const rows = [
    "一、主动公开政府信息情况",
    "1.政府(部门)网站公开(不含政府信息公开网站) 条 502",
    "2.新闻发布会 场 0",
    "3.政府公报 期 0",
    "全年收到政府信息公开申请数 件 2",
  ];

  it.each([
    ["text", [...head, "项 目 单位 数量 备注", ...rows].join("\n")],
    [
      "tab cells",
      [...head, "项\t目\t单位\t数量\t备注", ...rows.map((r) => r.replace(/ (?=\S+ \d+$)| (?=\d+$)/g, "\t"))].join("\n"),
    ],
  ])("项 目 as one head (%s): the rows' numbers are values, not units", (_, text) => {
    const website = typed(text).get("legacy_yn.active.channel.website");
    expect([website?.unit, website?.cell.raw, website?.cell.status]).toEqual(["条", "502", "number"]);
  });

  it("reads 公开查阅点查阅数 人 (次) 1280 as a typed row of unit 人(次), the unit as one word", () => {
    // Before: kept untyped (legacy-row-unrecognized), label 「公开查阅点查阅数 人 (次)」.
    const text = [...head, "项目 单位 数量 备注", ...rows, "公开查阅点查阅数 人 (次) 1280"].join("\n");
    const visits = typed(text).get("legacy_yn.active.reading_point_visits");
    expect([visits?.label, visits?.unit, visits?.cell.value]).toEqual(["公开查阅点查阅数", "人(次)", 1280]);
  });

  it("joins 人 | (次) in tab cells into the unit 人(次)", () => {
    const text = [
      ...head,
      "项目\t单位\t数量\t备注",
      ...rows.map((r) => r.replace(/ (?=\S+ \d+$)| (?=\d+$)/g, "\t")),
      "公开查阅点查阅数\t人\t(次)\t1280",
    ].join("\n");
    const visits = typed(text).get("legacy_yn.active.reading_point_visits");
    expect([visits?.unit, visits?.cell.value]).toEqual(["人(次)", 1280]);
  });
});

describe("a letter-spaced signature under a pre-2019 table (昆 明 市 卫 生 局 / 2 0 1 4 年 1 月 3 1 日)", () => {
  it("is no row of the table: the report date and the body are read", () => {
    // Review RV28 (F4): the spaced date was no date to the signature check, so both lines stayed label-only rows.
    const text = [
      ...KUNMING_HEAD,
      "项目 单位 数量 备注",
      "一、主动公开政府信息情况",
      "1.政府(部门)网站公开(不含政府信息公开网站) 条 502",
      "2.新闻发布会 场 0",
      "3.政府公报 期 0",
      "全年收到政府信息公开申请数 件 2",
      "昆 明 市 卫 生 局",
      "2 0 1 4 年 1 月 3 1 日",
    ].join("\n");
    const { report } = parseReport(text);
    expect(report.legacy.flatMap((t) => t.rows).map((r) => r.label)).not.toContain("2 0 1 4 年 1 月 3 1 日");
    expect(report.meta.reportDate).toBe("2014-01-31");
  });
});
