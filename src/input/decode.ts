/**
 * Input decoding: bytes or a string → the text every later stage works on (positions refer to it).
 * Handles BOMs, UTF-8, UTF-16 LE/BE (with BOM, or BOM-less when the NUL pattern is unambiguous),
 * GBK/GB18030 (when the bytes are not valid UTF-8), HTML `<meta charset>` and an explicit encoding.
 * Problems are returned as data (`{ ok: false, code, message }`), never thrown. Newlines are kept as is; a
 * few characters are folded, length-preserving (`foldText`, internal).
 */

import { foldText } from "./fold.js";
import { binaryReason, garbled, hasHighByte, MAGIC, startsWith, utf16ByNuls } from "./sniff.js";

/** Decode error codes with their English descriptions. */
export const DECODE_ERRORS = {
  "input-empty": "The input is empty or holds only whitespace.",
  "input-binary": "The input is binary data, not text.",
  "input-undecodable": "The input could not be decoded as text in any supported encoding.",
  "input-too-large": "The input exceeds the size limit.",
} as const;

/** A decode error code. */
export type DecodeErrorCode = keyof typeof DECODE_ERRORS;

/** The decode error codes, in a stable order. */
export const DECODE_ERROR_CODES: readonly DecodeErrorCode[] = Object.freeze(
  Object.keys(DECODE_ERRORS) as DecodeErrorCode[],
);

/** Default size limit: 20 MB. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Options of {@link decodeInput}. */
export interface DecodeOptions {
  /** Force an encoding (any WHATWG label; `gbk`/`gb2312` are read as `gb18030`). */
  encoding?: string;
  /** Size limit in bytes (UTF-16 code units for string input); default {@link DEFAULT_MAX_BYTES}. */
  maxBytes?: number;
}

/** The result of {@link decodeInput}: the text and the encoding used, or an error as data. */
export type DecodeResult =
  | { ok: true; text: string; encoding: string }
  | { ok: false; code: DecodeErrorCode; message: string };

function fail(code: DecodeErrorCode, detail?: string): DecodeResult {
  return { ok: false, code, message: detail ? `${DECODE_ERRORS[code]} ${detail}` : DECODE_ERRORS[code] };
}

/** Maps an encoding label to the decoder used (`gbk`, `gb2312`, `x-gbk` → `gb18030`), lower-cased. */
export function normalizeEncoding(label: string): string {
  const l = label.trim().toLowerCase();
  if (l === "gbk" || l === "gb2312" || l === "x-gbk" || l === "cp936" || l === "gb_2312-80") return "gb18030";
  if (l === "utf8") return "utf-8";
  return l;
}

const LATIN1 = new TextDecoder("latin1");

/** True when `<meta` (any case) occurs among the first `n` bytes (a `<meta>` element can only start there). */
function hasMetaTag(bytes: Uint8Array, n: number): boolean {
  const head = bytes.subarray(0, n);
  for (let i = head.indexOf(0x3c); i >= 0 && i + 4 < n; i = head.indexOf(0x3c, i + 1)) {
    if (
      ((head[i + 1] as number) | 0x20) === 0x6d &&
      ((head[i + 2] as number) | 0x20) === 0x65 &&
      ((head[i + 3] as number) | 0x20) === 0x74 &&
      ((head[i + 4] as number) | 0x20) === 0x61
    )
      return true;
  }
  return false;
}

/** The charset named by an HTML `<meta charset>` or `<meta http-equiv … content="…charset=…">` in the first 2 KB. */
export function metaCharset(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.length, 2048);
  if (!hasMetaTag(bytes, n)) return undefined; // no `<meta` in the head: skip the decode
  const head = LATIN1.decode(bytes.subarray(0, n));
  const m = /<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head);
  return m?.[1] ? normalizeEncoding(m[1]) : undefined;
}

/** How many U+FFFD replacement characters a text holds. */
export function replacementCount(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\ufffd"); i !== -1; i = text.indexOf("\ufffd", i + 1)) n++;
  return n;
}

function decodeWith(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Whether `bad` U+FFFD in a text of `length` code units are too many to read it (more than 2 and 1%). */
function tooManyReplacements(bad: number, length: number): boolean {
  return bad > Math.max(2, length * 0.01);
}

/** The decoded text, leading BOM stripped and folded (`foldText`, internal), checked for emptiness and garbage. */
function finish(text: string, encoding: string): DecodeResult {
  const stripped = foldText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (stripped.trim() === "") return fail("input-empty");
  if (stripped.includes("\u0000")) return fail("input-binary", "It contains NUL characters.");
  const bad = replacementCount(stripped);
  if (tooManyReplacements(bad, stripped.length)) {
    return fail("input-undecodable", `${bad} undecodable sequences in ${encoding}.`);
  }
  return { ok: true, text: stripped, encoding };
}

/** How many code units of `text` are neither ASCII nor U+FFFD (the characters a UTF-8 reading got right). */
function decodedNonAscii(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && c !== 0xfffd) n++;
  }
  return n;
}

