/**
 * The Markdown writer makes each row's written slots without expanding the grid to its full width
 * (writtenRows): the same slots as expanding it and leaving out each row's trailing covered value slots,
 * on the grids the layout makes, extra rows of any width included; and linear cost for a table with one
 * very wide extra row and many short ones (it cost rows × width: 8,000 rows took 21 s and 2.9 GB).
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import { expandGrid, layoutReport, renderReport } from "../../src/render/index.js";
import { writtenRows, writtenSlots } from "../../src/render/markdown-rows.js";
import type { Cell } from "../../src/schema/common.js";
import type { AnnualReport, ExtraRow } from "../../src/schema/report.js";
import { fastestMs } from "../fuzz/helpers.js";
import { reportArb } from "../helpers/arbitrary-report.js";

const cell = (value: number): Cell => ({
  raw: String(value),
  value,
  status: "number",
  source: { line: 1, column: 1, offset: 0 },
});

/** Extra rows of 0 to 40 values in random tables. */
const extraRowsArb = fc.array(
  fc.record({
    table: fc.constantFrom("active_disclosure", "applications", "review_litigation") as fc.Arbitrary<ExtraRow["table"]>,
    values: fc.array(fc.nat(999), { maxLength: 40 }),
  }),
  { maxLength: 4 },
);

const withExtraRows = (report: AnnualReport, rows: { table: ExtraRow["table"]; values: number[] }[]): AnnualReport => ({
  ...report,
  extraRows: rows.map(({ table, values }, i) => ({
    table,
    block: null,
    label: `其他事项${i}`,
    rawLabel: `其他事项${i}`,
    cells: values.map(cell),
    source: { line: 1, column: 1, offset: 0 },
  })),
});

describe("writtenRows", () => {
  it.each(["gb2021", "gb2019"] as const)(
    "equals the expanded grid's written slots on %s layouts with extra rows",
    (era) => {
      fc.assert(
        fc.property(reportArb(era, { dropRows: 0.1 }), extraRowsArb, (report, extra) => {
          for (const item of layoutReport(withExtraRows(report, extra), "blank")) {
            if (item.kind !== "table") continue;
            const expected = expandGrid(item.grid).map((row, r) => writtenSlots(row, r === 0));
            expect(writtenRows(item.grid)).toEqual(expected);
          }
        }),
        { numRuns: 150 },
      );
    },
  );

  it("costs the written cells, not rows × width: one extra row of n values beside n short ones", () => {
    const real = readFileSync(new URL("../fixtures/corpus/025_2024_huaianshi.txt", import.meta.url), "utf8");
    const seed = parseReport(real).report;
    const report = (n: number): AnnualReport =>
      withExtraRows(seed, [
        { table: "applications", values: Array.from({ length: n }, (_, i) => i) },
        ...Array.from({ length: n }, () => ({ table: "applications" as const, values: [1, 0] })),
      ]);
    const small = report(400);
    const large = report(4_000);
    // The wide row is written (every value), so the table is as wide as it.
    expect(renderReport(large, "markdown")).toContain(`| 3998 | 3999 |`);
    renderReport(small, "markdown");
    const s = fastestMs(() => renderReport(small, "markdown"), 3);
    const l = fastestMs(() => renderReport(large, "markdown"), 3);
    // Linear: ≈10× (≤ 30× leaves room for a loaded machine); rows × width would be ≈100×.
    expect(l / Math.max(s, 0.05), `400: ${s.toFixed(1)} ms, 4,000: ${l.toFixed(1)} ms`).toBeLessThanOrEqual(30);
  });
});
