/**
 * English identity findings name cells as the table prints them (Table 4 / Administrative reconsideration /
 * Total), not by field id, and say "dash" for a dash (red team R21). Values read by hand off corpus 023.
 */
import { describe, expect, it } from "vitest";
import { validateReport } from "../../src/index.js";
import { cell, hongze2023 } from "../diff/build.js";

describe("English identity messages", () => {
  it("T4-REV of Hongze 2023 (总计 printed 0 for 10 + 1) names the cells in English", () => {
    const [f] = validateReport(hongze2023()).filter((x) => x.rule === "T4-REV");
    expect(f!.message.en).toBe(
      "Table 4 / Administrative reconsideration / Total: 0 ≠ 10 + 1 = 11 (left: Table 4 / Administrative reconsideration / Total = 0 | right: Table 4 / Administrative reconsideration / Upheld = 10; Table 4 / Administrative reconsideration / Corrected = 1; 2 more at 0)",
    );
  });

  it("an equation labelled by its cell: the label in English too (T3-ROW)", () => {
    const r = hongze2023();
    r.cells["applications.results.unable.not_held.total"] = cell(11); // its six columns: 10 + 0 × 5
    const f = validateReport(r).find((x) => x.rule === "T3-ROW");
    expect(f!.message.en).toMatch(
      /^Table 3 \/ \(4\) Cannot be provided \/ 1\. Not held by this body \/ Total: 11 ≠ 10 \(left: Table 3 \/ \(4\) Cannot be provided \/ 1\. Not held by this body \/ Total = 11 \| right: Table 3 \/ \(4\) Cannot be provided \/ 1\. Not held by this body \/ Natural persons = 10; 5 more at 0\)/,
    );
  });

  it("a dash is a dash, not (na)", () => {
    const r = hongze2023();
    r.cells["review_litigation.review.pending"] = cell("—");
    r.cells["review_litigation.review.total"] = cell(11);
    const f = validateReport(r).find((x) => x.rule === "UNVERIFIED" && x.message.en.startsWith("T4-REV"));
    expect(f!.message.en).toBe(
      "T4-REV Table 4 / Administrative reconsideration / Total: cannot verify, not a number: Table 4 / Administrative reconsideration / Pending (dash)",
    );
    expect(f!.message.zh).toContain("四、行政复议 / 尚未审结（横杠/无）");
  });
});
