// Realistic pre-2019 reports a red team wrote (test/fixtures/legacy/red-team/), one block per root cause it found.
// Every value below is read off the fixture by hand.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizeReport } from "../../src/normalize/index.js";
import type { ParseOptions } from "../../src/parse.js";
import { parseReport } from "../../src/parse.js";
import type { Metric } from "../../src/schema/normalized.js";
import type { AnnualReport, LegacyRow } from "../../src/schema/report.js";

const read = (name: string) => readFileSync(new URL(`../fixtures/legacy/red-team/${name}`, import.meta.url));
const parse = (name: string, options: ParseOptions = {}): AnnualReport => parseReport(read(name), options).report;
const rows = (report: AnnualReport): LegacyRow[] => report.legacy.flatMap((t) => t.rows);
/** id → [value, status] of every typed row (the national family's prefix dropped). */
const typed = (report: AnnualReport): Map<string, [number | string | null, string]> =>
  new Map(
    rows(report)
      .filter((r) => r.id !== null)
      .map((r) => [r.id!.replace(/^legacy_[a-z]+\./, ""), [r.cell.value, r.cell.status]]),
  );
const metric = (report: AnnualReport, id: string): Pick<Metric, "value" | "mapping"> => {
  const m = normalizeReport(report).metrics.find((x) => x.id === id);
  if (!m) throw new Error(`no metric ${id}`);
  return { value: m.value, mapping: m.mapping };
};

describe("1. a repeated label after a block left out keeps its own parent (nat-partial-review)", () => {
  const report = parse("nat-partial-review.txt", { shape: "html" });
  const ids = typed(report);

  it("gives 五's （二）被依法纠错数 and （三）其他情形数 the litigation ids", () => {
    expect(ids.get("review.total")).toEqual([0, "number"]);
    expect(ids.get("litigation.total")).toEqual([2, "number"]);
    expect(ids.get("litigation.upheld")).toEqual([1, "number"]);
    expect(ids.get("litigation.corrected")).toEqual([1, "number"]);
    expect(ids.get("litigation.other")).toEqual([0, "number"]);
    expect(ids.has("review.corrected")).toBe(false);
    expect(ids.has("review.other")).toBe(false);
    expect(ids.get("complaints.total")).toEqual([0, "number"]);
  });

  it("normalizes litigation.corrected, not review.corrected", () => {
    expect(metric(report, "litigation.corrected")).toEqual({ value: 1, mapping: "approximate" });
    expect(metric(report, "review.corrected").value).toBeNull();
  });
});

describe("2. the report year's column takes the plain id (nat-two-years, nat-prev-this-year)", () => {
  it("gives 2017年 the plain id and 2016年 the suffix year_2016 in a 2017 report", () => {
    const report = parse("nat-two-years.txt", { shape: "html" });
    const ids = typed(report);
    expect(ids.get("applications.received")).toEqual([9, "number"]);
    expect(ids.get("applications.received.year_2016")).toEqual([6, "number"]);
    expect(ids.get("active.total")).toEqual([530, "number"]);
    expect(ids.get("active.total.year_2016")).toEqual([410, "number"]);
    expect(ids.get("review.total")).toEqual([0, "number"]);
    expect(ids.get("litigation.total")).toEqual([1, "number"]);
    expect(metric(report, "applications.received")).toEqual({ value: 9, mapping: "exact" });
  });

  it("gives 本年数 the plain id and 上年数 the suffix previous_year", () => {
    const report = parse("nat-prev-this-year.txt");
    const ids = typed(report);
    expect(ids.get("applications.received")).toEqual([3, "number"]);
    expect(ids.get("applications.received.previous_year")).toEqual([5, "number"]);
    expect(ids.get("replies.granted")).toEqual([2, "number"]);
    expect(ids.get("replies.refused")).toEqual([null, "na"]); // 无, never 0
    expect(ids.get("litigation.total")).toEqual([0, "number"]);
    expect(ids.get("litigation.total.previous_year")).toEqual([1, "number"]);
    expect(metric(report, "applications.received")).toEqual({ value: 3, mapping: "exact" });
  });
});

