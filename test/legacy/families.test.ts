import { describe, expect, it } from "vitest";
import { recognizeLegacy } from "../../src/recognize/legacy.js";
import type { Diagnostic } from "../../src/schema/common.js";
import type { LegacyRow } from "../../src/schema/report.js";
import { readDocument } from "../../src/shapes/index.js";

const pipe = (rows: string[][]) => rows.map((r) => `| ${r.join(" | ")} |`).join("\n");
const byId = (rows: readonly LegacyRow[]) => new Map(rows.map((r) => [r.id, r]));

// A national 2014 table (formats.md §4.2 layout) with made-up numbers.
const NATIONAL = `政府信息公开情况统计表\n${pipe([
  ["统计指标", "单位", "统计数"],
  ["一、主动公开情况", "—", "—"],
  ["（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", "1520"],
  ["其中：主动公开规范性文件数", "条", "12"],
  ["制发规范性文件总数", "件", "8"],
  ["（二）通过不同渠道和方式公开政府信息的情况", "—", "—"],
  ["1.政府公报公开政府信息数", "条", "30"],
  ["2.政府网站公开政府信息数", "条", "1500"],
  ["三、依申请公开情况", "—", "—"],
  ["（一）收到申请数", "件", "10"],
  ["1.当面申请数", "件", "2"],
  ["2.传真申请数", "件", "0"],
  ["3.网络申请数", "件", "7"],
  ["4.信函申请数", "件", "1"],
  ["（三）申请答复数", "件", "10"],
  ["2.同意公开答复数", "件", "6"],
  ["4.不同意公开答复数", "件", "1"],
  ["四、行政复议数量", "件", "1"],
  ["（一）维持具体行政行为数", "件", "1"],
  ["（二）被依法纠错数", "件", "0"],
  ["（三）其他情形数", "件", ""],
  ["五、行政诉讼数量", "件", "2"],
  ["（一）维持具体行政行为或者驳回原告诉讼请求数", "件", "1"],
  ["（二）被依法纠错数", "件", "1"],
  ["（三）其他情形数", "件", "0"],
  ["七、依申请公开信息收取的费用", "万元", "0.05"],
  ["（三）从事政府信息公开工作人员数", "人", "5"],
  ["1.专职人员数（不包括政府公报及政府网站工作人员数）", "人", "2"],
  ["2.兼职人员数", "人", "3"],
])}\n`;

describe("national 2014 table (legacy_national)", () => {
  const diagnostics: Diagnostic[] = [];
  const [table] = recognizeLegacy(readDocument(NATIONAL, "pipe"), diagnostics);

  it("is recognised as legacy_national with every data row typed", () => {
    expect(table?.family).toBe("legacy_national");
    expect(table?.title).toBe("政府信息公开情况统计表");
    expect(table?.rows).toHaveLength(25);
    expect(table?.rows.every((r) => r.id !== null)).toBe(true);
  });

  it("keeps header, section and dash sub-heading rows out of the data", () => {
    const labels = table!.rows.map((r) => r.label);
    expect(labels).not.toContain("统计指标");
    expect(labels).not.toContain("一、主动公开情况");
    expect(labels).not.toContain("（二）通过不同渠道和方式公开政府信息的情况");
  });

  it("matches labels with notes, 其中 and numbering, and tells repeated labels apart by order", () => {
    const ids = byId(table!.rows);
    expect(ids.get("legacy_national.active.total")?.cell.value).toBe(1520);
    expect(ids.get("legacy_national.active.normative_docs_published")?.cell.value).toBe(12);
    expect(ids.get("legacy_national.review.corrected")?.cell.value).toBe(0);
    expect(ids.get("legacy_national.litigation.corrected")?.cell.value).toBe(1);
    expect(ids.get("legacy_national.fees.collected_10k_yuan")?.cell).toMatchObject({ value: 0.05, raw: "0.05" });
    expect(ids.get("legacy_national.org.staff_full_time")?.cell.value).toBe(2);
  });

  it("keeps a blank value as blank, never 0", () => {
    const other = byId(table!.rows).get("legacy_national.review.other");
    expect(other?.cell).toMatchObject({ raw: "", value: null, status: "blank" });
  });

  it("records the section row each row stands under", () => {
    const ids = byId(table!.rows);
    expect(ids.get("legacy_national.applications.channel.fax")?.section).toBe("三、依申请公开情况");
    expect(ids.get("legacy_national.review.total")?.section).toBe("四、行政复议数量");
    expect(ids.get("legacy_national.review.upheld")?.section).toBe("四、行政复议数量");
  });
});

