import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluateCrossRules } from "../../src/diff/cross-year-eval.js";
import { LEGACY_CROSS_RULES } from "../../src/diff/cross-year-rules.js";
import type { AnnualReport } from "../../src/index.js";
import { parseReport } from "../../src/parse.js";
import { crossYearFindings } from "../../src/validate/cross-year.js";

const read = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), "utf8");
const parse = (path: string) => parseReport(read(path)).report;
/** The pre-2019 cross-year rules with these ids on a pair. */
const legacyFindings = (older: AnnualReport, newer: AnnualReport, ids = ["S-CUM-X", "L-PREV-X"]) =>
  evaluateCrossRules(
    older,
    newer,
    LEGACY_CROSS_RULES.filter((r) => ids.includes(r.id)),
  );

describe("S-CUM-X: 历年累计 carried from year to year (R12 legacy-cumulative-break, formats.md §6.3)", () => {
  const older = parse("diff/sh-cumulative-2009.html");
  const newer = parse("diff/sh-cumulative-2010.html");

  it("reads the two Putian tables (values as printed)", () => {
    const row = (r: typeof older, id: string) => r.legacy.flatMap((t) => t.rows).find((x) => x.id === id)?.cell.value;
    expect([older.meta.year, newer.meta.year]).toEqual([2009, 2010]);
    expect(row(older, "legacy_sh.active.total.cumulative")).toBe(400);
    expect(row(newer, "legacy_sh.active.total")).toBe(130);
    expect(row(newer, "legacy_sh.active.total.cumulative")).toBe(500);
  });

  it("finds 500 ≠ 400 + 130 and nothing for 受理 (24 = 20 + 4) or 复议 (1 = 1 + 0)", () => {
    const findings = legacyFindings(older, newer);
    expect(findings.map((f) => [f.rule, f.severity, f.actual, f.expected, f.delta])).toEqual([
      ["S-CUM-X", "warning", 500, 530, -30],
    ]);
    const [f] = findings;
    expect(f!.operands.map((o) => [o.report, o.field, o.value])).toEqual([
      [1, "legacy_sh.active.total.cumulative", 500],
      [0, "legacy_sh.active.total.cumulative", 400],
      [1, "legacy_sh.active.total", 130],
    ]);
    expect(f!.message.zh).toContain(
      "主动公开信息数（历年累计）（2010年）：500 ≠ 2009年 主动公开信息数（历年累计） 400 + 2010年 主动公开信息数（本年数） 130 = 530",
    );
  });
});

describe("L-PREV-X: the 上年数 column restates last year's report", () => {
  // 2018 (test/fixtures/legacy/red-team) prints 上年数 5 · 5 · 4 · 无 · 1 · 0 · 1; the 2017 report's 本年数 are
  // 5 · 5 · 4 · 无 · 1 · 0 · 2 (test/fixtures/diff): only 行政诉讼数量 differs (1 ≠ 2); 无 cannot be checked.
  const older = parse("diff/nat-prev-this-year-2017.txt");
  const newer = parse("legacy/red-team/nat-prev-this-year.txt");

  it("finds 2018's 上年数 行政诉讼 1 ≠ 2017's 2, and says 无 cannot be verified", () => {
    const findings = legacyFindings(older, newer, ["L-PREV-X"]);
    expect(findings.map((f) => [f.rule, f.severity, f.actual, f.expected])).toEqual([
      ["L-PREV-X", "warning", 1, 2],
      ["L-PREV-X", "info", null, null],
    ]);
    expect(findings[0]!.operands.map((o) => [o.report, o.field])).toEqual([
      [1, "legacy_national.litigation.total.previous_year"],
      [0, "legacy_national.litigation.total"],
    ]);
    expect(findings[1]!.operands.map((o) => [o.report, o.status])).toEqual([
      [1, "na"],
      [0, "na"],
    ]);
  });

  it("is silent when the 上年数 column matches", () => {
    const fixed = read("diff/nat-prev-this-year-2017.txt").replace(
      "| 五、行政诉讼数量 | 件 | 0 | 2 |",
      "| 五、行政诉讼数量 | 件 | 0 | 1 |",
    );
    const findings = legacyFindings(parseReport(fixed).report, newer, ["L-PREV-X"]);
    expect(findings.map((f) => f.severity)).toEqual(["info"]); // only 无 = 无
  });

  it("expands over every row of every legacy layout", () => {
    const prev = LEGACY_CROSS_RULES.find((r) => r.id === "L-PREV-X")!;
    expect(prev.equations.find((e) => e.lhs.field === "legacy_national.applications.received.previous_year")).toEqual({
      lhs: {
        report: 1,
        field: "legacy_national.applications.received.previous_year",
        sign: 1,
        column: { zh: "上年数", en: "previous year" },
      },
      rhs: [
        {
          report: 0,
          field: "legacy_national.applications.received",
          sign: 1,
          column: { zh: "本年数", en: "this year" },
        },
      ],
      op: "eq",
      label: expect.objectContaining({ en: "legacy_national.applications.received.previous_year" }),
    });
  });
});

describe("crossYearFindings runs the pre-2019 rules", () => {
  it("Putian 2009 → 2010: S-CUM-X is the only arithmetic finding", () => {
    const findings = crossYearFindings(parse("diff/sh-cumulative-2009.html"), parse("diff/sh-cumulative-2010.html"), {
      skipRules: ["X-COPY-TEXT"],
    });
    expect(findings.map((f) => [f.rule, f.severity, f.actual, f.expected])).toEqual([["S-CUM-X", "warning", 500, 530]]);
  });
});
