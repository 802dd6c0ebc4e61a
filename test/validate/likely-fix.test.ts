// The likely-typo hint (red team R16): one cell typed wrong breaks several identities, each pointing elsewhere.
// When one cell is in all of them, one change of it mends them all and breaks nothing that holds, every
// finding of the group names it (message, suggestion) and points at it. Corpus 024 (洪泽区 2024), Table 三:
// 一、本年新收 自然人 95 (line 56), （一）予以公开 自然人 50, （七）总计 自然人 95 / 总计 95 (line 77).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type AnnualReport, type Cell, parseReport, validateReport } from "../../src/index.js";

const base = parseReport(readFileSync(new URL("../fixtures/corpus/024_2024_hongzequ.txt", import.meta.url))).report;

/** Corpus 024 with some cells set to other numbers. */
function typed(values: Record<string, number>): AnnualReport {
  const report = structuredClone(base);
  const cells = report.cells as Record<string, Cell>;
  for (const [id, value] of Object.entries(values)) cells[id] = { ...cells[id]!, raw: String(value), value };
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
});
