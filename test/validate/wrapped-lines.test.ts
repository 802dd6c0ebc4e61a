import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { joinWrapped, SENTENCE_ENDS, sentencesWith } from "../../src/validate/wrapped-lines.js";

/** The definition joinWrapped must agree with: the two regular expressions it replaces. */
const reference = (text: string): string =>
  text.replace(/([^。；;！？!?：:])\s*\n\s*/g, "$1").replace(/[ \t\u3000]+(?=[\u4e00-\u9fff（）%％])/g, "");

const ALPHABET = [
  "\n",
  "\r",
  " ",
  "\t",
  "\u3000",
  "\u00a0",
  "。",
  "；",
  "：",
  "!",
  "a",
  "收",
  "到",
  "5",
  "件",
  "%",
  "（",
  "）",
  "％",
  "一",
  "\u9fff",
  "\ua000",
];

describe("joinWrapped", () => {
  it("joins a PDF line wrapped inside a sentence and keeps the break after 。", () => {
    expect(joinWrapped("本年度共收到政府信息公开申\n请21件。\n二、主动公开")).toBe(
      "本年度共收到政府信息公开申请21件。\n二、主动公开",
    );
  });

  it("keeps one whitespace character after a closer when more line breaks follow", () => {
    expect(joinWrapped("办结。\n\n  予以公开5件")).toBe("办结。\n予以公开5件");
    expect(joinWrapped("\n\n收到")).toBe("\n收到");
  });

  it("counts exactly the characters \\s matches as whitespace", () => {
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      if (ch === "\n" || ch === "\r") continue;
      expect(joinWrapped(`a${ch}\nb`), `U+${code.toString(16)}`).toBe(reference(`a${ch}\nb`));
    }
  });

  it("drops spaces exactly before the characters of the CJK-space rule", () => {
    for (let code = 0; code <= 0xffff; code++) {
      const text = `a \u3000\t${String.fromCharCode(code)}`;
      expect(joinWrapped(text), `U+${code.toString(16)}`).toBe(reference(text));
    }
  });

  it("joins a range of a text as it joins the range sliced out", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }), fc.nat(), fc.nat(), (chars, a, b) => {
        const text = chars.join("");
        const from = a % (text.length + 1);
        const to = from + (b % (text.length - from + 1));
        expect(joinWrapped(text, from, to)).toBe(reference(text.slice(from, to)));
      }),
      { numRuns: 5000 },
    );
    expect(joinWrapped("。\n 收到申\n请 5 件。", 1, 12)).toBe("\n收到申请 5件");
  });

  it("agrees with the regular-expression definition on random text", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }), (chars) => {
        const text = chars.join("");
        expect(joinWrapped(text)).toBe(reference(text));
      }),
      { numRuns: 5000 },
    );
  });
});

describe("sentencesWith", () => {
  it("gives the sentences holding a unit character, without their ends", () => {
    expect(sentencesWith("收到申请5件。其中予以公开3件；\n主动公开信息！共12条", /[件条]/g)).toEqual([
      "收到申请5件",
      "其中予以公开3件",
      "共12条",
    ]);
  });

  it("equals split at sentence ends, then filter, on random text", () => {
    const chars = ["。", "；", ";", "！", "？", "!", "?", "\n", "件", "项", "收", "5", " ", "，"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        const expected = text.split(/[。；;！？!?\n]/).filter((s) => /[件项]/.test(s));
        expect(sentencesWith(text, /[件项]/g)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it("splits at exactly the characters SENTENCE_ENDS lists (the claim scan's table is built from it)", () => {
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      const split = sentencesWith(`件${ch}件`, /件/g).length === 2;
      expect(split, `U+${code.toString(16)}`).toBe(SENTENCE_ENDS.includes(ch));
    }
  });

  it("refuses a regular expression without the global flag", () => {
    expect(() => sentencesWith("5件", /件/)).toThrow(TypeError);
  });
});
