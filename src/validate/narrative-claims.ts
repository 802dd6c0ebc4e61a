/**
 * The numbers report prose states (收到申请21件, 不予公开0件, 占51.85%), read with the phrase patterns of
 * narrative-patterns.ts. Only the sentences holding a count are read (claim-scan.ts), and in each only the
 * patterns whose required words it holds are run; the result is as if every pattern ran on every sentence.
 */

import { isComma } from "../clauses.js";
import { claimSentences, wordFinder, wordMask, wordMaskLength } from "./claim-scan.js";
import { ClauseExclusion } from "./clause-exclusion.js";
import { compilePattern, numberedGroups } from "./narrative-compile.js";
import {
  NARRATIVE_EXCLUDE,
  NARRATIVE_PART_BEFORE,
  NARRATIVE_PATTERNS,
  NARRATIVE_SCOPE_EXCLUDE,
  NARRATIVE_SUBITEM_BEFORE,
  type NarrativePattern,
  PERCENT_OTHER_BASES,
} from "./narrative-patterns.js";
import { requiredLiterals } from "./pattern-literals.js";
import { asciiDigits, readStatedNumber } from "./stated-numbers.js";

/** Reads a stated number (re-exported from stated-numbers.ts). */
export { readStatedNumber };

/** One phrase pattern ready to run: its rule, regular expression, and the words a sentence must hold for it. */
interface Matcher {
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
const WORDS = wordFinder([...wordIndex.keys()]);
const MASK_LENGTH = wordMaskLength(WORDS.words.length);
/** The scope-exclusion words: a sentence holding one is skipped. */
const SCOPE_EXCLUDE = wordMask(scopeExclude, MASK_LENGTH);
/** The clause-exclusion words: a sentence holding none of them has no clause holding one. */
const CLAUSE_EXCLUDE = wordMask(clauseExclude, MASK_LENGTH);
/** The sub-row words: a sentence holding none of them has no count of a sub-row. */
const SUBITEM_BEFORE = wordMask(subitemWords, MASK_LENGTH);
/** The part words: a sentence holding none of them has no count of a part. */
const PART_BEFORE = wordMask(partWords, MASK_LENGTH);
/** Every pattern of the table, in rule then pattern order. */
const MATCHERS: readonly Matcher[] = patterns.map(({ spec, re }) => ({ spec, ...numberedGroups(re) }));

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
/** Which words the current sentence holds (reused: claims are read synchronously, one sentence at a time). */
const found = new Uint32Array(MASK_LENGTH);
/** The matchers the current sentence's words let run, and scratch for one gate. */
const runnable = new Uint32Array(MATCHER_MASK_LENGTH);
const gateScratch = new Uint32Array(MATCHER_MASK_LENGTH);

/** Sets `out` to the matchers a gate lets run for the words in `found`. */
function openGate(gate: MatcherGate, out: Uint32Array): void {
  out.set(gate.always);
  for (let e = 0; e < found.length; e++) {
    let bits = found[e] as number;
    while (bits !== 0) {
      const low = bits & -bits;
      const k = (e << 5) + 31 - Math.clz32(low);
      const lets = gate.byWord[k] as Uint32Array;
      for (let j = 0; j < out.length; j++) out[j]! |= lets[j]!;
      bits ^= low;
    }
  }
}

/** Sets `runnable` to the matchers the words in `found` let run (both gates). */
function runnableMatchers(): void {
  openGate(WORD_GATE, runnable);
  openGate(CONTEXT_GATE, gateScratch);
  for (let j = 0; j < runnable.length; j++) runnable[j]! &= gateScratch[j]!;
}

/**
 * A percentage right after a count (anchored at `lastIndex`): the same as matching `^…` against the rest
 * of the sentence, without slicing it.
 */
const PERCENT = new RegExp(
  `[，,、（(]?\\s*(?:占|约占)(?![^，,。；;\\d]{0,10}?(?:${PERCENT_OTHER_BASES.join("|")}))[^，,。；;\\d]{0,10}?(\\d+(?:\\.\\d+)?)\\s*[%％]`,
  "uy",
);

/** A number the prose states about one quantity. */
export interface NarrativeClaim {
  /** The narrative pattern that matched. */
  pattern: NarrativePattern;
  /** The number stated. */
  value: number;
  /** The text says “about, at least” (25余人次): a table value not below it agrees. */
  atLeast?: boolean;
  /** A percentage stated right after the count (占P%), if any. */
  percent?: number;
  /** The sentence it was read from. */
  sentence: string;
  /** Where the number stands in the text read, when asked for (`appendClaims`'s `locate`). */
  place?: ClaimPlace;
}

/**
 * Where a claim's number stands in the text it was read from: `index` in `joinWrapped(text, from, to)`
 * (`claimOffset` turns it into an offset in the text).
 */
export interface ClaimPlace {
  /** Start of the stretch of the text that was joined. */
  from: number;
  /** End of that stretch. */
  to: number;
  /** Index of the number in the joined stretch. */
  index: number;
}

/** Whether a text contains one of the words. */
function holdsOne(text: string, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) if (text.includes(words[i] as string)) return true;
  return false;
}

