/**
 * The 信息处理费 (processing fee) of a gb-era report is stated in section 六 (其他需要报告的事项), not in a
 * table (formats.md §2.3): this reads the amount, in 元, from that sentence. Never invents a value: a report
 * that says nothing about the fee yields nothing.
 */
import type { SourcePosition } from "../schema/common.js";
import type { AnnualReport, Section } from "../schema/report.js";

/** A fee read from the narrative. */
export interface NarrativeFee {
  /** Amount in 元. */
  value: number;
  /** The sentence it was read from. */
  sentence: string;
  /** `sections.<section id>` of the section it stood in. */
  sourceId: string;
  source: SourcePosition;
}

const FEE_WORD = /信息处理费|(收取|收缴)[^。；;]{0,8}费用|收取[^。；;，,\d]{0,10}?费/;
/** An amount after a fee word: 信息处理费…N元, 费用…N元, 收取检索费N元 (every match of a sentence is tried). */
const AMOUNT = /(?:信息处理费|费用|收取[^。；;，,\d]{0,10}?费)[^。；;\d]{0,20}?(\d[\d,]*(?:\.\d+)?)\s*(万元|元)/g;
/** A waiver word governing the fee word after it (减免费用120元, 免收检索费用50元): that amount was not collected. */
const WAIVED_BEFORE = /(减免|免收|免除|减收|免予收取)[^。；;，,：:]{0,4}$/;
const NONE_BEFORE = /(未|没有|无|均未|不)[^。；;，,]{0,10}(收取|收缴|产生|发生|涉及)[^。；;]{0,12}(信息处理费|费用)/;
/** A fee stated as nothing (费用为0元, 信息处理费0元); a 0 ending a longer number (1,500元) is no zero. */
const NONE_AFTER = /(信息处理费|费用)[^。；;]{0,10}(为零|为0元?|(?<![\d.,，])0元|零元)/;

/** Sentences of a text; line breaks are dropped first (PDF text wraps lines inside sentences). */
function sentences(text: string): string[] {
  return text
    .replace(/\s*\n\s*/g, "")
    .split(/[。；;]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/**
 * The first amount of a sentence that is not a fee waived: a waiver word before the fee word, or (the gap
 * after a fee word running on to another clause: 未收取任何费用，减免费用120元) right before the number.
 */
function collectedAmount(sentence: string): RegExpMatchArray | undefined {
  for (const m of sentence.matchAll(AMOUNT)) {
    const start = m.index ?? 0;
    const number = start + m[0].search(/\d/);
    if (!WAIVED_BEFORE.test(sentence.slice(0, start)) && !WAIVED_BEFORE.test(sentence.slice(0, number))) return m;
  }
  return undefined;
}

function readSentence(sentence: string): number | null {
  if (!FEE_WORD.test(sentence)) return null;
  const amount = collectedAmount(sentence);
  if (amount) {
    const n = Number(amount[1]!.replace(/,/g, ""));
    if (Number.isFinite(n)) return amount[2] === "万元" ? Math.round(n * 10000 * 100) / 100 : n;
  }
  if (NONE_BEFORE.test(sentence) || NONE_AFTER.test(sentence)) return 0;
  return null;
}

function ordered(sections: readonly Section[]): Section[] {
  const rank = (s: Section) => (s.id === "other_matters" ? 0 : s.id === "fees" ? 1 : 2);
  return [...sections].sort((a, b) => rank(a) - rank(b));
}

/**
 * Finds the fee amount (元) stated in the report's narrative — a sentence about 信息处理费 or about 收取…费用 —
 * section 六 (other_matters) first, then a fees section, then the rest; undefined if none.
 */
export function narrativeFee(report: AnnualReport): NarrativeFee | undefined {
  for (const section of ordered(report.sections)) {
    const texts = [section.text, ...section.subsections.map((s) => `${s.heading}${s.text}`)];
    for (const text of texts) {
      for (const sentence of sentences(text)) {
        const value = readSentence(sentence);
        if (value !== null) {
          return { value, sentence, sourceId: `sections.${section.id ?? "unknown"}`, source: section.source };
        }
      }
    }
  }
  return undefined;
}