describe("3. a fee printed in 元 is not scaled by 10,000 (nat-fee-yuan)", () => {
  it("normalizes 七、依申请公开信息收取的费用 | 元 | 200 to 200 yuan", () => {
    const report = parse("nat-fee-yuan.txt", { shape: "html" });
    const fee = rows(report).find((r) => r.id === "legacy_national.fees.collected_10k_yuan");
    expect([fee?.unit, fee?.cell.value]).toEqual(["元", 200]);
    expect(metric(report, "fees.collected_yuan")).toEqual({ value: 200, mapping: "approximate" });
    expect(metric(report, "applications.received")).toEqual({ value: 5, mapping: "exact" });
    // The id names 万元: the reader of raw rows is warned that this one is printed in 元.
    const warned = parseReport(read("nat-fee-yuan.txt"), { shape: "html" }).diagnostics.filter(
      (d) => d.code === "legacy-unit-mismatch",
    );
    // Both rows the case prints in 元 where the layout counts 万元: the fee (200) and the budget (30000).
    expect(warned.map((d) => [d.severity, d.field])).toEqual([
      ["warning", "legacy_national.fees.collected_10k_yuan"],
      ["warning", "legacy_national.org.budget_10k_yuan"],
    ]);
    expect(warned[0]!.message).toContain("printed in 元");
  });

  it("still scales the layout's own unit, 万元", () => {
    const text = [
      "政府信息公开情况统计表",
      "| 统计指标 | 单位 | 统计数 |",
      "| （一）收到申请数 | 件 | 5 |",
      "| 1.当面申请数 | 件 | 5 |",
      "| 七、依申请公开信息收取的费用 | 万元 | 0.02 |",
    ].join("\n");
    const { report, diagnostics } = parseReport(text);
    expect(metric(report, "fees.collected_yuan")).toEqual({ value: 200, mapping: "approximate" });
    expect(diagnostics.filter((d) => d.code === "legacy-unit-mismatch")).toEqual([]);
  });
});

describe("4. a fee waived is not the fee collected (sh-fee-waived)", () => {
  it("reads 本年度收取检索费0元，减免费用120元 as 0 yuan collected", () => {
    const report = parse("sh-fee-waived.txt");
    expect(metric(report, "fees.collected_yuan")).toEqual({ value: 0, mapping: "approximate" });
  });

  const TABLE =
    "| 指标名称 | 计量单位 | 本年 |\n| 主动公开信息数 | 条 | 3 |\n| 申请总数 | 条 | 1 |\n| 对申请的答复总数 | 条 | 1 |";
  const fee = (sentence: string) =>
    metric(
      parseReport(`某区2011年政府信息公开工作年度报告\n一、收费及减免情况\n${sentence}\n统计表\n${TABLE}\n`).report,
      "fees.collected_yuan",
    ).value;

  it("takes the amount collected beside an amount waived, in either order", () => {
    expect(fee("本年度减免费用50元，收取费用20元。")).toBe(20);
    expect(fee("依法免收检索复制费用50元，收取邮寄费用10元。")).toBe(10);
    expect(fee("本年度收取检索费30元。")).toBe(30);
    expect(fee("本年度收取信息处理费，共计300元。")).toBe(300);
    expect(fee("依申请公开收取费用共计1.2万元。")).toBe(12000);
  });
});

describe("5. a one-line HTML page keeps its narrative sections (nat-html-oneline, nat-gbk)", () => {
  it("reads the eight sections of a CMS page printed on one source line", () => {
    const report = parse("nat-html-oneline.txt");
    expect(report.sections.map((s) => s.id)).toEqual([
      "overview",
      "active_disclosure",
      "response_interpretation",
      "applications",
      "review_litigation",
      "organisation",
      "problems_improvements",
      "annex_tables",
    ]);
    expect(report.sections[1]?.text).toBe("全年主动公开政府信息1520条，其中主动公开规范性文件12条。");
    expect(report.meta.formatEra).toBe("legacy_national");
    expect(typed(report).get("active.total")).toEqual([1520, "number"]);
  });

  it("reads a GB18030 one-line page too", () => {
    const report = parse("nat-gbk.gbk");
    expect(report.meta.encoding).toBe("gb18030");
    expect(report.sections.map((s) => [s.id, s.text])).toEqual([
      ["overview", "2015年，我局认真做好政府信息公开工作。"],
      ["active_disclosure", "全年主动公开信息88条。"],
    ]);
    expect(typed(report).get("active.total")).toEqual([88, "number"]);
  });
});

