/** diffReports and the cross-year rules on the real Hongze 2023 / 2024 reports and Huai'an city 2024 (corpus). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diffReports, diffSeries } from "../../src/diff/diff-reports.js";
import { formatDiff, formatSeries } from "../../src/diff/format.js";
import type { FieldId } from "../../src/index.js";
import { parseReport } from "../../src/parse.js";
import { crossYearFindings } from "../../src/validate/cross-year.js";
import { HONGZE_CHANGES, hongze2023, hongze2024 } from "./build.js";

const parse = (file: string) => parseReport(readFileSync(`test/fixtures/corpus/${file}`, "utf8")).report;
const h2023 = parse("023_2023_hongzequ.txt");
const h2024 = parse("024_2024_hongzequ.txt");
const city2024 = parse("025_2024_huaianshi.txt");

describe("corpus 023 (洪泽区 2023) vs 024 (淮安市洪泽区 2024)", () => {
  it("the parsed cells are the values read off the files by hand", () => {
    for (const [parsed, byHand] of [
      [h2023, hongze2023()],
      [h2024, hongze2024()],
    ] as const) {
      expect(Object.keys(parsed.cells).sort()).toEqual(Object.keys(byHand.cells).sort());
      for (const id of Object.keys(byHand.cells) as FieldId[]) {
        expect([id, parsed.cells[id]?.value]).toEqual([id, byHand.cells[id]?.value]);
      }
    }
  });

  const diff = diffReports(h2023, h2024);

  it("reports every changed cell with the right numbers", () => {
    expect(diff.sameEra).toBe(true);
    expect(diff.older).toEqual({ year: 2023, org: "洪泽区人民政府", era: "gb2021" });
    expect(diff.newer).toEqual({ year: 2024, org: "淮安市洪泽区人民政府", era: "gb2021" });
    expect(diff.fields.map((c) => [c.field, c.old.value, c.new.value])).toEqual(HONGZE_CHANGES);
    expect(diff.fields.every((c) => c.statusChange === null)).toBe(true);
    expect(diff.unchanged.fields).toBe(156); // 186 cells in both, 30 changed
    const fee = diff.metrics.find((m) => m.metric === "fees.collected_yuan");
    expect(fee).toBeUndefined(); // 信息处理费 0 元 in section 六 of both years
  });

  it("evaluates the cross-year rules on the real values", () => {
    const findings = crossYearFindings(h2023, h2024);
    // X-BODY holds: 洪泽区人民政府 = 淮安市洪泽区人民政府 (the city prefix is dropped). X-YEARS holds: 2023 → 2024.
    // T3-CARRY-X holds: 2023 四、结转下年度继续办理 is 0 in all 7 columns; 2024 二、上年结转 is 0 in all 7.
    // T2-INFORCE-X holds: 规章 0 = 0 + 0 − 0; 行政规范性文件 8 = 5 (2023 现行有效) + 3 (2024 制发) − 0 (2024 废止).
    // T2-ITEMS-X does not apply (2021 format). X-COPY-TABLE: the tables differ.
    // T4-AFTER-S fails: 2024 复议后起诉总计 3 > 2024 行政复议总计 2 + 2023 行政复议总计 0 — 2023 printed its
    // review total as 0 although its parts are 10 + 1 (formats.md D3), so the finding is info and says so.
    // X-COPY-TEXT: section 六's 信息处理费 paragraph is repeated with only the year changed (1 of 15 paragraphs).
    expect(findings.map((f) => [f.rule, f.severity, f.actual, f.expected])).toEqual([
      ["T4-AFTER-S", "info", 3, 2],
      ["X-COPY-TEXT", "info", 1, null],
    ]);
    expect(findings[0]!.operands.map((o) => o.source?.line)).toEqual([
      h2024.cells["review_litigation.litigation_after_review.total"]!.source.line,
      h2024.cells["review_litigation.review.total"]!.source.line,
      h2023.cells["review_litigation.review.total"]!.source.line,
    ]);
    expect(findings[1]!.message.zh).toContain("1/15 段");
    expect(findings[1]!.operands).toMatchObject([{ label: "六、其他需要报告的事项", value: 1, report: 1 }]);
    expect(diff.findings).toEqual(findings);
  });

  it("formats Markdown by default, in English when asked without naming the format (red team R30)", () => {
    expect(formatDiff(diff, { lang: "en" })).toBe(formatDiff(diff, { format: "markdown", lang: "en" }));
    expect(formatDiff(diff, { lang: "en" }).split("\n")[0]).not.toBe("## 淮安市洪泽区人民政府：2023 → 2024");
  });

  it("formats a pasteable Markdown table", () => {
    const md = formatDiff(diff, { format: "markdown" });
    expect(md.split("\n")[0]).toBe("## 淮安市洪泽区人民政府：2023 → 2024");
    expect(md).toContain("| 行政处罚处理决定数量 | 4119 | 2776 | -1343 | -32.6% |");
    expect(md).toContain("| 表二 行政规范性文件 / 现行有效件数 | 5 | 8 | +3 |");
  });
});

describe("corpus 025 (淮安市 2024) is another body", () => {
  it("X-BODY warns and the arithmetic rules are not applied", () => {
    const findings = crossYearFindings(h2023, city2024);
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([["X-BODY", "warning"]]);
    expect(findings[0]!.message.zh).toContain("“洪泽区人民政府” 与 “淮安市人民政府”");
  });

  it("a series of the two Hongze years has the same findings as the pair", () => {
    const series = diffSeries([h2024, h2023]);
    expect(series.reports.map((r) => r.year)).toEqual([2023, 2024]);
    expect(series.pairs[0]!.findings).toEqual(crossYearFindings(h2023, h2024));
    const text = formatSeries(series, { format: "text" });
    expect(text).toMatch(/本年新收政府信息公开申请数量 +21 +95 +\+74/);
    expect(text.split("\n")[0]).toBe("淮安市洪泽区人民政府：2023, 2024");
  });

  it("a series of two bodies names both in its title", () => {
    const text = formatSeries(diffSeries([h2023, city2024]), { format: "markdown" });
    expect(text.split("\n")[0]).toBe("## 洪泽区人民政府、淮安市人民政府：2023、2024");
  });
});

describe("a real legacy report (seed 003, 昆明市卫生局 2014) against a real gb2021 report (seed 000)", () => {
  // No current-format report of 昆明市卫生局 is in the fixtures, so this pair is of two bodies (X-BODY warns);
  // the same-body legacy comparison with constructed legacy rows is in diff-reports.test.ts.
  const seed = (file: string) => parseReport(readFileSync(`test/fixtures/seeds/${file}`, "utf8")).report;
  const diff = diffReports(seed("003_80aeb6f3312619ab.txt"), seed("000_cc43e5a43c1be886.txt"));
  it("compares through the normalized view, approximate mappings marked", () => {
    expect(diff.sameEra).toBe(false);
    expect(diff.fields).toEqual([]);
    // Seed 003: 予以公开 (同意公开) 2; seed 000: （一）予以公开 总计 1.
    expect(diff.metrics.find((m) => m.metric === "applications.granted")).toMatchObject({
      old: { value: 2, mapping: "exact" },
      new: { value: 1, mapping: "exact" },
      change: -1,
    });
    // Seed 003 answered 2 applications (approximate: replies vs handled outcomes); seed 000 handled 2.
    expect(diff.metrics.find((m) => m.metric === "applications.handled")).toMatchObject({
      old: { value: 2, mapping: "approximate" },
      new: { value: 2, mapping: "exact" },
      change: 0,
      approximate: true,
    });
    expect(diff.findings.map((f) => [f.rule, f.severity])).toEqual([
      ["X-BODY", "warning"],
      ["X-YEARS", "info"],
    ]);
    const md = formatDiff(diff, { format: "markdown" });
    // The same value counted another way is not a change: listed under the unchanged count with its note.
    expect(md).not.toContain("| 本年度办理结果总计 |");
    expect(md).toMatch(/\n未变化（口径不同，见注）：本年度办理结果总计 ≈2\[\^\d\] → 2(；|\n)/);
    expect(md).toContain("≈ 近似口径（approximate mapping）");
    expect(md).toMatch(/\[\^\d\]: 2014（昆明市卫生局）：旧表“答复数”按答复件计/);
  });
});
