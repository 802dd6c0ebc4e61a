import { describe, expect, it } from "vitest";
import { normalizeReport, schemeOf } from "../../src/normalize/index.js";
import { recognizeLegacy } from "../../src/recognize/legacy.js";
import { emptyReport } from "../../src/schema/empty.js";
import type { Metric, NormalizedReport } from "../../src/schema/normalized.js";
import type { AnnualReport } from "../../src/schema/report.js";
import { readDocument } from "../../src/shapes/index.js";

const pipe = (rows: string[][]) => rows.map((r) => `| ${r.join(" | ")} |`).join("\n");
const reportOf = (text: string): AnnualReport => {
  const report = emptyReport("pipe");
  report.legacy = recognizeLegacy(readDocument(text, "pipe"), []);
  report.meta.formatEra = report.legacy[0]?.family ?? "unknown";
  return report;
};
const metric = (n: NormalizedReport, id: string): Metric => n.metrics.find((m) => m.id === id)!;

describe("national 2014 table normalized", () => {
  const report = reportOf(
    pipe([
      ["统计指标", "单位", "统计数"],
      ["（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", "1520"],
      ["制发规范性文件总数", "件", "8"],
      ["（一）收到申请数", "件", "10"],
      ["（三）申请答复数", "件", "9"],
      ["2.同意公开答复数", "件", "6"],
      ["3.同意部分公开答复数", "件", "1"],
      ["4.不同意公开答复数", "件", "1"],
      ["5.不属于本行政机关公开", "件", "1"],
      ["6.申请信息不存在", "件", ""],
      ["四、行政复议数量", "件", "1"],
      ["五、行政诉讼数量", "件", "2"],
      ["七、依申请公开信息收取的费用", "万元", "0.05"],
    ]),
  );
  const n = normalizeReport(report);

  it("reads with the legacy_national scheme", () => {
    expect(schemeOf(report)).toBe("legacy_national");
    expect(n.era).toBe("legacy_national");
  });

  it("converts the fee from 万元 to 元 (approximate: the 2007 Regulation's fee, not the 信息处理费)", () => {
    expect(metric(n, "fees.collected_yuan")).toMatchObject({
      value: 500,
      mapping: "approximate",
      sources: ["legacy_national.fees.collected_10k_yuan"],
    });
  });

  it("maps counts exactly or approximately as declared", () => {
    expect(metric(n, "applications.received")).toMatchObject({ value: 10, mapping: "exact" });
    expect(metric(n, "applications.handled")).toMatchObject({ value: 9, mapping: "approximate" });
    expect(metric(n, "applications.refused")).toMatchObject({ value: 1, mapping: "approximate" });
    expect(metric(n, "active.total")).toMatchObject({ value: 1520, mapping: "exact" });
    expect(metric(n, "active.normative_documents_issued")).toMatchObject({ value: 8, mapping: "approximate" });
    expect(metric(n, "review.total")).toMatchObject({ value: 1, mapping: "exact" });
  });

  it("gives null for a sum with a blank part, and says so in both languages", () => {
    const unable = metric(n, "applications.unable");
    expect(unable.value).toBeNull();
    expect(unable.mapping).toBe("approximate");
    expect(unable.reason?.en).toContain("legacy_national.replies.not_exist (blank)");
    expect(unable.reason?.zh).toContain("不按0计");
  });

  it("says a row the table lacks is not in the document", () => {
    expect(metric(n, "review.upheld").value).toBeNull();
    expect(metric(n, "review.upheld").reason?.en).toBe("not in the document");
  });
});

describe("Shanghai-model table normalized", () => {
  const n = normalizeReport(
    reportOf(
      pipe([
        ["指标名称", "计量单位", "代码", "本期实际", "本年累计"],
        ["主动公开信息数", "条", "01", "120", "300"],
        ["申请总数", "条", "10", "4", "9"],
        ["对申请的答复总数", "条", "17", "4", "9"],
        ["其中：1.同意公开答复数", "条", "18", "3", "7"],
        ["(2)“信息不存在”数", "条", "22", "1", "1"],
        ["(3)“非本部门掌握”数", "条", "23", "0", "1"],
        ["(4)“申请内容不明确”数", "条", "24", "0", "0"],
        ["行政复议数", "件", "32", "0", "0"],
      ]),
    ),
  );

  it("reads the period column, not the cumulative one", () => {
    expect(n.era).toBe("legacy_provincial");
    expect(metric(n, "applications.received")).toMatchObject({ value: 4, sources: ["legacy_sh.applications.total"] });
    expect(metric(n, "active.total").value).toBe(120);
    expect(metric(n, "applications.unable")).toMatchObject({ value: 1, mapping: "approximate" });
    expect(metric(n, "review.total")).toMatchObject({ value: 0, mapping: "exact" });
  });
});

describe("national 同意公开 against the new 予以公开", () => {
  it("is approximate: the old table counts 属于已主动公开范围 apart, the new one has no such row", () => {
    const n = normalizeReport(
      reportOf(
        pipe([
          ["统计指标", "单位", "统计数"],
          ["（一）收到申请数", "件", "10"],
          ["（三）申请答复数", "件", "10"],
          ["1.属于已主动公开范围数", "件", "3"],
          ["2.同意公开答复数", "件", "6"],
          ["3.同意部分公开答复数", "件", "1"],
          ["四、行政复议数量", "件", "0"],
        ]),
      ),
    );
    const granted = metric(n, "applications.granted");
    // 同意公开 6 alone: the 3 already-public replies are not added to it (where the new layout counts them is unstated).
    expect(granted).toMatchObject({
      value: 6,
      mapping: "approximate",
      sources: ["legacy_national.replies.granted"],
    });
    expect(granted.reason?.zh).toContain("属于已主动公开范围");
    expect(granted.reason?.en).toContain("no such row");
    expect(metric(n, "applications.partially_granted")).toMatchObject({ value: 1, mapping: "exact" });
  });
});

describe("Shanghai-model fees from the narrative", () => {
  it("reads 未收取任何费用 in the fees section as 0 元", () => {
    const report = reportOf(
      pipe([
        ["指标名称", "计量单位", "本期实际"],
        ["主动公开信息数", "条", "120"],
        ["申请总数", "条", "4"],
        ["对申请的答复总数", "条", "4"],
        ["行政复议数", "件", "0"],
      ]),
    );
    report.sections.push({
      id: "fees",
      number: "五",
      heading: "五、政府信息公开的收费及减免情况",
      text: "本年度依申请公开政府信息未收取任何费用。",
      subsections: [],
      source: { line: 20, column: 1, offset: 400 },
    });
    const fee = metric(normalizeReport(report), "fees.collected_yuan");
    expect(fee).toMatchObject({ value: 0, mapping: "approximate", sources: ["sections.fees"], source: { line: 20 } });
  });
});

describe("a report with nothing recognised", () => {
  it("states every metric unavailable with a reason", () => {
    const n = normalizeReport(emptyReport());
    expect(n.era).toBe("unknown");
    expect(n.metrics.every((m) => m.mapping === "unavailable" && m.value === null && m.reason !== null)).toBe(true);
  });
});
