/**
 * Footnote marks printed after a table value (233¹, 5①, 72*, 10※): the characters, for the shape readers that
 * must keep such a value in its column and the cell reader that must not read the mark as a digit.
 */

/**
 * Whether a code unit is a character NFKC may make a digit of: superscripts ¹²³⁰…⁹, subscripts ₀…₉, the
 * enclosed numbers ①⑴⒈ (U+2460–U+24FF), ❶ (U+2776–U+2793), ㉑ (U+3251–U+325F, U+32B1–U+32BF), or a high
 * surrogate (the mathematical digits 𝟏).
 */
export function isMarkDigitCode(c: number): boolean {
  if (c < 0xb2) return false;
  if (c === 0xb2 || c === 0xb3 || c === 0xb9) return true;
  if ((c >= 0x2070 && c <= 0x209f) || (c >= 0x2460 && c <= 0x24ff) || (c >= 0x2776 && c <= 0x2793)) return true;
  return (c >= 0x3251 && c <= 0x325f) || (c >= 0x32b1 && c <= 0x32bf) || (c >= 0xd800 && c <= 0xdbff);
}

/** Whether a code unit is a footnote sign that is no digit: `*`, `＊`, `※`, `†`, `‡`. */
export function isMarkSignCode(c: number): boolean {
  return c === 0x2a || c === 0xff0a || c === 0x203b || c === 0x2020 || c === 0x2021;
}

/** Whether a code unit can be part of a footnote mark after a value: a mark digit (⁽¹⁾ too) or a mark sign. */
export function isMarkCode(c: number): boolean {
  return isMarkSignCode(c) || isMarkDigitCode(c);
}

/**
 * Where the footnote marks at the end of `text.slice(from, to)` start (`to` when it ends in none): the marks
 * are a run of mark characters (`isMarkCode`); of the characters outside the BMP only the mathematical
 * digits (𝟏, U+1D7CE–U+1D7FF) count.
 */
export function trailingMarksStart(text: string, from: number, to: number): number {
  let i = to;
  while (i > from) {
    const c = text.charCodeAt(i - 1);
    if (isMarkCode(c) && (c < 0xd800 || c > 0xdbff)) i--;
    else if (c >= 0xdfce && c <= 0xdfff && i - 2 >= from && text.charCodeAt(i - 2) === 0xd835) i -= 2;
    else break;
  }
  return i;
}