// The Dingxi form (formats.md §4.3 a): two value columns.
const DINGXI = `定西市政府信息公开情况统计报表\n${pipe([
  ["指标名称", "计量单位", "代码", "本期实际", "本年累计"],
  ["主动公开信息数", "条", "01", "120", "300"],
  ["其中：全文电子化的主动公开信息数", "条", "02", "100", "280"],
  ["申请总数", "条", "10", "4", "9"],
  ["其中：1.当面申请数", "条", "11", "1", "3"],
  ["2.传真申请数", "条", "12", "0", "0"],
  ["3.电子邮件申请数", "条", "13", "1", "2"],
  ["4.网上申请数", "条", "14", "2", "4"],
  ["5.信函申请数", "条", "15", "0", "0"],
  ["6.其他形式申请数", "条", "16", "0", "0"],
  ["对申请的答复总数", "条", "17", "4", "9"],
  ["其中：1.同意公开答复数", "条", "18", "3", "7"],
  ["(5)“免予公开范围1”数", "条", "25", "0", "1"],
  ["行政申诉数", "件", "34", "0", "0"],
])}\n`;

describe("Shanghai-model Dingxi form (legacy_provincial, legacy_sh)", () => {
  const [table] = recognizeLegacy(readDocument(DINGXI, "pipe"), []);

  it("yields one row per value column, named by its header", () => {
    expect(table?.family).toBe("legacy_provincial");
    expect(table?.rows).toHaveLength(26);
    const active = table!.rows.filter((r) => r.label === "主动公开信息数");
    expect(active.map((r) => [r.column, r.cell.value, r.id])).toEqual([
      ["本期实际", 120, "legacy_sh.active.total"],
      ["本年累计", 300, "legacy_sh.active.total.year_to_date"],
    ]);
  });

  it("does not read the code column as a value", () => {
    expect(table!.rows.some((r) => r.cell.raw === "01")).toBe(false);
  });

  it("maps the numbered 免予公开范围 reason", () => {
    expect(byId(table!.rows).get("legacy_sh.replies.refused.exempt_1")?.cell.value).toBe(0);
  });
});

describe("Putian 附表 (year and cumulative columns)", () => {
  const text = pipe([
    ["指标名称", "计量单位", "2009年度", "历年累计"],
    ["主动公开信息数", "条", "560", "1800"],
    ["其中：1.政府网站", "条", "500", "1600"],
    ["受理依申请公开信息总数", "条", "6", "15"],
    ["本年度对申请的答复总数", "条", "6", "15"],
    ["行政复议数", "件", "0", "1"],
  ]);
  const [table] = recognizeLegacy(readDocument(text, "pipe"), []);

  it("types the rows and suffixes the cumulative column", () => {
    const ids = table!.rows.map((r) => r.id);
    expect(ids).toContain("legacy_sh.applications.total");
    expect(ids).toContain("legacy_sh.applications.total.cumulative");
    expect(ids).toContain("legacy_sh.replies.total");
    expect(table!.rows.find((r) => r.id === "legacy_sh.active.channel.website")?.column).toBe("2009年度");
  });
});

describe("a table no family knows", () => {
  it("keeps every row untyped and warns", () => {
    const diagnostics: Diagnostic[] = [];
    const text = pipe([
      ["项目", "单位", "数量"],
      ["办理人大代表建议", "件", "12"],
      ["办理政协委员提案", "件", "8"],
      ["召开新闻通气会", "场", "2"],
    ]);
    const [table] = recognizeLegacy(readDocument(text, "pipe"), diagnostics);
    expect(table?.family).toBe("unknown");
    expect(table?.rows.map((r) => [r.label, r.unit, r.cell.value, r.id])).toEqual([
      ["办理人大代表建议", "件", 12, null],
      ["办理政协委员提案", "件", 8, null],
      ["召开新闻通气会", "场", 2, null],
    ]);
    expect(diagnostics.map((d) => d.code)).toEqual(["legacy-family-unknown"]);
  });

  it("reports rows outside a recognised family's layout", () => {
    const diagnostics: Diagnostic[] = [];
    const text = `${NATIONAL}\n`.replace(
      "| 2.兼职人员数 | 人 | 3 |",
      "| 2.兼职人员数 | 人 | 3 |\n| 政府信息公开网站建设数 | 个 | 1 |",
    );
    const [table] = recognizeLegacy(readDocument(text, "pipe"), diagnostics);
    expect(table?.rows.at(-1)).toMatchObject({ label: "政府信息公开网站建设数", id: null, unit: "个" });
    expect(diagnostics.filter((d) => d.code === "legacy-row-unrecognized").map((d) => d.text)).toEqual([
      "政府信息公开网站建设数",
    ]);
  });
});

describe("gb tables are not legacy tables", () => {
  it("skips a grid with gb Table 三 labels", () => {
    const text = pipe([
      ["本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和", "申请人情况"],
      ["一、本年新收政府信息公开申请数量", "5"],
      ["二、上年结转政府信息公开申请数量", "0"],
    ]);
    expect(recognizeLegacy(readDocument(text, "pipe"), [])).toEqual([]);
  });
});

