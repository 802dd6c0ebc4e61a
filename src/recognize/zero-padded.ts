/**
 * Digits after a leading 0 in a value cell (`007`, `0000000`): no count of a report's tables is written so; a PDF
 * library that joined a row's values without spaces, or a CSV that split `3,001`, made them. They are read as
 * text, never as the number their digits would make.
 */

/** Digits after a leading 0. */
const ZERO_PADDED = /^0\d+$/;

/**
 * Whether a cell's text is digits after a leading 0 (`007`, `０２１`, `0000000`; not `0` or `0.5`). No count of the
 * current layouts' tables is written so (a PDF library ran a row's values together); a pre-2019 form's row
 * code is (01, 02).
 */
export function isZeroPaddedNumber(raw: string): boolean {
  return ZERO_PADDED.test(raw.trim().normalize("NFKC"));
}