/**
 * The encoding of BOM-less bytes, with the text when they are UTF-8 (decoded once, reused). Bytes that are
 * not valid UTF-8 are still UTF-8 when their UTF-8 reading has no more U+FFFD than {@link finish} accepts
 * and more well-formed non-ASCII characters than U+FFFD (a file cut in the middle of a character, one stray
 * GBK character or byte); else GB18030, whose text read as UTF-8 has a U+FFFD for most CJK characters.
 */
function autodetect(bytes: Uint8Array): { encoding: string; text?: string } {
  try {
    return { encoding: "utf-8", text: STRICT_UTF8.decode(bytes) };
  } catch {
    const asUtf8 = new TextDecoder("utf-8").decode(bytes);
    const bad = replacementCount(asUtf8);
    const nearlyUtf8 = !tooManyReplacements(bad, asUtf8.length) && decodedNonAscii(asUtf8) > bad;
    return nearlyUtf8 ? { encoding: "utf-8", text: asUtf8 } : { encoding: "gb18030" };
  }
}

const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Decodes report input. Strings pass through (BOM stripped, encoding `"string"`); bytes are decoded by
 * BOM, then `options.encoding`, then `<meta charset>` (unless the bytes are (nearly) valid multi-byte UTF-8,
 * or the meta says UTF-8 and they are not), then BOM-less UTF-16 by NUL pattern, then UTF-8 when valid or
 * nearly so (a few U+FFFD, as for one stray byte), else GB18030. Errors: `input-empty`, `input-binary`,
 * `input-undecodable`, `input-too-large` (`DECODE_ERROR_CODES`).
 *
 * The decoded text is the input with a few characters folded, one code unit for one (`foldText`, internal), so
 * positions into it are positions into the input: U+2028, U+2029, NEL and vertical tab are `\n`; the first
 * `\r` of `\r\r\n` is a space; soft hyphens, zero-width spaces and joiners, word joiners and an interior
 * U+FEFF are spaces (a `cell.raw` then holds a space where the invisible character was), but between two
 * digits, where the zero-width ones are kept (U+FEFF as U+2060) and the digits read as one number; Kangxi
 * radicals and CJK compatibility ideographs are their ideographs (⼀ is 一).
 */
export function decodeInput(input: string | Uint8Array, options: DecodeOptions = {}): DecodeResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (typeof input === "string") {
    if (input.length > maxBytes) return fail("input-too-large", `${input.length} > ${maxBytes} characters.`);
    return finish(input, "string");
  }
  if (input.length === 0) return fail("input-empty");
  if (input.length > maxBytes) return fail("input-too-large", `${input.length} > ${maxBytes} bytes.`);
  let encoding: string | undefined;
  // BOM-less UTF-16 guessed from NUL bytes: its decoded text is checked for garbage.
  let guessed = false;
  let body = input;
  if (startsWith(input, [0xef, 0xbb, 0xbf])) {
    encoding = "utf-8";
    body = input.subarray(3);
  } else if (startsWith(input, [0xff, 0xfe])) {
    encoding = "utf-16le";
    body = input.subarray(2);
  } else if (startsWith(input, [0xfe, 0xff])) {
    encoding = "utf-16be";
    body = input.subarray(2);
  }
  if (options.encoding) encoding = normalizeEncoding(options.encoding);
  if (!encoding) {
    const magic = MAGIC.find((m) => startsWith(input, m.bytes));
    if (magic) return fail("input-binary", `It looks like ${magic.what}.`);
    encoding = utf16ByNuls(input);
    guessed = encoding !== undefined;
  }
  if (!encoding?.startsWith("utf-16")) {
    const reason = binaryReason(body);
    if (reason) return fail("input-binary", reason);
  }
  let decoded: string | undefined;
  if (!encoding) {
    const meta = metaCharset(input);
    const detected = autodetect(input);
    // A meta is stale when it names another encoding than (nearly) valid multi-byte UTF-8 bytes have, or
    // names UTF-8 for bytes that are not (CMS templates copied between sites; the server sends GBK).
    const utf8 = detected.encoding === "utf-8";
    const stale = meta === "utf-8" ? !utf8 : utf8 && hasHighByte(input);
    encoding = meta && !stale ? meta : detected.encoding;
    if (encoding === "utf-8") decoded = detected.text;
  }
  const text = decoded ?? decodeWith(encoding, body);
  if (text === undefined) return fail("input-undecodable", `Unknown encoding "${encoding}".`);
  if (guessed && garbled(text)) return fail("input-binary", "It holds NUL bytes and does not read as UTF-16 text.");
  return finish(text, encoding);
}