describe("PDF-style rows without a header", () => {
  it("reads label, unit and value from one-cell rows", () => {
    const text = pipe([
      ["（一）收到申请数 件 3"],
      ["1.当面申请数 件 1"],
      ["3.网络申请数 件 2"],
      ["（二）申请办结数 件 3"],
    ]);
    const [table] = recognizeLegacy(readDocument(text, "pipe"), []);
    expect(table?.rows.map((r) => [r.label, r.unit, r.cell.value])).toEqual([
      ["（一）收到申请数", "件", 3],
      ["1.当面申请数", "件", 1],
      ["3.网络申请数", "件", 2],
      ["（二）申请办结数", "件", 3],
    ]);
    expect(table?.family).toBe("legacy_national");
    expect(table?.rows[0]?.cell.source.column).toBe(text.split("\n")[0]!.indexOf("3") + 1);
  });
});

describe("layout variants", () => {
  it("reads value columns named by area (区政府 | 区直单位 | 乡镇街道) as columns", () => {
    const text = pipe([
      ["统计指标", "单位", "区政府", "区直单位", "乡镇街道"],
      ["（一）收到申请数", "件", "4", "10", "2"],
      ["1.当面申请数", "件", "1", "3", "2"],
      ["3.网络申请数", "件", "3", "7", "0"],
      ["（二）申请办结数", "件", "4", "10", "2"],
    ]);
    const [table] = recognizeLegacy(readDocument(text, "pipe"), []);
    expect(table?.rows).toHaveLength(12);
    const received = table!.rows.filter((r) => r.label === "（一）收到申请数");
    expect(received.map((r) => [r.column, r.cell.value])).toEqual([
      ["区政府", 4],
      ["区直单位", 10],
      ["乡镇街道", 2],
    ]);
    // A breakdown with no total: no column is the body's figure (收到申请数 is 16 for the district, not 区政府's 4),
    // so none takes the plain id and normalizeReport gives applications.received unavailable, with the reason.
    expect(received.map((r) => r.id)).toEqual([null, null, null]);
  });

  it("takes the unit from a label note when there is no unit column", () => {
    const text = pipe([
      ["（一）收到申请数（件）", "3"],
      ["1.当面申请数（件）", "1"],
      ["3.网络申请数（件）", "2"],
    ]);
    const [table] = recognizeLegacy(readDocument(text, "pipe"), []);
    expect(table?.rows.map((r) => [r.label, r.unit, r.cell.value, r.id])).toEqual([
      ["（一）收到申请数（件）", "件", 3, "legacy_national.applications.received"],
      ["1.当面申请数（件）", "件", 1, "legacy_national.applications.channel.in_person"],
      ["3.网络申请数（件）", "件", 2, "legacy_national.applications.channel.online"],
    ]);
  });
});

describe("a table without a unit column", () => {
  it("is recognised from its 统计指标 | 统计数 header", () => {
    const text = pipe([
      ["统计指标", "统计数"],
      ["（一）收到申请数", "5"],
      ["（二）申请办结数", "5"],
      ["1.按时办结数", "4"],
      ["2.延期办结数", "1"],
    ]);
    const [table] = recognizeLegacy(readDocument(text, "pipe"), []);
    expect(table?.family).toBe("legacy_national");
    expect(table?.rows.map((r) => [r.unit, r.cell.value, r.id])).toEqual([
      [null, 5, "legacy_national.applications.received"],
      [null, 5, "legacy_national.applications.closed"],
      [null, 4, "legacy_national.applications.closed_on_time"],
      [null, 1, "legacy_national.applications.closed_extended"],
    ]);
  });
});

describe("a label printed with two units in a table with two value columns (html rowspan)", () => {
  it("types each unit row and each column", () => {
    const html = `<p>政府信息公开工作统计表</p><table>
<tr><td>工作项目</td><td>单位</td><td>本期实际</td><td>本年累计</td></tr>
<tr><td>1.政府(部门)网站公开(不含政府信息公开网站)</td><td>条</td><td>40</td><td>502</td></tr>
<tr><td rowspan="2">2.新闻发布会</td><td>场</td><td>1</td><td>3</td></tr>
<tr><td>条</td><td>2</td><td>9</td></tr>
<tr><td>全年收到政府信息公开申请数</td><td>件</td><td>0</td><td>2</td></tr>
<tr><td>其中:1.现场书面申请数</td><td>件</td><td>0</td><td>0</td></tr>
</table>`;
    const [table] = recognizeLegacy(readDocument(html, "html"), []);
    expect(
      table?.rows.filter((r) => r.label === "2.新闻发布会").map((r) => [r.unit, r.column, r.cell.value, r.id]),
    ).toEqual([
      ["场", "本期实际", 1, "legacy_yn.active.channel.press_conference.sessions"],
      ["场", "本年累计", 3, "legacy_yn.active.channel.press_conference.sessions.year_to_date"],
      ["条", "本期实际", 2, "legacy_yn.active.channel.press_conference.items"],
      ["条", "本年累计", 9, "legacy_yn.active.channel.press_conference.items.year_to_date"],
    ]);
  });
});
