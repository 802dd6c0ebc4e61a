import { describe, expect, it } from "vitest";
import { APPLICANT, cell, OUTCOME, recognizeText, rowValues, T3_LABELS_2021, tab, table3, table4 } from "./helpers.js";

/** Table 二 of the 2019 trial layout: 22 value cells in five blocks, signed changes, a unit in a cell. */
const TABLE2_2019 = [
  "二、主动公开政府信息情况",
  tab("第二十条第（一）项", "", "", ""),
  tab("信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"),
  tab("规章", 1, 1, 12),
  tab("规范性文件", 5, 5, 60),
  tab("第二十条第（五）项", "", "", ""),
  tab("信息内容", "上一年项目数量", "本年增/减", "处理决定数量"),
  tab("行政许可", 320, "+1036", 4500),
  tab("其他对外管理服务事项", 88, "-8", 1200),
  tab("第二十条第（六）项", "", "", ""),
  tab("信息内容", "上一年项目数量", "本年增/减", "处理决定数量"),
  tab("行政处罚", 410, "+4", 380),
  tab("行政强制", 15, 0, 22),
  tab("第二十条第（八）项", "", "", ""),
  tab("信息内容", "上一年项目数量", "本年增/减", ""),
  tab("行政事业性收费", 6, "-1", ""),
  tab("第二十条第（九）项", "", "", ""),
  tab("信息内容", "采购项目数量", "采购总金额", ""),
  tab("政府集中采购", 14, "251000元", ""),
];

/** Table 三 of 2019: （六）其他处理 is one row. */
const LABELS_2019 = [...T3_LABELS_2021.slice(0, 20), ["", "（六）其他处理"], ...T3_LABELS_2021.slice(23)];
const T3_VALUES: Record<number, number[]> = {
  0: [40, 2, 0, 0, 1, 0, 43],
  1: [3, 0, 0, 0, 0, 0, 3],
  2: [20, 1, 0, 0, 1, 0, 22],
  12: [9, 1, 0, 0, 0, 0, 10],
  20: [2, 0, 0, 0, 0, 0, 2],
  21: [37, 2, 0, 0, 1, 0, 40],
  22: [6, 0, 0, 0, 0, 0, 6],
};

const TEXT = [
  "某某市审计局2020年政府信息公开工作年度报告",
  "一、总体情况",
  "2020年，本局认真贯彻落实《条例》。",
  ...TABLE2_2019,
  ...table3(LABELS_2019, (i) => T3_VALUES[i] ?? [0, 0, 0, 0, 0, 0, 0]),
  ...table4([1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1]),
  "五、存在的主要问题及改进情况",
  "仍有不足。",
  "六、其他需要报告的事项",
  "无。",
].join("\n");

