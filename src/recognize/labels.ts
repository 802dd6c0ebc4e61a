/**
 * Label normalisation (formats.md §8.1): what two printings of one official label have in common. Used to
 * match row, column, block and section labels; the raw label is always kept beside the normalised one.
 */

import { SIMPLIFIED_CHARS, TAIWAN_WORDS, TRADITIONAL_CHARS } from "../templates/traditional.js";

const QUOTES = /["'“”‘’「」『』〝〞＂]/g;
const SPACES = /[\s\u00a0\u3000\u200b\ufeff]+/g;
const BRACKETS_OPEN = /[(（［[【〔〈]/g;
const BRACKETS_CLOSE = /[)）］\]】〕〉]/g;
const ORDINAL_DOT = /(?<![0-9０-９])([0-9０-９]+)[.．、,，]/g;

/**
 * Normalises a label for matching: NFKC (full-width → half-width), traditional characters made simplified,
 * brackets unified to （） (〈 〉 too: OCR reads a （ as 〈), every kind of whitespace (incl. U+3000) removed, quotes removed, `1、` / `1．` →
 * `1.`, 和 → 及.
 */
export function normalizeLabel(raw: string): string {
  if (raw.length > CACHE_MAX_LENGTH) return computeNormalized(raw);
  let out = normalized.get(raw);
  if (out === undefined) {
    out = computeNormalized(raw);
    if (normalized.size >= CACHE_LIMIT) normalized.clear();
    normalized.set(raw, out);
  }
  return out;
}

/** Labels repeat across rows, templates and candidate eras: each distinct label is normalised once. */
const normalized = new Map<string, string>();
const CACHE_LIMIT = 8192;
/** Longer texts (whole regions) are normalised without being cached. */
const CACHE_MAX_LENGTH = 256;

/** The simplified character of each traditional one (templates/traditional.ts). */
const SIMPLIFIED = new Map<string, string>();
for (let i = 0; i < TRADITIONAL_CHARS.length; i++) SIMPLIFIED.set(TRADITIONAL_CHARS[i]!, SIMPLIFIED_CHARS[i]!);
/** Any traditional character (one native scan tells a text that has none). */
const TRADITIONAL = new RegExp(`[${TRADITIONAL_CHARS}]`);

/**
 * A text in simplified characters: Taiwan words for the layouts' words first (檔案 → 文件, 資訊 → 信息), then
 * every traditional character (formats.md D15, mirror copies). A text without one is returned as it is.
 */
export function toSimplified(text: string): string {
  if (!TRADITIONAL.test(text)) return text;
  let out = text;
  for (const [word, simplified] of TAIWAN_WORDS) if (out.includes(word)) out = out.split(word).join(simplified);
  let result = "";
  for (const ch of out) result += SIMPLIFIED.get(ch) ?? ch;
  return result;
}

function computeNormalized(raw: string): string {
  return toSimplified(raw.normalize("NFKC"))
    .replace(SPACES, "")
    .replace(QUOTES, "")
    .replace(BRACKETS_OPEN, "（")
    .replace(BRACKETS_CLOSE, "）")
    .replace(ORDINAL_DOT, "$1.")
    .replace(/和/g, "及");
}

/**
 * Removes a trailing parenthesised annotation (Hubei-style notes, （处罚结果）) from a normalised label, or one a
 * line wrap left unclosed (其他对外管理服务事项（指行政许可以外的政务服务事项, its close on the next line) after
 * some label text.
 */
export function stripAnnotation(normalized: string): string {
  return normalized.replace(/(?<=.)（[^（）]*）?$/, "");
}

/**
 * Levenshtein distance, bounded: returns `max + 1` as soon as the distance must exceed `max`. Used for
 * the typo tolerance of D8 (e.g. 其他法律行政止公开).
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}
