/**
 * Flattens a Document into lines of tokens in reading order: every text-block line and every grid row
 * becomes one Line; every anchor cell (or whitespace-separated part of a text line) becomes a Token tagged
 * `value` (number, blank or na) or `text`. Chrome is removed here, once.
 */
import type { Document, GridCell, Point, TableBlock, TextBlock } from "../document.js";
import { cellSource, pointSource } from "../document.js";
import type { SourcePosition } from "../schema/common.js";
import { hasRecordedOffsets } from "../shapes/offsets.js";
import { leadingSpace } from "../shapes/source-lines.js";
import type { CellReading } from "./cell-value.js";
import { cleanChrome, isChromeLine, maskInlineChrome } from "./chrome.js";
import { cellTokens, Points, wordTokens } from "./line-tokens.js";
import { spreadNumberRuns } from "./number-runs.js";
import { keepLookAlikeValues, keepNumeralValues, keepTextValues } from "./row-values.js";

/** One cell or word of the document (read-only: its source may be made on first use). */
export interface Token {
  /** `value` when the text reads as number, blank or na; else `text`. */
  readonly kind: "text" | "value";
  /** Verbatim text (trimmed for words, as printed for whole cells). */
  readonly raw: string;
  /** How the text reads as a cell value (for `value` tokens); shared between tokens, never changed. */
  readonly reading: Readonly<CellReading>;
  /** Where the token starts. */
  readonly source: SourcePosition;
  /** Index of the Line the token belongs to. */
  readonly line: number;
  /**
   * Where character `index` of `raw` stands in the input, for tokens whose text is not a verbatim slice of it
   * (a grid cell whose reader recorded offsets: HTML entities, collapsed whitespace); absent otherwise, when
   * it is `source` moved on by `index` characters of one line.
   */
  sourceAt?(index: number): SourcePosition;
}

/** A text line or a grid row (read-only: its source may be made on first use). */
export interface Line {
  /** 0-based index among the document's lines. */
  readonly index: number;
  /** `text` for a text-block line, `row` for a grid row. */
  readonly kind: "text" | "row";
  /** The line's text with chrome removed (cells joined by a space), trimmed. */
  readonly text: string;
  /** Tokens in reading order. */
  readonly tokens: Token[];
  /** Where the line starts. */
  readonly source: SourcePosition;
  /** True when the line is a grid row whose boundaries the reader found reliably. */
  readonly reliable: boolean;
  /** Heading depth of the text block, when the shape marks one. */
  readonly depth?: number;
}

/** Page furniture is short: longer source lines are not looked at. */
const MAX_FURNITURE_LINE = 40;

/**
 * True when the input line holding `offset` is page furniture as printed although the text read from it
 * is not: Markdown turns a page number such as `- 3 -` into a list item reading `3 -`.
 */
function onFurnitureLine(input: string, offset: number, part: string): boolean {
  const start = input.lastIndexOf("\n", offset - 1) + 1;
  let end = input.indexOf("\n", offset);
  if (end < 0) end = input.length;
  if (end - start > MAX_FURNITURE_LINE) return false;
  const line = input.slice(start, end).trim();
  return line !== part.trim() && isChromeLine(line);
}

/**
 * A text-block line whose tokens and source are made on first use: only the lines inside table regions are
 * ever read as label and values, most prose lines never are.
 */
class TextLine implements Line {
  readonly kind = "text" as const;
  readonly reliable = false;
  declare depth?: number;
  private read: Token[] | undefined;
  private placed: SourcePosition | undefined;

  /**
   * `part` is the line as printed, characters `from`… of the block that starts at `origin`, on input line
   * `lineNo` from column `column`; `points` is given when the reader recorded the offsets of the block.
   */
  constructor(
    readonly index: number,
    readonly text: string,
    private readonly part: string,
    private readonly origin: Point,
    private readonly points: Points | null,
    private readonly from: number,
    private readonly lineNo: number,
    private readonly column: number,
  ) {}

  /** Where the line's first character that is not whitespace is. */
  get source(): SourcePosition {
    this.placed ??= this.at(leadingSpace(this.part));
    return this.placed;
  }

  /** The line's words: a label then the trailing values (see wordTokens). */
  get tokens(): Token[] {
    this.read ??= wordTokens(maskInlineChrome(this.part), (i) => this.at(i), this.index);
    return this.read;
  }

