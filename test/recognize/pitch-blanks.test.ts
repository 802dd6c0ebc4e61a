import { describe, expect, it } from "vitest";
import { readCellValue } from "../../src/recognize/cell-value.js";
import type { Token } from "../../src/recognize/lines.js";
import { blanksByPitch } from "../../src/recognize/pitch-blanks.js";

/** The value tokens of one printed line, each at its column (1-based) as the text shows it. */
function tokensOf(text: string, line = 7): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const column = (m.index ?? 0) + 1;
    out.push({
      kind: "value",
      raw: m[0],
      reading: readCellValue(m[0]),
      source: { line, column, offset: 100 + column - 1 },
      line: 0,
    });
  }
  return out;
}

const shown = (tokens: Token[] | null): string[] | null => tokens?.map((t) => t.raw || "_") ?? null;

describe("blanksByPitch", () => {
  it("puts a blank in each column a double-width gap skips (right-aligned columns of 6)", () => {
    const out = blanksByPitch(tokensOf("     4           0     6    10     0"), 6);
    expect(shown(out)).toEqual(["4", "_", "0", "6", "10", "0"]);
    // The blank stands one column width right of the value before it, on the same line.
    expect(out?.[1]?.source).toEqual({ line: 7, column: 12, offset: 111 });
    expect(out?.[1]?.reading).toEqual({ value: null, status: "blank" });
  });

  it("reads left-aligned columns by their left edges, two blanks side by side from a triple gap", () => {
    // Left edges at 1, 6, 21, 26, 31: columns of 5, and 15 characters from 3 to 45.
    const line = `12${" ".repeat(3)}3${" ".repeat(14)}45${" ".repeat(3)}6${" ".repeat(4)}7`;
    expect(shown(blanksByPitch(tokensOf(line), 7))).toEqual(["12", "3", "_", "_", "45", "6", "7"]);
  });

  it("places nothing when the gaps do not make exactly the cells expected", () => {
    // A blank in the first or last column leaves no gap: 5 values, 6 cells, no double gap.
    expect(blanksByPitch(tokensOf("     4     0     6    10     0"), 6)).toBeNull();
    // A double gap, but 7 cells expected.
    expect(blanksByPitch(tokensOf("     4           0     6    10     0"), 7)).toBeNull();
  });

  it("places nothing in text without layout, on several lines, or where the gaps are not whole columns", () => {
    expect(blanksByPitch(tokensOf("4 0 6 10 0"), 6)).toBeNull();
    expect(blanksByPitch([...tokensOf("     4           0", 7), ...tokensOf("     6    10     0", 8)], 6)).toBeNull();
    expect(blanksByPitch(tokensOf("     4         0     6    10     0"), 6)).toBeNull();
  });
});
