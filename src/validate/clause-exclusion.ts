/** The clause around a count, and whether it holds one of some words, each clause of a sentence read once. */

import { commaPositions, countBelow } from "../clauses.js";

/**
 * Whether the clause (between commas, full-width or not) around spans of one sentence holds one of some
 * words (the narrative rules' exclusion words: 同比, 去年 …), each clause read once: the commas are found once per sentence, a span's clause
 * by binary search, and each clause's answer kept. A sentence holding thousands of counts with no comma
 * (untrusted input) is then read once, not once per count.
 */
export class ClauseExclusion {
  /** Positions of the sentence's commas, ascending. */
  private readonly commas: number[];
  /** The answer of each clause read, by the position of the comma before it (-1: the sentence's start). */
  private readonly known = new Map<number, boolean>();

  /** Reads `sentence`'s commas; `words`, the words a clause is checked for. */
  constructor(
    private readonly sentence: string,
    private readonly words: readonly string[],
  ) {
    this.commas = commaPositions(sentence);
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

  /** The first comma at or after `at` (the sentence's length: none). */
  private firstAtOrAfter(at: number): number {
    const n = countBelow(this.commas, at);
    return n < this.commas.length ? this.commas[n]! : this.sentence.length;
  }
}
