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
