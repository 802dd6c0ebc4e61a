import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { collapsedCells } from "../../src/diff/collapsed-rows.js";
import { diffReports } from "../../src/diff/diff-reports.js";
import { formatDiff } from "../../src/diff/format.js";
import type { FieldChange } from "../../src/diff/schema.js";
import type { AnnualReport, FieldId } from "../../src/index.js";
import { parseReport } from "../../src/parse.js";
import { APP_COLS, cell, hongze2023, hongze2024 } from "./build.js";

const SUB_ROWS = ["overdue_correction", "overdue_fee", "other"] as const;

/** The report with its one-row （六）其他处理 replaced by the 2021 layout's three sub-rows. */
function withSubRows(r: AnnualReport, values: Record<(typeof SUB_ROWS)[number], number>): AnnualReport {
  for (const c of APP_COLS) {
    delete r.cells[`applications.results.other_total.${c}` as FieldId];
    for (const sub of SUB_ROWS) {
      const v = c === "natural_person" || c === "total" ? values[sub] : 0;
      r.cells[`applications.results.other.${sub}.${c}` as FieldId] = cell(v);
    }
  }
  return r;
}

const otherFields = (fs: FieldChange[]) => fs.filter((f) => f.field.startsWith("applications.results.other"));

describe("（六）其他处理 as three sub-rows one year, one row the other (R12 diff-hybrid-other-row)", () => {
  it("reads the layout pairs off the templates: 7 columns, 3 sub-rows each", () => {
    const cells = collapsedCells();
    expect(cells).toHaveLength(7);
    expect(cells[0]).toEqual({
      total: "applications.results.other_total.natural_person",
      parts: SUB_ROWS.map((s) => `applications.results.other.${s}.natural_person`),
      group: "（六）其他处理",
    });
  });

  it("real 2024 Hongze (one row, all 0) against a 2023 printing the sub-rows (all 0): no change", () => {
    const text = readFileSync(new URL("../fixtures/corpus/024_2024_hongzequ.txt", import.meta.url), "utf8");
    const newer = parseReport(text).report;
    expect(newer.meta.hybridBlocks).toEqual([{ table: "applications", block: "results.other", era: "gb2019" }]);
    const older = withSubRows(structuredClone(newer), { overdue_correction: 0, overdue_fee: 0, other: 0 });
    older.meta.year = 2023;
    const diff = diffReports(older, newer);
    expect(diff.fields).toEqual([]);
    const all = diffReports(older, newer, { includeUnchanged: true });
    const other = otherFields(all.fields);
    expect(other.map((f) => [f.field, f.old.value, f.new.value, f.changed])).toEqual(
      APP_COLS.map((c) => [`applications.results.other_total.${c}`, 0, 0, false]),
    );
    expect(other[0]!.old.raw).toBe("0 + 0 + 0");
    expect(other[0]!.note?.zh).toBe("2023年将（六）其他处理分 3 行列示，另一年为一行：比较的是 3 行之和");
  });

  it("compares the one row with the sum of the sub-rows, either way round", () => {
    // 2023 sub-rows 1 + 0 + 2 = 3 (natural persons and total); Hongze 2024 prints （六） as one row of 0.
    const older = withSubRows(hongze2023(), { overdue_correction: 1, overdue_fee: 0, other: 2 });
    const diff = diffReports(older, hongze2024());
    expect(otherFields(diff.fields).map((f) => [f.field, f.old.value, f.new.value, f.change])).toEqual([
      ["applications.results.other_total.natural_person", 3, 0, -3],
      ["applications.results.other_total.total", 3, 0, -3],
    ]);
    // 186 cells compared as in Hongze's own pair, 30 + 2 changed.
    expect([diff.fields.length, diff.unchanged.fields]).toEqual([32, 154]);
    const back = diffReports(
      hongze2024(),
      withSubRows(hongze2023(), { overdue_correction: 1, overdue_fee: 0, other: 2 }),
    );
    expect(otherFields(back.fields).map((f) => [f.old.value, f.new.value, f.change])).toEqual([
      [0, 3, 3],
      [0, 3, 3],
    ]);
    expect(back.fields.find((f) => f.note?.zh.includes("（六）"))?.note?.en).toBe(
      "2023 prints （六）其他处理 as 3 sub-rows, the other year as one row: their sum is compared",
    );
    expect(formatDiff(diff, { format: "text" })).toContain("比较的是 3 行之和");
  });

  it("a blank sub-row leaves the sum unknown: no number invented", () => {
    const older = withSubRows(hongze2023(), { overdue_correction: 0, overdue_fee: 0, other: 0 });
    older.cells["applications.results.other.other.natural_person"] = cell("");
    const [f] = otherFields(diffReports(older, hongze2024()).fields);
    expect(f).toMatchObject({
      field: "applications.results.other_total.natural_person",
      old: { value: null, status: "blank", raw: "0 + 0 + " },
      new: { value: 0, status: "number" },
      change: null,
      statusChange: { from: "blank", to: "number" },
    });
  });
});
