/**
 * Table 四 printed transposed (one line per outcome, one column per kind of case) AND with a comparison column
 * (上年 / 同比): the comparison column is skipped and reported, the rest read as a transposed table. Built from
 * 025 (淮安市 2024) rendered as a pipe table, Table 四 transposed by script.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport, renderReport } from "../../src/index.js";

const CITY = readFileSync(new URL("../fixtures/corpus/025_2024_huaianshi.txt", import.meta.url), "utf8");
const PIPE = renderReport(parseReport(CITY).report, "pipe").split("\n");
const HEADING = PIPE.findIndex((l) => l.startsWith("四、政府信息公开行政复议"));
const OUTCOMES = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
// 025 line 188: 72 64 178 37 351 | 13 4 8 1 26 | 12 1 1 6 20 (行政复议, 未经复议直接起诉, 复议后起诉).
const REVIEW = [72, 64, 178, 37, 351];
const DIRECT = [13, 4, 8, 1, 26];
const AFTER = [12, 1, 1, 6, 20];
/** Last year's numbers, in the 上年 column (none of them is one of this year's). */
const LAST_YEAR = [60, 50, 150, 30, 290];

/** 025 rendered as pipe text with its Table 四 (header and 3 lines after the heading) replaced by `lines`. */
const withTable = (lines: string[]) => [...PIPE.slice(0, HEADING + 1), ...lines, ...PIPE.slice(HEADING + 5)].join("\n");
/** One line per outcome: `line(outcome, [review, direct, after], last year's, k)`. */
const transposed = (head: string, line: (outcome: string, values: number[], last: number, k: number) => string) =>
  withTable([head, ...OUTCOMES.map((o, k) => line(o, [REVIEW[k]!, DIRECT[k]!, AFTER[k]!], LAST_YEAR[k]!, k))]);

const read = (text: string) => {
  const { report, diagnostics } = parseReport(text);
  const row = (kind: string) =>
    ["upheld", "corrected", "other", "pending", "total"].map(
      (c) => report.cells[`review_litigation.${kind}.${c}` as keyof typeof report.cells]?.value ?? "absent",
    );
  return {
    rows: [row("review"), row("litigation_direct"), row("litigation_after_review")],
    skipped: diagnostics.filter((d) => d.code === "comparison-skipped").map((d) => [d.severity, d.text]),
    extra: diagnostics.filter((d) => d.code === "row-extra-values").length,
  };
};

const KINDS = "行政复议 | 行政诉讼（未经复议直接起诉） | 行政诉讼（复议后起诉）";

describe("Table 四 transposed with a comparison column (F18)", () => {
  it("the transposed table alone reads (the cases below add one column to it)", () => {
    const text = transposed(`| | ${KINDS} |`, (o, v) => `| ${o} | ${v.join(" | ")} |`);
    expect(read(text)).toEqual({ rows: [REVIEW, DIRECT, AFTER], skipped: [], extra: 0 });
  });

  it("a 上年 column last: skipped and reported, the three kinds read", () => {
    const text = transposed(`| | ${KINDS} | 上年 |`, (o, v, last) => `| ${o} | ${v.join(" | ")} | ${last} |`);
    expect(read(text)).toEqual({ rows: [REVIEW, DIRECT, AFTER], skipped: [["warning", "上年"]], extra: 0 });
  });

  it("a 同比 column of rates last", () => {
    const text = transposed(`| | ${KINDS} | 同比 |`, (o, v, _, k) => `| ${o} | ${v.join(" | ")} | ${k * 3 - 4}% |`);
    expect(read(text)).toEqual({ rows: [REVIEW, DIRECT, AFTER], skipped: [["warning", "同比"]], extra: 0 });
  });

  it("PDF text lines (the header one line of words)", () => {
    const text = transposed(`${KINDS.replaceAll(" | ", " ")} 上年`, (o, v, last) => `${o} ${v.join(" ")} ${last}`);
    expect(read(text)).toEqual({ rows: [REVIEW, DIRECT, AFTER], skipped: [["warning", "上年"]], extra: 0 });
  });

  it("a 上年行政复议 column beside 行政复议 (between the kinds of case)", () => {
    const text = transposed(
      "| | 行政复议 | 上年行政复议 | 行政诉讼（未经复议直接起诉） | 行政诉讼（复议后起诉） |",
      (o, v, last) => `| ${o} | ${v[0]} | ${last} | ${v[1]} | ${v[2]} |`,
    );
    expect(read(text)).toEqual({ rows: [REVIEW, DIRECT, AFTER], skipped: [["warning", "上年行政复议"]], extra: 0 });
  });
});
