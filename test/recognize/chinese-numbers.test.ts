/**
 * The package's one Chinese-numeral module (src/recognize/chinese-numbers.ts): readNumeral (date numbers) read
 * by hand, used by the date reader, and the prose reader used by the narrative rules.
 */
import { describe, expect, it } from "vitest";
import { chineseOrdinal, parseChineseNumber, readNumeral } from "../../src/recognize/chinese-numbers.js";
import { findDate } from "../../src/recognize/dates.js";

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

  it("is the reader dates use: Chinese-numeral dates come out as ISO dates", () => {
    expect(findDate("二〇二五年一月十六日")?.iso).toBe("2025-01-16");
    expect(findDate("二Ｏ二四年十二月三十一日")?.iso).toBe("2024-12-31");
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
