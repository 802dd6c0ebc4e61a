import { describe, expect, it } from "vitest";
import { diffReports, diffSeries } from "../../src/diff/diff-reports.js";
import { formatDiff, formatSeries } from "../../src/diff/format.js";
import { displayWidth } from "../../src/diff/format-table.js";
import { ReportDiffSchema, ReportSeriesSchema } from "../../src/diff/schema.js";
import type { AnnualReport, LegacyRow } from "../../src/index.js";
import { METRIC_IDS } from "../../src/schema/normalized.js";
import { cell, HONGZE_CHANGES, hongze2023, hongze2024, report } from "./build.js";

describe("diffReports on Hongze 2023 → 2024 (built from values read by hand)", () => {
  const diff = diffReports(hongze2023(), hongze2024());

  it("reports every changed cell with the right numbers, and counts the rest", () => {
    expect(diff.sameEra).toBe(true);
    expect(diff.older).toEqual({ year: 2023, org: "洪泽区人民政府", era: "gb2021" });
    expect(diff.fields.map((c) => [c.field, c.old.value, c.new.value])).toEqual(HONGZE_CHANGES);
    // 10 (Table 二) + 23 rows × 7 (Table 三, （六） as one row) + 15 (Table 四) = 186 cells in both; 30 changed.
    expect(diff.unchanged.fields).toBe(186 - 30);
    const fees = diff.fields.find((c) => c.field === "active_disclosure.fees.amount_10k_yuan")!;
    expect(fees).toMatchObject({ change: -185.28, kind: "amount", statusChange: null, changed: true });
    expect(fees.relativeChange).toBeCloseTo(-185.28 / 7730.28, 6);
    expect(fees.label).toEqual({
      zh: "二、行政事业性收费 / 本年收费金额（单位：万元）",
      row: "行政事业性收费",
      column: "本年收费金额（单位：万元）",
    });
    const granted = diff.fields.find((c) => c.field === "applications.results.granted.total")!;
    expect(granted).toMatchObject({ change: 50, relativeChange: null }); // old is 0
  });

  it("compares the normalized view with each side's mapping", () => {
    const m = (id: string) => diff.metrics.find((x) => x.metric === id);
    expect(m("applications.received")).toMatchObject({
      old: { value: 21, mapping: "exact" },
      new: { value: 95, mapping: "exact" },
      change: 74,
      approximate: false,
    });
    expect(m("applications.unable")).toMatchObject({ old: { value: 13 }, new: { value: 32 }, change: 19 }); // 10+3, 31+1
    expect(m("applications.refused")).toBeUndefined(); // 1+0+…+1+1 = 3 and 0+…+1+1+1 = 3: unchanged
    expect(m("litigation.total")).toMatchObject({ old: { value: 0 }, new: { value: 4 } }); // 0+0, 1+3
    expect(m("review.upheld")).toMatchObject({ old: { value: 10 }, new: { value: 1 }, change: -9 });
    // Metrics unavailable in both reports (the consultation counts of a gb2021 table…) are counted apart.
    expect(diff.metrics.length + diff.unchanged.metrics + diff.unchanged.unavailable!).toBe(METRIC_IDS.length);
  });

  it("carries the cross-year findings (only T4-AFTER-S fails, see cross-year.test.ts)", () => {
    expect(diff.findings.map((f) => f.rule)).toEqual(["T4-AFTER-S"]);
  });

  it("is JSON-representable and valid against its zod schema", () => {
    const json = JSON.parse(JSON.stringify(diff));
    expect(ReportDiffSchema.parse(json)).toEqual(diff);
  });

  it("lists unchanged fields and metrics when asked", () => {
    const all = diffReports(hongze2023(), hongze2024(), { includeUnchanged: true });
    expect(all.fields).toHaveLength(186);
    expect(all.fields.filter((c) => !c.changed)).toHaveLength(156);
    expect(all.metrics).toHaveLength(METRIC_IDS.length);
    expect(all.unchanged).toEqual(diff.unchanged);
  });

  it("reports status changes (number ↔ blank ↔ na ↔ absent)", () => {
    const newer = hongze2024();
    newer.cells["applications.results.granted.natural_person"] = cell("");
    newer.cells["active_disclosure.coercion.decisions"] = cell("—");
    delete newer.cells["active_disclosure.licensing.decisions"];
    const d = diffReports(hongze2023(), newer);
    const f = (id: string) => d.fields.find((c) => c.field === id);
    expect(f("applications.results.granted.natural_person")).toMatchObject({
      old: { value: 0, status: "number" },
      new: { value: null, status: "blank", raw: "" },
      change: null,
      statusChange: { from: "number", to: "blank" },
    });
    expect(f("active_disclosure.coercion.decisions")).toMatchObject({ statusChange: { from: "number", to: "na" } });
    expect(f("active_disclosure.licensing.decisions")).toMatchObject({
      new: { status: "absent", raw: null },
      statusChange: { from: "number", to: "absent" },
    });
  });
});

