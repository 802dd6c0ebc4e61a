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

/** A `<sup>…</sup>` or `<sub>…</sub>` element written out at the end of a text (the mark short, on one line). */
const SCRIPT_ELEMENT_AT_END = /<(su[pb])(?:\s[^<>\n]{0,40})?>[^<>\n]{1,12}<\/\1\s*>$/i;

/**
 * A footnote reference in brackets at the end of a text, as converters of Word files write one: `[1]`, `[¹]`
 * (mammoth's HTML and Markdown), `[^1]` (a Markdown footnote), `［注1］`; short, on one line, no bracket inside.
 */
const BRACKETED_REFERENCE_AT_END = /[[［]\^?[^[\]［］\s]{1,6}[\]］]$/;

/**
 * Where the footnote marks at the end of `text.slice(from, to)` start, written out as HTML or in brackets as
 * well: text pasted from a page keeps `5<sup>1</sup>` or `5<sup>注1</sup>` literally (HTML reads the element as
 * the mark 5¹), and converters of Word files write a footnote reference `5[1]` or `5[^1]`. Runs of mark characters
 * ({@link trailingMarksStart}), of `<sup>`/`<sub>` elements and of bracketed references, in any order; `to` when
 * the text ends in none.
 */
export function trailingFootnoteStart(text: string, from: number, to: number): number {
  let i = to;
  for (;;) {
    const c = text.charCodeAt(i - 1);
    if (i > from && c === 0x3e) {
      const m = SCRIPT_ELEMENT_AT_END.exec(text.slice(Math.max(from, i - 80), i));
      if (!m) return i;
      i -= m[0].length;
    } else if (i > from && (c === 0x5d || c === 0xff3d)) {
      const m = BRACKETED_REFERENCE_AT_END.exec(text.slice(Math.max(from, i - 10), i));
      if (!m) return i;
      i -= m[0].length;
    } else if (i > from && isMarkCode(c)) {
      const before = trailingMarksStart(text, from, i);
      if (before === i) return i;
      i = before;
    } else return i;
  }
}
