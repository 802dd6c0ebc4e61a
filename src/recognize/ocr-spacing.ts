/**
 * Text OCR letter-spaced (tesseract's text output writes `洪 泽 区 人 民政 府 2023 年`: a space between most CJK
 * characters, red team R25). Metadata read from such a line (the title, the body's name) is given without those
 * spaces, so that a body's reports of several years group under one name; a space a report printed between two
 * names (`中共某市委办公室 某市人民政府办公室`) is kept: only a text whose CJK characters are mostly spaced is closed up,
 * or, in a text that is not, a CJK character standing alone between spaces (`昆明市卫 生 局`, `公开 工 作`: a PDF
 * library that joined its text items with spaces split words where the PDF did; red team R26).
 */

import { isCjkCode } from "../cjk.js";

/** The fewest spaced CJK pairs that make a text letter-spaced. */
const MIN_SPACED = 3;

/**
 * The text without the whitespace between two CJK characters, when at least MIN_SPACED such pairs are spaced and
 * they are at least a third of the adjacent CJK pairs; else the text as it is.
 */
export function closeOcrSpacing(text: string): string {
  let spaced = 0;
  let pairs = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isCjkCode(text.charCodeAt(i))) continue;
    let j = i + 1;
    while (j < text.length && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x3000)) j++;
    if (j >= text.length || !isCjkCode(text.charCodeAt(j))) continue;
    pairs++;
    if (j > i + 1) spaced++;
  }
  if (spaced < MIN_SPACED || spaced * 3 < pairs) return closeLoneCharacters(text);
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code === 0x20 || code === 0x3000) && out !== "" && isCjkCode(out.charCodeAt(out.length - 1))) {
      let j = i;
      while (j < text.length && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x3000)) j++;
      if (j < text.length && isCjkCode(text.charCodeAt(j))) {
        i = j - 1;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

const isSpace = (code: number): boolean => code === 0x20 || code === 0x3000;

/** One-character words that stand between two names (洪泽区人民政府 及 所属部门): kept spaced. */
const CONJUNCTIONS = "及和与暨并或";

/**
 * The text without the spaces on either side of a CJK character that stands alone between spaces with CJK
 * characters beyond them (`卫 生 局` → 卫生局); the text as it is when there is none. No name is one character
 * long, so such a character is a word that a PDF library split, unless it joins two names (及, 和, 与: CONJUNCTIONS).
 */
function closeLoneCharacters(text: string): string {
  let out: string | null = null;
  let from = 0;
  for (let i = 2; i + 2 < text.length; i++) {
    const lone =
      isCjkCode(text.charCodeAt(i)) &&
      !CONJUNCTIONS.includes(text[i]!) &&
      isSpace(text.charCodeAt(i - 1)) &&
      isSpace(text.charCodeAt(i + 1)) &&
      isCjkCode(text.charCodeAt(i - 2)) &&
      isCjkCode(text.charCodeAt(i + 2));
    if (!lone) continue;
    out = (out ?? "") + text.slice(from, i - 1) + text[i];
    from = i + 2;
  }
  return out === null ? text : out + text.slice(from);
}