/** Whether one of the words (a bit set over WORDS) is in the current sentence. */
function foundOne(words: Uint32Array): boolean {
  for (let i = 0; i < words.length; i++) if ((found[i]! & words[i]!) !== 0) return true;
  return false;
}

/** The part of the clause (between commas) that comes before `start`, at most 40 characters of it. */
function clauseBefore(sentence: string, start: number): string {
  let from = start - 1;
  const stop = Math.max(start - 40, 0) - 1;
  while (from > stop) {
    const code = sentence.charCodeAt(from);
    if (isComma(code)) break;
    from--;
  }
  return sentence.slice(from + 1, start);
}

/**
 * Whether the span start … end overlaps one already used: `used` marks each character of a used span, so
 * the test costs the span's length, not the number of spans (a sentence may hold thousands of counts).
 */
function overlaps(used: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (used[i] !== 0) return true;
  return false;
}

/** A year written out (2022年): a count whose clause names another year than the report's is not this year's. */
const YEAR = /((?:19|20)\d{2})\s*年/g;

/** Whether a text names a year other than `year` (a 4-digit year followed by 年). */
function namesOtherYear(text: string, year: number): boolean {
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m !== null; m = YEAR.exec(text)) if (Number(m[1]) !== year) return true;
  return false;
}

/**
 * Appends the claims of one sentence, in rule order, each span matched once. With the report's `year`, a
 * count whose clause names another year before it (2022年收到申请254件, in a 2023 report) is skipped.
 */
function sentenceClaims(
  sentence: string,
  out: NarrativeClaim[],
  year: number | null,
  where?: readonly number[],
  at = 0,
): void {
  WORDS.find(sentence, found);
  if (foundOne(SCOPE_EXCLUDE)) return;
  let used: Uint8Array | undefined;
  // The clauses holding an exclusion word, when the sentence holds one.
  const clauses = foundOne(CLAUSE_EXCLUDE) ? new ClauseExclusion(sentence, NARRATIVE_EXCLUDE) : undefined;
  const mayBeSubitem = foundOne(SUBITEM_BEFORE);
  const mayBePart = foundOne(PART_BEFORE);
  // A clause is part of the sentence: one naming another year is in a sentence naming one.
  const mayNameOtherYear = year !== null && namesOtherYear(sentence, year);
  let trimmed: string | undefined;
  // A percentage needs a 占 after its count: the last 占 says which counts have one.
  const lastShare = sentence.lastIndexOf("占");
  runnableMatchers();
  for (let i = 0; i < MATCHERS.length; i++) {
    if ((runnable[i >> 5]! & (1 << (i & 31))) === 0) continue;
    const { spec, re, n, about } = MATCHERS[i] as Matcher;
    // exec on the shared global regex (matchAll would clone it for every sentence).
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m !== null; m = re.exec(sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      if (used !== undefined && overlaps(used, start, end)) continue;
      if (clauses?.excludes(start, end)) continue;
      // A time limit (20个工作日内), not a count.
      if (sentence.startsWith("工作日", end)) continue;
      if (mayBePart && holdsOne(clauseBefore(sentence, end), NARRATIVE_PART_BEFORE)) continue;
      if (mayBeSubitem && holdsOne(clauseBefore(sentence, start), NARRATIVE_SUBITEM_BEFORE)) continue;
      if (mayNameOtherYear && namesOtherYear(clauseBefore(sentence, start), year)) continue;
      const value = readStatedNumber(m[n] ?? "");
      if (value === undefined) continue;
      used ??= new Uint8Array(sentence.length);
      used.fill(1, start, end);
      trimmed ??= sentence.trim();
      const claim: NarrativeClaim = { pattern: spec, value, sentence: trimmed };
      if (about > 0 && m[about]) claim.atLeast = true;
      if (where !== undefined) {
        const index = (where[at + 2] as number) + start + m[0].lastIndexOf(m[n] as string);
        claim.place = { from: where[at] as number, to: where[at + 1] as number, index };
      }
      if (lastShare >= end) {
        PERCENT.lastIndex = end;
        const pct = PERCENT.exec(sentence);
        if (pct?.[1]) claim.percent = Number(pct[1]);
      }
      out.push(claim);
    }
  }
}

/**
 * Appends every claim of the data table's patterns in a text to `out`, as `narrativeClaims` lists them;
 * `year`, the report's statistical year, when known. With `locate`, each claim says where its number stands
 * (`place`).
 */
export function appendClaims(text: string, out: NarrativeClaim[], year: number | null = null, locate = false): void {
  // Without a unit character no pattern matches: the scan for counts (one native search) finds none.
  const where: number[] | undefined = locate ? [] : undefined;
  const sentences = claimSentences(asciiDigits(text), where);
  for (let i = 0; i < sentences.length; i++) sentenceClaims(sentences[i] as string, out, year, where, 3 * i);
}

/**
 * Every claim of the data table's patterns in a text, in rule order, each span matched once. With the
 * report's statistical `year`, counts whose clause names another year before them are left out.
 */
export function narrativeClaims(text: string, year: number | null = null): NarrativeClaim[] {
  const out: NarrativeClaim[] = [];
  appendClaims(text, out, year);
  return out;
}
