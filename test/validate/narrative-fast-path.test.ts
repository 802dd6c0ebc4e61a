import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseChineseNumber } from "../../src/recognize/chinese-numbers.js";
import {
  compilePattern,
  type NarrativeClaim,
  narrativeClaims,
  readStatedNumber,
} from "../../src/validate/narrative.js";
import {
  NARRATIVE_EXCLUDE,
  NARRATIVE_PART_BEFORE,
  NARRATIVE_PATTERNS,
  NARRATIVE_SCOPE_EXCLUDE,
  NARRATIVE_SUBITEM_BEFORE,
} from "../../src/validate/narrative-patterns.js";

const PERCENT = /^[，,、（(]?\s*(?:占|约占)([^，,。；;\d]{0,10}?)(\d+(?:\.\d+)?)\s*[%％]/u;

/** Where the clause holding the character before `at` begins (after the last comma before `at`). */
const clauseBeginning = (sentence: string, at: number): number =>
  Math.max(sentence.lastIndexOf("，", at - 1), sentence.lastIndexOf(",", at - 1)) + 1;

/**
 * The claims by the plain definition: wrapped lines joined by the two regular expressions, every sentence
 * read, every pattern of the table run (no count pre-check, no word gates, no shared regular expressions).
 */
function reference(text: string): NarrativeClaim[] {
  const out: NarrativeClaim[] = [];
  const joined = text
    .replace(/([^。；;！？!?：:])\s*\n\s*/g, "$1")
    .replace(/[ \t\u3000]+(?=[\u4e00-\u9fff（）%％])/g, "");
  for (const sentence of joined.split(/[。；;！？!?\n]/)) {
    if (NARRATIVE_SCOPE_EXCLUDE.some((w) => sentence.includes(w))) continue;
    const used: [number, number][] = [];
    for (const spec of NARRATIVE_PATTERNS) {
      if (spec.context && !spec.context.some((w) => sentence.includes(w))) continue;
      for (const pattern of spec.patterns) {
        for (const m of sentence.matchAll(compilePattern(pattern, spec.units))) {
          const start = m.index;
          const end = start + m[0].length;
          if (used.some(([a, b]) => start < b && end > a)) continue;
          const clauseStart = Math.max(sentence.lastIndexOf("，", start), sentence.lastIndexOf(",", start)) + 1;
          // The clause ends at a comma or an opening bracket (an aside after the count is another clause).
          const clauseEnds = ["，", ",", "（", "("].map((c) => sentence.indexOf(c, end)).filter((i) => i >= 0);
          const clause = sentence.slice(clauseStart, clauseEnds.length ? Math.min(...clauseEnds) : undefined);
          if (NARRATIVE_EXCLUDE.some((w) => clause.includes(w))) continue;
          if (sentence.startsWith("工作日", end)) continue;
          // What precedes a point in its clause, at most 40 characters of it.
          const before = (at: number) => sentence.slice(Math.max(clauseBeginning(sentence, at), at - 40, 0), at);
          if (NARRATIVE_PART_BEFORE.some((w) => before(end).includes(w))) continue;
          if (NARRATIVE_SUBITEM_BEFORE.some((w) => before(start).includes(w))) continue;
          // The subject: one of `is` ends at most 80 characters before, with none of `other` starting after it.
          const subject = spec.subject;
          if (
            subject &&
            !new RegExp(`(?:${subject.is.join("|")})(?:(?!${subject.other.join("|")})[\\s\\S]){0,80}$`).test(
              sentence.slice(0, start),
            )
          )
            continue;
          const value = readStatedNumber(m.groups?.n ?? "");
          if (value === undefined) continue;
          used.push([start, end]);
          const pct = PERCENT.exec(sentence.slice(end));
          const lead = sentence.length - sentence.trimStart().length;
          const claim: NarrativeClaim = {
            pattern: spec,
            value,
            sentence: sentence.trim(),
            at: start + m[0].lastIndexOf(m.groups?.n ?? "") - lead,
          };
          if (m.groups?.about) claim.atLeast = true;
          if (pct?.[2]) claim.percent = Number(pct[2]);
          if (pct?.[1]?.trim()) claim.percentOf = pct[1].trim();
          out.push(claim);
        }
      }
    }
  }
  return out;
}

/** Pieces of report prose: the table's words, numbers, units, the exclusion words, punctuation and whitespace. */
const WORDS = [
  ...new Set(NARRATIVE_PATTERNS.flatMap((p) => p.patterns.join("").match(/[\u4e00-\u9fff]+/g) ?? [])),
  ...NARRATIVE_EXCLUDE,
  ...NARRATIVE_SCOPE_EXCLUDE,
  ...NARRATIVE_PART_BEFORE,
  ...NARRATIVE_SUBITEM_BEFORE,
  "工作日",
  "信息公开",
  "申请人",
  "一是",
];
const NUMBERS = ["0", "5", "12", "1,234", "三", "二十一", "两", " 7 ", "3\n"];
const UNITS = ["件", "项", "个", "人次", "次", "人", "余", "多"];
const MARKS = [
  ...["，", ",", "。", "；", ";", "：", "！", "!", "？", "?", "\n", " ", "\u3000", "\t", "\r\n", " \n", "\n\n"],
  ...["。\n  \n", "：\n", ": \n", "占", "约占", "%", "％", "25.5", "（", "）"],
];
/** A phrase: a word, perhaps a gap, a number, perhaps 余/多 and a unit, then a mark — or any single piece. */
const piece = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...WORDS),
        fc.constantFrom("", "", "共", "的", "申请", "政府信息公开申请", " "),
        fc.constantFrom(...NUMBERS),
        fc.constantFrom("", "", "", "余", "多", " "),
        fc.constantFrom(...UNITS),
        fc.constantFrom(...MARKS),
      )
      .map((parts) => parts.join("")),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(...WORDS, ...NUMBERS, ...UNITS, ...MARKS),
  },
);

