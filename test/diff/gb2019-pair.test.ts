import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diffReports } from "../../src/diff/diff-reports.js";
import { formatDiff } from "../../src/diff/format.js";
import { parseReport } from "../../src/parse.js";

// Two reports of one body in the 2019 layout (red team R18): the diff speaks the 2019 layout's words.
const parse = (name: string) => parseReport(readFileSync(new URL(`./r18/${name}`, import.meta.url), "utf8")).report;
const diff = diffReports(parse("gb2019-2019.html"), parse("gb2019-2020.html"));

describe("a gb2019 → gb2019 diff", () => {
  it("labels a Table 二 cell with the 2019 column (处理决定数量), not the 2021 one (本年处理决定数量)", () => {
    const licensing = diff.fields.find((f) => f.field === "active_disclosure.licensing.decisions");
    expect(licensing?.label).toEqual({ zh: "二、行政许可 / 处理决定数量", row: "行政许可", column: "处理决定数量" });
    expect([licensing?.old.value, licensing?.new.value]).toEqual([300, 356]);
  });

  it("prints the 2019 处理决定数量 of both years without ≈ (the same column on both sides) and no footnote", () => {
    const text = formatDiff(diff, { format: "text" });
    expect(text).toMatch(/行政许可处理决定数量 +300 +356 +\+56/);
    expect(text).not.toContain("≈");
    expect(text).not.toContain("本年处理决定数量");
  });
});
