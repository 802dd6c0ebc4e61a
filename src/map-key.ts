/**
 * Long strings as Map and Set keys. V8 hashes a string longer than 16,383 characters by its length alone, so
 * many distinct long keys of one length all collide, and each lookup compares them one by one: quadratic on
 * untrusted input (thousands of long sentences or paragraphs).
 */

/** Strings longer than this are keyed by a fingerprint. */
const LONGEST_KEY = 16_383;

/**
 * A string as a Map or Set key: itself, or for a longer one its length and two 32-bit hashes of its
 * characters (a pair of distinct texts sharing all three is not a concern for the checks that use it).
 */
export function mapKey(text: string): string {
  if (text.length <= LONGEST_KEY) return text;
  let fnv = 0x811c9dc5;
  let mul = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    fnv = Math.imul(fnv ^ code, 0x01000193);
    mul = (Math.imul(mul, 31) + code) | 0;
  }
  return `\u0000${text.length}\u0000${fnv >>> 0}\u0000${mul >>> 0}`;
}