describe("formatDiff", () => {
  const diff = diffReports(hongze2023(), hongze2024());
  it("markdown: a year-over-year table a journalist can paste", () => {
    const md = formatDiff(diff, { format: "markdown" });
    expect(md).toContain("## 淮安市洪泽区人民政府：2023 → 2024");
    expect(md).toContain("| 指标 | 2023 | 2024 | 变化 | 变化率 |\n|---|---:|---:|---:|---:|");
    expect(md).toContain("| 本年新收政府信息公开申请数量 | 21 | 95 | +74 | +352.4% |");
    expect(md).toContain("| 行政许可处理决定数量 | 550 | 9487 | +8937 | +1624.9% |");
    expect(md).toContain("| 表二 行政事业性收费 / 本年收费金额（单位：万元） | 7730.28 | 7545 | -185.28 |");
    expect(md).toContain("未变化：156 个单元格");
    expect(md).toContain("- info T4-AFTER-S: "); // 2023's review total fails T4-REV
    expect(md).not.toContain("≈");
  });
  it("text: columns aligned by display width", () => {
    const text = formatDiff(diff, { format: "text" });
    const lines = text.split("\n");
    const start = lines.findIndex((l) => l.startsWith("指标"));
    const table = lines.slice(start, lines.indexOf("", start));
    expect(table.length).toBe(2 + diff.metrics.length);
    expect(new Set(table.map(displayWidth)).size).toBe(1);
    expect(table.find((l) => l.startsWith("行政许可处理决定数量"))).toMatch(/550 +9487 +\+8937 +\+1624\.9%$/);
  });
});

function legacyRow(id: string, label: string, raw: string, unit = "件"): LegacyRow {
  const source = { line: 1, column: 1, offset: 0 };
  return {
    id,
    section: null,
    label,
    normalizedLabel: label,
    unit,
    column: "统计数",
    cell: cell(raw),
    remark: null,
    source,
  };
}

/** A constructed 2018 report of the same body on the national 2014 statistics table (values invented for the test). */
function legacy2018(): AnnualReport {
  const r = report({ year: 2018, org: "洪泽区人民政府", era: "legacy_national" }, {});
  r.legacy = [
    {
      family: "legacy_national",
      title: "政府信息公开情况统计表",
      source: { line: 1, column: 1, offset: 0 },
      rows: [
        legacyRow("legacy_national.applications.received", "（一）收到申请数", "12"),
        legacyRow("legacy_national.applications.replies", "（三）申请答复数", "12"),
        legacyRow("legacy_national.replies.granted", "2.同意公开答复数", "5"),
        legacyRow("legacy_national.replies.partially_granted", "3.同意部分公开答复数", "1"),
        legacyRow("legacy_national.replies.refused", "4.不同意公开答复数", "2"),
        legacyRow("legacy_national.replies.not_this_agency", "5.不属于本行政机关公开", "1"),
        legacyRow("legacy_national.replies.not_exist", "6.申请信息不存在", "3"),
        legacyRow("legacy_national.review.total", "四、行政复议数量", "0"),
        legacyRow("legacy_national.litigation.total", "五、行政诉讼数量", "1"),
      ],
    },
  ];
  return r;
}

describe("a legacy report against a current-format report of the same body", () => {
  const diff = diffReports(legacy2018(), hongze2023());
  it("compares through the normalized view only, with approximate mappings visible", () => {
    expect(diff.sameEra).toBe(false);
    expect(diff.fields).toEqual([]);
    const m = (id: string) => diff.metrics.find((x) => x.metric === id)!;
    expect(m("applications.received")).toMatchObject({
      old: { value: 12, mapping: "exact" },
      new: { value: 21 },
      change: 9,
    });
    expect(m("applications.refused")).toMatchObject({
      old: { value: 2, mapping: "approximate" },
      new: { value: 3, mapping: "exact" },
      approximate: true,
    });
    expect(m("applications.refused").old.reason?.zh).toContain("不同意公开");
    expect(m("applications.unable")).toMatchObject({ old: { value: 4, mapping: "approximate" }, new: { value: 13 } });
    expect(m("active.total")).toMatchObject({
      new: { status: "unavailable" },
      statusChange: { from: "missing", to: "unavailable" },
    });
    expect(diff.findings.map((f) => [f.rule, f.severity])).toEqual([["X-YEARS", "info"]]); // 5 years apart
  });
  it("marks approximate values with ≈ and a footnote", () => {
    const md = formatDiff(diff, { format: "markdown" });
    expect(md).toMatch(/\| 不予公开 \| ≈2\[\^(\d)\] \| 3 \| \+1 \| \+50% \|/);
    const n = /\| 不予公开 \| ≈2\[\^(\d)\]/.exec(md)![1];
    expect(md).toContain(`[^${n}]: 2018：旧表“不同意公开/不予公开”理由`);
    expect(md).toContain("两份报告格式不同（legacy_national / gb2021）");
    const text = formatDiff(diff, { format: "text" });
    expect(text).toMatch(/不予公开 +≈2 \[\d\] +3 +\+1 +\+50%/);
  });
});

