import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizedRows, normalizeReport } from "../../src/normalize/index.js";
import { parseReport } from "../../src/parse.js";
import { METRIC_IDS, type Metric, type NormalizedReport } from "../../src/schema/normalized.js";

const read = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url));
const metric = (n: NormalizedReport, id: string): Metric => {
  const m = n.metrics.find((x) => x.id === id);
  if (!m) throw new Error(`no metric ${id}`);
  return m;
};

const SEED_003 = "seeds/003_80aeb6f3312619ab.txt";
const HONGZE_2024 = "corpus/024_2024_hongzequ.txt";
const HUAIAN_2024 = "corpus/025_2024_huaianshi.txt";

describe("seed 003 (2014 Kunming health bureau) normalized", () => {
  const { report } = parseReport(read(SEED_003));
  const n = normalizeReport(report);

  it("is a legacy_provincial report of 2014", () => {
    expect(n.era).toBe("legacy_provincial");
    expect(n.year).toBe(2014);
  });

  // Values read by hand off the table: 全年收到政府信息公开申请数 2, 同意公开数 2, 同意部分公开数 0, 不予公开总数 0,
  // 信息不存在 0 + 非本机关职权范围 0 + 申请内容不明确 0, 复议 0, 诉讼 0, 依申请公开收费金额 0 元.
  it("maps received, granted, review and litigation exactly, fees approximately (another legal basis)", () => {
    expect(metric(n, "applications.received")).toMatchObject({
      value: 2,
      mapping: "exact",
      sources: ["legacy_yn.applications.received"],
    });
    expect(metric(n, "applications.granted")).toMatchObject({ value: 2, mapping: "exact" });
    expect(metric(n, "applications.partially_granted")).toMatchObject({ value: 0, mapping: "exact" });
    expect(metric(n, "review.total")).toMatchObject({ value: 0, mapping: "exact" });
    expect(metric(n, "fees.collected_yuan")).toMatchObject({
      value: 0,
      mapping: "approximate",
      sources: ["legacy_yn.fees.collected_yuan"],
    });
    expect(metric(n, "applications.received").source?.line).toBe(130);
  });

  it("maps the old reply categories approximately, with bilingual reasons", () => {
    const handled = metric(n, "applications.handled");
    expect(handled).toMatchObject({ value: 2, mapping: "approximate", sources: ["legacy_yn.replies.total"] });
    const unable = metric(n, "applications.unable");
    expect(unable.value).toBe(0);
    expect(unable.mapping).toBe("approximate");
    expect(unable.sources).toEqual([
      "legacy_yn.replies.not_exist",
      "legacy_yn.replies.not_this_agency",
      "legacy_yn.replies.unclear",
    ]);
    expect(unable.reason?.zh).toContain("信息不存在");
    expect(unable.reason?.zh).toContain("本机关不掌握相关政府信息");
    expect(metric(n, "applications.refused")).toMatchObject({ value: 0, mapping: "approximate" });
    expect(metric(n, "litigation.total")).toMatchObject({ value: 0, mapping: "approximate" });
  });

  it("states what the old table lacks as unavailable", () => {
    for (const id of [
      "applications.carried_over",
      "applications.carried_forward",
      "review.pending",
      "licensing.decisions",
    ]) {
      const m = metric(n, id);
      expect(m, id).toMatchObject({ value: null, mapping: "unavailable", sources: [] });
      expect(m.reason?.en).toContain("pre-2019");
    }
  });
});

describe("gb2021 corpus reports normalized", () => {
  it("Hongze 2024 (corpus 024): Table 三 / 四 exact, fee read from section 六", () => {
    const n = normalizeReport(parseReport(read(HONGZE_2024)).report);
    expect(n.era).toBe("gb2021");
    // formats.md §6.1 worked check: 95 + 0 = 95 + 0; outcomes 50 + 9 + … = 95; Table 四 totals 2 / 1 / 3.
    expect(metric(n, "applications.received")).toMatchObject({ value: 95, mapping: "exact" });
    expect(metric(n, "applications.handled").value).toBe(95);
    expect(metric(n, "applications.granted").value).toBe(50);
    expect(metric(n, "applications.partially_granted").value).toBe(9);
    expect(metric(n, "review.total").value).toBe(2);
    expect(metric(n, "litigation.total")).toMatchObject({ value: 4, mapping: "exact" });
    const fee = metric(n, "fees.collected_yuan");
    expect(fee).toMatchObject({ value: 0, mapping: "exact", sources: ["sections.other_matters"] });
    expect(fee.reason?.zh).toContain("严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费 0 元");
    expect(n.metrics.every((m) => m.mapping !== "approximate")).toBe(true);
  });

  it("Huai'an 2024 (corpus 025): a non-zero fee, 3940 元", () => {
    const n = normalizeReport(parseReport(read(HUAIAN_2024)).report);
    expect(metric(n, "fees.collected_yuan").value).toBe(3940);
  });
});

describe("legacy vs current comparison (tidy rows)", () => {
  const rows = normalizedRows([
    { path: SEED_003, report: parseReport(read(SEED_003)).report },
    { path: HONGZE_2024, report: parseReport(read(HONGZE_2024)).report },
  ]);
  const pick = (path: string, metricId: string) => rows.find((r) => r.report === path && r.metric === metricId)!;

  it("has one row per report and metric", () => {
    expect(rows).toHaveLength(2 * METRIC_IDS.length);
  });

  it("shows the same metric exact in 2024 and approximate in 2014", () => {
    expect(pick(HONGZE_2024, "applications.refused")).toMatchObject({ value: 3, mapping: "exact", era: "gb2021" });
    const old = pick(SEED_003, "applications.refused");
    expect(old).toMatchObject({ value: 0, mapping: "approximate", era: "legacy_provincial", year: 2014 });
    expect(old.reason).toContain("不予公开");
    expect(old.reason).toContain(" / ");
    expect(pick(SEED_003, "applications.received")).toMatchObject({ value: 2, mapping: "exact" });
    expect(pick(HONGZE_2024, "applications.carried_over")).toMatchObject({ value: 0, mapping: "exact" });
    expect(pick(SEED_003, "applications.carried_over")).toMatchObject({ value: null, mapping: "unavailable" });
  });
});