describe("6. a Shanghai-model table with a merged group column (sh-html-rowspan, sh-word-merged)", () => {
  it("reads the row labels right of the rowspan group cells under 指标名称 colspan=2", () => {
    const report = parse("sh-html-rowspan.txt");
    expect(report.meta.formatEra).toBe("legacy_provincial");
    const labelled = rows(report).map((r) => [r.id?.replace("legacy_sh.", ""), r.label, r.cell.value]);
    expect(labelled).toHaveLength(19);
    expect(labelled.slice(0, 3)).toEqual([
      ["active.total", "主动公开信息数", 245],
      ["active.full_text_electronic", "其中：全文电子化的主动公开信息数", 245],
      ["applications.total", "申请总数", 38],
    ]);
    const ids = typed(report);
    expect(ids.get("replies.total")).toEqual([36, "number"]);
    expect(ids.get("replies.refused_total")).toEqual([12, "number"]);
    expect(ids.get("consultation.on_site")).toEqual([530, "number"]);
    expect(ids.get("appeal.total")).toEqual([0, "number"]);
    expect(metric(report, "applications.received")).toEqual({ value: 38, mapping: "exact" });
    expect(metric(report, "consultation.phone")).toEqual({ value: 320, mapping: "exact" });
  });

  it("drops the group cell a Word export keeps in the first row of each group only", () => {
    const report = parse("sh-word-merged.txt", { shape: "lines" });
    expect(report.meta.formatEra).toBe("legacy_provincial");
    const ids = typed(report);
    expect(ids.get("active.total")).toEqual([245, "number"]);
    expect(ids.get("applications.total")).toEqual([38, "number"]);
    expect(ids.get("applications.channel.in_person")).toEqual([10, "number"]);
    expect(ids.get("replies.total")).toEqual([36, "number"]);
    expect(ids.get("review.total")).toEqual([2, "number"]);
    expect(rows(report).some((r) => r.cell.raw === "条")).toBe(false);
    expect(rows(report).every((r) => r.id !== null)).toBe(true);
  });
});

describe("7. PDF text: the title folded into a grid, wrapped labels, an empty value (nat-pdf, nat-pdf-wrapped)", () => {
  it("keeps the first row after a title the reader folded into a grid of short lines", () => {
    const report = parse("nat-pdf.txt");
    expect(report.legacy[0]?.title).toBe("政府信息公开情况统计表");
    const active = rows(report).find((r) => r.id === "legacy_national.active.total");
    expect(active?.label).toBe("（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）");
    expect(active?.cell.value).toBe(1520);
    expect(metric(report, "active.total")).toEqual({ value: 1520, mapping: "exact" });
  });

  it("reads `5.其他方式回应事件数 次` with no value as a blank row, not 0", () => {
    const ids = typed(parse("nat-pdf.txt"));
    expect(ids.get("response.other")).toEqual([null, "blank"]);
    expect(ids.get("response.weibo_wechat")).toEqual([9, "number"]);
  });

  it("joins a label wrapped over two lines to its row", () => {
    const report = parse("nat-pdf-wrapped.txt");
    const byId = new Map(rows(report).map((r) => [r.id, r]));
    expect(byId.get("legacy_national.active.total")?.label).toBe(
      "（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）",
    );
    expect(byId.get("legacy_national.active.total")?.cell.value).toBe(236);
    expect(byId.get("legacy_national.org.staff_full_time")?.cell.value).toBe(1);
    expect(byId.get("legacy_national.org.budget_10k_yuan")?.cell.value).toBe(2.5);
    expect(rows(report).every((r) => r.id !== null)).toBe(true);
    expect(metric(report, "active.total")).toEqual({ value: 236, mapping: "exact" });
  });
});

