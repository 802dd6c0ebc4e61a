/**
 * Digits after a leading 0 in a value cell (`007`, `0000000`): no count of a report's tables is written so; a PDF
 * library that joined a row's values without spaces, or a CSV that split `3,001`, made them. They are read as
 * text, never as the number their digits would make.
 */
import { isSpaceCode } from "../shapes/source-lines.js";

/** A number whose digits open with a 0 and another digit or a comma (a sign before it, a unit after it allowed). */
const ZERO_PADDED = /^[+\-\u2212]?0[\d,]*\d(?:\.\d+)?\D{0,4}$/;

/**
 * Whether a cell's text, read as a number, is digits after a leading 0 (`007`, `０２１`, `0000000`, `-007`,
 * `007件`, `00.5`, `0,011`; not `0`, `0.5` or `0件`). No count of the current layouts' tables is written so (a PDF
 * library ran a row's values together); a pre-2019 form's row code is (01, 02). Callers ask it of cells that read
 * as numbers.
 */
export function isZeroPaddedNumber(raw: string): boolean {
  // Most cells are rejected by their first character (a digit 1–9) or their length (0) without a copy of the text.
  let i = 0;
  while (i < raw.length && isSpaceCode(raw.charCodeAt(i))) i++;
  const first = raw.charCodeAt(i);
  if (raw.length - i < 2 || (first >= 0x31 && first <= 0x39)) return false;
  return ZERO_PADDED.test(raw.trim().normalize("NFKC"));
}
