/**
 * Cells of several numbers: numbers side by side (`217 7 6 7 7 2 246`, spread over the empty cells after them
 * when they fill the rest of the row, else one value) and numbers on several lines (one text value), and the
 * value token of a part of a cell's text.
 */
import { leadingSpace } from "../shapes/source-lines.js";
import { cellReading, THOUSANDS } from "./cell-value.js";
import type { Token } from "./lines.js";

/** One number as a cell prints it: a sign, digits, points and commas. */
const NUMBER = String.raw`[+\-\u2212]?\d[\d.,]*`;
/** Numbers side by side, one space run apart (`0 1 1 0 0 1 3`, `217 7 6 7 7 2 246`). */
const NUMBER_RUN = new RegExp(`^${NUMBER}(?:[ \u00a0\u3000]+${NUMBER})+$`);

/** Whether a cell holds only numbers side by side (full-width digits too), nothing else. */
export function isNumberRun(text: string): boolean {
  // A text starting with a CJK ideograph (most labels) is none: NFKC leaves ideographs as they are.
  const first = text.charCodeAt(leadingSpace(text));
  if (first >= 0x4e00 && first <= 0x9fff) return false;
  const trimmed = text.trim();
  return trimmed.length >= 3 && NUMBER_RUN.test(trimmed.normalize("NFKC"));
}

/** A line of a cell that is one number (full-width digits too, after NFKC). */
const NUMBER_LINE = new RegExp(`^${NUMBER}$`);

/**
 * Whether a cell holds numbers on two lines or more and nothing else (`1288\n447`: two rows an extractor merged
 * into one; `3985\n758`: a number wrapped in a narrow cell). Which it is cannot be told: the cell is one value of
 * status text at its column, so that the row's other values stay in theirs.
 */
export function isStackedNumbers(text: string): boolean {
  if (!text.includes("\n")) return false;
  let numbers = 0;
  for (const line of text.normalize("NFKC").split("\n")) {
    const trimmed = line.trim();
    if (trimmed === "") continue;
    if (!NUMBER_LINE.test(trimmed)) return false;
    numbers++;
  }
  return numbers >= 2;
}

/**
 * A cell of numbers side by side that, with the empty cells after it, exactly fills the rest of its row
 * (a converter put a row's values in its first value cell: `| 217 7 6 7 7 2 246 | | | | | | |`) is spread
 * over those cells, one number each. Otherwise it stays one value: a letter-spaced number (`3 4 9` is 349)
 * or, when its digits cannot be one number (`14 8`), a text value at its own column. Changes `tokens` in
 * place.
 */
export function spreadNumberRuns(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // A run has a space after its first number (checked before the pattern: most values are plain digits).
    if (t.kind !== "value" || t.raw.length < 3 || t.reading.status === "blank" || t.reading.status === "na") continue;
    if (!NUMBER_RUN.test(t.raw)) continue;
    const parts = t.raw.split(/[ \u00a0\u3000]+/);
    if (i + parts.length !== tokens.length) continue;
    let room = true;
    for (let j = 1; j < parts.length && room; j++) {
      const next = tokens[i + j] as Token;
      room = next.kind === "value" && next.reading.status === "blank";
    }
    if (!room) continue;
    let from = 0;
    for (let j = 0; j < parts.length; j++) {
      const part = parts[j] as string;
      const at = t.raw.indexOf(part, from);
      from = at + part.length;
      tokens[i + j] = valuePart(t, at, part);
    }
    return;
  }
}

/**
 * The value token of a part of a token's text: `raw`, starting at character `at` of `token.raw`, read on its
 * own, placed through the token's recorded offsets when it has them (HTML cells), else `at` characters on.
 */
export function valuePart(token: Token, at: number, raw: string): Token {
  return {
    kind: "value",
    raw,
    reading: cellReading(raw),
    line: token.line,
    get source() {
      if (token.sourceAt) return token.sourceAt(at);
      const source = token.source;
      return { ...source, offset: source.offset + at, column: source.column + at };
    },
  };
}

/** What `splitRunsInShortRow` made of a short row: its values, and the cells it split. */
export interface SplitRuns {
  /** The row's values, each cell split replaced by its numbers. */
  values: Token[];
  /** The cells split. */
  split: Token[];
}

/**
 * A row short of values whose cells of numbers side by side hold exactly the missing ones plus their own
 * (`行政规范性文件 | 3 0 8` under three columns; Table 四 as `10 1 0 0 0 | 0 0 0 0 0 | 5 0 0 0 0`: OCR drew no rule
 * between the values, or a converter put them in one cell) is read as those numbers, one per column. A cell
 * reading as one number grouped by thousands (`1 769`) is split only when `isTotal` is given (the row ends in
 * its total column) and the split row's numbers before the last add up to it (`746 12 0 0 10 1 769`: pdf-parse
 * set the last two values a space apart). Null when no cell holds numbers side by side, or when their count
 * does not fill the row exactly.
 */
export function splitRunsInShortRow(values: readonly Token[], width: number, isTotal = false): SplitRuns | null {
  if (values.length >= width) return null;
  const runs = numberRuns(values, width, false);
  if (runs === null && isTotal) {
    const grouped = numberRuns(values, width, true);
    if (grouped !== null && addsUp(values, grouped)) return splitRuns(values, grouped);
  }
  return runs === null ? null : splitRuns(values, runs);
}

/**
 * Each value's numbers when it holds several side by side (null for a value read as it is), when they fill
 * `width` exactly; null otherwise. A number grouped by thousands (1 204) is one value unless `grouped`.
 */
function numberRuns(values: readonly Token[], width: number, grouped: boolean): (string[] | null)[] | null {
  const runs: (string[] | null)[] = [];
  let count = 0;
  let split = 0;
  for (const t of values) {
    const nfkc = t.raw.normalize("NFKC");
    const parts =
      t.kind === "value" && t.raw.length >= 3 && NUMBER_RUN.test(nfkc) && (grouped || !THOUSANDS.test(nfkc.trim()))
        ? t.raw.split(/[ \u00a0\u3000]+/)
        : null;
    runs.push(parts);
    count += parts?.length ?? 1;
    if (parts) split++;
  }
  return split === 0 || count !== width ? null : runs;
}

/** Whether the row's numbers, its cells split as `runs` says, are all numbers and those before the last add up to it. */
function addsUp(values: readonly Token[], runs: readonly (string[] | null)[]): boolean {
  const numbers: number[] = [];
  values.forEach((t, k) => {
    for (const raw of runs[k] ?? [t.raw]) numbers.push(cellReading(raw).value ?? Number.NaN);
  });
  const total = numbers.pop() as number;
  let sum = 0;
  for (const n of numbers) sum += n;
  return sum === total;
}

/** The row's values with each cell of `runs` replaced by its numbers, and the cells split. */
function splitRuns(values: readonly Token[], runs: readonly (string[] | null)[]): SplitRuns {
  const out: Token[] = [];
  const cells: Token[] = [];
  values.forEach((t, k) => {
    const parts = runs[k];
    if (!parts) {
      out.push(t);
      return;
    }
    cells.push(t);
    let from = 0;
    for (const part of parts) {
      const i = t.raw.indexOf(part, from);
      from = i + part.length;
      out.push(valuePart(t, i, part));
    }
  });
  return { values: out, split: cells };
}
