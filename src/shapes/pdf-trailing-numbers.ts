/**
 * The trailing numbers of a PDF-extracted line: its numeric tokens (numbers, dashes, a 无 or a Chinese-numeral
 * count among values, footnote marks after a value) read from the end, and the label before them.
 */
import { isMarkCode, trailingFootnoteStart } from "../footnote-marks.js";
import { isDigitCode, isDigitJoinerCode } from "../input/fold.js";
import { isNumeralRun } from "../numerals.js";
import { isBorderRun, isLookAlikeDigits, mayEndResidue, withoutGluedRules } from "./ocr-residue.js";
import { isSpaceCode, type SourceLine } from "./source-lines.js";

/** A line split into an optional label and trailing numeric tokens, with offsets. */
export interface SplitLine {
  line: SourceLine;
  label: { text: string; offset: number } | undefined;
  numbers: readonly { text: string; offset: number }[];
}

/** A split line holding one number and nothing else. */
export const isLoneNumber = (split: SplitLine | undefined): boolean =>
  split !== undefined && split.label === undefined && split.numbers.length === 1;

/** The numbers of a line that has none (most lines: prose), shared. */
const NO_NUMBERS: readonly { text: string; offset: number }[] = Object.freeze([]);

/** `-`, `—`, `–`, `－`, `−` (U+2212), `/`, `／`: the characters of a dash token (a printed "none"). */
function isDash(code: number): boolean {
  return (
    code === 0x2d ||
    code === 0x2f ||
    code === 0x2014 ||
    code === 0x2013 ||
    code === 0x2212 ||
    code === 0xff0d ||
    code === 0xff0f
  );
}

/** A character a numeric token may hold: digits, signs (U+2212 too), separators, percent signs, dashes, slashes. */
function isNumberChar(code: number): boolean {
  if (code < 0x80) return (code >= 0x2b && code <= 0x39) || code === 0x25;
  return (code >= 0xff0b && code <= 0xff19) || code === 0xff05 || code === 0x2013 || code === 0x2014 || code === 0x2212;
}

/**
 * The end of the digit run of `text` at `i` (before `to`): digits, and zero-width characters the decoding kept
 * between two of them (`31\u200b19`, {@link isDigitJoinerCode}), which are part of the number.
 */
function digitRunEnd(text: string, i: number, to: number): number {
  while (i < to) {
    if (isDigitCode(text.charCodeAt(i))) i++;
    else {
      let j = i;
      while (j < to && isDigitJoinerCode(text.charCodeAt(j))) j++;
      if (j === i || j === to || !isDigitCode(text.charCodeAt(j))) break;
      i = j;
    }
  }
  return i;
}

/**
 * True when `text.slice(from, to)` is a numeric token, as the pattern
 * `^(?:[+\-＋－−]?[0-9０-９]+(?:[.,．][0-9０-９]+)*[%％]?|[-—–－−/／]+)$` (a signed number with separators
 * and an optional percent sign, or a run of dashes and slashes) — matched without backtracking; a digit run
 * may hold zero-width characters between its digits ({@link digitRunEnd}).
 */
export function isNumberToken(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  let i = from;
  while (i < to && isDash(text.charCodeAt(i))) i++;
  if (i === to) return true;
  i = from;
  const sign = text.charCodeAt(i);
  if (sign === 0x2b || sign === 0x2d || sign === 0x2212 || sign === 0xff0b || sign === 0xff0d) i++;
  if (i >= to || !isDigitCode(text.charCodeAt(i))) return false;
  i = digitRunEnd(text, i, to);
  for (;;) {
    const separator = text.charCodeAt(i);
    if (i + 1 >= to || !(separator === 0x2e || separator === 0x2c || separator === 0xff0e)) break;
    if (!isDigitCode(text.charCodeAt(i + 1))) return false;
    i = digitRunEnd(text, i + 2, to);
  }
  if (i < to) {
    const percent = text.charCodeAt(i);
    if (percent === 0x25 || percent === 0xff05) i++;
  }
  return i === to;
}

/** Splits the trailing whitespace-separated numeric tokens off a line. */
export function splitTrailingNumbers(line: SourceLine): SplitLine {
  let first = 0;
  while (first < line.text.length && isSpaceCode(line.text.charCodeAt(first))) first++;
  return splitNumbersFrom(line, first);
}

