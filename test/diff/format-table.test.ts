/** The terminal table of `xxgk diff`: a huge text cell is cut instead of widening every row (red team R11). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diffReports } from "../../src/diff/diff-reports.js";
import { formatDiff } from "../../src/diff/format.js";
import { clipCell, displayWidth, MAX_CELL_WIDTH, textTable } from "../../src/diff/format-table.js";
import { parseReport } from "../../src/parse.js";

const seed = readFileSync(new URL("../fixtures/seeds/000_cc43e5a43c1be886.txt", import.meta.url), "utf8");

describe("text diff tables", () => {
  it("cuts a cell wider than MAX_CELL_WIDTH display columns, with …, and leaves others alone", () => {
    expect(clipCell("行政许可")).toBe("行政许可");
    const long = "申".repeat(100);
    const cut = clipCell(long);
    expect(displayWidth(cut)).toBeLessThanOrEqual(MAX_CELL_WIDTH);
    expect(cut.endsWith("…")).toBe(true);
    expect(cut.startsWith("申".repeat(39))).toBe(true);
  });

  it("keeps the diff of a report with a 300,000-character text cell small (it was changed fields × the cell)", () => {
    const older = parseReport(seed).report;
    const changed = seed.replace(/\| 0 \|/g, "| 1 |");
    const text = changed.replace(
      "一、本年新收政府信息公开申请数量 | 2 |",
      `一、本年新收政府信息公开申请数量 | ${"12 ".repeat(100_000).trim()} |`,
    );
    const diff = diffReports(older, parseReport(text).report);
    expect(diff.fields.some((f) => (f.new.raw?.length ?? 0) > 250_000)).toBe(true);
    const out = formatDiff(diff, { format: "text" });
    expect(out.length).toBeLessThan(200_000);
    for (const line of out.split("\n")) expect(displayWidth(line)).toBeLessThan(1_000);
  });

  it("lays out 200,000 rows (more than a call's arguments)", () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => [`字段${i}`, String(i)]);
    const out = textTable(["field", "value"], rows, ["left", "right"]);
    expect(out.split("\n")).toHaveLength(200_002);
  });
});
