/**
 * The stages after the parser stay linear in their input on inputs built to find quadratic steps (red team
 * R11): repeated paragraphs between two years, one sentence holding thousands of contradicted counts,
 * thousands of legacy ids in a diff, thousands of sub-sections rendered; and they never throw on 200,000
 * findings. Each figure is the fastest of a few CPU-timed runs; the bound is linearity.test.ts's (generous
 * against a loaded machine; a quadratic step, ≈100× at 10× the size, cannot pass).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diffReports } from "../../src/diff/diff-reports.js";
import { normalizeReport } from "../../src/normalize/index.js";
import { parseReport } from "../../src/parse.js";
import { renderReport } from "../../src/render/index.js";
import type { Cell } from "../../src/schema/common.js";
import { emptyReport } from "../../src/schema/empty.js";
import type { AnnualReport } from "../../src/schema/report.js";
import { formatFindings } from "../../src/validate/format.js";
import { validateReport } from "../../src/validate/validate-report.js";
import { fastestMs } from "./helpers.js";

const BOUND = 30;
const seed = readFileSync(new URL("../fixtures/seeds/000_cc43e5a43c1be886.txt", import.meta.url), "utf8");
const at = { line: 1, column: 1, offset: 0 };

/** Fastest run of `fn` on the small and the large input (both warmed up), and their ratio. */
function ratio<T>(small: T, large: T, fn: (input: T) => unknown): { text: string; ratio: number } {
  fn(small);
  fn(large);
  const s = fastestMs(() => fn(small), 3);
  const l = fastestMs(() => fn(large), 3);
  return { text: `small ${s.toFixed(1)} ms, large ${l.toFixed(1)} ms`, ratio: l / Math.max(s, 0.05) };
}

