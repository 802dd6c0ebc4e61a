/**
 * Cost linear in input size: parsing the same content repeated 10× as one document costs at most ~15× the
 * 1× parse (fastest of several warmed-up runs, in CPU time; the bound is generous so that a loaded machine cannot make it flake,
 * while a quadratic step — 100× — cannot pass).
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import { renderReport } from "../../src/render/index.js";
import type { Shape } from "../../src/schema/common.js";
import { FIXTURES, fastestMs, prototypeSnapshot } from "./helpers.js";

let before = "";
beforeAll(() => {
  before = prototypeSnapshot();
});
afterAll(() => {
  expect(prototypeSnapshot()).toBe(before);
});

const RUNS = 7;
/**
 * ≈15× is the figure. A 10× document keeps ten times the intermediate state alive, which young-generation
 * collections copy (and, in CPU time, concurrent GC threads count); with coverage instrumentation and other test
 * files running, the fastest of 7 warmed-up runs measured 5–22× (the 1× parse runs with every cache hot and
 * collects nothing). Outside the test runner the same code costs 0.3–0.6 ms per copy from 1× to 40× (linear). 30×
 * keeps the noise from failing CI while a quadratic step (≈100× at 10× the size) still fails.
 */
const BOUND = 30;

/** Fastest parse time of `small` and of `large` (warmed up), and their ratio. */
function ratio(small: string, large: string, shape?: Shape): { small: number; large: number; ratio: number } {
  const options = shape ? { shape } : {};
  // Warm up both sizes: the first large parses run on a young generation V8 has not grown yet.
  for (let i = 0; i < 30; i++) parseReport(small, options);
  for (let i = 0; i < 5; i++) parseReport(large, options);
  // The 1× parse is short: time 10 of them per sample so timer and scheduler noise average out.
  const s =
    fastestMs(() => {
      for (let i = 0; i < 10; i++) parseReport(small, options);
    }, RUNS) / 10;
  const l = fastestMs(() => parseReport(large, options), RUNS);
  return { small: s, large: l, ratio: l / Math.max(s, 0.05) };
}

const real = FIXTURES.find((f) => f.name.includes("025_2024"))!.text;
const report = parseReport(real).report;
const times10 = (text: string) => Array.from({ length: 10 }, () => text).join("\n");

describe(`parse cost of a real report 1× vs 10× (corpus 025, fastest of ${RUNS})`, () => {
  it("in its own shape (PDF text lines)", () => {
    const r = ratio(real, times10(real));
    expect(r.ratio, `1×: ${r.small.toFixed(1)} ms, 10×: ${r.large.toFixed(1)} ms`).toBeLessThanOrEqual(BOUND);
  });

  it.each(["pipe", "tab", "markdown", "html"] as const)("rendered as %s", (shape) => {
    const text = renderReport(report, shape);
    const r = ratio(text, times10(text), shape);
    expect(r.ratio, `1×: ${r.small.toFixed(1)} ms, 10×: ${r.large.toFixed(1)} ms`).toBeLessThanOrEqual(BOUND);
  });
});

describe(`parse cost of one long table row, 500 vs 5,000 values (two rows) (fastest of ${RUNS})`, () => {
  const HEAD = "某某区人民政府2024年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n";
  const values = (n: number) => Array.from({ length: n }, (_, i) => String(i % 1000));

  it("space-separated numbers after a label (PDF text row)", () => {
    const rows = (n: number) => `${HEAD}自然人 ${values(n).join(" ")}\n总计 ${values(n).join(" ")}`;
    const r = ratio(rows(500), rows(5_000));
    expect(r.ratio, `500: ${r.small.toFixed(1)} ms, 5,000: ${r.large.toFixed(1)} ms`).toBeLessThanOrEqual(BOUND);
  });

  it("pipe cells", () => {
    const rows = (n: number) => `${HEAD}|自然人|${values(n).join("|")}|\n|总计|${values(n).join("|")}|`;
    const r = ratio(rows(500), rows(5_000));
    expect(r.ratio, `500: ${r.small.toFixed(1)} ms, 5,000: ${r.large.toFixed(1)} ms`).toBeLessThanOrEqual(BOUND);
  });
});

describe(`parse cost of many rows whose value is written as text, 400 vs 4,000 rows (fastest of ${RUNS})`, () => {
  // A review found the text-value split recursing once per row and re-joining every label after it: 4,000
  // such rows took 5.6 s and 8,000 overflowed the call stack.
  it("pipe rows `| 行政处罚 | 约1件 |` repeated", () => {
    const text = renderReport(report, "pipe");
    const row = text.split("\n").find((l) => l.includes("行政处罚"))!;
    const rows = (n: number) => text.replace(`${row}\n`, `${"| 行政处罚 | 约1件 |\n".repeat(n)}`);
    const r = ratio(rows(400), rows(4_000), "pipe");
    expect(r.ratio, `400: ${r.small.toFixed(1)} ms, 4,000: ${r.large.toFixed(1)} ms`).toBeLessThanOrEqual(BOUND);
    expect(() => parseReport(rows(20_000))).not.toThrow();
  });
});

