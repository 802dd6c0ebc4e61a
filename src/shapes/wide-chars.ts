/** How many columns a character takes where text is laid out in a fixed-width grid (pdftotext -layout, pandoc). */

/**
 * Whether a code point is shown two columns wide (East Asian Wide and Fullwidth, as pandoc and terminals count):
 * Hangul Jamo, CJK radicals to Yi (U+303F, the half-fill space, aside), Hangul syllables, CJK compatibility
 * ideographs, vertical and compatibility forms, full-width forms, and the supplementary ideographic planes. A
 * UTF-16 code unit may be passed for a code point: a surrogate is never wide.
 */
export function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}
