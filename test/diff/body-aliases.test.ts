import { describe, expect, it } from "vitest";
import { aliasKey, BODY_ALIASES } from "../../src/diff/body-aliases.js";
import { sameBody } from "../../src/diff/report-identity.js";
import { crossYearFindings } from "../../src/validate/cross-year.js";
import { report } from "./build.js";

/** 2023 carries 5 applications forward, 2024 says 2 were carried over: a break T3-CARRY-X must report. */
function pair(older: string, newer: string) {
  const a = report({ year: 2023, org: older, era: "gb2021" }, { "applications.carried_forward.natural_person": 5 });
  const b = report({ year: 2024, org: newer, era: "gb2021" }, { "applications.carried_over.natural_person": 2 });
  return crossYearFindings(a, b, { rules: ["X-BODY", "T3-CARRY-X"] });
}

describe("X-BODY on renamed or abbreviated names of one body (R12 body-rename)", () => {
  it.each([
    ["洪泽区政府办公室", "洪泽区人民政府办公室"],
    ["淮安市洪泽区政府办公室", "洪泽区人民政府办公室"],
    ["洪泽区政府", "淮安市洪泽区人民政府"],
    ["太康县卫健委", "太康县卫生健康委员会"],
    ["某市卫生健康委", "某市卫生健康委员会"],
  ])("%s → %s: same body, and the carry-over break 5 → 2 is reported", (older, newer) => {
    const findings = pair(older, newer);
    expect(findings.map((f) => [f.rule, f.severity, f.expected, f.actual])).toEqual([["T3-CARRY-X", "warning", 5, 2]]);
  });

  it("keeps a city and its district, or two districts, different bodies", () => {
    expect(sameBody("淮安市政府", "淮安市洪泽区人民政府")).toBe(false);
    expect(sameBody("淮安市人民政府", "洪泽区政府")).toBe(false);
    expect(sameBody("洪泽区卫健委", "淮阴区卫生健康委员会")).toBe(false);
    expect(sameBody("洪泽区人民政府办公室", "洪泽区政府")).toBe(false);
    const findings = pair("淮安市政府", "淮安市洪泽区人民政府");
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([["X-BODY", "warning"]]);
  });

  it("rewrites full forms to short ones, the longest first", () => {
    expect(aliasKey("太康县卫生健康委员会")).toBe("太康县卫健委");
    expect(aliasKey("洪泽区人民政府办公室")).toBe("洪泽区政府办公室");
    expect(aliasKey("某市发展和改革委员会")).toBe("某市发改委");
    const fulls = BODY_ALIASES.map((a) => a.full.length);
    expect(fulls).toEqual([...fulls].sort((x, y) => y - x));
  });
});
