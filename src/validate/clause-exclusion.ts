/** The clause around a count, and whether it holds one of some words, each clause of a sentence read once. */

import { commaPositions, countBelow, isComma } from "../clauses.js";

/**
 * Whether the clause around spans of one sentence holds one of some words (the narrative rules' exclusion
 * words: 同比, 去年 …). A clause starts after a comma (full-width or not) and ends at the next comma or opening
 * bracket: an aside after a count (收到申请21件（同比增加3件）) is not the count's clause, while the words before
 * a count stay in it (去年（2022年）收到申请20件). Each clause is read once: the ends are found once per sentence,
 * a span's clause by binary search, and each clause's answer kept. A sentence holding thousands of counts with
 * no comma (untrusted input) is then read once, not once per count.
 */
export class ClauseExclusion {
  /** Positions of the sentence's commas, ascending. */
  private readonly commas: number[];
  /** Positions of its commas and opening brackets (（, `(`), ascending: where a clause ends. */
  private readonly ends: number[];
  /** The answer of each clause read, by the position of the comma before it (-1: the sentence's start). */
  private readonly known = new Map<number, boolean>();

  /** Reads `sentence`'s commas; `words`, the words a clause is checked for. */
  constructor(
    private readonly sentence: string,
    private readonly words: readonly string[],
  ) {
    this.commas = commaPositions(sentence);
    this.ends = clauseEnds(sentence, this.commas);
  }

  /** Whether the clause around the span start … end holds one of the words. */
  excludes(start: number, end: number): boolean {
    // The clause starts after the last comma at or before `start` and ends at the first comma at or after `end`.
    const from = this.lastAtOrBefore(Math.min(start, this.sentence.length - 1));
    const to = this.firstAtOrAfter(end);
    const key = from * (this.sentence.length + 1) + to;
    let answer = this.known.get(key);
    if (answer === undefined) {
      const clause = this.sentence.slice(from + 1, to);
      answer = this.words.some((w) => clause.includes(w));
      this.known.set(key, answer);
    }
    return answer;
  }

  /** The last comma at or before `at` (-1: none). */
  private lastAtOrBefore(at: number): number {
    const n = countBelow(this.commas, at + 1);
    return n > 0 ? this.commas[n - 1]! : -1;
  }

  /** The first comma or opening bracket at or after `at` (the sentence's length: none). */
  private firstAtOrAfter(at: number): number {
    const n = countBelow(this.ends, at);
    return n < this.ends.length ? this.ends[n]! : this.sentence.length;
  }
}

/** The positions of a sentence's commas (given) and opening brackets, ascending; the commas when it has no bracket. */
function clauseEnds(sentence: string, commas: number[]): number[] {
  if (sentence.indexOf("（") < 0 && sentence.indexOf("(") < 0) return commas;
  const out: number[] = [];
  for (let i = 0; i < sentence.length; i++) {
    const code = sentence.charCodeAt(i);
    if (code === 0xff08 || code === 0x28 || isComma(code)) out.push(i);
  }
  return out;
}
