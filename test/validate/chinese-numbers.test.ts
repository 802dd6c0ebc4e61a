/**
 * The package's one Chinese-numeral module: readNumeral (date numbers) read by hand, and equal to the copy in
 * src/recognize/dates.ts on every text its date pattern can hand it (so recognize can import this one).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readNumeral as datesReadNumeral } from "../../src/recognize/dates.js";
import { chineseOrdinal, parseChineseNumber, readNumeral } from "../../src/validate/chinese-numbers.js";

describe("readNumeral", () => {
  it("reads date numbers as printed", () => {
    const cases: [string, number | null][] = [
      ["2024", 2024],
      ["202 3", 2023],
      ["二〇二四", 2024],
      ["二零二三", 2023],
      ["二O二五", 2025],
      ["二Ｏ二一", 2021],
      ["十", 10],
      ["十二", 12],
      ["三十", 30],
      ["三十一", 31],
      ["一", 1],
      ["", null],
      ["  ", null],
      ["两", null],
      ["一百", null],
      ["十十", 10],
      ["年", null],
    ];
    for (const [text, n] of cases) expect(readNumeral(text), text).toBe(n);
  });

  it("answers as recognize/dates.ts readNumeral on texts of the date alphabet", () => {
    const alphabet = [..."0123456789０１２３〇零ＯO一二三四五六七八九十两百 \t", "a"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 8 }), (chars) => {
        const text = chars.join("");
        expect(readNumeral(text), JSON.stringify(text)).toBe(datesReadNumeral(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("does not read inherited property names as digits", () => {
    expect(readNumeral("constructor十")).toBeNull();
    expect(readNumeral("十toString")).toBeNull();
  });

  it("leaves the prose reader as it was: 两 is a digit there, O is not", () => {
    expect(parseChineseNumber("两")).toBe(2);
    expect(parseChineseNumber("一百零五")).toBe(105);
    expect(parseChineseNumber("O")).toBeUndefined();
    expect(chineseOrdinal("十二")).toBe(12);
  });
});
