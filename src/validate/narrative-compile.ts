/**
 * How the narrative patterns of narrative-patterns.ts become regular expressions: `N` the number (Arabic or
 * Chinese numerals), `U` the pattern's counting unit, `~` an optional 余/多 between them.
 */
import { CHINESE_NUMERAL_CHARS } from "../recognize/chinese-numbers.js";
import { isSpaceCode } from "../shapes/source-lines.js";
import { NARRATIVE_PATTERNS } from "./narrative-patterns.js";
import { sentencesWith } from "./wrapped-lines.js";

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

const unitsOf = (p: (typeof NARRATIVE_PATTERNS)[number]): readonly string[] => p.units ?? DEFAULT_UNITS;

/**
 * Whether every `N` of every pattern is followed by its unit (`N U`, `NU`, `N~U`): then every match holds a
 * count — a numeral, whitespace, an optional 余/多, whitespace, then the first character of a unit.
 */
const COUNTS_ONLY = NARRATIVE_PATTERNS.every((p) => p.patterns.every((pattern) => !/N(?! ?U|~U)/.test(pattern)));
const escapeClass = (chars: string): string => chars.replace(/[\\\][^-]/g, "\\$&");
const UNIT_FIRST = [...new Set(NARRATIVE_PATTERNS.flatMap((p) => unitsOf(p).map((u) => u.charAt(0))))].join("");
/** The first characters of every unit (global): where a count can end. */
const UNIT_START = new RegExp(`[${escapeClass(UNIT_FIRST)}]`, "g");
const NUMERAL_CODES = new Set([..."0123456789", ...CHINESE_NUMERAL_CHARS].map((c) => c.charCodeAt(0)));
const ABOUT_CODES = new Set(ABOUT_WORDS.map((w) => w.charCodeAt(0)));

/** The index of the last character before `from` (inclusive) that is not whitespace (line breaks only when `acrossLines`). */
function skipSpacesBack(text: string, from: number, acrossLines: boolean): number {
  let i = from;
  for (; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (!isSpaceCode(code) || (code === 0x0a && !acrossLines)) break;
  }
  return i;
}

/**
 * Whether a count ends at the unit character at `unit`: before it, whitespace (`\\s`; without line breaks
 * unless `acrossLines`), an optional 余/多, whitespace, and a numeral.
 */
function countBefore(text: string, unit: number, acrossLines: boolean): boolean {
  let i = skipSpacesBack(text, unit - 1, acrossLines);
  if (i >= 0 && ABOUT_CODES.has(text.charCodeAt(i))) i = skipSpacesBack(text, i - 1, acrossLines);
  return i >= 0 && NUMERAL_CODES.has(text.charCodeAt(i));
}

/**
 * Whether a text holds a count across any whitespace (line breaks too): a text without one holds no claim,
 * even once its wrapped lines are joined (joining only removes whitespace). Always true when some pattern
 * has a bare `N`.
 */
export function mayHoldClaim(text: string): boolean {
  if (!COUNTS_ONLY) return true;
  UNIT_START.lastIndex = 0;
  for (let m = UNIT_START.exec(text); m !== null; m = UNIT_START.exec(text)) {
    if (countBefore(text, m.index, true)) return true;
  }
  return false;
}

const countInLine = (text: string, unit: number): boolean => countBefore(text, unit, false);

/**
 * The sentences of a (joined) text that may hold a claim: those with a count within the line, or, when
 * some pattern has a bare `N`, those with a unit character.
 */
export function claimSentences(text: string): string[] {
  return COUNTS_ONLY ? sentencesWith(text, UNIT_START, countInLine) : sentencesWith(text, UNIT_CHARS);
}

/** The last characters of every unit of the data table: a sentence holding none states no count. */
const UNIT_LAST = [
  ...new Set([...DEFAULT_UNITS, ...NARRATIVE_PATTERNS.flatMap((p) => p.units ?? [])].map((u) => u.slice(-1))),
].join("");
/** One unit character (test). */
export const UNIT_CHAR = new RegExp(`[${UNIT_LAST}]`);
/** Unit characters (global, for sentencesWith). */
export const UNIT_CHARS = new RegExp(`[${UNIT_LAST}]`, "g");
