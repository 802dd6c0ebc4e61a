import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pipeRun } from "../../src/shapes/lines-cells.js";
import { isWordSeparator, stripBookmarks } from "../../src/shapes/lines-word.js";
import { isNumberToken, splitTrailingNumbers } from "../../src/shapes/pdf-trailing-numbers.js";
import { isBlank, isPageFurniture, isSpaceCode, sourceLines } from "../../src/shapes/source-lines.js";

// The readers scan characters by hand where they used to run regular expressions; these properties pin the
// scanners to the patterns they stand for (written out here as the reference).
const NUMBER_TOKEN = /^(?:[+\-＋－]?[0-9０-９]+(?:[.,．][0-9０-９]+)*[%％]?|[-—–－/／]+)$/u;
const FURNITURE = [
  /^[-—–－─]+\s*\d{1,4}\s*[-—–－─]+$/u,
  /^第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?$/u,
  /^(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/iu,
  /^\d{1,4}\s*\/\s*\d{1,4}$/u,
];
const PIPES = /^\s*(\|+)\s*$/;

const from = (chars: string[], maxLength = 12) =>
  fc.array(fc.constantFrom(...chars), { maxLength }).map((parts) => parts.join(""));
const NUMBER_CHARS = ["+", "-", "＋", "－", "0", "7", "０", "９", ".", ",", "．", "，", "%", "％", "—", "–", "/", "／"];
const OTHER_CHARS = ["a", "行", " ", "\u3000", "\t", "😀"];

describe("hand-written scanners agree with the patterns they replace", () => {
  it("isSpaceCode is `\\s` for every UTF-16 code unit", () => {
    const mismatches: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isSpaceCode(code) !== /\s/.test(String.fromCharCode(code))) mismatches.push(code);
    }
    expect(mismatches).toEqual([]);
  });

  it("isNumberToken is the numeric-token pattern (signed numbers with separators, %, dash runs)", () => {
    fc.assert(
      fc.property(from([...NUMBER_CHARS, "a", "行", "😀"], 8), (token) => {
        // the token sits inside other text: the scanner must not look past its bounds
        const text = `5${token}5`;
        expect(isNumberToken(text, 1, text.length - 1)).toBe(NUMBER_TOKEN.test(token));
      }),
      { numRuns: 3000 },
    );
    expect(isNumberToken("1,234", 0, 5)).toBe(true);
    expect(isNumberToken("－", 0, 1)).toBe(true);
    expect(isNumberToken("7.5%", 0, 4)).toBe(true);
    expect(isNumberToken("1.", 0, 2)).toBe(false);
    expect(isNumberToken("+", 0, 1)).toBe(false);
    expect(isNumberToken("1，2", 0, 3)).toBe(false);
  });

  it("splitTrailingNumbers splits as `\\S+` tokens tested from the end", () => {
    const reference = (text: string) => {
      const tokens = [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], offset: 40 + (m.index ?? 0) }));
      let cut = tokens.length;
      while (cut > 0 && NUMBER_TOKEN.test(tokens[cut - 1]?.text ?? "")) cut--;
      const first = tokens[0];
      const last = tokens[cut - 1];
      const label =
        first && last
          ? { text: text.slice(first.offset - 40, last.offset - 40 + last.text.length), offset: first.offset }
          : undefined;
      return { label, numbers: tokens.slice(cut) };
    };
    fc.assert(
      fc.property(from([...NUMBER_CHARS, ...OTHER_CHARS, "12", " 3", "其中:1.5"], 14), (text) => {
        const split = splitTrailingNumbers({ text, start: 40, number: 3 });
        expect({ label: split.label, numbers: split.numbers }).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("isPageFurniture is one of the page-number patterns on the trimmed line", () => {
    const chars = [
      "-",
      "—",
      "－",
      "─",
      "第",
      "页",
      "共",
      "p",
      "P",
      "a",
      "g",
      "e",
      ".",
      "o",
      "f",
      "/",
      "3",
      "12",
      " ",
      "\f",
      "\u3000",
      "，",
    ];
    fc.assert(
      fc.property(
        fc.oneof(from(chars), fc.constantFrom("- 3 -", "第 2 页 共 9 页", "Page 3 of 9", "\f3/9", "p.4")),
        (line) => {
          const t = line.trim();
          expect(isPageFurniture(line)).toBe(t !== "" && FURNITURE.some((re) => re.test(t)));
        },
      ),
      { numRuns: 3000 },
    );
    expect(isPageFurniture("\f- 3 -")).toBe(true);
    expect(isPageFurniture("PAGE 2")).toBe(true);
    expect(isPageFurniture("3 项")).toBe(false);
  });

  it("pipeRun, isBlank and isWordSeparator match their patterns", () => {
    fc.assert(
      fc.property(from(["|", " ", "\t", "\u3000", "\f", "a", "—", "-", "#"]), (line) => {
        expect(pipeRun(line)).toBe(PIPES.exec(line)?.[1]?.length ?? 0);
        expect(isBlank(line)).toBe(line.trim() === "");
        expect(isWordSeparator(line)).toBe(/^\s*[—–-]+\s*#\s*[—–-]+\s*$/.test(line));
      }),
      { numRuns: 3000 },
    );
  });

  it("stripBookmarks leaves lines without a marker trimmed and at their first visible character", () => {
    expect(stripBookmarks({ text: "\t 行政许可 ", start: 10, number: 2 })).toEqual({ text: "行政许可", offset: 12 });
    expect(stripBookmarks({ text: "\t[bookmark: _Hlk1] 一、总体情况", start: 0, number: 1 })).toEqual({
      text: "一、总体情况",
      offset: 19,
    });
  });

  it("sourceLines ends lines at \\n, \\r\\n and a lone \\r alike", () => {
    fc.assert(
      fc.property(from(["a", "行", "\n", "\r", "\r\n", "\f", " "], 20), (text) => {
        const lines = sourceLines(text);
        const expected = text.split(/\r\n|\r|\n/);
        if (expected[expected.length - 1] === "") expected.pop();
        expect(lines.map((l) => l.text)).toEqual(expected);
        for (const l of lines) expect(text.slice(l.start, l.start + l.text.length)).toBe(l.text);
        expect(lines.map((l) => l.number)).toEqual(lines.map((_, i) => i + 1));
      }),
      { numRuns: 2000 },
    );
  });
});
