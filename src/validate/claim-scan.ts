/**
 * Finding where report prose may state a count: a regular expression skips natively to each unit
 * character, a table of character kinds (numeral, 余/多), built once from the narrative
 * patterns' data, checks the count behind it and bounds its sentence (a text without a unit character is
 * read by one native scan); and a finder for the words the
 * patterns need, which reads each sentence once whatever the number of words.
 */
import { isSpaceCode } from "../shapes/source-lines.js";
import { ABOUT_WORDS, COUNTS_ONLY, NUMERAL_CHARS, UNIT_CHARS, UNIT_FIRST } from "./narrative-compile.js";
import { joinWrapped, SENTENCE_ENDS, sentencesWith } from "./wrapped-lines.js";

const NUMERAL = 1;
const ABOUT = 2;

/** The kind bits of every UTF-16 code unit. */
const KIND = new Uint8Array(0x10000);
const mark = (chars: string, bit: number): void => {
  for (let i = 0; i < chars.length; i++) KIND[chars.charCodeAt(i)]! |= bit;
};
mark(NUMERAL_CHARS, NUMERAL);
mark(ABOUT_WORDS.join(""), ABOUT);
/** The sentence ends other than a line break: joining wrapped lines never removes one. */
const HARD_ENDS = SENTENCE_ENDS.replace("\n", "");
const inClass = (chars: string): string => `[${chars.replace(/[\\\][^-]/g, "\\$&")}]`;
/** The first characters of the units (each one UTF-16 code unit): where a count can end. */
const UNIT_CLASS = inClass(UNIT_FIRST);

/** What one scan looks for (global regular expressions, found natively): units, and stretch ends. */
interface Scanner {
  /** A unit character. */
  units: RegExp;
  /** A stretch end. */
  ends: RegExp;
  /** Whether a count may run across line breaks. */
  acrossLines: boolean;
}

const scanner = (ends: string, acrossLines: boolean): Scanner => ({
  units: new RegExp(UNIT_CLASS, "g"),
  ends: new RegExp(inClass(ends), "g"),
  acrossLines,
});
/** The raw text: stretches between sentence ends other than line breaks, counts across lines. */
const ACROSS_LINES = scanner(HARD_ENDS, true);
/** A joined stretch: sentences, counts within a line. */
const IN_LINE = scanner(SENTENCE_ENDS, false);

/** The index of the last character at or before `from` that is not whitespace (line breaks only when `acrossLines`). */
function skipSpacesBack(text: string, from: number, acrossLines: boolean): number {
  let i = from;
  for (; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (!isSpaceCode(code) || (code === 0x0a && !acrossLines)) break;
  }
  return i;
}

/**
 * Whether a count ends at the unit character at `unit`: before it, whitespace (`\s`; line breaks only when
 * `acrossLines`), an optional 余/多, whitespace, and a numeral — what every pattern's `N U` / `N~U` matches.
 */
function countBefore(text: string, unit: number, acrossLines: boolean): boolean {
  let i = skipSpacesBack(text, unit - 1, acrossLines);
  if (i >= 0 && (KIND[text.charCodeAt(i)]! & ABOUT) !== 0) i = skipSpacesBack(text, i - 1, acrossLines);
  return i >= 0 && (KIND[text.charCodeAt(i)]! & NUMERAL) !== 0;
}

/**
 * Calls `visit` with each stretch between two stretch ends (or the text's ends) that holds a count, in
 * order. The scanner's expressions skip natively to the next unit character, then from the end of the
 * stretch visited before over the stretch ends up to the one after the count — `test`, no match object:
 * the character found is the one before lastIndex.
 */
function eachCountStretch(text: string, scan: Scanner, visit: (start: number, end: number) => void): void {
  const { units, ends } = scan;
  let resume = 0;
  units.lastIndex = 0;
  while (units.test(text)) {
    const at = units.lastIndex - 1;
    if (!countBefore(text, at, scan.acrossLines)) continue;
    // The stretch ends before and after the count, found natively from the end of the stretch visited before.
    let start = resume;
    let end = text.length;
    ends.lastIndex = resume;
    while (ends.test(text)) {
      const e = ends.lastIndex - 1;
      if (e > at) {
        end = e;
        break;
      }
      start = e + 1;
    }
    visit(start, end);
    resume = end + 1;
    units.lastIndex = resume;
  }
}

