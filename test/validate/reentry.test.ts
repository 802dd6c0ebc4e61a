import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import { validateReport } from "../../src/validate/validate-report.js";

const fixture = (path: string): string => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), "utf8");

describe("validateReport re-entered while it reads a report", () => {
  it("gives the outer report its own findings when an options getter validates another report", () => {
    // Seed 002 has two Table 三 identity findings (T3-ROW, T3-RES); seed 000 has none of them.
    const outer = parseReport(fixture("seeds/002_d039ec262de9d514.txt")).report;
    const inner = parseReport(fixture("seeds/000_cc43e5a43c1be886.txt")).report;
    const plain = validateReport(outer).map((f) => f.rule);
    expect(plain).toEqual(expect.arrayContaining(["T3-ROW", "T3-RES"]));
    let reads = 0;
    const options = {
      get rules(): undefined {
        reads++;
        validateReport(inner);
        return undefined;
      },
    };
    expect(validateReport(outer, options).map((f) => f.rule)).toEqual(plain);
    expect(reads).toBeGreaterThan(1);
  });
});
