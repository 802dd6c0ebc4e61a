/**
 * How the narrative patterns of narrative-patterns.ts become regular expressions: `N` the number (Arabic or
 * Chinese numerals), `U` the pattern's counting unit, `~` an optional 余/多 between them.
 */
import { CHINESE_NUMERAL_CHARS } from "../recognize/chinese-numbers.js";
import { NARRATIVE_PATTERNS } from "./narrative-patterns.js";

const NUM = `\\s*(?<n>\\d+(?:,\\d{3})*|[${CHINESE_NUMERAL_CHARS}]+)\\s*`;
/** The units `U` stands for when a pattern names none. */
const DEFAULT_UNITS = ["件", "项", "条", "个", "宗"];
/** An optional 余/多 after the number: the text states “at least about” that many. */
const ABOUT_WORDS = ["余", "多"];
const ABOUT = `(?<about>${ABOUT_WORDS.join("|")})?\\s*`;

const unitGroup = (units: readonly string[]): string =>
  `(?:${[...units].sort((a, b) => b.length - a.length).join("|")})`;

/**
 * Compiles a pattern of the data table (`N` number, `U` unit, `~` optional 余/多) into a global regular
 * expression; `units` are the units `U` stands for (件/项/条/个/宗 when absent).
 */
export function compilePattern(pattern: string, units: readonly string[] = DEFAULT_UNITS): RegExp {
  const unit = unitGroup(units);
  return new RegExp(
    pattern.replace(/N ?U/g, `${NUM}${unit}`).replace(/N~U/g, `${NUM}${ABOUT}${unit}`).replace(/N/g, NUM),
    "gu",
  );
}

/** A regular expression whose `n` and `about` groups are numbered, not named, and their numbers (0: none). */
export interface NumberedPattern {
  /** The expression, same flags, with `(?<n>` and `(?<about>` made plain groups (no groups object per match). */
  re: RegExp;
  /** The number of the `n` group. */
  n: number;
  /** The number of the `about` group, 0 when the pattern has none. */
  about: number;
}

/** The end of the character class opened at `open` in a pattern source (index past its `]`). */
function classEnd(source: string, open: number): number {
  let i = open + 1;
  while (i < source.length && source[i] !== "]") i += source[i] === "\\" ? 2 : 1;
  return i + 1;
}

/**
 * A compiled pattern (`compilePattern`) with its `n` and `about` groups numbered instead of named: the
 * capturing groups are counted in the source (escapes and classes skipped), so `m[n]` is what `m.groups.n`
 * would be.
 */
export function numberedGroups(re: RegExp): NumberedPattern {
  const source = re.source;
  let out = "";
  let groups = 0;
  let n = 0;
  let about = 0;
  let i = 0;
  while (i < source.length) {
    const c = source[i] as string;
    let next = i + 1;
    if (c === "\\") next = i + 2;
    else if (c === "[") next = classEnd(source, i);
    else if (c === "(" && source[i + 1] !== "?") groups++;
    else if (c === "(" && source[i + 2] === "<" && source[i + 3] !== "=" && source[i + 3] !== "!") {
      groups++;
      const close = source.indexOf(">", i);
      const name = source.slice(i + 3, close);
      if (name === "n" || name === "about") {
        if (name === "n") n = groups;
        else about = groups;
        out += "(";
        i = close + 1;
        continue;
      }
    }
    out += source.slice(i, next);
    i = next;
  }
  return { re: new RegExp(out, re.flags), n, about };
}

const unitsOf = (p: (typeof NARRATIVE_PATTERNS)[number]): readonly string[] => p.units ?? DEFAULT_UNITS;

/**
 * Whether every `N` of every pattern is followed by its unit (`N U`, `NU`, `N~U`): then every match holds a
 * count — a numeral, whitespace, an optional 余/多, whitespace, then the first character of a unit.
 */
export const COUNTS_ONLY = NARRATIVE_PATTERNS.every((p) => p.patterns.every((pattern) => !/N(?! ?U|~U)/.test(pattern)));
/** The first characters of every unit: where a count can end. */
export const UNIT_FIRST = [...new Set(NARRATIVE_PATTERNS.flatMap((p) => unitsOf(p).map((u) => u.charAt(0))))].join("");
/** The characters a stated number ends with: ASCII digits (`\\d`) and the Chinese numerals. */
export const NUMERAL_CHARS = `0123456789${CHINESE_NUMERAL_CHARS}`;
/** The words `~` stands for (余/多, one character each). */
export { ABOUT_WORDS };

/** The last characters of every unit of the data table: a sentence holding none states no count. */
const UNIT_LAST = [
  ...new Set([...DEFAULT_UNITS, ...NARRATIVE_PATTERNS.flatMap((p) => p.units ?? [])].map((u) => u.slice(-1))),
].join("");
/** Unit characters (global, for sentencesWith). */
export const UNIT_CHARS = new RegExp(`[${UNIT_LAST}]`, "g");