/**
 * The sentences of `joinWrapped(text)` that may hold a claim, in order: those with a count (a numeral,
 * whitespace, an optional 余/多, whitespace, a unit; split as `sentencesWith` splits), or, when some
 * pattern has a bare `N`, those with a unit character. Joining removes only whitespace and never a
 * sentence end other than a line break, and decides each whitespace run by its neighbours within the same
 * stretch between two such ends (a stretch starts as the text does, after a closer): so only the stretches
 * holding a count are joined, each on its own. With `where`, three numbers per sentence are appended to it:
 * the start and end in `text` of the stretch joined, and where the sentence starts in that joined stretch
 * (`joinedOffsets`, claim-position.ts, maps an index of the stretch back to `text`).
 */
export function claimSentences(text: string, where?: number[]): string[] {
  if (!COUNTS_ONLY) {
    const joined = joinWrapped(text);
    const sentences = sentencesWith(joined, UNIT_CHARS);
    let at = 0;
    for (const sentence of sentences) {
      at = joined.indexOf(sentence, at);
      where?.push(0, text.length, at);
    }
    return sentences;
  }
  const out: string[] = [];
  eachCountStretch(text, ACROSS_LINES, (start, end) => {
    const joined = joinWrapped(text, start, end);
    // Joined, a stretch keeps a line break only as the whitespace character kept after a closer: at its
    // start, or after a ：. Without one past its first character, the stretch is one sentence (after that
    // break, if it starts with one) and holds the count on one line (the count's characters are no closers).
    if (joined.indexOf("\n", 1) < 0) {
      const skip = joined.charCodeAt(0) === 0x0a ? 1 : 0;
      out.push(skip === 1 ? joined.slice(1) : joined);
      where?.push(start, end, skip);
    } else
      eachCountStretch(joined, IN_LINE, (from, to) => {
        out.push(joined.slice(from, to));
        where?.push(start, end, from);
      });
  });
  return out;
}

/** Finds which of a fixed list of words a text contains, reading the text once. */
export interface WordFinder {
  /** The words, by index. */
  readonly words: readonly string[];
  /**
   * Sets bit k (bit `k & 31` of `found[k >> 5]`) for every word k the text contains (as
   * `text.includes(words[k])`), and clears the others; `found` must have `wordMaskLength(words.length)` entries.
   */
  find(text: string, found: Uint32Array): void;
}

/** The entries of a bit set (`Uint32Array`) with one bit per word. */
export const wordMaskLength = (words: number): number => (words + 31) >> 5;

/** The bit set of some words (indices), `length` entries long. */
export function wordMask(indices: readonly number[], length: number): Uint32Array {
  const mask = new Uint32Array(length);
  for (const k of indices) mask[k >> 5]! |= 1 << (k & 31);
  return mask;
}

/**
 * A finder for some words: by first character, each position of a text is checked against the words
 * starting there, their other characters compared in place.
 */
export function wordFinder(words: readonly string[]): WordFinder {
  const lists: number[][] = [];
  const listOf = new Map<number, number>();
  const empty: number[] = [];
  for (const [k, word] of words.entries()) {
    if (word === "") {
      empty.push(k);
      continue;
    }
    const code = word.charCodeAt(0);
    let list = listOf.get(code);
    if (list === undefined) {
      list = lists.push([]) - 1;
      listOf.set(code, list);
    }
    (lists[list] as number[]).push(k);
  }
  // firsts[code]: 1 + the index in `lists` of the words starting with that code unit; 0 for none.
  const firsts = lists.length < 0xff ? new Uint8Array(0x10000) : new Uint16Array(0x10000);
  for (const [code, list] of listOf) firsts[code] = list + 1;
  const codes = words.map((word) => Uint16Array.from(word, (c) => c.charCodeAt(0)));
  const wordLists = lists.map((list) => Int32Array.from(list));
  const emptyMask = wordMask(empty, wordMaskLength(words.length));
  return {
    words,
    find(text: string, found: Uint32Array): void {
      found.set(emptyMask);
      const length = text.length;
      for (let i = 0; i < length; i++) {
        const list = firsts[text.charCodeAt(i)] as number;
        if (list === 0) continue;
        const ks = wordLists[list - 1] as Int32Array;
        for (let j = 0; j < ks.length; j++) {
          const k = ks[j] as number;
          const bit = 1 << (k & 31);
          if ((found[k >> 5]! & bit) !== 0) continue;
          const word = codes[k] as Uint16Array;
          if (i + word.length > length) continue;
          let at = 1;
          while (at < word.length && text.charCodeAt(i + at) === word[at]) at++;
          if (at === word.length) found[k >> 5]! |= bit;
        }
      }
    },
  };
}
