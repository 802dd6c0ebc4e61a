import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AnnualReport, type Cell, emptyReport, GB2021 } from "../../src/index.js";
import { identityFindings } from "../../src/validate/identities.js";
import { validateReport } from "../../src/validate/validate-report.js";
import { consistentReport, GB_LAYOUTS, numberCell, seedArbitrary } from "./arbitrary.js";

const errors = (report: AnnualReport) => validateReport(report).filter((f) => f.severity === "error");

function tableCells(report: AnnualReport): string[] {
  return Object.keys(report.cells).filter((id) => !id.startsWith("active_disclosure."));
}

function bump(report: AnnualReport, id: string): AnnualReport {
  const copy = structuredClone(report);
  const cell = (copy.cells as Record<string, Cell>)[id]!;
  const value = (cell.value ?? 0) + 1;
  (copy.cells as Record<string, Cell>)[id] = { ...cell, raw: String(value), value, status: "number" };
  return copy;
}

describe("identity engine on generated consistent reports", () => {
  for (const template of GB_LAYOUTS) {
    it(`${template.id}: a consistent report has no identity finding at all`, () => {
      fc.assert(
        fc.property(seedArbitrary(template), (seed) => {
          const report = consistentReport(template, seed);
          expect(identityFindings(report, template.identities)).toEqual([]);
        }),
        { numRuns: 60 },
      );
    });

    it(`${template.id}: every +1 mutation of a Table 三 / 四 cell is caught at error level`, () => {
      let mutations = 0;
      let caught = 0;
      fc.assert(
        fc.property(seedArbitrary(template), (seed) => {
          const report = consistentReport(template, seed);
          for (const id of tableCells(report)) {
            mutations++;
            const found = errors(bump(report, id));
            if (found.length > 0) caught++;
            else throw new Error(`mutation of ${id} not caught`);
          }
        }),
        { numRuns: 8 },
      );
      // 8 reports × (Table 三 rows × 7 + Table 四 15) cells.
      const rows = template.id === "gb2021" ? 25 : 23;
      expect(mutations).toBe(8 * (rows * 7 + 15));
      expect(caught).toBe(mutations);
    });
  }
});

describe("identity semantics", () => {
  const base = () =>
    consistentReport(GB2021, {
      outcomes: Array.from({ length: 21 }, (_, k) => [k % 3, 0, 1, 0, 0, k % 2]),
      carriedForward: [1, 0, 0, 0, 0, 0],
      carriedOverShare: [0.5, 0, 0, 0, 0, 0],
      review: [
        [1, 0, 0, 0],
        [0, 1, 0, 0],
        [0, 0, 0, 2],
      ],
      active: [3],
    });

  it("reports the checked cell, expected, actual, delta and every operand of a broken T4-REV", () => {
    const report = base();
    (report.cells as Record<string, Cell>)["review_litigation.review.total"] = numberCell(0, 99);
    const [f, ...rest] = identityFindings(report, GB2021.identities);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: "T4-REV", severity: "error", expected: 1, actual: 0, delta: -1 });
    expect(f!.source?.line).toBe(99);
    expect(f!.operands.map((o) => o.field)).toEqual([
      "review_litigation.review.total",
      "review_litigation.review.upheld",
      "review_litigation.review.corrected",
      "review_litigation.review.other",
      "review_litigation.review.pending",
    ]);
    expect(f!.message.zh).toBe(
      "四、行政复议 / 总计：0 ≠ 1（左：四、行政复议 / 总计 = 0｜右：四、行政复议 / 结果维持 = 1；其余3项为0）",
    );
  });

  it("skips an equation with an absent operand (the structure rules report the missing row)", () => {
    const report = base();
    delete (report.cells as Record<string, Cell>)["review_litigation.review.pending"];
    (report.cells as Record<string, Cell>)["review_litigation.review.total"] = numberCell(7);
    expect(identityFindings(report, GB2021.identities)).toEqual([]);
  });

  it("a negative count and a fractional count are NONNEG errors; a dash is unverifiable, not an error", () => {
    const report = emptyReport();
    const cells = report.cells as Record<string, Cell>;
    cells["active_disclosure.regulations.issued"] = numberCell(-1);
    cells["active_disclosure.regulations.repealed"] = numberCell(1.5);
    cells["active_disclosure.regulations.in_force"] = {
      raw: "-",
      value: null,
      status: "na",
      source: numberCell(0).source,
    };
    cells["active_disclosure.fees.amount_10k_yuan"] = numberCell(7730.28);
    const found = identityFindings(report, GB2021.identities);
    expect(found.map((f) => [f.rule, f.actual])).toEqual([
      ["NONNEG", -1],
      ["NONNEG", 1.5],
    ]);
    expect(found[1]!.message.en).toContain("not an integer");
  });

  it("the rules / skipRules options select identities", () => {
    const report = base();
    (report.cells as Record<string, Cell>)["review_litigation.review.total"] = numberCell(0);
    (report.cells as Record<string, Cell>)["applications.new.total"] = numberCell(10_000);
    const rules = (o: Parameters<typeof identityFindings>[2]) =>
      identityFindings(report, GB2021.identities, o).map((f) => f.rule);
    expect(rules({})).toEqual(["T3-BAL", "T3-ROW", "T4-REV"]);
    expect(rules({ rules: ["T4-REV"] })).toEqual(["T4-REV"]);
    expect(rules({ skipRules: ["T3-ROW", "T3-BAL"] })).toEqual(["T4-REV"]);
  });
});