describe(`parse cost of many PDF text lines ending in 无 in a table, 400 vs 4,000 (fastest of ${RUNS})`, () => {
  // A review found each such line joining every text of its run before and after it to match a row (na-words.ts):
  // 1,000 lines `行政许可 无` in Table 二 took 757 ms and 4,000 took 7.5 s.
  it("`行政许可 无` lines before Table 二's last block (corpus 025 as PDF text)", () => {
    expect(real).toContain("第二十条 第（八）项");
    const lines = (n: number) => real.replace("第二十条 第（八）项", `${"行政许可 无\n".repeat(n)}第二十条 第（八）项`);
    const r = ratio(lines(400), lines(4_000));
    expect(r.ratio, `400: ${r.small.toFixed(1)} ms, 4,000: ${r.large.toFixed(1)} ms`).toBeLessThanOrEqual(BOUND);
  });
});

describe(`parse cost of a legacy table printed one cell per line, 1× vs 10× (fastest of ${RUNS})`, () => {
  const plain = readFileSync(new URL("../fixtures/legacy/red-team/nat-cells-plain.txt", import.meta.url), "utf8");
  const table = plain.slice(plain.indexOf("统计指标"));

  it("label, unit and value lines after one title (the lines read back into rows)", () => {
    const r = ratio(plain, plain + "\n" + Array.from({ length: 9 }, () => table).join("\n"));
    expect(r.ratio, `1×: ${r.small.toFixed(1)} ms, 10×: ${r.large.toFixed(1)} ms`).toBeLessThanOrEqual(BOUND);
    // The repeats continue the one run after the title: 10 × 58 rows, all typed.
    const rows = parseReport(plain + "\n" + table).report.legacy.flatMap((t) => t.rows);
    expect(rows).toHaveLength(116);
  });

  it("label lines without values after a title (one run of 2,000 vs 20,000 labels)", () => {
    // One label repeated: distinct labels would let the 1× text's labels all stay in the label memos.
    const labels = (n: number) =>
      `某局2016年政府信息公开工作年度报告\n政府信息公开情况统计表\n${"其他指标\n".repeat(n)}`;
    const r = ratio(labels(2_000), labels(20_000));
    expect(r.ratio, `2,000: ${r.small.toFixed(1)} ms, 20,000: ${r.large.toFixed(1)} ms`).toBeLessThanOrEqual(BOUND);
  });
});

describe(`parse cost of runs of numbered headings, 1× vs 10× (fastest of ${RUNS})`, () => {
  it("runs of three headings with one number (none a table of contents; review RV12: 2.2 s at 256 KB before)", () => {
    const runs = (n: number) => `某某局2024年政府信息公开工作年度报告\n${"一、甲\n一、乙\n一、丙\n正文。\n".repeat(n)}`;
    const r = ratio(runs(1_000), runs(10_000));
    expect(r.ratio, `1,000: ${r.small.toFixed(1)} ms, 10,000: ${r.large.toFixed(1)} ms`).toBeLessThanOrEqual(BOUND);
  });
});

describe(`parse cost of inputs this release's readers loop over (fastest of ${RUNS})`, () => {
  it("1,000 vs 10,000 small HTML tables alike in size (the table-copy check)", () => {
    const tables = (n: number) =>
      `<html><body>${Array.from({ length: n }, (_, i) => `<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>${i}</td></tr></table>`).join("")}`;
    const r = ratio(tables(1000), tables(10000), "html");
    expect(r.ratio, `1×: ${r.small.toFixed(1)} ms, 10×: ${r.large.toFixed(1)} ms`).toBeLessThanOrEqual(BOUND);
  });

  it("a run-in heading spread by 2,000 vs 20,000 spaces (the run-in heading search)", () => {
    const text = (n: number) =>
      `某局2023年政府信息公开工作年度报告\n一、总${" ".repeat(n)}体情况2023年，我局继续推进。\n二、主动公开政府信息情况\n`;
    const r = ratio(text(2000), text(20000), "lines");
    expect(r.ratio, `1×: ${r.small.toFixed(1)} ms, 10×: ${r.large.toFixed(1)} ms`).toBeLessThanOrEqual(BOUND);
  });

  it("a PDF text row of 2,000 vs 20,000 Chinese-numeral cells (the numeral-value pass)", () => {
    const row = (n: number) => `规章 ${Array.from({ length: n }, () => "一").join(" ")} 1`;
    const r = ratio(row(2000), row(20000), "lines");
    expect(r.ratio, `1×: ${r.small.toFixed(1)} ms, 10×: ${r.large.toFixed(1)} ms`).toBeLessThanOrEqual(BOUND);
  });
});
