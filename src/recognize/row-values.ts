/**
 * Row-level passes over a grid row's tokens: which text tokens are values of their column, kept as text (no
 * number is guessed from them) — 本年增/减 written in words (减少3, 持平) and counts in Chinese numerals (一, 九十五).
 */
import { isNumeralRun } from "../numerals.js";
import { isMissingWord } from "../shapes/frame-missing.js";
import { isLookAlikeDigits } from "../shapes/ocr-residue.js";
import { isChineseNumeralValue } from "./cell-value.js";
import type { Token } from "./lines.js";

/**
 * A numbered row label (1.属于国家秘密, 1）…, （三）…, 二、…), which may follow a value in a flattened table: never a
 * value. A number's own characters make none: a decimal or a number in scientific notation (4.47E+05, as a
 * spreadsheet prints a wide number), a number with a point or mark and nothing after it (5., 1、), a number
 * in brackets (the accounting format's negative, (3)).
 */
export const NUMBERED_LABEL =
  /^\s*(?:\d{1,2}\s*(?:[.．](?!\s*\d)|[、)）])(?=\s*\S)|[（(](?![-+]?\s*[\d.,]+\s*[)）]\s*$)|[一二三四五六七八九十]{1,3}、)/;
/** The longest text kept as a value (“减少3”, “增加12项”); longer texts are labels or prose. */
const MAX_TEXT_VALUE = 12;

/** Words that state “no change” in a 本年增/减 cell. */
const NO_CHANGE_WORDS = ["持平", "不变", "无变化", "没有变化", "未变化", "无增减"];

/** Whether a short text states an amount: a digit (full-width too), a count in Chinese numerals alone or beside a
 * word of change (减少三, 增加两项), or “no change” (持平). A unit (万元) or a note (含二级单位) is none. */
function statesAmount(raw: string): boolean {
  let numeral = false;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if ((code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19)) return true;
    if (!numeral && isNumeralRun(raw, i, i + 1)) numeral = true;
  }
  if (numeral && (isNumeralRun(raw) || CHANGE_WORD.test(raw))) return true;
  return NO_CHANGE_WORDS.includes(raw);
}

/** A word of change in a 本年增/减 cell. */
const CHANGE_WORD = /[增减加少多]/;

/** A spreadsheet's error value: a formula whose reference broke (#REF!, #N/A, #VALUE!, #DIV/0!). */
const SHEET_ERROR = /^#(?:REF!|N\/A|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/;

/**
 * Whether a value cell holds what only a program writes: a spreadsheet's error value (SHEET_ERROR) or a data
 * frame's missing value (`nan`, `None`, `<NA>`: frame-missing.ts).
 */
export const isMachineValue = (raw: string): boolean => isMissingWord(raw) || SHEET_ERROR.test(raw);

/**
 * On a reliable grid row, a short text cell stating an amount after a filled value (“减少3”, “减少三”, “持平”
 * in 本年增/减) is that column's value written as words, not the label of a new row: it becomes a value token
 * (its reading stays `text`, so no number is guessed); so does a value only a program writes (isMachineValue:
 * `3001 … 4 | #REF!`, a 总计 whose formula broke). Changes `tokens` in place.
 */
export function keepTextValues(tokens: Token[]): void {
  let filled = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === "value") {
      if (t.reading.status !== "blank") filled = true;
      continue;
    }
    const raw = t.raw;
    if (!filled) continue;
    if (!isMachineValue(raw)) {
      if (raw.length > MAX_TEXT_VALUE || /\s/.test(raw) || !statesAmount(raw) || NUMBERED_LABEL.test(raw)) continue;
    }
    tokens[i] = textValue(t);
  }
}

/**
 * The values a row without a label must hold for its leading numeral to be a value too: Table 四's data row,
 * 15 values and no label (a row of Table 三 has 7, and a vertical label's character may lead it).
 */
const MIN_VALUE_ROW = 14;

/**
 * A count in Chinese numerals (一, 九十五) among a grid row's values — after its label, with only values and
 * numerals after it, in a row holding a value — is that column's value, kept as text (no number is guessed
 * from it): as a label it would move the row's values one column left. So is a numeral leading a row of at
 * least MIN_VALUE_ROW values and nothing else. One pass from the right, each token read once. Changes `tokens`
 * in place.
 */
export function keepNumeralValues(tokens: Token[]): void {
  const n = tokens.length;
  let values = 0;
  let label = -1;
  for (let i = 0; i < n; i++) {
    if ((tokens[i] as Token).kind === "value") values++;
    else if (label < 0) label = i;
  }
  if (values === 0 || label < 0) return;
  if (label === 0 && values === n - 1) {
    // A row of values only (Table 四 has no row label) whose first cell is a numeral: that cell is a value too.
    const first = tokens[0] as Token;
    if (values >= MIN_VALUE_ROW && isChineseNumeralValue(first.raw)) tokens[0] = textValue(first);
    return;
  }
  for (let i = n - 1; i > label; i--) {
    const t = tokens[i] as Token;
    if (t.kind === "value") continue;
    if (!isChineseNumeralValue(t.raw)) return;
    tokens[i] = textValue(t);
  }
}

/**
 * Digits OCR misread as letters (`lo`, `I0`, `O`: isLookAlikeDigits) among a row's values — after its label, in a
 * row holding a filled value after the label — are values of their column kept as text (no digit is guessed from
 * them): as labels they would move the row's values out of their columns. Changes `tokens` in place.
 */
export function keepLookAlikeValues(tokens: Token[]): void {
  const label = tokens.findIndex((t) => t.kind === "text");
  if (label < 0) return;
  let filled = false;
  for (let i = label + 1; i < tokens.length && !filled; i++) {
    const t = tokens[i] as Token;
    filled = t.kind === "value" && t.reading.status !== "blank";
  }
  if (!filled) return;
  for (let i = label + 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === "text" && isLookAlikeDigits(t.raw, 0, t.raw.length)) tokens[i] = textValue(t);
  }
}

/** A text token read as a value of its column (its reading stays `text`: no number is guessed from it). */
export function textValue(token: Token): Token {
  return {
    kind: "value",
    raw: token.raw,
    reading: token.reading,
    line: token.line,
    get source() {
      return token.source;
    },
  };
}
