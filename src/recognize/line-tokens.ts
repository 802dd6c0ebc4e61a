/**
 * The tokens of a document's lines: the words of a text line (a label, then the values after it) and the
 * token of each anchor cell of a grid row, each with its source position, made on first use where it can be.
 */
import type { GridCell, Point, TableBlock } from "../document.js";
import { cellSource } from "../document.js";
import type { SourcePosition } from "../schema/common.js";
import { hasRecordedOffsets, recordedOffset } from "../shapes/offsets.js";
import { Locator } from "../shapes/positions.js";
import { isSpaceCode, leadingSpace } from "../shapes/source-lines.js";
import {
  type CellReading,
  cellReading,
  isChineseNumeralValue,
  isMarkedNumber,
  isNoteMark,
  isOverlongNumber,
} from "./cell-value.js";
import { isChromeLine, maskInlineChrome } from "./chrome.js";
import type { Token } from "./lines.js";
import { isNumberRun, isStackedNumbers } from "./number-runs.js";

/** The point reached after the first `index` characters of `text`, which starts at `start`. */
export function advance(start: Point, text: string, index: number): Point {
  const newline = text.indexOf("\n");
  if (newline < 0 || newline >= index) {
    const n = Math.min(index, text.length);
    return { line: start.line, column: start.column + n, offset: start.offset + n };
  }
  let { line, column, offset } = start;
  for (let i = 0; i < index && i < text.length; i++) {
    offset++;
    if (text[i] === "\n") {
      line++;
      column = 1;
    } else column++;
  }
  return { line, column, offset };
}

/** Finds the points of characters of block and cell texts, through the reader's recorded offsets if any. */
export class Points {
  private locator: Locator | undefined;

  constructor(private readonly text: string) {}

  /** The point of character `index` of `text`, which starts at `start`. */
  at(start: Point, text: string, index: number): Point {
    return this.recorded(start, index) ?? advance(start, text, index);
  }

  /** The point of character `index` of a text starting at `start` from the reader's recorded offsets. */
  recorded(start: Point, index: number): Point | undefined {
    const offset = recordedOffset(start, index);
    if (offset === undefined) return undefined;
    this.locator ??= new Locator(this.text);
    return this.locator.point(offset);
  }
}

/** The words that read as na values among a text line's values (无, 不适用). */
export const NA_WORDS: readonly string[] = ["无", "不适用"];

/**
 * Splits a text into a label and the values after it: everything up to the last word that is not a value
 * is one text token (so "3 .其他" stays a label); the words after it that read as numbers or dashes are
 * value tokens. A text of values only is all values. 无 and 不适用 are values in a run of several values
 * (`上年结转政府信息公开申请数量 无 无 2 无 无 4 6`); one alone stays text, after words (`其他需要报告的事项 无`) or
 * on a line of its own (a section's whole text, a piece of a word cut by spaces): the table reader reads it as a
 * row's value when the words before it name that row (na-words.ts).
 */
export function wordTokens(text: string, at: (index: number) => SourcePosition, line: number): Token[] {
  // Scan words from the end: the trailing values, then the last word that is not a value (where the
  // label ends). Prose lines stop at their last word, so their other words are never read as values.
  const values: Token[] = [];
  let labelEnd = -1;
  let markEnd = -1;
  let i = text.length;
  while (i > 0) {
    if (isSpaceCode(text.charCodeAt(i - 1))) {
      i--;
      continue;
    }
    const end = i;
    while (i > 0 && !isSpaceCode(text.charCodeAt(i - 1))) i--;
    const raw = text.slice(i, end);
    const reading = cellReading(raw);
    if (
      reading.status === "number" ||
      reading.status === "na" ||
      isOverlongNumber(raw) ||
      isMarkedNumber(raw) ||
      // A count in Chinese numerals among the values, with words before it (…数量 一 0 0): a value, kept as text.
      (values.length > 0 && isChineseNumeralValue(raw) && hasWordBefore(text, i))
    ) {
      values.push({ kind: "value", raw, reading, source: at(i), line });
      markEnd = -1;
      continue;
    }
    // A footnote mark set off after the values (550 ①): no value, and the label ends before it only when a
    // value stands before it.
    if (markEnd < 0 && isNoteMark(raw)) {
      markEnd = values.length === 0 ? end : -1;
      continue;
    }
    labelEnd = markEnd >= 0 ? markEnd : end;
    break;
  }
  if (values.length === 1 && NA_WORDS.includes(values[0]!.raw)) {
    // One 无 alone: the end of a phrase, or a phrase, not a value (na-words.ts decides for table rows).
    values.length = 0;
    labelEnd = text.length;
    while (labelEnd > 0 && isSpaceCode(text.charCodeAt(labelEnd - 1))) labelEnd--;
  }
  const out: Token[] = [];
  if (labelEnd >= 0) {
    const first = leadingSpace(text);
    const raw = text.slice(first, labelEnd);
    out.push({ kind: "text", raw, reading: cellReading(raw), source: at(first), line });
  }
  for (let k = values.length - 1; k >= 0; k--) out.push(values[k]!);
  return out;
}

