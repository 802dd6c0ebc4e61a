/**
 * The header lines of a table region read for comparison columns (上年处理决定数量, 2023年, 同比增减): which
 * header cells name them and where their values stand among a row's cells.
 */

import type { TableTemplate } from "../templates/types.js";
import { type HeaderModel, isComparisonHead, knownWidth, layoutsNamed, yearsOf } from "./comparison-words.js";
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
  /** The layouts (one table per era) whose column labels the header names: the one being read. */
  layouts: readonly TableTemplate[];
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
  const lineCells = band.map(headCellsOf);
  const cells = lineCells.flat();
  const years = [...new Set(cells.flatMap((t) => yearsOf(t.raw)))];
  const thisYear = year ?? (years.length > 1 ? Math.max(...years) : null);
  if (!cells.some((t) => knownWidth(model, t.raw, thisYear) !== undefined)) return NO_HEADER;
  const raws = cells.map((t) => t.raw);
  const layouts = layoutsNamed(model, raws, thisYear);
  // A piece of the layout's own head (上一年项目 over 数量, a word of Hubei's note （指2020年增加或减少的事项数…）) is
  // no head of its own: it is tested without its note, and not at all when wrapped from a label of the layout.
  const own = layoutHeadTexts(band, lineCells, model);
  const isComparison = (t: Token, whole: boolean): boolean => {
    const text = own.get(t);
    return text !== null && isComparisonHead(model, text ?? t.raw, thisYear, whole);
  };
  for (let i = 0; i < band.length; i++) {
    const line = band[i]!;
    const texts = lineCells[i]!;
    const isHead = texts.map((t) => isComparison(t, line.reliable));
    if (!isHead.includes(true)) continue;
    const heads = texts.filter((_, k) => isHead[k]);
    // A head alone on its line (guessed text, one cell a line) is placed only as the band's last line.
    const alone = heads.length === texts.length;
    const lastOfBand = band.slice(i + 1).every((l) => !l.tokens.some((t) => t.kind === "text"));
    const across = alone ? null : acrossOf(texts, isHead, model);
    const place = alone ? (lastOfBand ? "last" : null) : (placeOf(texts, isHead, model, thisYear) ?? across);
    if (place === null) return { header: true, skip: null, layouts };
    const skip: ColumnSkip = { heads, place, used: false };
    if (across !== null && place !== "last") skip.across = across;
    return { header: true, skip, layouts };
  }
  return { header: true, skip: null, layouts };
}

const NO_HEADER: Band = { header: false, skip: null, layouts: [] };

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

/**
 * The header cells that are pieces of the layout's own heads, each with the text to test it by: null for a
 * piece wrapped from a column label of the layout (上一年项目 over 数量: joined with the cell below it, or in
 * guessed text with the next word, it is 上一年项目数量) or lying inside an explanatory note (（指2020年增加或减少的
 * 事项数，减用负值表示，如-8）, Hubei's, formats.md §3.5); the cell's text without its note when only part of it
 * is one (数量（指20 → 数量). A grid's cells are read down their column, guessed text's words in their order.
 */
function layoutHeadTexts(
  band: readonly Line[],
  lineCells: readonly Token[][],
  model: HeaderModel,
): Map<Token, string | null> {
  const runs = new Map<string, Token[]>();
  band.forEach((line, i) => {
    lineCells[i]!.forEach((t, k) => {
      const key = line.reliable ? `col ${t.source.col ?? k}` : "words";
      const run = runs.get(key);
      if (run) run.push(t);
      else runs.set(key, [t]);
    });
  });
  const texts = new Map<Token, string | null>();
  for (const run of runs.values()) {
    const labels = run.map((t) => normalizeLabel(t.raw));
    const outside = withoutNotes(labels);
    const isLabel = (text: string): boolean => text.length > 0 && model.widths.has(text);
    run.forEach((t, k) => {
      const text = outside[k]!;
      if (text !== labels[k]) texts.set(t, text.length === 0 ? null : text);
      if (text.length === 0) return;
      const before = k > 0 ? outside[k - 1]! : "";
      const after = k + 1 < run.length ? outside[k + 1]! : "";
      if ((before && isLabel(before + text)) || (after && isLabel(text + after))) texts.set(t, null);
    });
  }
  return texts;
}

/** An explanatory note opens with 指 (（指2019年事项数）): it explains a head, it names no column. */
const NOTE = "指";

/**
 * Texts read in a row (a column's cells, or words) without what stands inside an explanatory note, a note
 * opened in one text and closed in a later one included.
 */
function withoutNotes(texts: readonly string[]): string[] {
  const joined = texts.join("");
  const opened: boolean[] = [];
  let notes = 0;
  let at = 0;
  return texts.map((text) => {
    let out = "";
    for (const ch of text) {
      if (ch === "（") {
        const note = joined.startsWith(NOTE, at + 1);
        opened.push(note);
        if (note) notes++;
      }
      if (notes === 0) out += ch;
      if (ch === "）" && opened.pop()) notes--;
      at += ch.length;
    }
    return out;
  });
}
