import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { titleYear } from "../../src/validate/metadata.js";

/** The plain definition: the first four digits (spaces allowed between) before 年, in the NFKC form. */
function plain(title: string): number | undefined {
  const m = /((?:\d\s*){4})年/.exec(title.normalize("NFKC"));
  return m?.[1] ? Number(m[1].replace(/\s+/g, "")) : undefined;
}

describe("titleYear", () => {
  it("reads the year of a title, also with spaces or full-width digits", () => {
    expect(titleYear("淮安市人民政府2024年政府信息公开工作年度报告")).toBe(2024);
    expect(titleYear("洪泽区202 3 年政府信息公开工作年度报告")).toBe(2023);
    expect(titleYear("２０２２年度报告")).toBe(2022);
    expect(titleYear("政府信息公开工作年度报告")).toBeUndefined();
  });

  it("every printable ASCII character and CJK unified ideograph is its own NFKC form (the shortcut's premise)", () => {
    for (let code = 0x20; code <= 0x7e; code++) {
      const ch = String.fromCharCode(code);
      expect(ch.normalize("NFKC")).toBe(ch);
    }
    for (let code = 0x4e00; code <= 0x9fff; code++) {
      const ch = String.fromCharCode(code);
      expect(ch.normalize("NFKC")).toBe(ch);
    }
  });

  it("agrees with the plain definition on random titles", () => {
    const piece = fc.constantFrom(
      "2",
      "0",
      "4",
      "9",
      " ",
      "\u3000",
      "年",
      "\uf98e",
      "２",
      "０",
      "政府",
      "报告",
      "（",
      "）",
      "a",
      "\u00a0",
      "\t",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const title = pieces.join("");
        expect(titleYear(title)).toBe(plain(title));
      }),
      { numRuns: 3000 },
    );
  });
});
