/**
 * The narrative patterns ready to run (narrative-claims.ts reads with them): each compiled once, and the words
 * of every pattern, rule context and exclusion list found in one pass per sentence, so that only the
 * patterns whose words a sentence holds are run on it. The bit sets are shared scratch: claims are read
 * synchronously, one sentence at a time.
 */

import { wordFinder, wordMask, wordMaskLength } from "./claim-scan.js";
import { compilePattern, numberedGroups } from "./narrative-compile.js";
import {
  NARRATIVE_EXCLUDE,
  NARRATIVE_PART_BEFORE,
  NARRATIVE_PATTERNS,
  NARRATIVE_SCOPE_EXCLUDE,
  NARRATIVE_SUBITEM_BEFORE,
  type NarrativePattern,
} from "./narrative-patterns.js";
import { requiredLiterals } from "./pattern-literals.js";

/** One phrase pattern ready to run: its rule, regular expression, and the words a sentence must hold for it. */
export interface Matcher {
  spec: NarrativePattern;
  /** The pattern's expression with numbered groups. */
  re: RegExp;
  /** The number of its `n` group (the count). */
  n: number;
  /** The number of its `about` group (余/多), 0 for none. */
  about: number;
}

const wordIndex = new Map<string, number>();
/** The index of a word in WORDS, added on first sight. */
const indexOf = (word: string): number => {
  let k = wordIndex.get(word);
  if (k === undefined) {
    k = wordIndex.size;
    wordIndex.set(word, k);
  }
  return k;
};

const scopeExclude = NARRATIVE_SCOPE_EXCLUDE.map(indexOf);
const subitemWords = NARRATIVE_SUBITEM_BEFORE.map(indexOf);
const clauseExclude = NARRATIVE_EXCLUDE.map(indexOf);
const partWords = NARRATIVE_PART_BEFORE.map(indexOf);
const patterns = NARRATIVE_PATTERNS.flatMap((spec) =>
  spec.patterns.map((pattern) => ({
    spec,
    re: compilePattern(pattern, spec.units),
    /** The words of which every match holds one (null: none known). */
    words: requiredLiterals(pattern)?.map(indexOf) ?? null,
    /** The rule's context words, one of which the sentence must hold (null: none). */
    context: spec.context?.map(indexOf) ?? null,
  })),
);
/** Every word a sentence is checked for, found in one pass per sentence. */
export const WORDS = wordFinder([...wordIndex.keys()]);
const MASK_LENGTH = wordMaskLength(WORDS.words.length);
/** The scope-exclusion words: a sentence holding one is skipped. */
export const SCOPE_EXCLUDE = wordMask(scopeExclude, MASK_LENGTH);
/** The clause-exclusion words: a sentence holding none of them has no clause holding one. */
export const CLAUSE_EXCLUDE = wordMask(clauseExclude, MASK_LENGTH);
/** The sub-row words: a sentence holding none of them has no count of a sub-row. */
export const SUBITEM_BEFORE = wordMask(subitemWords, MASK_LENGTH);
/** The part words: a sentence holding none of them has no count of a part. */
export const PART_BEFORE = wordMask(partWords, MASK_LENGTH);
/** Every pattern of the table, in rule then pattern order. */
export const MATCHERS: readonly Matcher[] = patterns.map(({ spec, re }) => ({ spec, ...numberedGroups(re) }));

/**
 * Which matchers a sentence's words let run, as bit sets over MATCHERS (`Uint32Array`, bit i of entry i >> 5):
 * the matchers that need no word, and for each word the matchers it lets through — of their required words
 * (`words`) and of their rule's context (`context`). A matcher runs when both of its sets let it.
 */
interface MatcherGate {
  /** The matchers free of the condition. */
  always: Uint32Array;
  /** For each word (index over WORDS), the matchers one of whose words it is. */
  byWord: readonly Uint32Array[];
}

const MATCHER_MASK_LENGTH = wordMaskLength(MATCHERS.length);

/** The gate of one condition (`words` or `context`) of every matcher. */
function matcherGate(of: (p: (typeof patterns)[number]) => readonly number[] | null): MatcherGate {
  const always = new Uint32Array(MATCHER_MASK_LENGTH);
  const byWord = WORDS.words.map(() => new Uint32Array(MATCHER_MASK_LENGTH));
  patterns.forEach((p, i) => {
    const words = of(p);
    if (words === null) always[i >> 5]! |= 1 << (i & 31);
    else for (const k of words) byWord[k]![i >> 5]! |= 1 << (i & 31);
  });
  return { always, byWord };
}

const WORD_GATE = matcherGate((p) => p.words);
const CONTEXT_GATE = matcherGate((p) => p.context);
/** Each matcher whose rule has section context words, with them. */
const SECTION_CONTEXT = patterns.flatMap((p, i) =>
  p.spec.sectionContext ? [[i, p.spec.sectionContext] as const] : [],
);
/** The matchers whose context the heading of the text read gives (its section context), for the current text. */
const sectionGiven = new Uint32Array(MATCHER_MASK_LENGTH);

/** Every section context word (a heading holding none gives no matcher its context). */
const SECTION_WORDS = [...new Set(SECTION_CONTEXT.flatMap(([, words]) => words))];

/** Sets `sectionGiven` to the matchers whose section context words a heading holds. */
export function readHeading(heading: string | undefined): void {
  sectionGiven.fill(0);
  if (heading === undefined || !holdsOne(heading, SECTION_WORDS)) return;
  for (const [i, words] of SECTION_CONTEXT) if (holdsOne(heading, words)) sectionGiven[i >> 5]! |= 1 << (i & 31);
}
/** Which words the current sentence holds (reused: claims are read synchronously, one sentence at a time). */
export const wordsFound = new Uint32Array(MASK_LENGTH);
/** The matchers the current sentence's words let run, and scratch for one gate. */
export const runnable = new Uint32Array(MATCHER_MASK_LENGTH);
const gateScratch = new Uint32Array(MATCHER_MASK_LENGTH);

/** Sets `out` to the matchers a gate lets run for the words in `wordsFound`. */
function openGate(gate: MatcherGate, out: Uint32Array): void {
  out.set(gate.always);
  for (let e = 0; e < wordsFound.length; e++) {
    let bits = wordsFound[e] as number;
    while (bits !== 0) {
      const low = bits & -bits;
      const k = (e << 5) + 31 - Math.clz32(low);
      const lets = gate.byWord[k] as Uint32Array;
      for (let j = 0; j < out.length; j++) out[j]! |= lets[j]!;
      bits ^= low;
    }
  }
}

/** Sets `runnable` to the matchers the words in `wordsFound` let run (both gates). */
export function runnableMatchers(): void {
  openGate(WORD_GATE, runnable);
  openGate(CONTEXT_GATE, gateScratch);
  for (let j = 0; j < runnable.length; j++) runnable[j]! &= gateScratch[j]! | sectionGiven[j]!;
}

/** Whether a text contains one of the words. */
const holdsOne = (text: string, words: readonly string[]): boolean => words.some((w) => text.includes(w));

/** Whether one of the words (a bit set over WORDS) is in the current sentence (`wordsFound`). */
export function foundOne(words: Uint32Array): boolean {
  for (let i = 0; i < words.length; i++) if ((wordsFound[i]! & words[i]!) !== 0) return true;
  return false;
}