describe("8. 累计 under a two-row header is a value column (sh-quoted-multiheader)", () => {
  const report = parse("sh-quoted-multiheader.txt");
  const ids = typed(report);

  it("gives 本年 the plain id and 累计 the suffix cumulative", () => {
    expect(ids.get("active.total")).toEqual([120, "number"]);
    expect(ids.get("active.total.cumulative")).toEqual([860, "number"]);
    expect(ids.get("replies.refused.not_exist")).toEqual([1, "number"]);
    expect(ids.get("replies.refused.not_exist.cumulative")).toEqual([3, "number"]);
    expect(ids.get("review.total.cumulative")).toEqual([1, "number"]);
    expect(ids.get("appeal.total.cumulative")).toEqual([null, "na"]);
    expect(rows(report).every((r) => r.id !== null)).toBe(true);
  });

  it("normalizes this year's values and keeps the five narrative sections", () => {
    expect(metric(report, "active.total")).toEqual({ value: 120, mapping: "exact" });
    expect(metric(report, "review.total")).toEqual({ value: 0, mapping: "exact" });
    expect(report.sections.map((s) => s.id)).toEqual([
      "overview",
      "applications",
      "consultation",
      "review_litigation",
      "problems_improvements",
    ]);
  });
});

describe("9. area columns beside a 合计 column are read; 合计 keeps the plain id (nat-area-total)", () => {
  const result = parseReport(read("nat-area-total.txt"));
  const received = rows(result.report).filter((r) => r.label === "（一）收到申请数");

  it("reads 区政府 | 区直单位 | 乡镇街道 | 合计 in printed order", () => {
    expect(received.map((r) => [r.column, r.cell.value, r.id])).toEqual([
      ["区政府", 4, null],
      ["区直单位", 10, null],
      ["乡镇街道", 2, null],
      ["合计", 16, "legacy_national.applications.received"],
    ]);
    expect(typed(result.report).get("replies.granted")).toEqual([13, "number"]);
    expect(metric(result.report, "applications.received")).toEqual({ value: 16, mapping: "exact" });
    expect(metric(result.report, "review.total")).toEqual({ value: 1, mapping: "exact" });
  });

  it("says which column of a known row has no typed id", () => {
    const notes = result.diagnostics.filter((d) => d.code === "legacy-row-unrecognized").map((d) => d.message);
    expect(notes).toHaveLength(12);
    expect(notes[0]).toBe(
      "Row “（一）收到申请数” (件), column “区政府”, has no typed id in the legacy_national layout; kept untyped.",
    );
  });
});

describe("design: area columns with no total give no column the plain id (nat-area-only-normalize)", () => {
  const result = parseReport(read("nat-area-only-normalize.txt"));

  it("keeps the three area values of each row, none typed", () => {
    const received = rows(result.report).filter((r) => r.label === "（一）收到申请数");
    expect(received.map((r) => [r.column, r.cell.value, r.id])).toEqual([
      ["区政府", 4, null],
      ["区直单位", 10, null],
      ["乡镇街道", 2, null],
    ]);
    expect(result.report.meta.formatEra).toBe("legacy_national");
  });

  it("normalizes applications.received as unavailable with the reason, not 区政府's 4 as exact", () => {
    const m = normalizeReport(result.report).metrics.find((x) => x.id === "applications.received");
    expect(m?.value).toBeNull();
    expect(m?.mapping).toBe("unavailable");
    expect(m?.reason?.en).toBe(
      "some table rows print only a breakdown with no total (区政府, 区直单位, 乡镇街道); no part is taken as the body's figure",
    );
  });
});

describe("10. the label variant 3.网上申请数 (nat-label-variants)", () => {
  it("types 3.网上申请数 as applications.channel.online", () => {
    const report = parse("nat-label-variants.txt");
    const ids = typed(report);
    expect(ids.get("applications.channel.online")).toEqual([5, "number"]);
    expect(ids.get("applications.channel.in_person")).toEqual([1, "number"]);
    expect(ids.get("replies.not_exist")).toEqual([1, "number"]);
    expect(rows(report).every((r) => r.id !== null)).toBe(true);
  });
});