describe("diffSeries", () => {
  const unknown = hongze2024();
  unknown.meta.year = null;
  const series = diffSeries([hongze2024(), unknown, hongze2023()]);
  it("sorts by year (unknown last) and tabulates each metric by year", () => {
    expect(series.reports.map((r) => r.year)).toEqual([2023, 2024, null]);
    const received = series.metrics.find((m) => m.metric === "applications.received")!;
    expect(received.points.map((p) => [p.year, p.value, p.mapping])).toEqual([
      [2023, 21, "exact"],
      [2024, 95, "exact"],
      [null, 95, "exact"],
    ]);
    expect(received.changes).toEqual([74, 0]);
    expect(series.metrics).toHaveLength(METRIC_IDS.length);
    expect(ReportSeriesSchema.parse(JSON.parse(JSON.stringify(series)))).toEqual(series);
  });
  it("evaluates the cross-year rules between consecutive pairs", () => {
    expect(series.pairs.map((p) => [p.older, p.newer, p.findings.map((f) => f.rule)])).toEqual([
      [0, 1, ["T4-AFTER-S"]],
      // Year unknown (info); 2024 repeated: in force 8 ≠ 8 + 3 − 0, and all three tables copied.
      [1, 2, ["X-YEARS", "T2-INFORCE-X", "X-COPY-TABLE", "X-COPY-TABLE", "X-COPY-TABLE"]],
    ]);
  });
  it("formats a metric × year table", () => {
    const two = diffSeries([hongze2024(), hongze2023()]);
    const md = formatSeries(two, { format: "markdown" });
    expect(md).toContain("| 指标 | 2023 | 2024 | 变化（2023 → 2024） |");
    expect(md).toContain("| 本年新收政府信息公开申请数量 | 21 | 95 | +74 |");
    expect(md).toContain("- info T4-AFTER-S: 2023 → 2024：");
    const text = formatSeries(two, { format: "text" });
    expect(text).toMatch(/行政处罚处理决定数量 +4119 +2776 +-1343/);
  });
});

describe("two legacy reports of the same family", () => {
  it("are compared cell by cell on the typed legacy ids, with the printed labels", () => {
    const older = legacy2018();
    older.meta.year = 2017;
    const newer = legacy2018();
    newer.legacy[0]!.rows[0] = legacyRow("legacy_national.applications.received", "（一）收到申请数", "15");
    newer.legacy[0]!.rows[8] = legacyRow("legacy_national.litigation.total", "五、行政诉讼数量", "");
    const d = diffReports(older, newer);
    expect(d.sameEra).toBe(true);
    expect(
      d.fields.map((c) => [c.field, c.label.zh, c.label.column, c.kind, c.old.value, c.new.value, c.change]),
    ).toEqual([
      ["legacy_national.applications.received", "（一）收到申请数", "统计数", null, 12, 15, 3],
      ["legacy_national.litigation.total", "五、行政诉讼数量", "统计数", null, 1, null, null],
    ]);
    expect(d.fields[1]!.statusChange).toEqual({ from: "number", to: "blank" });
    expect(d.unchanged.fields).toBe(7);
    // A row under a section row is named with it: `3.政府公报` alone does not say what it counts.
    const sectioned = structuredClone(newer);
    sectioned.legacy[0]!.rows[0]!.section = "一、收到申请情况";
    const withSection = diffReports(older, sectioned).fields;
    expect(withSection[0]!.label).toEqual({
      zh: "一、收到申请情况 （一）收到申请数",
      row: "（一）收到申请数",
      column: "统计数",
    });
    expect(d.metrics.find((m) => m.metric === "litigation.total")).toMatchObject({
      old: { value: 1, mapping: "approximate", status: "number" },
      new: { value: null, mapping: "approximate", status: "missing" },
      statusChange: { from: "number", to: "missing" },
    });
  });
});