describe("a 2019-layout report", () => {
  const { report, diagnostics } = recognizeText(TEXT);

  it("is recognised as gb2019 in every table, with no hybrid block", () => {
    expect(report.meta.formatEra).toBe("gb2019");
    expect(report.tables.map((t) => [t.id, t.era, t.rows, t.expectedRows])).toEqual([
      ["active_disclosure", "gb2019", 8, 8],
      ["applications", "gb2019", 23, 23],
      ["review_litigation", "gb2019", 3, 3],
    ]);
    expect(report.meta.hybridBlocks).toEqual([]);
    expect(diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  });

  it("reads all 22 cells of Table 二, signed changes and the 元 unit included", () => {
    const docs = ["newly_made", "newly_published", "total_published"];
    const items = ["prev_year_items", "items_change", "decisions"];
    expect(rowValues(report, "active_disclosure.regulations", docs)).toEqual([1, 1, 12]);
    expect(rowValues(report, "active_disclosure.normative_documents", docs)).toEqual([5, 5, 60]);
    expect(rowValues(report, "active_disclosure.licensing", items)).toEqual([320, 1036, 4500]);
    expect(rowValues(report, "active_disclosure.other_services", items)).toEqual([88, -8, 1200]);
    expect(rowValues(report, "active_disclosure.penalty", items)).toEqual([410, 4, 380]);
    expect(rowValues(report, "active_disclosure.coercion", items)).toEqual([15, 0, 22]);
    expect(rowValues(report, "active_disclosure.fees", ["prev_year_items", "items_change"])).toEqual([6, -1]);
    expect(rowValues(report, "active_disclosure.procurement", ["projects", "amount"])).toEqual([14, 251000]);
    expect(cell(report, "active_disclosure.licensing.items_change")?.raw).toBe("+1036");
    expect(cell(report, "active_disclosure.procurement.amount")?.unit).toBe("元");
    const t2 = Object.keys(report.cells).filter((id) => id.startsWith("active_disclosure."));
    expect(t2).toHaveLength(22);
  });

  it("reads Table 三 with （六）其他处理 as one row (results.other_total) and no results.other.*", () => {
    expect(rowValues(report, "applications.new", APPLICANT)).toEqual([40, 2, 0, 0, 1, 0, 43]);
    expect(rowValues(report, "applications.carried_over", APPLICANT)).toEqual([3, 0, 0, 0, 0, 0, 3]);
    expect(rowValues(report, "applications.results.granted", APPLICANT)).toEqual([20, 1, 0, 0, 1, 0, 22]);
    expect(rowValues(report, "applications.results.unable.not_held", APPLICANT)).toEqual([9, 1, 0, 0, 0, 0, 10]);
    expect(rowValues(report, "applications.results.other_total", APPLICANT)).toEqual([2, 0, 0, 0, 0, 0, 2]);
    expect(rowValues(report, "applications.results.total", APPLICANT)).toEqual([37, 2, 0, 0, 1, 0, 40]);
    expect(rowValues(report, "applications.carried_forward", APPLICANT)).toEqual([6, 0, 0, 0, 0, 0, 6]);
    expect(rowValues(report, "applications.results.withheld.state_secret", APPLICANT)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(Object.keys(report.cells).filter((id) => id.startsWith("applications.results.other."))).toEqual([]);
    expect(Object.keys(report.cells).filter((id) => id.startsWith("applications."))).toHaveLength(23 * 7);
  });

  it("reads Table 四", () => {
    expect(rowValues(report, "review_litigation.review", OUTCOME)).toEqual([1, 0, 0, 0, 1]);
    expect(rowValues(report, "review_litigation.litigation_after_review", OUTCOME)).toEqual([0, 0, 0, 1, 1]);
  });

  it("takes the year from the title", () => {
    expect([report.meta.year, report.meta.orgName]).toEqual([2020, "某某市审计局"]);
  });
});

describe("the Hubei annotated 2019 Table 二 (formats.md §3.5)", () => {
  const annotated = TEXT.replace("规章\t1\t1\t12", "规章（设区的市、自治州人民政府应提供相关数据）\t1\t1\t12")
    .replace(
      "规范性文件\t5\t5\t60",
      "规范性文件（行政机关制定发布的决定、公告、通告、意见、通知…一般情况下属于规范性文件）\t5\t5\t60\n其他主动公开文件（含以本单位或本单位办公室名义正式签发的、除规范性文件以外的主动公开文件）\t30\t30\t200",
    )
    .replace(
      "上一年项目数量\t本年增/减\t处理决定数量",
      "上一年项目数量（指2019年事项数）\t本年增/减（指2020年增加或减少的事项数，减用负值表示，如-8）\t处理决定数量（指2020年办件量）",
    )
    .replace(
      "其他对外管理服务事项\t88",
      "其他对外管理服务事项（指行政许可以外的政务服务事项，含行政确认、行政奖励以及公共服务事项）\t88",
    );
  const { report, diagnostics } = recognizeText(annotated);

  it("matches annotated labels to their rows, never to a label inside the note", () => {
    expect(
      rowValues(report, "active_disclosure.regulations", ["newly_made", "newly_published", "total_published"]),
    ).toEqual([1, 1, 12]);
    expect(
      rowValues(report, "active_disclosure.normative_documents", ["newly_made", "newly_published", "total_published"]),
    ).toEqual([5, 5, 60]);
    expect(
      rowValues(report, "active_disclosure.other_services", ["prev_year_items", "items_change", "decisions"]),
    ).toEqual([88, -8, 1200]);
    expect(rowValues(report, "active_disclosure.licensing", ["prev_year_items", "items_change", "decisions"])).toEqual([
      320, 1036, 4500,
    ]);
    expect(report.meta.formatEra).toBe("gb2019");
  });

  it("keeps the extra row 其他主动公开文件 in extraRows with a row-unrecognized diagnostic", () => {
    expect(report.extraRows.map((r) => [r.block, r.cells.map((c) => c.value)])).toEqual([["art20_1", [30, 30, 200]]]);
    expect(diagnostics.filter((d) => d.code === "row-unrecognized")).toHaveLength(1);
  });
});