  /** The source of character `i` of the line (a part holds no newline: characters advance the column). */
  private at(i: number): SourcePosition {
    const point = this.points?.recorded(this.origin, this.from + i);
    if (point) return pointSource(point);
    return { line: this.lineNo, column: this.column + i, offset: this.origin.offset + this.from + i };
  }
}

/** Pushes the lines of one text block (one per `\n`-separated part that is not empty or chrome). */
function textLines(lines: Line[], block: TextBlock, points: Points, markdown: string | null): void {
  const origin = block.position;
  const recorded = hasRecordedOffsets(origin) ? points : null;
  const text = block.text;
  let from = 0;
  for (let row = 0; from <= text.length; row++) {
    const newline = text.indexOf("\n", from);
    const to = newline < 0 ? text.length : newline;
    const part = text.slice(from, to);
    const clean = cleanChrome(part).trim();
    if (clean !== "") {
      const column = row === 0 ? origin.column : 1;
      const line = new TextLine(lines.length, clean, part, origin, recorded, from, origin.line + row, column);
      if (markdown === null || !onFurnitureLine(markdown, line.source.offset, part)) {
        if (block.depth !== undefined) line.depth = block.depth;
        lines.push(line);
      }
    }
    if (newline < 0) break;
    from = newline + 1;
  }
}

/**
 * The tokens of the row being read: copied out into an array of the row's exact length at its end (a
 * pushed-to array reserves 17 slots on its first push), then cleared. documentLines never re-enters.
 */
const scratch: (Token | undefined)[] = [];

/** Pushes the line of one grid row. */
function rowLine(lines: Line[], block: TableBlock, row: readonly GridCell[], r: number, points: Points): void {
  const index = lines.length;
  let first = -1;
  let n = 0;
  for (let c = 0; c < row.length; c++) {
    const cell = row[c]!;
    if (!cell.anchor) continue;
    if (first < 0) first = c;
    n = cellTokens(scratch, n, block, r, c, cell, index, points);
  }
  const tokens = scratch.slice(0, n) as Token[];
  if (block.rowsReliable) keepTextValues(tokens);
  keepNumeralValues(tokens);
  // (PDF and OCR text only: a grid's cell holding `I0` is already a value of its own, and a cell holding several
  // words is not split into values by a look-alike among them.)
  if (!block.rowsReliable) keepLookAlikeValues(tokens);
  spreadNumberRuns(tokens);
  let words = 0;
  for (let i = 0; i < n; i++) {
    if (tokens[i]!.raw !== "") words++;
    scratch[i] = undefined;
  }
  // One flat string (no chain of concatenations kept alive with the line), from an array of exact length.
  let text = "";
  if (words === n) text = tokens.length === 1 ? tokens[0]!.raw : tokens.map(rawOf).join(" ");
  else if (words > 0) {
    const raws = new Array<string>(words);
    let k = 0;
    for (const token of tokens) if (token.raw !== "") raws[k++] = token.raw;
    text = raws.join(" ");
  }
  const col = first >= 0 ? first : row.length > 0 ? 0 : -1;
  lines.push(new RowLine(index, text, tokens, block, r, col < 0 ? undefined : row[col], col));
}

function rawOf(token: Token): string {
  return token.raw;
}

/** A grid row's line; its source (the first anchor cell's) is made on first use. */
class RowLine implements Line {
  readonly kind = "row" as const;
  readonly reliable: boolean;
  private placed: SourcePosition | undefined;

  constructor(
    readonly index: number,
    readonly text: string,
    readonly tokens: Token[],
    private readonly block: TableBlock,
    private readonly row: number,
    private readonly cell: GridCell | undefined,
    private readonly col: number,
  ) {
    this.reliable = block.rowsReliable;
  }

  /** Where the row's first anchor cell starts (the table's start for an empty row). */
  get source(): SourcePosition {
    this.placed ??= this.cell
      ? cellSource(this.block, this.row, this.col, this.cell)
      : pointSource(this.block.position);
    return this.placed;
  }
}

/** Flattens the document into lines (text-block lines and grid rows) of tokens, chrome removed. */
export function documentLines(document: Document): Line[] {
  const lines: Line[] = [];
  const points = new Points(document.text);
  for (const block of document.blocks) {
    // Markdown rewrites lines (list marks, emphasis): furniture is also looked for in the lines as printed.
    if (block.kind === "text") textLines(lines, block, points, document.shape === "markdown" ? document.text : null);
    else for (let r = 0; r < block.rows.length; r++) rowLine(lines, block, block.rows[r]!, r, points);
  }
  return lines;
}
