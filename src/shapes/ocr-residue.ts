/**
 * What OCR (tesseract on a scanned report) leaves around a table's numbers (red team R25): the table's borders
 * read as characters (`|`, `丨`, `[`, `]`, or a quote mark `“` `”`) standing alone between values or glued to one
 * (`|34`, `“9`, `9]`), and digits read as look-alike letters (`O`/`o` for 0, `l`/`I` for 1: `lo`, `I0`). Used by
 * the PDF text reader (pdf-trailing-numbers.ts) to keep a row's values apart from its label; a look-alike token is
 * kept as it is printed (the cell reader reads it as text), never turned into a digit.
 */

/** A border character OCR reads a table's vertical rule as: `|`, `｜`, `丨`, `[`, `]`. */
function isBorderCode(code: number): boolean {
  return code === 0x7c || code === 0xff5c || code === 0x4e28 || code === 0x5b || code === 0x5d;
}

/** A quote mark OCR reads a vertical rule as, before a number (`“9`, `”3985758`). */
function isQuoteCode(code: number): boolean {
  return code === 0x201c || code === 0x201d || code === 0x22 || code === 0x27 || code === 0x2018 || code === 0x2019;
}

/**
 * Whether a token ending with this code unit may be OCR residue or stand beside it: a digit (`|34`), a rule
 * (`9|`, `|`) or a look-alike letter (`lo`). A token ending otherwise (most words) is none of these.
 */
export function mayEndResidue(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || isBorderCode(code) || isLookAlikeLetter(code);
}

/** A letter OCR reads a digit as: `O`, `o` (0), `I`, `l` (1). */
function isLookAlikeLetter(code: number): boolean {
  return code === 0x4f || code === 0x6f || code === 0x49 || code === 0x6c;
}

/** Whether `text.slice(from, to)` is only border characters (`|`, `丨`, `]` …): a rule, not text. */
export function isBorderRun(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) if (!isBorderCode(text.charCodeAt(i))) return false;
  return true;
}

/**
 * The bounds of a token without the rule characters glued to it (`|34`, `“9`, `9]`, `丨0|`): [start, end), or
 * null when nothing is glued to it (a token without them, one that is nothing else, or a note's reference `[2]`).
 */
export function withoutGluedRules(text: string, from: number, to: number): [number, number] | null {
  // A number in square brackets (`[2]`) is a note's reference, not a value between two rules.
  if (text.charCodeAt(from) === 0x5b && text.charCodeAt(to - 1) === 0x5d) return null;
  let start = from;
  while (start < to && (isBorderCode(text.charCodeAt(start)) || isQuoteCode(text.charCodeAt(start)))) start++;
  let end = to;
  while (end > start && isBorderCode(text.charCodeAt(end - 1))) end--;
  if (start === end || (start === from && end === to)) return null;
  return [start, end];
}

/** The longest look-alike token read as a value (`IIo`, `l0o`). */
const MAX_LOOK_ALIKE = 4;

/**
 * Whether `text.slice(from, to)` is digits OCR may have misread as letters — made of `0`–`9`, `O`, `o`, `I`, `l`
 * and holding at least one of those letters (`lo`, `IO`, `I0`, `l1`, `O`), at most MAX_LOOK_ALIKE characters.
 */
export function isLookAlikeDigits(text: string, from: number, to: number): boolean {
  if (from >= to || to - from > MAX_LOOK_ALIKE) return false;
  let letters = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isLookAlikeLetter(c)) letters++;
    else if (c < 0x30 || c > 0x39) return false;
  }
  return letters > 0;
}