/** Whether a line holds a non-space character before index `end`. */
function hasWordBefore(text: string, end: number): boolean {
  for (let i = end - 1; i >= 0; i--) if (!isSpaceCode(text.charCodeAt(i))) return true;
  return false;
}

/**
 * The token of a whole grid cell. Its source is made on first use: most tokens of a document are never
 * placed in a report, and a long document keeps every token alive until recognition ends.
 */
class CellToken implements Token {
  private placed: SourcePosition | undefined;

  constructor(
    readonly kind: Token["kind"],
    readonly raw: string,
    readonly reading: Readonly<CellReading>,
    readonly line: number,
    private readonly cell: GridCell,
    private readonly table: TableBlock,
    private readonly row: number,
    private readonly col: number,
    private readonly points: Points,
  ) {}

  /** Where the cell starts (with its grid coordinates and spans). */
  get source(): SourcePosition {
    this.placed ??= cellSource(this.table, this.row, this.col, this.cell);
    return this.placed;
  }

  /** Where character `index` of `raw` stands (raw is the cell's text trimmed), through recorded offsets if any. */
  sourceAt(index: number): SourcePosition {
    const text = this.cell.text;
    const lead = Math.max(0, text.indexOf(this.raw));
    const p = this.points.at(this.cell.position, text, lead + index);
    return { ...this.source, line: p.line, column: p.column, offset: p.offset };
  }
}

/** Writes the tokens of one grid cell into `out` from index `n`; returns the index after them. */
export function cellTokens(
  out: (Token | undefined)[],
  n: number,
  table: TableBlock,
  r: number,
  c: number,
  cell: GridCell,
  line: number,
  points: Points,
): number {
  const direct = cellReading(cell.text);
  // A value cell (number, blank, dash) is never chrome: skip the chrome patterns for it.
  if (direct.status !== "text" && !/[-—–－]/.test(cell.text)) {
    out[n] = new CellToken("value", cell.text.trim(), direct, line, cell, table, r, c, points);
    return n + 1;
  }
  if (isChromeLine(cell.text)) {
    out[n] = new CellToken("value", "", cellReading(""), line, cell, table, r, c, points);
    return n + 1;
  }
  const text = maskInlineChrome(cell.text);
  const reading = text === cell.text ? direct : cellReading(text);
  // A value cell, or several numbers side by side (one value of status text at its column, which
  // spreadNumberRuns spreads when they fill the rest of the row): the row's other columns stay aligned.
  if (
    reading.status !== "text" ||
    isNumberRun(text) ||
    isOverlongNumber(text) ||
    isMarkedNumber(text) ||
    isStackedNumbers(text)
  ) {
    out[n] = new CellToken("value", text.trim(), reading, line, cell, table, r, c, points);
    return n + 1;
  }
  // One word starting the cell (most labels): the word is the label token and starts where the cell does
  // (the general path below gives the same token, with the cell's own source).
  const end = oneWordEnd(text);
  if (end > 0 && !hasRecordedOffsets(cell.position)) {
    const raw = end === text.length ? text : text.slice(0, end);
    const word = raw === text ? reading : cellReading(raw);
    if (word.status === "text") {
      out[n] = new CellToken("text", raw, word, line, cell, table, r, c, points);
      return n + 1;
    }
  }
  const base = cellSource(table, r, c, cell);
  const at = (i: number): SourcePosition => {
    const p = points.at(cell.position, cell.text, i);
    const source: SourcePosition = { ...base };
    source.line = p.line;
    source.column = p.column;
    source.offset = p.offset;
    return source;
  };
  let next = n;
  for (const token of wordTokens(text, at, line)) out[next++] = token;
  return next;
}

/**
 * The end of the one word a text holds when that word starts it (trailing whitespace allowed), else -1
 * (leading whitespace, or whitespace between words).
 */
function oneWordEnd(text: string): number {
  if (text.length === 0 || isSpaceCode(text.charCodeAt(0))) return -1;
  let end = 1;
  while (end < text.length && !isSpaceCode(text.charCodeAt(end))) end++;
  for (let i = end; i < text.length; i++) if (!isSpaceCode(text.charCodeAt(i))) return -1;
  return end;
}
