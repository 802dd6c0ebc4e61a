// ParseOptions.era forces one of the two gb layouts. Any other value was ignored silently (red team R30:
// `era: "legacy_national"`, `"unknown"`, even `"gb2099"` parsed as if no era were given), while an unknown shape
// throws: a typo in the option went unseen.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport, parseReports } from "../../src/parse.js";

const text = readFileSync(new URL("../fixtures/corpus/024_2024_hongzequ.txt", import.meta.url), "utf8");

describe("ParseOptions.era", () => {
  it("forces gb2019 or gb2021", () => {
    expect(parseReport(text, { era: "gb2019" }).report.tables.map((t) => t.era)).toEqual([
      "gb2019",
      "gb2019",
      "gb2019",
    ]);
    expect(parseReport(text, { era: "gb2021" }).report.meta.formatEra).toBe("gb2021");
    // null, as JavaScript callers pass for "not given" (review RV32), is no era
    const none = { era: null } as unknown as { era?: "gb2021" };
    expect(parseReport(text, none).report.meta.formatEra).toBe(parseReport(text).report.meta.formatEra);
  });

  it.each(["legacy_national", "unknown", "gb2099", ""])("throws a TypeError for %j, as for an unknown shape", (era) => {
    const options = { era } as unknown as { era: "gb2021" };
    expect(() => parseReport(text, options)).toThrow(TypeError);
    expect(() => parseReport(text, options)).toThrow(
      `options.era must be "gb2021" or "gb2019" (got ${JSON.stringify(era)})`,
    );
    expect(() => parseReports(text, options)).toThrow(TypeError);
  });
});
