import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffReports } from "../../src/diff/diff-reports.js";
import type { FieldChange, MetricChange } from "../../src/diff/schema.js";
import type { AnnualReport, FieldId } from "../../src/index.js";
import { METRIC_IDS } from "../../src/schema/normalized.js";
import { crossYearFindings } from "../../src/validate/cross-year.js";
import { cellOf, type GbEra, reportArb } from "../helpers/arbitrary-report.js";
import { APP_COLS } from "./build.js";

const eraArb = fc.constantFrom<GbEra>("gb2021", "gb2019");
const anyReport = fc
  .tuple(eraArb, fc.boolean())
  .chain(([era, hybrid]) => reportArb(era, { dropRows: 0.2, hybrid: era === "gb2021" && hybrid }));

function swappedField(c: FieldChange) {
  return {
    ...c,
    old: c.new,
    new: c.old,
    change: c.change === null ? null : -c.change + 0,
    relativeChange: null,
    statusChange: c.statusChange && { from: c.statusChange.to, to: c.statusChange.from },
  };
}
function swappedMetric(c: MetricChange) {
  return {
    ...c,
    old: c.new,
    new: c.old,
    change: c.change === null ? null : -c.change + 0,
    relativeChange: null,
    statusChange: c.statusChange && { from: c.statusChange.to, to: c.statusChange.from },
  };
}
const noRel = <T extends { relativeChange: number | null }>(c: T) => ({ ...c, relativeChange: null });
/**
 * A change with its unit note (if any) reduced to whether it has one: the note names the two sides in order
 * (`2023: 元; 2024: no unit`), so diff(b, a) names them the other way round.
 */
const noteShown = <T extends { note?: unknown }>(c: T): T => (c.note === undefined ? c : { ...c, note: "(a note)" });

describe("diff properties", () => {
  it("diff(r, r) has no changes", () => {
    fc.assert(
      fc.property(anyReport, (r) => {
        const d = diffReports(r, structuredClone(r));
        expect(d.fields).toEqual([]);
        expect(d.metrics).toEqual([]);
        expect(d.unchanged.fields).toBe(Object.keys(r.cells).length);
        expect(d.unchanged.metrics + d.unchanged.unavailable!).toBe(METRIC_IDS.length);
      }),
      { numRuns: 60 },
    );
  });

  it("diff(a, b) and diff(b, a) are mirror images (old/new swapped, deltas negated)", () => {
    const pair = fc.oneof(
      eraArb.chain((era) => fc.tuple(reportArb(era, { dropRows: 0.2 }), reportArb(era, { dropRows: 0.2 }))),
      fc.tuple(reportArb("gb2019"), reportArb("gb2021")),
    );
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const ab = diffReports(a, b, { includeUnchanged: true });
        const ba = diffReports(b, a, { includeUnchanged: true });
        expect(ba.sameEra).toBe(ab.sameEra);
        expect(ba.older).toEqual(ab.newer);
        expect(ba.unchanged).toEqual(ab.unchanged);
        expect(ba.fields.map(noRel).map(noteShown)).toEqual(ab.fields.map(swappedField).map(noteShown));
        expect(ba.metrics).toHaveLength(ab.metrics.length);
        const byId = new Map(ab.metrics.map((m) => [m.metric, m]));
        expect(ba.metrics.map(noRel)).toEqual(ba.metrics.map((m) => swappedMetric(byId.get(m.metric)!)));
        for (const f of ab.fields) {
          if (f.change !== null) expect(f.change).toBeCloseTo((f.new.value ?? 0) - (f.old.value ?? 0), 6);
        }
      }),
      { numRuns: 60 },
    );
  });
});

/** Consecutive reports of one body whose carried-over row equals last year's carried-forward row. */
const consistentPair = fc
  .constantFrom<[GbEra, GbEra]>(["gb2021", "gb2021"], ["gb2019", "gb2019"], ["gb2019", "gb2021"])
  .chain(([e0, e1]) => fc.tuple(reportArb(e0), reportArb(e1)))
  .map(([older, newer]): [AnnualReport, AnnualReport] => {
    newer.meta.orgName = older.meta.orgName;
    newer.meta.year = (older.meta.year ?? 2020) + 1;
    for (const c of APP_COLS) {
      const from = older.cells[`applications.carried_forward.${c}` as FieldId];
      if (from) newer.cells[`applications.carried_over.${c}` as FieldId] = cellOf(from.raw);
    }
    return [older, newer];
  });

describe("T3-CARRY-X on generated consistent pairs", () => {
  it("holds on consistent pairs, and finds every injected carry-over violation", () => {
    fc.assert(
      fc.property(
        consistentPair,
        fc.nat({ max: APP_COLS.length - 1 }),
        fc.integer({ min: -50, max: 50 }).filter((d) => d !== 0),
        ([older, newer], col, d) => {
          // A break whose 总计 fails its own report's T3-ROW (random parts) is info and says so.
          const doubted = (f: { message: { zh: string } }) => f.message.zh.includes("本项核对所用合计本身有误");
          const carry = (fs: ReturnType<typeof crossYearFindings>) =>
            fs.filter((f) => f.rule === "T3-CARRY-X" && (f.severity !== "info" || doubted(f)));
          expect(carry(crossYearFindings(older, newer))).toEqual([]);
          const column = APP_COLS[col]!;
          const fwd = `applications.carried_forward.${column}` as FieldId;
          const base = older.cells[fwd]?.value ?? 7;
          older.cells[fwd] = cellOf(String(base));
          newer.cells[`applications.carried_over.${column}` as FieldId] = cellOf(String(base + d));
          const found = carry(crossYearFindings(older, newer));
          expect(found).toHaveLength(1);
          if (column !== "total") expect(doubted(found[0]!)).toBe(false);
          expect(found[0]).toMatchObject({
            severity: doubted(found[0]!) ? "info" : "warning",
            expected: base,
            actual: base + d,
            delta: d,
          });
          expect(found[0]!.operands.map((o) => [o.report, o.field])).toEqual([
            [1, `applications.carried_over.${column}`],
            [0, fwd],
          ]);
        },
      ),
      { numRuns: 100 },
    );
  });
});
