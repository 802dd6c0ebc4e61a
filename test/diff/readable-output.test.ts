/**
 * The readable diff and series as a non-programmer reads them (red team R20): the body named in each column
 * when the reports hold more than one, --lang en, blank said where a cell is blank, metrics the report's own
 * tables contradict marked ⚠ with footnotes, metrics in neither report counted apart, and a value counted
 * another way listed as unchanged. Values read by hand off corpus 023/024 (build.ts).
 */
import { describe, expect, it } from "vitest";
import { diffReports, diffSeries, formatDiff, formatSeries, normalizeReport } from "../../src/index.js";
import type { NormalizedReport } from "../../src/schema/normalized.js";
import type { AnnualReport } from "../../src/schema/report.js";
import { crossYearFindings } from "../../src/validate/cross-year.js";
import { xxgk } from "../cli/helpers.js";
import { cell, hongze2023, hongze2024 } from "./build.js";

/** Hongze 2024's values under the city's name (corpus 025 is 淮安市人民政府 2024). */
function city2024(): AnnualReport {
  const r = hongze2024();
  r.meta.orgName = "淮安市人民政府";
  r.cells["active_disclosure.licensing.decisions"] = cell(447228);
  return r;
}

/** normalizeReport without any conflicts of its own (F13 fills them in), plus the ones given, by metric. */
function normalizeWith(conflicts: Record<string, { rule: string; message: { zh: string; en: string } }[]>) {
  return (report: AnnualReport): NormalizedReport => {
    const view = normalizeReport(report);
    return {
      ...view,
      metrics: view.metrics.map(({ conflicts: _, ...m }) =>
        report.meta.year === 2023 && conflicts[m.id] ? { ...m, conflicts: conflicts[m.id] } : m,
      ),
    };
  };
}

/** Hongze 2023's conflicts: the review total printed 0 against 10 + 1 (formats.md D3). */
const REVIEW_CONFLICT = {
  rule: "T4-REV",
  message: {
    zh: "行政复议总计 0 与其分项之和 11 不符",
    en: "the reconsideration total 0 is not the sum of its parts 11",
  },
};

describe("column headers name the body when a series or diff holds more than one", () => {
  it("series 洪泽区 2023, 2024 and 淮安市 2024: each column says whose 2024 it is", () => {
    const md = formatSeries(diffSeries([hongze2023(), hongze2024(), city2024()]), { format: "markdown" });
    const lines = md.split("\n");
    expect(lines[0]).toBe("## 淮安市洪泽区人民政府、淮安市人民政府：2023、2024、2024");
    expect(lines[2]).toBe(
      "| 指标 | 2023（淮安市洪泽区人民政府） | 2024（淮安市洪泽区人民政府） | 2024（淮安市人民政府） | 变化（2024（淮安市洪泽区人民政府） → 2024（淮安市人民政府）） |",
    );
    expect(md).toContain("- warning X-BODY: 2024（淮安市洪泽区人民政府） → 2024（淮安市人民政府）：");
  });

  it("one body under two names (洪泽区 / 淮安市洪泽区): plain years", () => {
    const md = formatSeries(diffSeries([hongze2023(), hongze2024()]), { format: "markdown" });
    expect(md.split("\n")[2]).toBe("| 指标 | 2023 | 2024 | 变化（2023 → 2024） |");
  });

  it("a two-report diff of two bodies names each column's body", () => {
    const text = formatDiff(diffReports(hongze2024(), city2024()), { format: "text" });
    expect(text.split("\n")[0]).toBe("淮安市洪泽区人民政府 → 淮安市人民政府：2024 → 2024");
    expect(text).toContain(
      "\n单元格                            2024（淮安市洪泽区人民政府）  2024（淮安市人民政府）     变化\n",
    );
    expect(text).toContain(
      "\n表二 行政许可 / 本年处理决定数量                          9487                  447228  +437741\n",
    );
  });
});

