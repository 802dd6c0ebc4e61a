/** Character classes of Chinese text shared by the readers. */

/** Whether a UTF-16 code unit is a CJK ideograph (U+3400–U+4DBF, U+4E00–U+9FFF, U+F900–U+FAFF). */
export function isIdeographCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

/** Whether a text holds a CJK ideograph (`isIdeographCode`). */
export function hasIdeograph(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isIdeographCode(text.charCodeAt(i))) return true;
  return false;
}

/**
 * Whether a UTF-16 code unit is CJK: an ideograph (U+3400–U+4DBF, U+4E00–U+9FFF, U+F900–U+FAFF), CJK symbols
 * and punctuation (U+3000–U+303F: 、。〈〉「」), or a full-width form (U+FF00–U+FFEF: （），：).
 */
export function isCjkCode(code: number): boolean {
  return isIdeographCode(code) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef);
}
