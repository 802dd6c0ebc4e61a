/** A linear test for "at most one edit apart", the typo tolerance of legacy row labels. */

/**
 * True when the Levenshtein distance of `a` and `b` (UTF-16 code units) is at most 1, i.e. exactly
 * when `boundedDistance(a, b, 1) <= 1`, in one pass: the common prefix and the common suffix (not
 * overlapping it) must leave at most one code unit of the longer string unmatched.
 */
export function withinOneEdit(a: string, b: string): boolean {
  const short = a.length <= b.length ? a : b;
  const long = short === a ? b : a;
  const n = short.length;
  const m = long.length;
  if (m - n > 1) return false;
  let prefix = 0;
  while (prefix < n && short.charCodeAt(prefix) === long.charCodeAt(prefix)) prefix++;
  if (prefix === n) return true;
  let suffix = 0;
  while (suffix < n - prefix && short.charCodeAt(n - 1 - suffix) === long.charCodeAt(m - 1 - suffix)) suffix++;
  return prefix + suffix >= (m === n ? n - 1 : n);
}