describe("--lang en", () => {
  it("xxgk diff --lang en: English headings, metric labels, cell names and messages", async () => {
    const { code, stdout, stderr } = await xxgk([
      "diff",
      "test/fixtures/corpus/023_2023_hongzequ.txt",
      "test/fixtures/corpus/024_2024_hongzequ.txt",
      "--lang",
      "en",
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines.slice(0, 7)).toEqual([
      "淮安市洪泽区人民政府: 2023 → 2024",
      "",
      "Main metrics (comparable basis)",
      "",
      "Metric                                   2023  2024  Change  Change %",
      "------------------------------------  -------  ----  ------  --------",
      "Applications received this year            21    95     +74   +352.4%",
    ]);
    expect(stdout).toContain("\nTable cells changed (same layout)\n");
    expect(stdout).toContain("\nTable 2 / Administrative fees / Fees collected (10,000 yuan)  ");
    expect(stdout).toContain(
      "  info T4-AFTER-S: Table 4 / Litigation / after reconsideration / Total (2024): 3 > 2024 Table 4 / Administrative reconsideration / Total 2 + 2023 Table 4 / Administrative reconsideration / Total 0 = 2.",
    );
    expect(stdout).not.toMatch(/主要指标|统计表|未变化|跨年度|空白|不适用/);
    // Cells are named in English, not by field id (the ⚠ footnotes are the normalized view's own messages).
    expect(stdout.split("\n⚠")[0]).not.toMatch(/review_litigation\.|applications\.|active_disclosure\./);
  });

  it("xxgk diff --series --lang en and --format markdown", async () => {
    const { code, stdout } = await xxgk([
      "diff",
      "--series",
      "test/fixtures/corpus/023_2023_hongzequ.txt",
      "test/fixtures/corpus/024_2024_hongzequ.txt",
      "--format",
      "markdown",
      "--lang",
      "en",
    ]);
    expect(code).toBe(0);
    expect(stdout.split("\n").slice(0, 5)).toEqual([
      "## 淮安市洪泽区人民政府: 2023, 2024",
      "",
      "| Metric | 2023 | 2024 | Change (2023 → 2024) |",
      "|---|---:|---:|---:|",
      "| Applications received this year | 21 | 95 | +74 |",
    ]);
    expect(stdout).toContain("\n### Cross-year checks\n");
  });

  it("--lang zh is the default; another language is refused", async () => {
    const files = ["test/fixtures/corpus/023_2023_hongzequ.txt", "test/fixtures/corpus/024_2024_hongzequ.txt"];
    const zh = await xxgk(["diff", ...files, "--lang", "zh"]);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toBe((await xxgk(["diff", ...files])).stdout);
    const fr = await xxgk(["diff", ...files, "--lang", "fr"]);
    expect(fr.code).toBe(2);
    expect(fr.stderr).toContain("--lang");
  });
});

describe("words of the Chinese output", () => {
  it("a blank total: the metric says （空白） as the cell does, not （缺）", () => {
    const older = hongze2023();
    older.cells["applications.results.total.total"] = cell("");
    const text = formatDiff(diffReports(older, hongze2024()), { format: "text" });
    expect(text).toMatch(/\n本年度办理结果总计 +（空白） +95 +— +—\n/);
    expect(text).toMatch(/\n表三 （七）总计 \/ 总计 +（空白） +95 +空白 → 数字\n/);
    expect(text).not.toContain("（缺）");
    expect(text).not.toMatch(/blank|number/);
  });

  it("a blank carried-forward total: the unverified cross-year relation says 空白 in Chinese", () => {
    const older = hongze2023();
    older.cells["applications.carried_forward.total"] = cell("");
    const [f] = crossYearFindings(older, hongze2024(), { rules: ["T3-CARRY-X"] });
    expect(f!.message.zh).toBe(
      "无法核对 1 个跨年度关系（本年“上年结转政府信息公开申请数量” = 上年“结转下年度继续办理”（每一列））：2023年 表三 四、结转下年度继续办理 / 总计（空白）不是数字",
    );
    expect(f!.message.en).toBe(
      "1 cross-year relation(s) cannot be verified (carried over this year = carried forward last year (each applicant column)): 2023 Table 3 / 4. Carried forward to next year / Total (blank) not numeric",
    );
  });
});

describe("conflicts of a report's own tables (normalized metrics' conflicts)", () => {
  const options = {
    normalize: normalizeWith({ "review.total": [REVIEW_CONFLICT], "review.upheld": [REVIEW_CONFLICT] }),
  };

  it("text: ⚠ after the value, the messages as footnotes under the tables", () => {
    const text = formatDiff(diffReports(hongze2023(), hongze2024(), options), { format: "text" });
    expect(text).toMatch(/\n行政复议总计 +0 ⚠\[1\] +2 +\+2 +—\n/);
    expect(text).toMatch(/\n行政复议结果维持 +10 ⚠\[1\] +1 +-9 +-90%\n/);
    expect(
      text.endsWith("⚠ 报告自身表格矛盾（数值照印，未作修正）：\n  ⚠[1] 2023：行政复议总计 0 与其分项之和 11 不符\n"),
    ).toBe(true);
  });

  it("markdown and English: footnotes [^c1], the English message", () => {
    const md = formatDiff(diffReports(hongze2023(), hongze2024(), options), { format: "markdown", lang: "en" });
    expect(md).toContain("| Administrative reconsiderations | 0 ⚠[^c1] | 2 | +2 | — |");
    expect(md).toContain(
      "⚠ The report's own tables disagree (value as printed, not repaired):\n[^c1]: 2023: the reconsideration total 0 is not the sum of its parts 11\n",
    );
  });

  it("JSON passes them through, in the diff and the series", () => {
    const diff = JSON.parse(JSON.stringify(diffReports(hongze2023(), hongze2024(), options)));
    const review = diff.metrics.find((m: { metric: string }) => m.metric === "review.total");
    expect(review.old.conflicts).toEqual([REVIEW_CONFLICT]);
    expect(review.new.conflicts).toBeUndefined();
    const series = diffSeries([hongze2023(), hongze2024()], options);
    expect(series.metrics.find((m) => m.metric === "review.total")!.points.map((p) => p.conflicts)).toEqual([
      [REVIEW_CONFLICT],
      undefined,
    ]);
    expect(formatSeries(series, { format: "text" })).toMatch(/\n行政复议总计 +0 ⚠\[1\] +2 +\+2\n/);
  });
});

describe("what is unchanged", () => {
  it("metrics in neither report are counted apart from unchanged ones", () => {
    const diff = diffReports(hongze2023(), hongze2024());
    // 30 metrics: 14 changed, 5 consultation metrics and fees… in neither gb2021 table, the rest unchanged.
    expect(diff.metrics).toHaveLength(14);
    expect(diff.unchanged).toEqual({ fields: 156, metrics: 10, unavailable: 6 });
    expect(formatDiff(diff, { format: "text" })).toContain("\n未变化：156 个单元格，10 项指标；两年均无 6 项。\n");
    expect(formatDiff(diff, { format: "text", lang: "en" })).toContain(
      "\nUnchanged: 156 cells, 10 metrics; 6 in neither report.\n",
    );
  });

  it("the same value counted another way (≈0 → 0) is unchanged, listed with its mapping note", () => {
    const approximate = (report: AnnualReport): NormalizedReport => {
      const view = normalizeReport(report);
      if (report.meta.year !== 2023) return view;
      const reason = { zh: "旧口径", en: "old basis" };
      const metrics = view.metrics.map((m) =>
        m.id === "applications.not_processed" ? { ...m, value: 1, mapping: "approximate" as const, reason } : m,
      );
      return { ...view, metrics };
    };
    const diff = diffReports(hongze2023(), hongze2024(), { normalize: approximate });
    const m = diff.metrics.find((x) => x.metric === "applications.not_processed");
    expect(m).toMatchObject({ changed: false, change: 0, old: { value: 1, mapping: "approximate" } });
    expect(diff.unchanged.metrics).toBe(10);
    const text = formatDiff(diff, { format: "text" });
    expect(text).not.toMatch(/\n不予处理 /);
    expect(text).toContain(
      "\n未变化：156 个单元格，10 项指标；两年均无 6 项。\n未变化（口径不同，见注）：不予处理 ≈1 [1] → 1\n",
    );
    expect(text).toContain("\n  [1] 2023：旧口径（old basis）\n");
  });
});
