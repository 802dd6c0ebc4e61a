import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizeReport } from "../../src/normalize/index.js";
import { parseReport } from "../../src/parse.js";
import { recognizeLegacy } from "../../src/recognize/legacy.js";
import { emptyReport } from "../../src/schema/empty.js";
import type { Metric, NormalizedReport } from "../../src/schema/normalized.js";
import type { AnnualReport } from "../../src/schema/report.js";
import { readDocument } from "../../src/shapes/index.js";

const read = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url));
const metric = (n: NormalizedReport, id: string): Metric => {
  const m = n.metrics.find((x) => x.id === id);
  if (!m) throw new Error(`no metric ${id}`);
  return m;
};
const pipe = (rows: string[][]) => rows.map((r) => `| ${r.join(" | ")} |`).join("\n");
const legacyReport = (text: string): AnnualReport => {
  const report = emptyReport("pipe");
  report.legacy = recognizeLegacy(readDocument(text, "pipe"), []);
  report.meta.formatEra = report.legacy[0]?.family ?? "unknown";
  return report;
};

describe("consultation metrics", () => {
  // Seed 003, 三、咨询情况 (read by hand): 政府信息公开咨询(查询)数 69218; 其中:1.96128电话查询数 246;
  // 2.网络查询数 68947 (备注 网站); 3.现场咨询数 25; 4.其它方式 0.
  it("seed 003 (legacy_yn): total, online and on site exact; phone approximate (the row counts the 96128 line only)", () => {
    const n = normalizeReport(parseReport(read("seeds/003_80aeb6f3312619ab.txt")).report);
    expect(metric(n, "consultation.total")).toMatchObject({
      value: 69218,
      mapping: "exact",
      sources: ["legacy_yn.consultation.total"],
    });
    expect(metric(n, "consultation.online")).toMatchObject({
      value: 68947,
      mapping: "exact",
      sources: ["legacy_yn.consultation.online"],
    });
    expect(metric(n, "consultation.on_site")).toMatchObject({ value: 25, mapping: "exact" });
    const phone = metric(n, "consultation.phone");
    expect(phone).toMatchObject({ value: 246, mapping: "approximate", sources: ["legacy_yn.consultation.phone"] });
    expect(phone.reason?.zh).toContain("96128");
    expect(phone.reason?.en).toContain("12345");
  });

  it("Shanghai-model rows 咨询总数 / 现场接待人数 / 网上咨询数 / 咨询电话接听数 map exactly", () => {
    const n = normalizeReport(
      legacyReport(
        pipe([
          ["指标名称", "计量单位", "代码", "本期实际", "本年累计"],
          ["主动公开信息数", "条", "01", "120", "300"],
          ["申请总数", "条", "10", "4", "9"],
          ["咨询总数", "人次", "40", "17", "30"],
          ["其中：现场接待人数", "人次", "41", "5", "8"],
          ["网上咨询数", "人次", "42", "3", "7"],
          ["咨询电话接听数", "人次", "43", "9", "15"],
        ]),
      ),
    );
    expect(n.era).toBe("legacy_provincial");
    expect(metric(n, "consultation.total")).toMatchObject({
      value: 17,
      mapping: "exact",
      sources: ["legacy_sh.consultation.total"],
    });
    expect(metric(n, "consultation.on_site")).toMatchObject({ value: 5, mapping: "exact" });
    expect(metric(n, "consultation.online")).toMatchObject({ value: 3, mapping: "exact" });
    expect(metric(n, "consultation.phone")).toMatchObject({ value: 9, mapping: "exact" });
  });

  // legacy/red-team/sh-dingxi-html.txt, read by hand: 06 现场接待人数 45, 07 网上咨询数 12, 08 咨询电话接听数 30
  // (人次, 本期实际); no 咨询总数 row.
  it("Dingxi form without a 咨询总数 row: the total is the sum of its three parts (S-CONS), sources listing them", () => {
    const n = normalizeReport(parseReport(read("legacy/red-team/sh-dingxi-html.txt")).report);
    expect(metric(n, "consultation.total")).toMatchObject({
      value: 87,
      mapping: "exact",
      reason: null,
      sources: ["legacy_sh.consultation.on_site", "legacy_sh.consultation.online", "legacy_sh.consultation.phone"],
    });
    expect(metric(n, "consultation.on_site").value).toBe(45);
    expect(metric(n, "consultation.online").value).toBe(12);
    expect(metric(n, "consultation.phone").value).toBe(30);
  });

  it("no total and one part missing: null, naming the missing part (never a partial sum)", () => {
    const n = normalizeReport(
      legacyReport(
        pipe([
          ["指标名称", "计量单位", "代码", "本期实际", "本年累计"],
          ["主动公开信息数", "条", "01", "120", "300"],
          ["现场接待人数", "人次", "06", "5", "8"],
          ["网上咨询数", "人次", "07", "3", "7"],
          ["申请总数", "条", "10", "4", "9"],
        ]),
      ),
    );
    const total = metric(n, "consultation.total");
    expect(total).toMatchObject({ value: null, mapping: "exact" });
    expect(total.reason?.en).toContain("some sources absent: legacy_sh.consultation.phone");
  });

  it("gb2021 (corpus 024) has no consultations table: unavailable, with the reason", () => {
    const n = normalizeReport(parseReport(read("corpus/024_2024_hongzequ.txt")).report);
    for (const id of ["consultation.total", "consultation.phone", "consultation.online", "consultation.on_site"]) {
      const m = metric(n, id);
      expect(m, id).toMatchObject({ value: null, mapping: "unavailable", sources: [] });
      expect(m.reason?.zh, id).toContain("咨询");
    }
  });
});
