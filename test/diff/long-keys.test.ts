/**
 * Paragraphs and sentences longer than 16,383 characters, which V8 hashes by their length alone, are keyed
 * by a fingerprint (map-key.ts): distinct ones stay distinct, equal ones equal, and X-COPY-TEXT still finds a
 * long paragraph repeated from the year before.
 */
import { describe, expect, it } from "vitest";
import { copiedText } from "../../src/diff/copy-checks.js";
import { mapKey } from "../../src/map-key.js";
import { emptyReport } from "../../src/schema/empty.js";
import type { AnnualReport } from "../../src/schema/report.js";

const at = { line: 1, column: 1, offset: 0 };

/** A report of `year` whose 总体情况 is `text`. */
function report(year: number, text: string): AnnualReport {
  const r = emptyReport();
  r.meta.year = year;
  r.sections.push({ id: "overview", number: "一", heading: "一、总体情况", text, subsections: [], source: at });
  return r;
}

describe("long keys", () => {
  it("keeps short texts as they are and tells long ones of one length apart", () => {
    expect(mapKey("收到申请3件")).toBe("收到申请3件");
    const a = `${"甲".repeat(20_000)}乙`;
    const b = `${"甲".repeat(20_000)}丙`;
    expect(mapKey(a)).not.toBe(mapKey(b));
    expect(mapKey(a)).toBe(mapKey(`${"甲".repeat(20_000)}乙`));
    expect(mapKey(a).length).toBeLessThan(40);
  });

  it("X-COPY-TEXT finds a 20,000-character paragraph repeated from the year before", () => {
    const paragraph = `本机关持续推进政务公开${"并认真落实各项工作要求".repeat(2_000)}。`;
    expect(paragraph.length).toBeGreaterThan(20_000);
    const findings = copiedText(report(2023, paragraph), report(2024, paragraph));
    expect(findings.map((f) => [f.rule, f.actual])).toEqual([["X-COPY-TEXT", 1]]);
    expect(copiedText(report(2023, paragraph), report(2024, `${paragraph}另有说明。`))).toEqual([]);
  });
});