describe("narrativeClaims agrees with the plain definition", () => {
  it("on random prose made of the table's words, numbers, units and punctuation", () => {
    let claims = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join("");
        const fast = narrativeClaims(text);
        claims += fast.length;
        expect(fast).toEqual(reference(text));
      }),
      { numRuns: 4000 },
    );
    expect(claims).toBeGreaterThan(100);
  });

  it("on sentences written by hand (wrapped lines, about-counts, percentages, excluded clauses)", () => {
    const texts = [
      "2023 年全区受理政府信息公开申请 21\n件，均在法定期限答复。",
      "电话咨询 25 余\n人次，现场咨询三十多人次；网上咨询12人次",
      "予以公开5件，占25%；较上年增加3件，不予公开两件",
      "区政府办代表区政府受理政府信息公开申请17件。办结申请17件",
      "另有103件顺延到下年度答复",
    ];
    for (const text of texts) {
      expect(narrativeClaims(text).length, text).toBeGreaterThan(0);
      expect(narrativeClaims(text), text).toEqual(reference(text));
    }
  });
});

describe("readStatedNumber", () => {
  /** The plain definition: whitespace and commas dropped, then all ASCII digits, else a Chinese numeral. */
  const plain = (text: string): number | undefined => {
    const t = text.replace(/[\s,]/g, "");
    return /^\d+$/.test(t) ? Number(t) : parseChineseNumber(t);
  };

  it("reads Arabic and Chinese numbers as written", () => {
    expect(readStatedNumber("21")).toBe(21);
    expect(readStatedNumber("0")).toBe(0);
    expect(readStatedNumber("1,234")).toBe(1234);
    expect(readStatedNumber(" 17 ")).toBe(17);
    expect(readStatedNumber("三十")).toBe(30);
    expect(readStatedNumber("两")).toBe(2);
  });

  it("agrees with the plain definition on random digits, commas, spaces and numerals", () => {
    const char = fc.constantFrom("0", "1", "7", "9", ",", " ", "\u3000", "一", "十", "百", "两", "零", "a", "٣");
    fc.assert(
      fc.property(fc.array(char, { maxLength: 8 }), (chars) => {
        const text = chars.join("");
        expect(readStatedNumber(text)).toBe(plain(text));
      }),
      { numRuns: 1000 },
    );
  });
});
