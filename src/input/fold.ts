/**
 * The length-preserving fold of decoded text: characters that other tools write for a line break, an
 * invisible mark or a look-alike ideograph become the character every later stage expects, each ONE code
 * unit for ONE, so positions and offsets into the folded text are those of the input.
 */

/**
 * Every character the fold replaces, and the first `\r` of `\r\r\n` (a line end converted twice). Text without
 * any of them (nearly every report) is returned as is.
 */
const FOLDED = /[\u000b\u0085\u00ad\u200b-\u200d\u2028\u2029\u2060\ufeff\u2e80-\u2fd5\uf900-\ufaff]|\r(?=\r\n)/;
/**
 * The test for FOLDED, as three native scans that V8 runs in half the time of the one expression (the
 * alternation and the wide class defeat its skip tables): the marks, the ideograph blocks, `\r\r\n`.
 */
const MARKS = /[\u000b\u0085\u00ad\u200b-\u200d\u2028\u2029\u2060\ufeff]/;
const IDEOGRAPH_BLOCKS = /[\u2e80-\u2fd5\uf900-\ufaff]/;
const mayFold = (text: string): boolean => MARKS.test(text) || IDEOGRAPH_BLOCKS.test(text) || text.includes("\r\r\n");

/**
 * CJK radicals (U+2E80–U+2EFF) that PDF extractors emit for the ideograph of the same shape (人⺠政府 for 人民政府,
 * 第3⻚ for 第3页), NFKC leaving them as they are: each with that ideograph (Unicode's
 * EquivalentUnifiedIdeograph, simplified forms). Radicals not listed stay as they are.
 */
const RADICALS: ReadonlyMap<string, string> = new Map([
  ["⺠", "民"],
  ["⻚", "页"],
  ["⻓", "长"],
  ["⻔", "门"],
  ["⻅", "见"],
  ["⻢", "马"],
  ["⻋", "车"],
  ["⻛", "风"],
  ["⻜", "飞"],
  ["⻥", "鱼"],
  ["⻄", "西"],
  ["⻘", "青"],
  ["⻝", "食"],
  ["⻨", "麦"],
  ["⻦", "鸟"],
  ["⻰", "龙"],
  ["⻬", "齐"],
  ["⻮", "齿"],
  ["⻩", "黄"],
  ["⻆", "角"],
  ["⻧", "卤"],
  ["⻪", "黾"],
  ["⻗", "雨"],
  ["⻡", "首"],
  ["⻣", "骨"],
  ["⻤", "鬼"],
  ["⻁", "虎"],
  ["⻑", "長"],
]);
const FOLDED_ALL = new RegExp(FOLDED.source, "g");

/** Whether a code unit is an ASCII or full-width digit. */
export function isDigitCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

/** Whether a code unit is a zero-width character: U+200B–U+200D, U+2060 or U+FEFF. */
function isZeroWidthCode(code: number): boolean {
  return (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

/**
 * Whether a code unit is a zero-width character the fold keeps inside a digit run (`3\u200b119`): U+200B–U+200D
 * and U+2060 (U+FEFF there is folded to U+2060). Readers of a number skip it: the number is 3119, the raw text
 * keeps it.
 */
export function isDigitJoinerCode(code: number): boolean {
  return (code >= 0x200b && code <= 0x200d) || code === 0x2060;
}

/** Whether the zero-width character at `at` is in a run of them between two digits. */
function insideDigits(text: string, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && isZeroWidthCode(text.charCodeAt(before))) before--;
  if (before < 0 || !isDigitCode(text.charCodeAt(before))) return false;
  let after = at + 1;
  while (after < text.length && isZeroWidthCode(text.charCodeAt(after))) after++;
  return after < text.length && isDigitCode(text.charCodeAt(after));
}

/** The one code unit a folded character at `at` of `text` becomes. */
function foldOne(ch: string, at: number, text: string): string {
  const code = ch.charCodeAt(0);
  if (isZeroWidthCode(code) && insideDigits(text, at)) return code === 0xfeff ? "\u2060" : ch;
  if (code === 0x0b || code === 0x85 || code === 0x2028 || code === 0x2029) return "\n";
  if (code >= 0x2e80 && code <= 0x2eff) {
    const ideograph = RADICALS.get(ch) ?? ch.normalize("NFKC");
    return ideograph.length === 1 ? ideograph : ch;
  }
  if ((code >= 0x2f00 && code <= 0x2fd5) || (code >= 0xf900 && code <= 0xfaff)) {
    const ideograph = ch.normalize("NFKC");
    return ideograph.length === 1 ? ideograph : ch;
  }
  return " "; // \r before \r\n, soft hyphen, zero-width space/non-joiner/joiner, word joiner, BOM
}

/**
 * Folds decoded text, keeping its length and every position:
 * - line separators U+2028, U+2029, NEL U+0085 and vertical tab U+000B (Word's manual line break) → `\n`;
 * - `\r\r\n` (line ends converted twice) → ` \r\n`;
 * - soft hyphen U+00AD, zero-width space/non-joiner/joiner U+200B–U+200D, word joiner U+2060 and U+FEFF
 *   (a BOM inside the text; a leading one is stripped before) → a space, except a run of the zero-width ones
 *   between two digits (`3\u200b119`, a PDF extractor's or an editor's): kept as they are ({@link
 *   isDigitJoinerCode}; U+FEFF, which `\s` matches, as U+2060), so the digits stay one number;
 * - Kangxi radicals U+2F00–U+2FD5 and CJK compatibility ideographs U+F900–U+FAFF (PDF extractors emit ⼀⼆⼯
 *   for 一二工) → their NFKC ideograph when that is one code unit;
 * - the CJK radicals supplement U+2E80–U+2EFF: the radicals of {@link RADICALS} (⺠ → 民, ⻚ → 页) and those
 *   NFKC maps (⺟ → 母, ⻳ → 龟) → their ideograph; the others stay.
 */
export function foldText(text: string): string {
  return mayFold(text) ? text.replace(FOLDED_ALL, foldOne) : text;
}
