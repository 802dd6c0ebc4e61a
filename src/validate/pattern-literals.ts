/**
 * The words a narrative pattern must start with, read off the pattern text, so that a sentence holding none
 * of them is not scanned with the pattern's regular expression at all.
 */

const CJK_RUN = /^[\u4e00-\u9fff]+/;
const CJK_ONLY = /^[\u4e00-\u9fff]+$/;
/** A leading non-capturing group of plain alternatives that is not itself optional or repeated. */
const LEADING_GROUP = /^\(\?:([^()]*)\)(?![?*{])/;

/**
 * The literal words every match of a pattern (narrative-patterns.ts syntax) starts with: the alternatives
 * of a leading `(?:甲|乙)` group, or the leading run of CJK characters up to one made optional. null when
 * the pattern starts otherwise (with `N`, an optional group …): it must then always be tried.
 */
export function leadingLiterals(pattern: string): readonly string[] | null {
  const group = LEADING_GROUP.exec(pattern);
  if (group) {
    const alternatives = (group[1] ?? "").split("|");
    return alternatives.every((a) => CJK_ONLY.test(a)) ? alternatives : null;
  }
  const run = CJK_RUN.exec(pattern)?.[0];
  if (!run) return null;
  const next = pattern[run.length];
  const literal = next === "?" || next === "*" || next === "{" ? run.slice(0, -1) : run;
  return literal ? [literal] : null;
}

/** Index just past a group opened at `open` (an unmatched parenthesis: -1), skipping escapes and classes. */
function groupEnd(pattern: string, open: number): number {
  let depth = 0;
  for (let i = open; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") i++;
    else if (c === "[") i = classEnd(pattern, i) - 1;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i + 1;
  }
  return -1;
}

/** Index just past a character class opened at `open`. */
function classEnd(pattern: string, open: number): number {
  for (let i = open + 1; i < pattern.length; i++) {
    if (pattern[i] === "\\") i++;
    else if (pattern[i] === "]") return i + 1;
  }
  return pattern.length;
}

/** Whether the item ending before `at` is made optional (or repeated from zero) by a quantifier there. */
const optionalAt = (pattern: string, at: number): boolean => {
  const q = pattern[at];
  return q === "?" || q === "*" || q === "{";
};

/** Index past the quantifier (and its lazy `?`) at `at`, if any. */
function skipQuantifier(pattern: string, at: number): number {
  let i = at;
  const q = pattern[i];
  if (q === "{") i = pattern.indexOf("}", i) + 1 || pattern.length;
  else if (q === "?" || q === "*" || q === "+") i++;
  else return i;
  return pattern[i] === "?" ? i + 1 : i;
}

/**
 * The literal words every match of a pattern contains (one of them at least): its leading literals, else
 * the alternatives of the first top-level `(?:甲|乙)` group that is not optional, or the first CJK run (up
 * to a character made optional). null when the pattern requires no such word (or has a top-level `|`).
 */
export function requiredLiterals(pattern: string): readonly string[] | null {
  const leading = leadingLiterals(pattern);
  if (leading) return leading;
  let found: readonly string[] | null = null;
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i] as string;
    if (c === "|") return null;
    if (c === ")") return null;
    let next: number;
    if (c === "(") {
      next = groupEnd(pattern, i);
      if (next < 0) return null;
      const body = pattern.slice(i + 3, next - 1);
      const plain = pattern.startsWith("(?:", i) && !/[()[\\]/.test(body);
      const alternatives = body.split("|");
      if (!found && plain && !optionalAt(pattern, next) && alternatives.every((a) => CJK_ONLY.test(a))) {
        found = alternatives;
      }
    } else if (c === "[") {
      next = classEnd(pattern, i);
    } else if (c === "\\") {
      next = i + 2;
    } else if (CJK_ONLY.test(c)) {
      const run = CJK_RUN.exec(pattern.slice(i))?.[0] ?? c;
      next = i + run.length;
      const literal = optionalAt(pattern, next) ? run.slice(0, -1) : run;
      if (!found && literal) found = [literal];
    } else {
      next = i + 1;
    }
    i = skipQuantifier(pattern, next);
  }
  return found;
}
