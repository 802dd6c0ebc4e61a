import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SCHEMES, type Scheme, schemeOf } from "../../src/normalize/index.js";
import { emptyReport } from "../../src/schema/empty.js";
import type { AnnualReport, LegacyRow } from "../../src/schema/report.js";

/** schemeOf's legacy rule as first written: the prefix before the first point, sliced, counted per scheme. */
function plainScheme(ids: readonly (string | null)[]): Scheme | null {
  const counts = new Map<Scheme, number>();
  for (const id of ids) {
    if (id === null) continue;
    const prefix = id.slice(0, id.indexOf("."));
    if ((SCHEMES as readonly string[]).includes(prefix))
      counts.set(prefix as Scheme, (counts.get(prefix as Scheme) ?? 0) + 1);
  }
  let best: Scheme | null = null;
  for (const [scheme, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = scheme;
  return best;
}

/** A legacy report (no canonical cells) whose one table has rows with these ids. */
function reportWithRows(ids: readonly (string | null)[]): AnnualReport {
  const report = emptyReport("pipe");
  const rows = ids.map(
    (id, line): LegacyRow => ({
      id,
      section: null,
      label: "行",
      normalizedLabel: "行",
      unit: null,
      column: null,
      cell: { raw: "1", value: 1, status: "number", source: { line: line + 1, column: 1, offset: 0 } },
      remark: null,
      source: { line: line + 1, column: 1, offset: 0 },
    }),
  );
  report.legacy = [{ family: "legacy_national", title: null, rows, source: { line: 1, column: 1, offset: 0 } }];
  return report;
}

describe("schemeOf reads a legacy row id's scheme as the prefix before its first point", () => {
  it("names the scheme of ids with a point, and of an id one character longer than a scheme without one", () => {
    expect(schemeOf(reportWithRows(["legacy_yn.active.channel.website"]))).toBe("legacy_yn");
    expect(schemeOf(reportWithRows(["legacy_sh.a", "legacy_national.b", "legacy_national.c"]))).toBe("legacy_national");
    // Without a point, slice(0, -1) leaves all but the last character.
    expect(schemeOf(reportWithRows(["legacy_shX"]))).toBe("legacy_sh");
    // No scheme prefix and no canonical cell: no scheme at all.
    expect(schemeOf(reportWithRows(["legacy_shXY", "legacy_sh", "legacy_sh_x.y", ".legacy_sh"]))).toBeNull();
  });

  it("agrees with slicing the prefix on random ids", () => {
    const part = fc.constantFrom(...SCHEMES, "legacy", "gb", "", ".", "x", "_sh", "2021");
    const id = fc.oneof(
      fc.array(part, { maxLength: 4 }).map((p) => p.join("")),
      fc.constant(null),
    );
    fc.assert(
      fc.property(fc.array(id, { minLength: 1, maxLength: 8 }), (ids) => {
        expect(schemeOf(reportWithRows(ids))).toBe(plainScheme(ids));
      }),
      { numRuns: 500 },
    );
  });
});
