import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compilePattern } from "../../src/validate/narrative.js";
import { NARRATIVE_PATTERNS } from "../../src/validate/narrative-patterns.js";
import { leadingLiterals, requiredLiterals } from "../../src/validate/pattern-literals.js";

// Words of the patterns and numbers: random sentences that often match some pattern.
const WORDS = [
  ...new Set(NARRATIVE_PATTERNS.flatMap((p) => p.patterns.join("").match(/[\u4e00-\u9fff]+/g) ?? [])),
  "，",
  " ",
];
const NUMBER = fc.constantFrom("", "", "5", "12", "三", " 0 ");
const UNIT = fc.constantFrom("", "件", "项");

describe("leadingLiterals", () => {
  it("reads a leading word, a leading group of words, and stops before an optional character", () => {
    expect(leadingLiterals("不予公开(?:申请)?(?:的)?N U")).toEqual(["不予公开"]);
    expect(leadingLiterals("(?:结转|顺延)(?:至|到)?下一?年度?N U")).toEqual(["结转", "顺延"]);
    expect(leadingLiterals("上一?年度?结转(?:的)?(?:申请)?N U")).toEqual(["上"]);
  });

  it("gives null when no word is required at the start", () => {
    expect(leadingLiterals("N U(?:申请)?(?:结转|顺延)")).toBeNull();
    expect(leadingLiterals("(?:全部|予以)?公开N U")).toBeNull();
    expect(leadingLiterals("(?:(?:政府)?信息公开申请|申请)N U")).toBeNull();
    expect(leadingLiterals("一?件")).toBeNull();
  });

  it("every match of every narrative pattern contains one of its leading words", () => {
    const compiled = NARRATIVE_PATTERNS.flatMap((p) =>
      p.patterns.map((pattern) => ({ re: compilePattern(pattern, p.units), words: leadingLiterals(pattern) })),
    );
    let matched = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...WORDS), NUMBER, UNIT), { maxLength: 8 }), (parts) => {
        const sentence = parts.flat().join("");
        for (const { re, words } of compiled) {
          for (const m of sentence.matchAll(re)) {
            matched++;
            if (words) expect(words.some((w) => m[0].startsWith(w))).toBe(true);
          }
        }
      }),
      { numRuns: 3000 },
    );
    expect(matched).toBeGreaterThan(100);
  });
});

describe("requiredLiterals", () => {
  it("takes the leading words, else the first required group or word later in the pattern", () => {
    expect(requiredLiterals("不予公开(?:申请)?(?:的)?N U")).toEqual(["不予公开"]);
    expect(requiredLiterals("N U(?:申请)?(?:结转|顺延)(?:至|到)?下一?年度?")).toEqual(["结转", "顺延"]);
    expect(requiredLiterals("(?:全部|予以)?公开N U")).toEqual(["公开"]);
    expect(requiredLiterals("(?:(?:政府)?信息公开申请|申请)N U")).toBeNull();
    expect(requiredLiterals("N U(?:申请)?下一?年")).toEqual(["下"]);
    expect(requiredLiterals("[^，]{0,12}?N U年度")).toEqual(["年度"]);
    expect(requiredLiterals("一?件")).toEqual(["件"]);
  });

  it("gives null when no word is required, or the pattern is an alternation at its top level", () => {
    expect(requiredLiterals("N U(?:申请)?")).toBeNull();
    expect(requiredLiterals("N U结转|顺延N U")).toBeNull();
    expect(requiredLiterals("N U(?:结转)*")).toBeNull();
  });

  it("every match of every narrative pattern contains one of its required words", () => {
    const compiled = NARRATIVE_PATTERNS.flatMap((p) =>
      p.patterns.map((pattern) => ({ re: compilePattern(pattern, p.units), words: requiredLiterals(pattern) })),
    );
    // Every pattern of the table has some required word (the narrative rules skip a sentence without one).
    expect(compiled.every((c) => c.words !== null)).toBe(true);
    let matched = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...WORDS), NUMBER, UNIT), { maxLength: 8 }), (parts) => {
        const sentence = parts.flat().join("");
        for (const { re, words } of compiled) {
          for (const m of sentence.matchAll(re)) {
            matched++;
            expect(words?.some((w) => m[0].includes(w))).toBe(true);
          }
        }
      }),
      { numRuns: 3000 },
    );
    expect(matched).toBeGreaterThan(100);
  });
});
