/**
 * Validation cost linear in input size, on prose built to find quadratic steps: one sentence holding
 * thousands of counts, wrapped onto thousands of lines, with no comma, and 10× of it. The bound is the one of
 * linearity.test.ts (generous, so that a loaded machine cannot make it flake, while a quadratic step — 100× —
 * cannot pass).
 */
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import type { AnnualReport } from "../../src/schema/report.js";
import { validateReport } from "../../src/validate/validate-report.js";
import { fastestMs } from "./helpers.js";

const RUNS = 5;
const BOUND = 30;

/** A report whose 总体情况 is `count` wrapped counts in one sentence, after `lead`. */
function proseReport(count: number, lead: string): AnnualReport {
  const prose = `${lead}${"收到申请1件\n".repeat(count)}其他 事项`;
  return parseReport(`某某区人民政府2024年政府信息公开工作年度报告\n一、总体情况\n${prose}\n`).report;
}

/** Fastest validation of the small and the large report (warmed up), and their ratio. */
function ratio(small: AnnualReport, large: AnnualReport): { small: number; large: number; ratio: number } {
  for (let i = 0; i < 3; i++) validateReport(small);
  validateReport(large);
  const s = fastestMs(() => validateReport(small), RUNS);
  const l = fastestMs(() => validateReport(large), RUNS);
  return { small: s, large: l, ratio: l / Math.max(s, 0.05) };
}

describe(`validation cost of prose with 2,000 vs 20,000 counts in one sentence (fastest of ${RUNS})`, () => {
  // Before: each count was checked against every count kept before it, searched the rest of the sentence for a
  // 占, and the join of the wrapped lines searched the rest of the text for a space at every line break. 32,000
  // counts took 2.1 s.
  it.each([
    ["with no word that excludes a clause", ""],
    ["after a word that excludes a clause (增长) and a share (占)", "较上年增长，占比"],
  ])("%s", (_, lead) => {
    const small = proseReport(2_000, lead);
    const large = proseReport(20_000, lead);
    const r = ratio(small, large);
    expect(r.ratio, `2,000: ${r.small.toFixed(1)} ms, 20,000: ${r.large.toFixed(1)} ms`).toBeLessThanOrEqual(BOUND);
    // The counts are read (the check is not vacuous): the sentence states 1件 received, the table has none.
    expect(validateReport(small).length).toBeGreaterThan(0);
  });
});

describe(`validation cost of 2,000 vs 20,000 statements of none (fastest of ${RUNS})`, () => {
  // Before (review RV23): each statement searched the sentence ends from the text's start: 20,000 took 7 s.
  it("未发生政府信息公开行政复议 in every sentence", () => {
    const report = (count: number): AnnualReport =>
      parseReport(
        `某某区人民政府2024年政府信息公开工作年度报告\n一、总体情况\n${"全年未发生政府信息公开行政复议。".repeat(count)}\n`,
      ).report;
    const r = ratio(report(2_000), report(20_000));
    expect(r.ratio, `2,000: ${r.small.toFixed(1)} ms, 20,000: ${r.large.toFixed(1)} ms`).toBeLessThanOrEqual(BOUND);
  });
});