describe("cost of the stages after parsing, 1× vs 10× (fastest of 3)", () => {
  it("X-COPY-TEXT over 2,000 vs 20,000 paragraphs repeated from the year before", () => {
    const para = (i: number) =>
      `我局按照上级部署认真做好政府信息公开工作第${i}项具体事项的落实与整改工作，并及时公开相关信息。`;
    const years = (n: number): [AnnualReport, AnnualReport] => {
      const body = Array.from({ length: n }, (_, i) => para(i)).join("\n");
      const older = seed.replace("一、总体情况\n", `一、总体情况\n${body}\n`);
      return [parseReport(older).report, parseReport(older.replaceAll("2023", "2024")).report];
    };
    const r = ratio(years(2_000), years(20_000), ([older, newer]) => validateReport(newer, { previous: older }));
    expect(r.ratio, r.text).toBeLessThanOrEqual(BOUND);
    const [older, newer] = years(2_000);
    // Seed 000 read by hand: its own paragraphs are 2023's too, so the count is at least the 2,000 added.
    const copied = validateReport(newer, { previous: older }).find((f) => f.rule === "X-COPY-TEXT");
    expect(copied?.actual).toBeGreaterThanOrEqual(2_000);
  });

  it("one sentence of 2,000 vs 20,000 counts the table contradicts (one finding per sentence)", () => {
    const report = (k: number) =>
      parseReport(
        seed.replace(
          "五、存在的主要问题及改进情况\n",
          `五、存在的主要问题及改进情况\n${"收到申请1件\n".repeat(k)}其他事项。\n`,
        ),
      ).report;
    const small = report(2_000);
    // Seed 000's Table 三 counts 2 new applications (read by hand): 1件 is contradicted, reported once.
    expect(validateReport(small).filter((f) => f.rule === "NARR-RECEIVED")).toHaveLength(1);
    const r = ratio(small, report(20_000), (x) => validateReport(x));
    expect(r.ratio, r.text).toBeLessThanOrEqual(BOUND);
  });

  it("diffReports of two legacy reports with 1,000 vs 10,000 distinct typed ids", () => {
    const legacy = (n: number, year: number, plus: number): AnnualReport => {
      const r = emptyReport();
      r.meta.formatEra = "legacy_national";
      r.meta.year = year;
      const rows = Array.from({ length: n }, (_, i) => {
        const cell: Cell = { raw: String(i + plus), value: i + plus, status: "number", source: at };
        const label = `项目${i}`;
        return {
          id: `legacy_national.x${i}`,
          section: null,
          label,
          normalizedLabel: label,
          unit: "件",
          column: null,
          cell,
          remark: null,
          source: at,
        };
      });
      r.legacy.push({ family: "legacy_national", title: null, rows, source: at });
      return r;
    };
    const pair = (n: number) => [legacy(n, 2015, 0), legacy(n, 2016, 1)] as const;
    expect(diffReports(...pair(1_000)).fields.filter((f) => f.changed)).toHaveLength(1_000);
    const r = ratio(pair(1_000), pair(10_000), ([a, b]) => diffReports(a, b));
    expect(r.ratio, r.text).toBeLessThanOrEqual(BOUND);
  });

  it("normalizeReport of a section 六 sentence with 1,000 vs 10,000 fee amounts and no comma (review)", () => {
    // Each amount is last year's (去年): skipped, so every one is looked at; the clause is read once.
    const report = (k: number) =>
      parseReport(
        seed.replace("六、其他需要报告的事项\n", `六、其他需要报告的事项\n${"去年收取信息处理费1元".repeat(k)}。\n`),
      ).report;
    const r = ratio(report(1_000), report(10_000), (x) => normalizeReport(x));
    expect(r.ratio, r.text).toBeLessThanOrEqual(BOUND);
    // Seed 000's own section 六 then says 不存在收取信息处理费的情况 (read by hand): 0, never last year's 1.
    const fee = normalizeReport(report(1_000)).metrics.find((m) => m.id === "fees.collected_yuan");
    expect(fee?.value).toBe(0);
  });

  it("normalizeReport of a fee sentence followed by 2,000 vs 20,000 unclosed brackets (review RV15)", () => {
    const report = (k: number) =>
      parseReport(
        seed.replace(
          "六、其他需要报告的事项\n",
          `六、其他需要报告的事项\n本年度收取信息处理费100元${"（《".repeat(k)}。\n`,
        ),
      ).report;
    const r = ratio(report(2_000), report(20_000), (x) => normalizeReport(x));
    expect(r.ratio, r.text).toBeLessThanOrEqual(BOUND);
    expect(normalizeReport(report(2_000)).metrics.find((m) => m.id === "fees.collected_yuan")?.value).toBe(100);
  });

  it("renderReport of a section with 1,000 vs 10,000 sub-sections", () => {
    const report = (n: number) => {
      const subs = Array.from(
        { length: n },
        (_, i) => `（一）事项${String(i).padStart(6, "0")}\n本单位认真落实该项工作。\n`,
      ).join("");
      return parseReport(seed.replace("一、总体情况\n", `一、总体情况\n${subs}`)).report;
    };
    const r = ratio(report(1_000), report(10_000), (x) => renderReport(x, "pipe"));
    expect(r.ratio, r.text).toBeLessThanOrEqual(BOUND);
  });
});

describe("200,000 findings (more arguments than a call can take)", () => {
  it("validateReport and formatFindings return them instead of overflowing the stack", () => {
    const report = parseReport(seed).report;
    const template = report.extraRows[0] ?? {
      table: "applications" as const,
      block: null,
      label: "其他事项",
      rawLabel: "其他事项",
      cells: [],
      source: at,
    };
    report.extraRows = Array.from({ length: 200_000 }, (_, i) => ({
      ...template,
      label: `其他事项${i}`,
      rawLabel: `其他事项${i}`,
    }));
    const findings = validateReport(report);
    expect(findings.filter((f) => f.rule === "STRUCT-EXTRA-ROW").length).toBe(200_000);
    expect(formatFindings(findings).split("\n").length).toBe(findings.length);
  });
});