describe("11. formatEra comes from the first table of a known family (nat-after-unknown-table)", () => {
  it("is legacy_national although a staff table of no family comes first", () => {
    const report = parse("nat-after-unknown-table.txt");
    expect(report.legacy.map((t) => t.family)).toEqual(["unknown", "legacy_national"]);
    expect(report.meta.formatEra).toBe("legacy_national");
    expect(typed(report).get("active.total")).toEqual([95, "number"]);
    expect(metric(report, "active.total")).toEqual({ value: 95, mapping: "exact" });
  });
});

describe("13. a statistics-bureau column-number row is no data row (sh-dingxi-html)", () => {
  it("skips 甲 | 乙 | 丙 | 1 | 2 and reads the rows under it", () => {
    const report = parse("sh-dingxi-html.txt");
    expect(rows(report).some((r) => r.label === "甲")).toBe(false);
    expect(rows(report).every((r) => r.id !== null)).toBe(true);
    const ids = typed(report);
    expect(ids.get("active.total")).toEqual([130, "number"]);
    expect(ids.get("active.total.year_to_date")).toEqual([130, "number"]);
    expect(ids.get("consultation.on_site")).toEqual([45, "number"]);
    expect(metric(report, "consultation.online")).toEqual({ value: 12, mapping: "exact" });
  });
});

describe("14. legacy section keywords holding 和 match (headings are normalised: 和 → 及)", () => {
  const sectionsOf = (headings: readonly string[]) =>
    parseReport(
      `某市某局2015年政府信息公开工作年度报告\n${headings.map((h, i) => `${"一二三四五六七八"[i]}、${h}\n本部分内容略述如下，共有若干项工作。`).join("\n")}\n`,
    ).report.sections.map((s) => s.id);

  it("classifies 工作人员和费用支出情况 and 政府信息公开工作机构、人员情况 as organisation", () => {
    expect(sectionsOf(["概述", "主动公开政府信息情况", "咨询和投诉情况", "工作人员和费用支出情况"])).toEqual([
      "overview",
      "active_disclosure",
      "consultation",
      "organisation",
    ]);
    expect(sectionsOf(["概述", "政府信息公开工作机构、人员情况", "存在的主要问题和改进措施"])).toEqual([
      "overview",
      "organisation",
      "problems_improvements",
    ]);
  });
});

describe("12. pre-2019 title forms (title-gongzuo-baogao, title-nianbao, title-year-below)", () => {
  const meta = (name: string) => {
    const { title, orgName, year } = parse(name).meta;
    return { title, orgName, year };
  };

  it("reads …2012年政府信息公开工作报告", () => {
    expect(meta("title-gongzuo-baogao.txt")).toEqual({
      title: "上海市黄浦区人民政府办公室2012年政府信息公开工作报告",
      orgName: "上海市黄浦区人民政府办公室",
      year: 2012,
    });
  });

  it("reads …2011年度政府信息公开年报", () => {
    expect(meta("title-nianbao.txt")).toEqual({
      title: "杭州市西湖区民政局2011年度政府信息公开年报",
      orgName: "杭州市西湖区民政局",
      year: 2011,
    });
  });

  it("reads the year from （2016年度） on the line below the title", () => {
    expect(meta("title-year-below.txt")).toEqual({
      title: "舒兰市市场监督管理局政府信息公开工作年度报告",
      orgName: "舒兰市市场监督管理局",
      year: 2016,
    });
  });
});

describe("review fix: empty cells between a label and its unit", () => {
  it("keeps the row's own label when a merged cell split in two stands before its unit (`| 四、行政复议数量 | | 件 | 1 |`)", () => {
    const report = parse("rv8-empty-cell-before-unit.txt");
    // Line 10: | 四、行政复议数量 | | 件 | 1 | — the previous row (line 9) is （三）申请答复数 | 件 | 3.
    const byId = new Map(rows(report).map((r) => [r.id, r]));
    expect(byId.get("legacy_national.review.total")).toMatchObject({ label: "四、行政复议数量", unit: "件" });
    expect(byId.get("legacy_national.review.total")?.cell.value).toBe(1);
    expect(byId.get("legacy_national.applications.replies")?.cell.value).toBe(3);
    expect(rows(report).filter((r) => r.id === null)).toEqual([]);
  });
});
