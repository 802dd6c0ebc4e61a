/** Character classes of Chinese text shared by the readers. */

/**
 * Whether a UTF-16 code unit is CJK: an ideograph (U+3400–U+4DBF, U+4E00–U+9FFF, U+F900–U+FAFF), CJK symbols
 * and punctuation (U+3000–U+303F: 、。〈〉「」), or a full-width form (U+FF00–U+FFEF: （），：).
 */
export function isCjkCode(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}
