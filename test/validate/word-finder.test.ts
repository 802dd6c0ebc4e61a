import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wordFinder, wordMask, wordMaskLength } from "../../src/validate/claim-scan.js";

/** Whether bit k of a word bit set is set. */
const bit = (found: Uint32Array, k: number): boolean => ((found[k >> 5] as number) & (1 << (k & 31))) !== 0;

describe("wordFinder", () => {
  // More than 32 words, so that the bit set has several entries; prefixes of one another, repeated first
  // characters, a one-character word and the empty word.
  const words = [
    "",
    "上",
    "上年",
    "上年同期",
    "申请",
    "申",
    "信息公开申请",
    "收到",
    "受理",
    ...Array.from({ length: 30 }, (_, i) => `词${String.fromCharCode(0x4e00 + i)}`),
  ];
  const finder = wordFinder(words);
  const chars = [
    "上",
    "年",
    "同",
    "期",
    "申",
    "请",
    "信",
    "息",
    "公",
    "开",
    "收",
    "到",
    "受",
    "理",
    "词",
    "一",
    "丁",
    "，",
  ];

  it("sets exactly the bits of the words a text includes", () => {
    const found = new Uint32Array(wordMaskLength(words.length));
    expect(found.length).toBe(2);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 30 }), (text) => {
        const s = text.join("");
        found.fill(0xffffffff);
        finder.find(s, found);
        for (const [k, w] of words.entries()) expect(bit(found, k), `${w} in ${s}`).toBe(s.includes(w));
      }),
      { numRuns: 2000 },
    );
  });

  it("masks hold the bits of their words only", () => {
    const mask = wordMask([0, 31, 32, 38], wordMaskLength(words.length));
    expect([...mask]).toEqual([1 | (1 << 31), 1 | (1 << 6)].map((n) => n >>> 0));
  });
});
