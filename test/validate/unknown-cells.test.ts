// Identities over blank, dash and absent cells (red team R16): such a cell is a count, so at least 0. Known
// sums that break an equation whatever the unknown cells hold are an error; dashes (which say "none") that
// break it when taken as 0 are a warning; otherwise the equation is unverified (blank, dash) or skipped
// (absent). Corpus 024 (洪泽区 2024), Table 三: （七）总计 / 总计 95 = 50 + 9 + 1 + 1 + 1 + 31 + 1 + 1 (line 77).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type AnnualReport, type Cell, parseReport, renderReport, validateReport } from "../../src/index.js";

const base = parseReport(readFileSync(new URL("../fixtures/corpus/024_2024_hongzequ.txt", import.meta.url))).report;
const TOTAL = "applications.results.total.total";

/** Corpus 024 with every 0 of Table 三 written as `zero` (or left out), and （七）总计 / 总计 set to `total`. */
function variant(zero: "-" | "" | "absent", total: number): AnnualReport {
  const report = structuredClone(base);
  for (const [id, cell] of Object.entries(report.cells) as [string, Cell][]) {
    if (!id.startsWith("applications.") || cell.status !== "number" || cell.value !== 0) continue;
    if (zero === "absent") delete report.cells[id as keyof typeof report.cells];
    else
      report.cells[id as keyof typeof report.cells] = {
        ...cell,
        raw: zero,
        value: null,
        status: zero === "" ? "blank" : "na",
      };
  }
  const cell = report.cells[TOTAL]!;
  report.cells[TOTAL] = { ...cell, raw: String(total), value: total, status: "number" };
  // Written out and read back, as a clerk's draft would be.
  return parseReport(renderReport(report, "pipe")).report;
}

const t3res = (report: AnnualReport) =>
  validateReport(report, { rules: ["T3-RES"] }).filter((f) => f.operands[0]?.field === TOTAL);

describe("identities over blank, dash and absent cells", () => {
  it("the fixture: 总计 95, with 50 + 9 + 1 + 1 + 1 + 31 + 1 + 1 in its outcome rows", () => {
    expect(base.cells[TOTAL]?.value).toBe(95);
    expect(t3res(base)).toEqual([]);
  });

  it("a total below the filled outcome rows is an error whatever the dashes hold", () => {
    const [f, ...more] = t3res(variant("-", 90));
    expect(more).toEqual([]);
    expect(f).toMatchObject({ rule: "T3-RES", severity: "error", expected: 95, actual: 90, delta: -5 });
    expect(f!.message.zh).toContain("右边已填的数之和50 + 9 + 1 + 1 + 1 + 31 + 1 + 1 = 95已大于另一边的90");
    expect(f!.message.zh).toContain("右边另有11个单元格为横杠/无");
    expect(f!.message.en).toContain("whatever its 11 dash cells hold (at least 0), the two sides cannot be equal");
    // At the total, the one cell on the side without unknowns.
    const read = variant("-", 90);
    expect(f!.source).toEqual(read.cells[TOTAL]!.source);
  });

  it("the same with the all-zero rows left out, and with blanks", () => {
    for (const zero of ["absent", ""] as const) {
      const [f] = t3res(variant(zero, 90));
      expect(f, zero).toMatchObject({ severity: "error", expected: 95, actual: 90 });
      expect(f!.message.en, zero).toContain(zero === "absent" ? "absent cells" : "blank cells");
    }
  });

  it("a total above the filled rows: a warning when dashes make the gap, nothing certain otherwise", () => {
    const [dash] = t3res(variant("-", 96));
    expect(dash).toMatchObject({ severity: "warning", expected: 95, actual: 96, delta: 1 });
    expect(dash!.message.zh).toContain("横杠/无按0计，标*：若它们确为0，本式不成立");
    expect(dash!.message.zh).toContain("96 ≠ 50 + 9 + 0* + 0* + 1");
    expect(dash!.operands.filter((o) => o.assumedZero).map((o) => o.status)).toEqual(Array(11).fill("na"));
    // A blank was not filled in: unverified, not a warning. An absent row: not checked.
    const blank = validateReport(variant("", 96)).filter((f) => f.operands.some((o) => o.field === TOTAL));
    expect(blank.map((f) => `${f.rule} ${f.severity}`)).toContain("UNVERIFIED info");
    expect(blank.filter((f) => f.rule === "T3-RES")).toEqual([]);
    expect(t3res(variant("absent", 96))).toEqual([]);
  });

  it("dashes that balance as 0 stay unverified (no warning on a correct report)", () => {
    const findings = validateReport(variant("-", 95));
    expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(findings.some((f) => f.rule === "UNVERIFIED")).toBe(true);
  });

  it("rows left out are named in one STRUCT-ROW-MISSING per table, not one per row (red team R16)", () => {
    const missing = validateReport(variant("absent", 95)).filter((f) => f.rule === "STRUCT-ROW-MISSING");
    expect(missing).toHaveLength(1);
    expect(missing[0]!.message.zh).toMatch(/^表三缺少15行：“二、上年结转政府信息公开申请数量”、“1.属于国家秘密”、/);
    expect(missing[0]!.message.en).toContain("table 三 lacks 15 rows: applications.carried_over");
  });
});
