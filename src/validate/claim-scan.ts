/**
 * Finding where report prose may state a count, in single passes over the characters: a table of
 * character kinds (unit, numeral, 余/多, sentence end) built once from the narrative patterns' data, and a
 * finder for the words the patterns need, which reads each sentence once whatever the number of words.
 */
import { isSpaceCode } from "../shapes/source-lines.js";
import { ABOUT_WORDS, COUNTS_ONLY, NUMERAL_CHARS, UNIT_CHARS, UNIT_FIRST } from "./narrative-compile.js";
import { SENTENCE_ENDS, sentencesWith } from "./wrapped-lines.js";

const UNIT = 1;
const NUMERAL = 2;
const ABOUT = 4;
const END = 8;
/** A sentence end other than a line break: joining wrapped lines never removes one. */
const HARD_END = 16;

/** The kind bits of every UTF-16 code unit. */
const KIND = new Uint8Array(0x10000);
const mark = (chars: string, bit: number): void => {
  for (let i = 0; i < chars.length; i++) KIND[chars.charCodeAt(i)]! |= bit;
};
mark(UNIT_FIRST, UNIT);
mark(NUMERAL_CHARS, NUMERAL);
mark(ABOUT_WORDS.join(""), ABOUT);
mark(SENTENCE_ENDS, END);
mark(SENTENCE_ENDS.replace("\n", ""), HARD_END);
/** The first characters of the units (global; each one UTF-16 code unit): where a count can end. */
const UNIT_AT = new RegExp(`[${UNIT_FIRST.replace(/[\\\][^-]/g, "\\$&")}]`, "g");

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
 * The sentences of a joined text that may hold a claim, in order: those with a count within the sentence
 * (split as `sentencesWith` splits).
 */
function countSentences(text: string, out: string[]): void {
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const kind = KIND[text.charCodeAt(i)]!;
    if ((kind & END) !== 0) start = i + 1;
    else if ((kind & UNIT) !== 0 && countBefore(text, i, false)) {
      let end = i + 1;
      while (end < text.length && (KIND[text.charCodeAt(end)]! & END) === 0) end++;
      out.push(text.slice(start, end));
      start = end + 1;
      i = end;
    }
  }
}

/**
 * The sentences of `join(text)` (wrapped lines joined: `joinWrapped`) that may hold a claim, in order: those
 * with a count (a numeral, whitespace, an optional 余/多, whitespace, a unit), or, when some pattern has a
 * bare `N`, those with a unit character. Joining removes only whitespace and never a sentence end other
 * than a line break, and decides each whitespace run by its neighbours within the same stretch between two
 * such ends (a stretch starts as the text does, after a closer): so only the stretches holding a count are
 * joined, each on its own.
 */
export function claimSentences(text: string, join: (text: string) => string): string[] {
  if (!COUNTS_ONLY) return sentencesWith(join(text), UNIT_CHARS);
  const out: string[] = [];
  // The regular expression skips to the next unit character natively (test: no match object; the unit is
  // the one character before lastIndex); only a count's stretch is walked.
  UNIT_AT.lastIndex = 0;
  while (UNIT_AT.test(text)) {
    const unit = UNIT_AT.lastIndex - 1;
    if (!countBefore(text, unit, true)) continue;
    let start = unit;
    while (start > 0 && (KIND[text.charCodeAt(start - 1)]! & HARD_END) === 0) start--;
    let end = unit + 1;
    while (end < text.length && (KIND[text.charCodeAt(end)]! & HARD_END) === 0) end++;
    countSentences(join(text.slice(start, end)), out);
    UNIT_AT.lastIndex = end + 1;
  }
  return out;
}

/** Finds which of a fixed list of words a text contains, reading the text once. */
export interface WordFinder {
  /** The words, by index. */
  readonly words: readonly string[];
  /**
   * Sets `found[k]` to 1 for every word k the text contains (as `text.includes(words[k])`), 0 for the others;
   * `found` must have one entry per word.
   */
  find(text: string, found: Uint8Array): void;
}

/** A finder for some words: by first character, each position of a text is checked against the words starting there. */
export function wordFinder(words: readonly string[]): WordFinder {
  const firsts = new Uint8Array(0x10000);
  const byFirst = new Map<number, number[]>();
  const empty: number[] = [];
  for (const [k, word] of words.entries()) {
    if (word === "") {
      empty.push(k);
      continue;
    }
    const code = word.charCodeAt(0);
    firsts[code] = 1;
    const list = byFirst.get(code);
    if (list) list.push(k);
    else byFirst.set(code, [k]);
  }
  return {
    words,
    find(text: string, found: Uint8Array): void {
      found.fill(0);
      for (const k of empty) found[k] = 1;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (firsts[code] === 0) continue;
        for (const k of byFirst.get(code) as number[]) {
          if (found[k] === 0 && text.startsWith(words[k] as string, i)) found[k] = 1;
        }
      }
    },
  };
}
