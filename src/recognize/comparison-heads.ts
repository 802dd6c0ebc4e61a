/**
 * The header lines of a table region read for comparison columns (上年处理决定数量, 2023年, 同比增减): which
 * header cells name them and where their values stand among a row's cells.
 */

import { type HeaderModel, isComparisonHead, knownWidth, yearsOf } from "./comparison-words.js";
import { normalizeLabel } from "./labels.js";
import type { Line, Token } from "./lines.js";
import { namesTransposedColumn } from "./transposed.js";

/** Comparison columns named by a header band, and where their values stand in a row. */
export interface ColumnSkip {
  /** The header cells naming the comparison columns. */
  heads: readonly Token[];
  /** `last`: the last `heads.length` cells of a row; else their indexes among a row's `span` cells. */
  place: "last" | Placed;
  /**
   * Their indexes among a row's `span` cells when the table is printed transposed (each head naming a row of the
   * layout, 行政复议, heads one column: 结果维持 | 72 | 上年 60 | 13 | 12).
   */
  across?: Placed;
  /** Whether a row's values were taken out. */
  used: boolean;
}

/** Where comparison columns stand among the `span` cells of a row. */
interface Placed {
  indexes: readonly number[];
  span: number;
}

/** What a band of lines without a filled value is: a header (a cell the template knows), and its comparison columns. */
export interface Band {
  /** Whether the band is a table header (it opens a new stretch of rows). */
  header: boolean;
  /** The comparison columns it names, when their place can be told. */
  skip: ColumnSkip | null;
}

const textsOf = (line: Line): Token[] => line.tokens.filter((t) => t.kind === "text");

/**
 * The header cells of a line: its text tokens, or on a line of guessed (PDF) text, whose header line is one
 * text token (信息内容 上年处理决定数量 本年处理决定数量), their words.
 */
function headCellsOf(line: Line): Token[] {
  const texts = textsOf(line);
  if (line.reliable) return texts;
  return texts.flatMap((token) => {
    const words: Token[] = [];
    for (const m of token.raw.matchAll(/\S+/g)) words.push(m[0] === token.raw ? token : wordOf(token, m.index, m[0]));
    return words;
  });
}

/** A word of a text token as a token of its own, placed `at` characters on (through recorded offsets if any). */
function wordOf(token: Token, at: number, raw: string): Token {
  return {
    kind: "text",
    raw,
    reading: token.reading,
    line: token.line,
    get source() {
      if (token.sourceAt) return token.sourceAt(at);
      const source = token.source;
      return { ...source, offset: source.offset + at, column: source.column + at };
    },
  };
}

/**
 * Reads a run of lines without a filled value: a header when a cell is a column the template knows; its first
 * line naming comparison columns places them (`year`: the report's statistical year, when known).
 */
export function readBand(band: readonly Line[], model: HeaderModel, year: number | null): Band {
  const cells = band.flatMap(headCellsOf);
  const years = [...new Set(cells.flatMap((t) => yearsOf(t.raw)))];
  const thisYear = year ?? (years.length > 1 ? Math.max(...years) : null);
  if (!cells.some((t) => knownWidth(model, t.raw, thisYear) !== undefined)) return { header: false, skip: null };
  for (let i = 0; i < band.length; i++) {
    const line = band[i]!;
    const texts = headCellsOf(line);
    const isHead = texts.map((t) => isComparisonHead(model, t.raw, thisYear, line.reliable));
    if (!isHead.includes(true)) continue;
    const heads = texts.filter((_, k) => isHead[k]);
    // A head alone on its line (guessed text, one cell a line) is placed only as the band's last line.
    const alone = heads.length === texts.length;
    const lastOfBand = band.slice(i + 1).every((l) => !l.tokens.some((t) => t.kind === "text"));
    const across = alone ? null : acrossOf(texts, isHead, model);
    const place = alone ? (lastOfBand ? "last" : null) : (placeOf(texts, isHead, model, thisYear) ?? across);
    if (place === null) return { header: true, skip: null };
    const skip: ColumnSkip = { heads, place, used: false };
    if (across !== null && place !== "last") skip.across = across;
    return { header: true, skip };
  }
  return { header: true, skip: null };
}

/**
 * Where a header line's comparison heads stand among a row's values when the table is printed transposed: past
 * the corner cells, every other cell names a row of a sequence layout (行政复议) and heads one column; null when
 * one does not.
 */
function acrossOf(texts: readonly Token[], isHead: readonly boolean[], model: HeaderModel): Placed | null {
  const tables = model.tables.filter((t) => t.layout === "sequence");
  if (tables.length === 0) return null;
  const names = texts.map((t) => tables.some((table) => namesTransposedColumn(table, normalizeLabel(t.raw))));
  let k = 0;
  while (k < texts.length && !isHead[k] && !names[k]) k++;
  const indexes: number[] = [];
  let at = 0;
  for (; k < texts.length; k++) {
    if (isHead[k]) indexes.push(at++);
    else if (names[k]) at++;
    else return null;
  }
  return { indexes, span: at };
}

/**
 * Where a header line's comparison heads stand among a row's values: after every other head (`last`); else,
 * past the unknown corner cells opening the line (信息内容), at the value index the known widths of the heads
 * before them give (their widths and the comparison heads making up the whole row); null when a cell after the
 * corner is unknown.
 */
function placeOf(
  texts: readonly Token[],
  isHead: readonly boolean[],
  model: HeaderModel,
  thisYear: number | null,
): "last" | Placed | null {
  const firstHead = isHead.indexOf(true);
  if (isHead.slice(firstHead).every(Boolean)) return "last";
  const widths = texts.map((t) => knownWidth(model, t.raw, thisYear));
  let k = 0;
  while (k < texts.length && !isHead[k] && widths[k] === undefined) k++;
  const indexes: number[] = [];
  let at = 0;
  for (; k < texts.length; k++) {
    if (isHead[k]) indexes.push(at++);
    else if (widths[k] !== undefined) at += widths[k]!;
    else return null;
  }
  return { indexes, span: at };
}
