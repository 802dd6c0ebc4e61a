/**
 * The numbers report prose states (收到申请21件, 不予公开0件, 占51.85%), read with the phrase patterns of
 * narrative-patterns.ts. Only the sentences holding a count are read (claim-scan.ts), and in each only the
 * patterns whose required words it holds are run; the result is as if every pattern ran on every sentence.
 */

import { isComma } from "../clauses.js";
import { claimSentences } from "./claim-scan.js";
import { ClauseExclusion } from "./clause-exclusion.js";
import {
  CLAUSE_EXCLUDE,
  foundOne,
  MATCHERS,
  type Matcher,
  PART_BEFORE,
  readHeading,
  runnable,
  runnableMatchers,
  SCOPE_EXCLUDE,
  SUBITEM_BEFORE,
  WORDS,
  wordsFound,
} from "./narrative-matchers.js";
import {
  NARRATIVE_EXCLUDE,
  NARRATIVE_PART_BEFORE,
  NARRATIVE_SCOPE_EXCLUDE,
  NARRATIVE_SUBITEM_BEFORE,
  type NarrativePattern,
  PERCENT_OTHER_BASES,
} from "./narrative-patterns.js";
import { asciiDigits, readStatedNumber } from "./stated-numbers.js";

/** Reads a stated number (re-exported from stated-numbers.ts). */
export { readStatedNumber };

/**
 * A percentage right after a count (anchored at `lastIndex`): the same as matching `^…` against the rest
 * of the sentence, without slicing it.
 */
const PERCENT = new RegExp(
  `[，,、（(]?\\s*(?:占|约占)(?![^，,。；;\\d]{0,10}?(?:${PERCENT_OTHER_BASES.join("|")}))([^，,。；;\\d]{0,10}?)(\\d+(?:\\.\\d+)?)\\s*[%％]`,
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
  /** The words between 占 and the percentage, when there are any (占收到申请总数的53.7%: 收到申请总数的). */
  percentOf?: string;
  /** Where the number stands in `sentence`. */
  at: number;
  /** The sentence it was read from. */
  sentence: string;
  /** Where the number stands in the text read, when asked for (`appendClaims`'s `locate`). */
  place?: ClaimPlace;
  /**
   * The word that makes the sentence about part of the body (代表, 各街道 …): such a claim is not compared,
   * and is read only when asked for (`ClaimReading.unscoped`).
   */
  outOfScope?: string;
}

/** How `appendClaims` reads a text: where it stands, and what else to collect. */
export interface ClaimReading {
  /** The report's statistical year, when known. */
  year?: number | null;
  /** Give each claim its place (`NarrativeClaim.place`). */
  locate?: boolean;
  /** The heading of the section read: its words may give a rule's context (`NarrativePattern.sectionContext`). */
  heading?: string;
  /** Where to append the claims of sentences about part of the body (`outOfScope`); not read without. */
  unscoped?: NarrativeClaim[];
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

/** How far before a phrase its subject (NarrativePattern.subject) is looked for, in characters. */
const SUBJECT_WINDOW = 80;

/** Whether the last subject word in the SUBJECT_WINDOW characters before `start` is one of `subject.is`. */
function underSubject(sentence: string, start: number, subject: NonNullable<NarrativePattern["subject"]>): boolean {
  const from = Math.max(0, start - SUBJECT_WINDOW);
  const lastIs = lastWord(sentence, start, from, subject.is);
  return lastIs >= 0 && lastIs > lastWord(sentence, start, from, subject.other);
}

/** Where the last of some words ending at or before `end`, and after `from`, starts; -1 for none. */
function lastWord(sentence: string, end: number, from: number, words: readonly string[]): number {
  let best = -1;
  for (const word of words) {
    const at = sentence.lastIndexOf(word, end - word.length);
    if (at >= 0 && at + word.length >= from && at > best) best = at;
  }
  return best;
}

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
  claims: NarrativeClaim[],
  year: number | null,
  where?: readonly number[],
  at = 0,
  unscoped?: NarrativeClaim[],
): void {
  WORDS.find(sentence, wordsFound);
  let out = claims;
  let outOfScope: string | undefined;
  if (foundOne(SCOPE_EXCLUDE)) {
    if (unscoped === undefined) return;
    out = unscoped;
    outOfScope = NARRATIVE_SCOPE_EXCLUDE.find((w) => sentence.includes(w));
  }
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
      if (spec.subject && !underSubject(sentence, start, spec.subject)) continue;
      const value = readStatedNumber(m[n] ?? "");
      if (value === undefined) continue;
      used ??= new Uint8Array(sentence.length);
      used.fill(1, start, end);
      trimmed ??= sentence.trim();
      const number = start + m[0].lastIndexOf(m[n] as string);
      const lead = sentence.length - sentence.trimStart().length;
      const claim: NarrativeClaim = { pattern: spec, value, sentence: trimmed, at: number - lead };
      if (outOfScope !== undefined) claim.outOfScope = outOfScope;
      if (about > 0 && m[about]) claim.atLeast = true;
      if (where !== undefined) {
        const index = (where[at + 2] as number) + number;
        claim.place = { from: where[at] as number, to: where[at + 1] as number, index };
      }
      if (lastShare >= end) {
        PERCENT.lastIndex = end;
        const pct = PERCENT.exec(sentence);
        if (pct?.[2]) {
          claim.percent = Number(pct[2]);
          const of = pct[1]?.trim();
          if (of) claim.percentOf = of;
        }
      }
      out.push(claim);
    }
  }
}

/**
 * Appends every claim of the data table's patterns in a text to `out`, as `narrativeClaims` lists them, read
 * as `reading` says (the report's year, places, the section's heading, claims out of scope).
 */
export function appendClaims(text: string, out: NarrativeClaim[], reading: ClaimReading = {}): void {
  // Without a unit character no pattern matches: the scan for counts (one native search) finds none.
  const where: number[] | undefined = reading.locate ? [] : undefined;
  const sentences = claimSentences(asciiDigits(text), where);
  readHeading(reading.heading);
  const year = reading.year ?? null;
  for (let i = 0; i < sentences.length; i++) {
    sentenceClaims(sentences[i] as string, out, year, where, 3 * i, reading.unscoped);
  }
}

/**
 * Every claim of the data table's patterns in a text, in rule order, each span matched once. With the
 * report's statistical `year`, counts whose clause names another year before them are left out.
 */
export function narrativeClaims(text: string, year: number | null = null): NarrativeClaim[] {
  const out: NarrativeClaim[] = [];
  appendClaims(text, out, { year });
  return out;
}
