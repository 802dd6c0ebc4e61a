/**
 * Generators of consistent gb2021 / gb2019 reports built from the templates: outcome-row values are
 * chosen, every total is derived, so every identity of the layout holds.
 */
import fc from "fast-check";
import { type AnnualReport, type Cell, emptyReport, GB2019, GB2021, type Template } from "../../src/index.js";
import { APPLICANTS, numberCell } from "../helpers/cells.js";

export { numberCell };

const OUTCOMES = ["upheld", "corrected", "other", "pending"] as const;

/** Random values for one report: everything the totals are derived from. */
export interface ConsistentSeed {
  outcomes: number[][];
  carriedForward: number[];
  carriedOverShare: number[];
  review: number[][];
  active: number[];
}

/** The outcome rows of a layout's Table 三 (the rows T3-RES sums), in template order. */
export function outcomeRows(template: Template): string[] {
  const table = template.tables.find((t) => t.id === "applications")!;
  return table.rows
    .map((r) => r.id)
    .filter((id) => id.startsWith("results.") && id !== "results.total" && id !== "results.other_total")
    .concat(template.id === "gb2019" ? ["results.other_total"] : []);
}

/** fast-check arbitrary of the random part of a consistent report. */
export function seedArbitrary(template: Template, max = 12): fc.Arbitrary<ConsistentSeed> {
  const row = fc.array(fc.nat(max), { minLength: 6, maxLength: 6 });
  return fc.record({
    outcomes: fc.array(row, { minLength: outcomeRows(template).length, maxLength: outcomeRows(template).length }),
    carriedForward: row,
    carriedOverShare: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 }),
    review: fc.array(fc.array(fc.nat(max), { minLength: 4, maxLength: 4 }), { minLength: 3, maxLength: 3 }),
    active: fc.array(fc.nat(500), { minLength: 20, maxLength: 20 }),
  });
}

/** Builds a consistent report of a layout from a seed: every identity of the layout holds. */
export function consistentReport(template: Template, seed: ConsistentSeed): AnnualReport {
  const report = emptyReport();
  report.meta.formatEra = template.id;
  let line = 1;
  const set = (id: string, value: number) => {
    (report.cells as Record<string, Cell>)[id] = numberCell(value, line++);
  };
  const setRow = (row: string, values: readonly number[]) => {
    APPLICANTS.forEach((c, i) => {
      set(`applications.${row}.${c}`, values[i]!);
    });
    set(
      `applications.${row}.total`,
      values.reduce((a, b) => a + b, 0),
    );
  };
  const rows = outcomeRows(template);
  const totals = APPLICANTS.map((_, i) => rows.reduce((acc, _r, k) => acc + seed.outcomes[k]![i]!, 0));
  const carriedOver = totals.map((t, i) => Math.floor((t + seed.carriedForward[i]!) * seed.carriedOverShare[i]!));
  const fresh = totals.map((t, i) => t + seed.carriedForward[i]! - carriedOver[i]!);
  setRow("new", fresh);
  setRow("carried_over", carriedOver);
  rows.forEach((r, k) => {
    setRow(r, seed.outcomes[k]!);
  });
  setRow("results.total", totals);
  setRow("carried_forward", seed.carriedForward);
  ["review", "litigation_direct", "litigation_after_review"].forEach((block, b) => {
    const parts = seed.review[b]!;
    OUTCOMES.forEach((o, i) => {
      set(`review_litigation.${block}.${o}`, parts[i]!);
    });
    set(
      `review_litigation.${block}.total`,
      parts.reduce((a, c) => a + c, 0),
    );
  });
  const active = template.tables.find((t) => t.id === "active_disclosure")!;
  let k = 0;
  for (const row of active.rows) {
    let newlyPublished = 0;
    for (const column of row.columns) {
      const v = seed.active[k++ % seed.active.length]!;
      if (column.id === "newly_published") newlyPublished = v;
      // 2019 T2-PUB-S: 对外公开总数量 ≥ 本年新公开数量.
      const value = column.id === "total_published" ? newlyPublished + v : v;
      set(
        `active_disclosure.${row.id}.${column.id}`,
        column.kind === "amount" ? value / 100 : column.kind === "signed" ? value - 250 : value,
      );
    }
  }
  return report;
}

/** Both gb layouts, for tests that run over each. */
export const GB_LAYOUTS: readonly Template[] = [GB2021, GB2019];
