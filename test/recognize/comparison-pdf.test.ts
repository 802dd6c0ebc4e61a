import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/index.js";

// 025 (淮安市, 2024) as PDF text: line 79 `信息内容 本年处理决定数量`, line 80 `行政许可 447228`, line 76 `规章 1 0 11`.
const CITY = readFileSync(new URL("../fixtures/corpus/025_2024_huaianshi.txt", import.meta.url), "utf8");

/** 025 with lines replaced (1-based line number → new lines). */
function withLines(edits: Record<number, string[]>): string {
  return CITY.split("\n")
    .flatMap((line, i) => edits[i + 1] ?? [line])
    .join("\n");
}

const skipped = (text: string) =>
  parseReport(text)
    .diagnostics.filter((d) => d.code === "comparison-skipped")
    .map((d) => [d.text, d.source?.line]);

describe("comparison columns and rows in PDF text", () => {
  it("a header line naming 上年处理决定数量 before this year's: 447228 is read", () => {
    const text = withLines({ 79: ["信息内容 上年处理决定数量 本年处理决定数量"], 80: ["行政许可 400000 447228"] });
    expect(parseReport(text).report.cells["active_disclosure.licensing.decisions"]?.value).toBe(447228);
    expect(skipped(text)).toEqual([["上年处理决定数量", 79]]);
  });

  it("no header line naming the column: as before, which value is this year's cannot be told (the cell is absent)", () => {
    const text = withLines({ 80: ["行政许可 400000 447228"] });
    const { report, diagnostics } = parseReport(text);
    expect(report.cells["active_disclosure.licensing.decisions"]).toBeUndefined();
    expect(diagnostics.some((d) => d.code === "row-extra-values" && d.source?.line === 80)).toBe(true);
    expect(skipped(text)).toEqual([]);
  });

  it("a row 上年规章 before 规章: 1 / 0 / 11 are read", () => {
    const text = withLines({ 76: ["上年规章 2 0 10", "规章 1 0 11"] });
    const { report } = parseReport(text);
    expect(
      ["issued", "repealed", "in_force"].map(
        (c) => report.cells[`active_disclosure.regulations.${c}` as "active_disclosure.regulations.issued"]?.value,
      ),
    ).toEqual([1, 0, 11]);
    expect(skipped(text)).toEqual([["上年规章", 76]]);
  });

  it("Table 三: a row 2023年 after 一、本年新收… and a row 上年同期 after the last row are skipped", () => {
    const text = withLines({
      105: ["一、本年新收政府信息公开申请数量 3001 53 0 0 61 4 3119", "2023年 2000 50 0 0 60 4 2114"],
      157: ["四、结转下年度继续办理 103 0 0 0 0 0 103", "上年同期 90 0 0 0 0 0 90"],
    });
    const { report } = parseReport(text);
    expect(report.cells["applications.new.total"]?.value).toBe(3119);
    expect(report.cells["applications.carried_forward.total"]?.value).toBe(
      parseReport(CITY).report.cells["applications.carried_forward.total"]?.value,
    );
    expect(report.extraRows).toEqual(parseReport(CITY).report.extraRows);
    expect(skipped(text)).toEqual([
      ["2023年", 106],
      ["上年同期", 159],
    ]);
  });

  it("Table 四: a row 上年 before this year's fifteen numbers (line 188) is skipped", () => {
    const text = withLines({
      188: ["上年 60 50 150 30 290 10 3 7 0 20 9 1 2 5 17", "72 64 178 37 351 13 4 8 1 26 12 1 1 6 20"],
    });
    const { report } = parseReport(text);
    expect(report.cells["review_litigation.review.upheld"]?.value).toBe(72);
    expect(report.cells["review_litigation.litigation_after_review.total"]?.value).toBe(20);
    expect(skipped(text)).toEqual([["上年", 188]]);
  });

  it("二、上年结转政府信息公开申请数量 is a row of the layout, not last year's", () => {
    const { report } = parseReport(CITY);
    expect(report.cells["applications.carried_over.total"]?.value).toBe(34);
  });
});

describe("no fixture has a comparison column or row", () => {
  const root = fileURLToPath(new URL("../fixtures/", import.meta.url));
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(txt|md|html)$/.test(name)) files.push(path);
    }
  };
  walk(root);

  it("reports no comparison-skipped in any of them (2019's 上一年项目数量 and 本年增/减 are the layout's columns)", () => {
    expect(files.length).toBeGreaterThan(100);
    const found = files.filter((f) =>
      parseReport(readFileSync(f, "utf8")).diagnostics.some((d) => d.code === "comparison-skipped"),
    );
    expect(found).toEqual([]);
  }, 60_000);
});