/** {@link splitTrailingNumbers} for a line whose first non-whitespace character is at `first`. */
export function splitNumbersFrom(line: SourceLine, first: number): SplitLine {
  const text = line.text;
  let numbers: { text: string; offset: number }[] | undefined;
  let end = text.length;
  let labelEnd = -1;
  // OCR residue (ocr-residue.ts): where the line's text ends, and how many tokens read are digits' look-alikes.
  let textEnd = -1;
  let lookAlikes = 0;
  // Tokens are read from the end until one is not numeric: that one closes the label.
  for (;;) {
    while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
    if (end === 0) break;
    if (textEnd < 0) textEnd = end;
    let start = end;
    // A table's rule OCR read as characters: alone (`9 |`), it is skipped; glued to a value (`|34`, `“9`), it is
    // left out of it; digits read as letters (`lo`, `I0`) are a value kept as printed. (Only a token ending as
    // these do is looked at: most lines end in a word.)
    if (mayEndResidue(text.charCodeAt(end - 1))) {
      let from = end;
      while (from > 0 && !isSpaceCode(text.charCodeAt(from - 1))) from--;
      if (isBorderRun(text, from, end)) {
        end = from;
        continue;
      }
      const glued = withoutGluedRules(text, from, end);
      const a = glued === null ? from : glued[0];
      const b = glued === null ? end : glued[1];
      const lookAlike = isLookAlikeDigits(text, a, b);
      if (lookAlike || (glued !== null && isNumberToken(text, a, b))) {
        numbers ??= [];
        numbers.push({ text: text.slice(a, b), offset: line.start + a });
        if (lookAlike) lookAlikes++;
        end = from;
        continue;
      }
    }
    // 无 / 不适用 before values already read: a na value of its own column (规章 无 0 11).
    if (numbers && (text.endsWith("无", end) || text.endsWith("不适用", end))) {
      const word = text.endsWith("无", end) ? 1 : 3;
      if (end - word === 0 || isSpaceCode(text.charCodeAt(end - word - 1))) {
        numbers.push({ text: text.slice(end - word, end), offset: line.start + end - word });
        end -= word;
        continue;
      }
    }
    // A count in Chinese numerals between a label and values already read (数量 95 一 0 0): a value of its own
    // column, kept as text by the cell reader (the row's values stay in their columns).
    if (numbers) {
      let from = end;
      while (from > 0 && !isSpaceCode(text.charCodeAt(from - 1))) from--;
      // Only after a label: a numeral alone before a row's values may be a vertical label's character (三).
      let before = from;
      while (before > 0 && isSpaceCode(text.charCodeAt(before - 1))) before--;
      if (from < end && before > 0 && isNumeralRun(text, from, end)) {
        numbers.push({ text: text.slice(from, end), offset: line.start + from });
        end = from;
        continue;
      }
    }
    // A value with footnote marks after it (0①, 72*): the number before the marks is the token's test.
    // (or written out as HTML, 5<sup>1</sup>: the element may hold spaces, `5<sup> 1 </sup>`)
    const last = text.charCodeAt(end - 1);
    const marks = isMarkCode(last) || last === 0x3e ? trailingFootnoteStart(text, 0, end) : end;
    start = marks;
    // (a zero-width character is taken in too: isNumberToken accepts it between two digits only)
    while (start > 0 && (isNumberChar(text.charCodeAt(start - 1)) || isDigitJoinerCode(text.charCodeAt(start - 1))))
      start--;
    // A token holding any other character (most labels: the scan stops at their last character) is no number.
    if ((start > 0 && !isSpaceCode(text.charCodeAt(start - 1))) || !isNumberToken(text, start, marks)) {
      labelEnd = end;
      break;
    }
    numbers ??= [];
    numbers.push({ text: text.slice(start, end), offset: line.start + start });
    end = start;
  }
  // Rules alone, look-alikes alone, or a look-alike in a run of fewer than three values (a prose line ending
  // `图解 12 I`) make no row: the line is its text, as printed.
  if (numbers === undefined || numbers.length === lookAlikes || (lookAlikes > 0 && numbers.length < 3)) {
    numbers = undefined;
    labelEnd = textEnd < 0 ? labelEnd : textEnd;
  }
  const found = numbers ? numbers.reverse() : NO_NUMBERS;
  if (labelEnd < 0) return { line, label: undefined, numbers: found };
  return { line, label: { text: text.slice(first, labelEnd), offset: line.start + first }, numbers: found };
}
