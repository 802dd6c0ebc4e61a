/**
 * Joining lines wrapped inside a sentence (PDF text) without a regular expression over every character:
 * each whitespace run holding a line break is found from the break itself (indexOf).
 */

import { isSpaceCode as isSpace } from "../shapes/source-lines.js";

/** Characters that close a sentence or clause: a line break after one is a paragraph end and is kept. */
const CLOSERS = "。；;！？!?：:";
/** Spaces removed before a CJK character, a full-width bracket or a percent sign. */
const SPACES_BEFORE_CJK = /[ \t\u3000]+(?=[\u4e00-\u9fff（）%％])/g;

/**
 * Removes every whitespace run holding a line break that follows a character other than a closer (the
 * run that follows a closer keeps its first whitespace character), then spaces before CJK characters.
 * Same result as `text.replace(/([^。；;！？!?：:])\s*\n\s*\/g, "$1")` followed by the CJK-space rule.
 */
export function joinWrapped(text: string): string {
  let out = "";
  let kept = 0;
  let nl = text.indexOf("\n");
  while (nl >= 0) {
    let start = nl;
    while (start > kept && isSpace(text.charCodeAt(start - 1))) start--;
    let end = nl + 1;
    while (end < text.length && isSpace(text.charCodeAt(end))) end++;
    // After a closer (or at the very start) the run's first whitespace character stands in for the text
    // before it: the rest of the run goes only when it still holds a line break.
    const before = start > 0 ? text.charAt(start - 1) : "";
    const afterCloser = before === "" || CLOSERS.includes(before);
    const cut = afterCloser ? start + 1 : start;
    if (!afterCloser || text.slice(cut, end).includes("\n")) {
      out += text.slice(kept, cut);
      kept = end;
    }
    nl = text.indexOf("\n", end);
  }
  out += text.slice(kept);
  return hasSpaceBeforeCjk(out) ? out.replace(SPACES_BEFORE_CJK, "") : out;
}

/** Whether `SPACES_BEFORE_CJK` matches somewhere in a text: a space, tab or U+3000 right before a character it names. */
function hasSpaceBeforeCjk(text: string): boolean {
  // Most stretches hold no space at all: three native scans settle them.
  const space = text.indexOf(" ");
  const tab = text.indexOf("\t");
  const wide = text.indexOf("\u3000");
  if (space < 0 && tab < 0 && wide < 0) return false;
  const first = Math.min(space < 0 ? text.length : space, tab < 0 ? text.length : tab, wide < 0 ? text.length : wide);
  for (let i = first; i < text.length - 1; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x20 && code !== 0x09 && code !== 0x3000) continue;
    const next = text.charCodeAt(i + 1);
    if ((next >= 0x4e00 && next <= 0x9fff) || next === 0xff08 || next === 0xff09 || next === 0x25 || next === 0xff05)
      return true;
  }
  return false;
}

/** Sentence ends: 。；;！？!? and a line break (the characters `isSentenceEnd` accepts). */
export const SENTENCE_ENDS = "。；;！？!?\n";

/** Sentence ends: 。；;！？!? and a line break. */
const isSentenceEnd = (code: number): boolean =>
  code === 0x3002 ||
  code === 0xff1b ||
  code === 0x3b ||
  code === 0xff01 ||
  code === 0xff1f ||
  code === 0x21 ||
  code === 0x3f ||
  code === 0x0a;

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
