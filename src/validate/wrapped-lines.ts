/**
 * Joining lines wrapped inside a sentence (PDF text) without a regular expression over every character:
 * each whitespace run holding a line break is found from the break itself (indexOf), and the spaces before
 * CJK characters are dropped while the kept text is copied.
 */

import { isSpaceCode as isSpace } from "../shapes/source-lines.js";

/** Sentence punctuation: 。；;！？!?. */
const isSentencePunctuation = (code: number): boolean =>
  code === 0x3002 ||
  code === 0xff1b ||
  code === 0x3b ||
  code === 0xff01 ||
  code === 0xff1f ||
  code === 0x21 ||
  code === 0x3f;

/** Whether a code unit closes a sentence or clause (。；;！？!?：:): a line break after one is a paragraph end and is kept. */
const isCloser = (code: number): boolean => isSentencePunctuation(code) || code === 0xff1a || code === 0x3a;

/** Whether spaces before this code unit go: a CJK character (U+4E00–U+9FFF), a full-width bracket or a percent sign. */
const dropsSpacesBefore = (code: number): boolean =>
  (code >= 0x4e00 && code <= 0x9fff) || code === 0xff08 || code === 0xff09 || code === 0x25 || code === 0xff05;

/** A space the CJK-space rule removes: space, tab or U+3000. */
const isCjkSpace = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0x3000;
/** The first of such spaces (global, `test` from lastIndex: found natively, no match object). */
const CJK_SPACE = /[ \t\u3000]/g;

/**
 * The next such space at or after a position of one text (-1: none), found natively once and remembered:
 * the ranges a join copies only move forward, so each character is searched once, however many ranges.
 */
function spaceCursor(text: string): (from: number) => number {
  let at = -1;
  let searched = -1;
  return (from) => {
    if (from > searched || (at >= 0 && at < from)) {
      CJK_SPACE.lastIndex = from;
      at = CJK_SPACE.test(text) ? CJK_SPACE.lastIndex - 1 : -1;
      searched = at < 0 ? text.length : at;
    }
    return at;
  };
}

/**
 * `text.slice(from, to)` with the runs of spaces (space, tab, U+3000) removed that are followed by a
 * character of `dropsSpacesBefore` — inside the range, or `next` (a code unit, -1 for none) after it. Spaces
 * are found through `nextSpace`, the text's cursor (`spaceCursor`).
 */
function withoutSpacesBeforeCjk(
  text: string,
  from: number,
  to: number,
  next: number,
  nextSpace: (from: number) => number,
): string {
  let out = "";
  let kept = from;
  for (let run = nextSpace(from); run >= 0 && run < to; ) {
    let i = run;
    while (i + 1 < to && isCjkSpace(text.charCodeAt(i + 1))) i++;
    const after = i + 1 < to ? text.charCodeAt(i + 1) : next;
    if (dropsSpacesBefore(after)) {
      out += text.slice(kept, run);
      kept = i + 1;
    }
    run = nextSpace(i + 1);
  }
  return kept === from ? text.slice(from, to) : out + text.slice(kept, to);
}

/**
 * Removes every whitespace run holding a line break that follows a character other than a closer (the
 * run that follows a closer keeps its first whitespace character), then spaces before CJK characters.
 * Same result as `text.replace(/([^。；;！？!?：:])\s*\n\s*\/g, "$1")` followed by the CJK-space rule
 * (`/[ \t\u3000]+(?=[\u4e00-\u9fff（）%％])/g` replaced by nothing) — of `text.slice(from, to)`, in one
 * pass: each kept stretch copied once, its spaces found natively.
 */
export function joinWrapped(whole: string, from = 0, to: number = whole.length): string {
  // The range on its own (a slice shares the text's characters): every search below stops at its end.
  const text = from === 0 && to === whole.length ? whole : whole.slice(from, to);
  const length = text.length;
  let out = "";
  let kept = 0;
  const nextSpace = spaceCursor(text);
  let nl = text.indexOf("\n");
  while (nl >= 0) {
    let start = nl;
    while (start > kept && isSpace(text.charCodeAt(start - 1))) start--;
    let end = nl + 1;
    let breaks = false;
    for (; end < length; end++) {
      const code = text.charCodeAt(end);
      if (!isSpace(code)) break;
      if (code === 0x0a) breaks = true;
    }
    // After a closer (or at the very start) the run's first whitespace character stands in for the text
    // before it: the rest of the run goes only when it still holds a line break (the one at `nl` when
    // whitespace precedes it, or a later one).
    const afterCloser = start === 0 || isCloser(text.charCodeAt(start - 1));
    if (!afterCloser || nl > start || breaks) {
      // A run of spaces never crosses a removed run: the character before the kept part is not a space (or is
      // the one whitespace character kept after a closer), and the character at `end` is not one either.
      const next = end < length ? text.charCodeAt(end) : -1;
      out += withoutSpacesBeforeCjk(text, kept, afterCloser ? start + 1 : start, next, nextSpace);
      kept = end;
    }
    nl = text.indexOf("\n", end);
  }
  return out + withoutSpacesBeforeCjk(text, kept, length, -1, nextSpace);
}

/** Sentence ends: 。；;！？!? and a line break (the characters `isSentenceEnd` accepts). */
export const SENTENCE_ENDS = "。；;！？!?\n";

/** Sentence ends: 。；;！？!? and a line break. */
export const isSentenceEnd = (code: number): boolean => isSentencePunctuation(code) || code === 0x0a;

/**
 * The sentences of a text (split at 。；;！？!? and line breaks, ends not included) that contain one of the
 * given characters, in order: `text.split(/[。；;！？!?\n]/).filter(has)` without slicing the other sentences.
 */
export function sentencesWith(text: string, chars: RegExp): string[] {
  if (!chars.global) throw new TypeError("sentencesWith needs a global regular expression");
  const out: string[] = [];
  chars.lastIndex = 0;
  for (let m = chars.exec(text); m !== null; m = chars.exec(text)) {
    let start = m.index;
    while (start > 0 && !isSentenceEnd(text.charCodeAt(start - 1))) start--;
    let end = m.index + m[0].length;
    while (end < text.length && !isSentenceEnd(text.charCodeAt(end))) end++;
    out.push(text.slice(start, end));
    chars.lastIndex = end + 1;
  }
  return out;
}
