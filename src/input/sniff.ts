/**
 * What raw bytes are before they are decoded: a known binary format (by its magic number), binary data (NULs,
 * control characters no text has), or BOM-less UTF-16 (by its NUL pattern, then checked for garbage).
 */

/** Magic numbers of binary formats a report is sometimes mistaken for, with what each is. */
export const MAGIC: { bytes: number[]; what: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: "a PDF file (%PDF-); extract its text first" },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: "a PNG image" },
  { bytes: [0xff, 0xd8, 0xff], what: "a JPEG image" },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: "a GIF image" },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: "a ZIP archive (or a .docx/.xlsx file)" },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: "an OLE compound file (a .doc/.xls file)" },
  { bytes: [0x1f, 0x8b], what: "gzip-compressed data" },
];

/** Whether `bytes` start with `prefix`. */
export function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

/** Whether `b` is the high byte of a CJK ideograph U+4E00–U+9FFF (whose code point may end in 00). */
function cjkLead(b: number): boolean {
  return b >= 0x4e && b <= 0x9f;
}

/**
 * Guesses BOM-less UTF-16 from the NUL pattern of the first 4 KB: each ASCII character gives a NUL in the
 * high byte of its pair, and a CJK ideograph gives one in the low byte only when its code point ends in 00
 * (一 U+4E00, 开 U+5F00, in every report). So high-byte NULs must be many (≥ 10% of the pairs) and outnumber
 * four to one the low-byte NULs whose partner is not a CJK lead byte (0x4E–0x9F); a CJK-dense report
 * (seed 003: 207 ASCII NULs, 69 from 一 and 开, none else) is then read. The decoded text is checked after.
 */
export function utf16ByNuls(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8 || bytes.subarray(0, n).indexOf(0) < 0) return undefined; // no NUL at all: no pattern
  let evenZero = 0; // NUL first in its pair: LE low byte (against LE), BE high byte (for BE)
  let oddZero = 0;
  let evenZeroCjk = 0; // … whose partner is a CJK lead byte: U+4E00–U+9F00 in LE
  let oddZeroCjk = 0;
  for (let i = 0; i < n; i += 2) {
    const a = bytes[i] as number;
    const b = bytes[i + 1] as number;
    if (a === 0) {
      evenZero++;
      if (cjkLead(b)) evenZeroCjk++;
    }
    if (b === 0) {
      oddZero++;
      if (cjkLead(a)) oddZeroCjk++;
    }
  }
  const pairs = n / 2;
  if (oddZero >= pairs * 0.1 && (evenZero - evenZeroCjk) * 4 < oddZero) return "utf-16le";
  if (evenZero >= pairs * 0.1 && (oddZero - oddZeroCjk) * 4 < evenZero) return "utf-16be";
  return undefined;
}

/** The most control characters and U+FFFD a text guessed to be UTF-16 may hold in its first 2,048 (1%). */
const MAX_GARBLED = 20;

/**
 * Whether text decoded as BOM-less UTF-16 on a guess is garbled: more than MAX_GARBLED control characters
 * (other than tab, line breaks, form feed and ESC) or replacement characters among its first 2,048.
 */
export function garbled(text: string): boolean {
  let bad = 0;
  const n = Math.min(text.length, 2048);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && (c < 9 || (c > 13 && c !== 27))) || c === 0xfffd) bad++;
  }
  return bad > MAX_GARBLED;
}

/**
 * The control bytes (below 0x20, other than tab, line breaks, form feed and ESC) among the first `n`
 * bytes, or -1 when one of them is NUL. Four-byte words without a byte below 0x20 are skipped whole.
 */
function controlBytes(bytes: Uint8Array, n: number): number {
  let controls = 0;
  const count = (from: number, to: number): boolean => {
    for (let i = from; i < to; i++) {
      const b = bytes[i] as number;
      if (b >= 0x20) continue;
      if (b === 0) return false;
      if (b < 9 || (b > 13 && b !== 27)) controls++;
    }
    return true;
  };
  const head = Math.min(n, (4 - (bytes.byteOffset & 3)) & 3);
  if (!count(0, head)) return -1;
  const wordCount = (n - head) >>> 2;
  // (with no whole word left, `head` may stop short of the alignment: no view then)
  const words = wordCount > 0 ? new Uint32Array(bytes.buffer, bytes.byteOffset + head, wordCount) : [];
  for (let w = 0; w < words.length; w++) {
    const x = words[w] as number;
    // Some byte of x is below 0x20 exactly when this is non-zero (the "has less than" bit trick).
    if (((x - 0x20202020) & ~x & 0x80808080) === 0) continue;
    const at = head + w * 4;
    if (!count(at, at + 4)) return -1;
  }
  return count(head + words.length * 4, n) ? controls : -1;
}

/** Why bytes look binary (NULs, or control characters that no text has), or undefined. */
export function binaryReason(bytes: Uint8Array): string | undefined {
  for (const magic of MAGIC) if (startsWith(bytes, magic.bytes)) return `It looks like ${magic.what}.`;
  const n = Math.min(bytes.length, 65536);
  const controls = controlBytes(bytes, n);
  if (controls < 0) return "It contains NUL bytes.";
  return controls > n * 0.05 ? "It has a density of control characters that no text has." : undefined;
}

/** Whether some byte is 0x80 or above (not ASCII). */
export function hasHighByte(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] ?? 0) >= 0x80) return true;
  return false;
}
