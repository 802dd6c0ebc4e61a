// The likely-typo hint (red team R16): one cell typed wrong breaks several identities, each pointing elsewhere.
// When one cell is in all of them, one change of it mends them all and breaks nothing that holds, every
// finding of the group names it (message, suggestion) and points at it. Corpus 024 (洪泽区 2024), Table 三:
// 一、本年新收 自然人 95 (line 56), （一）予以公开 自然人 50, （七）总计 自然人 95 / 总计 95 (line 77).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type AnnualReport, type Cell, emptyReport, parseReport, validateReport } from "../../src/index.js";
import { identityFindings } from "../../src/validate/identities.js";

const base = parseReport(readFileSync(new URL("../fixtures/corpus/024_2024_hongzequ.txt", import.meta.url))).report;

/** Corpus 024 with some cells set to other numbers. */
function typed(values: Record<string, number>): AnnualReport {
  const report = structuredClone(base);
  const cells = report.cells as Record<string, Cell>;
  for (const [id, value] of Object.entries(values))
    cells[id] = { ...cells[id]!, raw: String(value), value, status: "number" };
  return report;
}

const errors = (report: AnnualReport) => validateReport(report).filter((f) => f.severity === "error");

describe("the likely-typo hint", () => {
  it("（七）总计 / 自然人 typed 96: T3-BAL, T3-ROW and T3-RES all name it, should be 95, and point at it", () => {
    const report = typed({ "applications.results.total.natural_person": 96 });
    const found = errors(report);
    expect(found.map((f) => f.rule)).toEqual(["T3-BAL", "T3-ROW", "T3-RES"]);
    const cell = report.cells["applications.results.total.natural_person"]!;
    for (const f of found) {
      expect(f.suggestion).toEqual({ field: "applications.results.total.natural_person", value: 95 });
      expect(f.source).toEqual(cell.source);
      expect(f.message.zh).toMatch(/；若只有一处填错，最可能是“三、（七）总计 \/ 自然人”，应为95$/);
    }
  });

  it("一、本年新收 / 总计 typed 97: T3-BAL and T3-ROW name it, should be 95", () => {
    const found = errors(typed({ "applications.new.total": 97 }));
    expect(found.map((f) => [f.rule, f.suggestion?.value])).toEqual([
      ["T3-BAL", 95],
      ["T3-ROW", 95],
    ]);
  });

  it("no hint for a lone violation, nor when the one shared cell's change would break an identity that holds", () => {
    // 四、行政复议 结果维持 3 breaks T4-REV only: any of its five cells could be wrong.
    const lone = errors(typed({ "review_litigation.review.upheld": 3 }));
    expect(lone.map((f) => f.rule)).toEqual(["T4-REV"]);
    expect(lone[0]!.suggestion).toBeUndefined();
    expect(lone[0]!.message.zh).not.toContain("若只有一处填错");
    // Two typos: （七）总计 自然人 and 总计 both 96. T3-ROW of （七） holds (96 = 96), so changing either alone
    // would break it: no hint.
    const two = errors(
      typed({ "applications.results.total.natural_person": 96, "applications.results.total.total": 96 }),
    );
    expect(two.map((f) => f.rule).sort()).toEqual(["T3-BAL", "T3-BAL", "T3-RES", "T3-RES"]);
    expect(two.every((f) => f.suggestion === undefined)).toBe(true);
  });

  it("a correct report has no finding to hint at", () => {
    expect(errors(base)).toEqual([]);
  });

  it("no hint whose value would make an identity over a blank impossible (review RV19)", () => {
    // 一 2 + 二 0 ≠ （七） 5 + 四 0 and （七）总计 2 ≠ 自然人 5 share （七）/自然人; 2 would mend both, but T3-RES
    // 5 = blank + 3 (holds with the blank at 2) would become 2 = blank + 3, which no count can satisfy.
    const report = emptyReport("pipe");
    const cells = report.cells as Record<string, Cell>;
    const number = (value: number, line: number): Cell => ({
      raw: String(value),
      value,
      status: "number",
      source: { line, column: 1, offset: line },
    });
    cells["applications.new.natural_person"] = number(2, 1);
    cells["applications.carried_over.natural_person"] = number(0, 2);
    cells["applications.carried_forward.natural_person"] = number(0, 3);
    cells["applications.results.total.natural_person"] = number(5, 4);
    cells["applications.results.total.total"] = number(2, 5);
    cells["applications.results.granted.natural_person"] = {
      raw: "",
      value: null,
      status: "blank",
      source: { line: 6, column: 1, offset: 6 },
    };
    cells["applications.results.unable.not_held.natural_person"] = number(3, 7);
    const identities = [
      [
        "BAL",
        ["applications.new.natural_person", "applications.carried_over.natural_person"],
        ["applications.results.total.natural_person", "applications.carried_forward.natural_person"],
      ],
      ["ROW", ["applications.results.total.total"], ["applications.results.total.natural_person"]],
      [
        "RES",
        ["applications.results.total.natural_person"],
        ["applications.results.granted.natural_person", "applications.results.unable.not_held.natural_person"],
      ],
    ].map(([id, lhs, rhs]) => ({
      id: id as string,
      severity: "error" as const,
      description: { zh: id as string, en: id as string },
      equations: [{ lhs: lhs as string[], rhs: rhs as string[], label: { zh: id as string, en: id as string } }],
    }));
    const found = identityFindings(report, identities);
    expect(found.map((f) => f.rule)).toEqual(["BAL", "ROW", "UNVERIFIED"]);
    expect(found.every((f) => f.suggestion === undefined)).toBe(true);
    // With the blank filled in as 0, T3-RES fails too (5 ≠ 0 + 3) and wants （七）/自然人 = 3, not 2: no single cell.
    cells["applications.results.granted.natural_person"] = number(0, 6);
    const filled = identityFindings(report, identities);
    expect(filled.map((f) => f.rule)).toEqual(["BAL", "ROW", "RES"]);
    expect(filled.every((f) => f.suggestion === undefined)).toBe(true);
  });
});
