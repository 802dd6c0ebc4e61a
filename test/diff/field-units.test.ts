import { describe, expect, it } from "vitest";
import { diffReports } from "../../src/diff/diff-reports.js";
import { formatDiff } from "../../src/diff/format.js";
import { report } from "./build.js";

const FEE = "active_disclosure.fees.amount_10k_yuan"; // 本年收费金额（单位：万元）
const PROCUREMENT = "active_disclosure.procurement.amount"; // 采购总金额, no unit printed in the header

function fee(older: string | number, newer: string | number, id: string = FEE, era: "gb2021" | "gb2019" = "gb2021") {
  const a = report({ year: 2023, org: "某区人民政府", era }, { [id]: older });
  const b = report({ year: 2024, org: "某区人民政府", era }, { [id]: newer });
  return diffReports(a, b, { includeUnchanged: true });
}

describe("money units in the field diff (R12 diff-fee-unit-mixed)", () => {
  it("compares 12000元 under the 万元 header as 1.2 万元: no change", () => {
    const f = fee("1.2", "12000元").fields.find((c) => c.field === FEE)!;
    expect(f).toMatchObject({
      old: { value: 1.2, raw: "1.2" },
      new: { value: 1.2, raw: "12000元", unit: "元" },
      change: 0,
      relativeChange: 0,
      changed: false,
    });
    expect(f.note?.zh).toBe("按万元比较：2024年写作 12000元，折算为 1.2万元");
  });

  it("gives the change in 万元 when the amounts differ, and prints the cell as written", () => {
    const diff = fee("1.2", "12500元");
    const f = diff.fields.find((c) => c.field === FEE)!;
    expect([f.old.value, f.new.value, f.change, f.changed]).toEqual([1.2, 1.25, 0.05, true]); // 12500元 = 1.25万元
    const text = formatDiff(diff, { format: "text" });
    expect(text).toMatch(/本年收费金额（单位：万元） +1\.2 +1\.25（12500元） +\+0\.05/);
    expect(text).toContain("折算为 1.25万元");
  });

  it("does not compute a change when a unit cannot be reconciled, and says why", () => {
    const f = fee("1.2", "3件").fields.find((c) => c.field === FEE)!;
    expect([f.change, f.relativeChange, f.changed]).toEqual([null, null, true]);
    expect(f.note?.zh).toBe("单位无法统一（2023年：万元；2024年：件），不计算变化");
    // 采购总金额 has no header unit: 251000元 against a bare 25.1 cannot be told apart.
    const p = fee("25.1", "251000元", PROCUREMENT, "gb2019").fields.find((c) => c.field === PROCUREMENT)!;
    expect([p.old.value, p.new.value, p.change]).toEqual([25.1, 251000, null]);
    expect(p.note?.en).toBe("units cannot be reconciled (2023: no unit; 2024: 元); no change computed");
  });

  it("takes 0 against 0 in another unit as no change (review RV12)", () => {
    const f = fee("0", "0件").fields.find((c) => c.field === FEE)!;
    expect([f.change, f.changed, f.note]).toEqual([0, false, undefined]);
  });

  it("converts between two written units when the header names none", () => {
    const p = fee("25.1万元", "251000元", PROCUREMENT, "gb2019").fields.find((c) => c.field === PROCUREMENT)!;
    expect([p.old.value, p.new.value, p.change, p.changed]).toEqual([25.1, 25.1, 0, false]);
  });

  it("leaves cells without money units as they were", () => {
    const f = fee("7730.28", "7545").fields.find((c) => c.field === FEE)!;
    expect(f).toMatchObject({ change: -185.28, changed: true });
    expect(f.note).toBeUndefined();
    expect(f.new.unit).toBeUndefined();
  });
});
