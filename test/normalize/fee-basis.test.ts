// fees.collected_yuan of the pre-2019 layouts is approximate (red team R20): the 2007 Regulation's costs of
// disclosure on request (检索、复制、邮寄) are not the 2021 信息处理费 (国办函〔2020〕109号, formats.md §2.3).
// The value is unchanged; only the mapping and its reason say so. Values read by hand.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GB2019_MAPPING, GB2021_MAPPING, normalizeReport } from "../../src/normalize/index.js";
import { parseReport } from "../../src/parse.js";
import { recognizeLegacy } from "../../src/recognize/legacy.js";
import { emptyReport } from "../../src/schema/empty.js";
import type { Metric, NormalizedReport } from "../../src/schema/normalized.js";
import type { AnnualReport } from "../../src/schema/report.js";
import { readDocument } from "../../src/shapes/index.js";

const fee = (n: NormalizedReport): Metric => n.metrics.find((m) => m.id === "fees.collected_yuan")!;
const pipe = (rows: string[][]) => rows.map((r) => `| ${r.join(" | ")} |`).join("\n");
const legacyReport = (rows: string[][]): AnnualReport => {
  const report = emptyReport("pipe");
  report.legacy = recognizeLegacy(readDocument(pipe(rows), "pipe"), []);
  report.meta.formatEra = report.legacy[0]?.family ?? "unknown";
  return report;
};
const expectLegalBasis = (m: Metric) => {
  expect(m.mapping).toBe("approximate");
  expect(m.reason?.zh).toContain("收费的法律依据已变");
  expect(m.reason?.zh).toContain("国办函〔2020〕109号");
  expect(m.reason?.en).toContain("the legal basis of the fee changed");
};

describe("fees.collected_yuan before 2019: approximate, the legal basis changed", () => {
  it("national 2014 table: 七、依申请公开信息收取的费用 0.05 万元 = 500 元, approximate", () => {
    const report = legacyReport([
      ["统计指标", "单位", "统计数"],
      ["（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", "1520"],
      ["制发规范性文件总数", "件", "8"],
      ["（一）收到申请数", "件", "10"],
      ["（三）申请答复数", "件", "9"],
      ["四、行政复议数量", "件", "1"],
      ["七、依申请公开信息收取的费用", "万元", "0.05"],
    ]);
    const m = fee(normalizeReport(report));
    expect(m).toMatchObject({ value: 500, sources: ["legacy_national.fees.collected_10k_yuan"] });
    expectLegalBasis(m);
  });

  it("Yunnan table (seed 003, 昆明市卫生局 2014): 依申请公开收费 0 元, approximate", () => {
    const report = parseReport(
      readFileSync(new URL("../fixtures/seeds/003_80aeb6f3312619ab.txt", import.meta.url)),
    ).report;
    const m = fee(normalizeReport(report));
    expect(m).toMatchObject({ value: 0, sources: ["legacy_yn.fees.collected_yuan"] });
    expectLegalBasis(m);
  });

  it("Shanghai-model narrative (未收取任何费用 in the fees section): 0 元, approximate, the sentence still quoted", () => {
    const report = legacyReport([
      ["指标名称", "计量单位", "本期实际"],
      ["主动公开信息数", "条", "120"],
      ["申请总数", "条", "4"],
      ["对申请的答复总数", "条", "4"],
      ["行政复议数", "件", "0"],
    ]);
    report.sections.push({
      id: "fees",
      number: "五",
      heading: "五、政府信息公开的收费及减免情况",
      text: "本年度依申请公开政府信息未收取任何费用。",
      subsections: [],
      source: { line: 20, column: 1, offset: 400 },
    });
    const m = fee(normalizeReport(report));
    expect(m).toMatchObject({ value: 0, sources: ["sections.fees"] });
    expectLegalBasis(m);
    expect(m.reason?.zh).toContain("本年度依申请公开政府信息未收取任何费用");
  });
});

describe("fees.collected_yuan of the gb layouts stays exact (the 信息处理费 sentence only)", () => {
  it("both gb layouts read the narrative 信息处理费, never the Table 二 行政事业性收费 row", () => {
    for (const mapping of [GB2021_MAPPING, GB2019_MAPPING]) {
      expect(mapping.rules["fees.collected_yuan"]).toMatchObject({ mapping: "exact", narrative: "fees", sources: [] });
    }
  });

  it("corpus 024 (洪泽区 2024): 全年收取政府信息公开信息处理费 0 元, exact", () => {
    const report = parseReport(
      readFileSync(new URL("../fixtures/corpus/024_2024_hongzequ.txt", import.meta.url)),
    ).report;
    expect(fee(normalizeReport(report))).toMatchObject({ value: 0, mapping: "exact" });
  });
});