describe("any layout's identities, through lookupCell", () => {
  const legacyRow = (id: string, label: string, value: number) => ({
    id,
    section: null,
    label,
    normalizedLabel: label,
    unit: "件",
    column: null,
    cell: numberCell(value, 500),
    remark: null,
    source: numberCell(value, 500).source,
  });

  it("a legacy (Yunnan 2014 family) report: Y-REV upheld + corrected ≤ total is broken; NONNEG skips absent rows", () => {
    const report = emptyReport();
    report.meta.formatEra = "legacy_provincial";
    report.legacy = [
      {
        family: "legacy_provincial",
        title: null,
        source: numberCell(0, 400).source,
        rows: [
          legacyRow("legacy_yn.review.total", "行政复议数", 1),
          legacyRow("legacy_yn.review.upheld", "维持具体行政行为数", 1),
          legacyRow("legacy_yn.review.corrected", "被依法纠错数", 1),
          legacyRow("legacy_yn.litigation.total", "行政诉讼数", -2),
        ],
      },
    ];
    const found = validateReport(report).filter((f) => f.rule === "Y-REV" || f.rule === "NONNEG");
    expect(found.map((f) => [f.rule, f.severity, f.actual, f.expected])).toEqual([
      ["Y-REV", "warning", 2, 1],
      ["NONNEG", "error", -2, null],
    ]);
    expect(found[0]!.operands.map((o) => [o.field, o.label, o.value])).toEqual([
      ["legacy_yn.review.upheld", "维持具体行政行为数", 1],
      ["legacy_yn.review.corrected", "被依法纠错数", 1],
      ["legacy_yn.review.total", "行政复议数", 1],
    ]);
  });

  it("money compares within one unit of the written precision; `le` allows less, not more", () => {
    const report = emptyReport();
    report.meta.formatEra = "gb2021";
    const cells = report.cells as Record<string, Cell>;
    const identity = (op: "eq" | "le") => ({
      id: `TEST-${op}`,
      severity: "error" as const,
      description: { zh: "", en: "" },
      equations: [
        {
          lhs: ["active_disclosure.fees.amount_10k_yuan"],
          rhs: ["active_disclosure.procurement.amount"],
          op,
          label: { zh: "金额", en: "amount" },
        },
      ],
    });
    const run = (a: number, b: number, op: "eq" | "le") => {
      cells["active_disclosure.fees.amount_10k_yuan"] = numberCell(a);
      cells["active_disclosure.procurement.amount"] = numberCell(b);
      return identityFindings(report, [identity(op)]).map((f) => f.delta);
    };
    expect(run(7730.28, 7730.29, "eq")).toEqual([]);
    expect(run(7730.28, 7730.31, "eq")).toEqual([-0.03]);
    expect(run(7730.28, 9000, "le")).toEqual([]);
    expect(run(7730.28, 7730.2, "le")).toEqual([0.08]);
    expect(run(96171.6, 96171.5, "eq")).toEqual([]);
    expect(run(96171.6, 96171.4, "eq")).toEqual([0.2]);
    const extra = validateReport(report, { templates: [{ id: "gb2021", identities: [identity("eq")] }] });
    expect(extra.filter((f) => f.rule === "TEST-eq").map((f) => f.delta)).toEqual([0.2]);
  });
});

describe("validateReport is pure", () => {
  it("never changes a report (generated reports with blanks, strict and lenient)", () => {
    fc.assert(
      fc.property(
        seedArbitrary(GB2021),
        fc.array(fc.nat(199), { maxLength: 20 }),
        fc.boolean(),
        (seed, holes, lenient) => {
          const report = consistentReport(GB2021, seed);
          const ids = Object.keys(report.cells);
          for (const h of holes) {
            const id = ids[h % ids.length]!;
            const cell = (report.cells as Record<string, Cell>)[id]!;
            (report.cells as Record<string, Cell>)[id] = { ...cell, raw: "", value: null, status: "blank" };
          }
          const before = structuredClone(report);
          const findings = validateReport(report, { blankAsZero: lenient });
          expect(report).toEqual(before);
          // A blank is never silently 0: strict mode never reports an error on an equation with a blank operand.
          if (!lenient) {
            for (const f of findings.filter((x) => x.severity === "error")) {
              expect(f.operands.every((o) => o.status === "number")).toBe(true);
            }
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
