/**
 * Flattens a Document into lines of tokens in reading order: every text-block line and every grid row
 * becomes one Line; every anchor cell (or whitespace-separated part of a text line) becomes a Token tagged
 * `value` (number, blank or na) or `text`. Chrome is removed here, once.
 */
import type { Document, GridCell, Point, TableBlock } from "../document.js";
import { cellSource, pointSource } from "../document.js";
import type { SourcePosition } from "../schema/common.js";
import { recordedOffset } from "../shapes/offsets.js";
import { Locator } from "../shapes/positions.js";
import { isSpaceCode } from "../shapes/source-lines.js";
import { type CellReading, readCellValue } from "./cell-value.js";
import { cleanChrome, isChromeLine, maskInlineChrome } from "./chrome.js";

/** One cell or word of the document. */
export interface Token {
  /** `value` when the text reads as number, blank or na; else `text`. */
  kind: "text" | "value";
  /** Verbatim text (trimmed for words, as printed for whole cells). */
  raw: string;
  /** How the text reads as a cell value (for `value` tokens). */
  reading: CellReading;
  /** Where the token starts. */
  source: SourcePosition;
  /** Index of the Line the token belongs to. */
  line: number;
}

/** A text line or a grid row. */
export interface Line {
  /** 0-based index among the document's lines. */
  index: number;
  /** `text` for a text-block line, `row` for a grid row. */
  kind: "text" | "row";
  /** The line's text with chrome removed (cells joined by a space), trimmed. */
  text: string;
  /** Tokens in reading order. */
  tokens: Token[];
  /** Where the line starts. */
  source: SourcePosition;
  /** True when the line is a grid row whose boundaries the reader found reliably. */
  reliable: boolean;
  /** Heading depth of the text block, when the shape marks one. */
  depth?: number;
}

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
class Points {
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

const CJK_NA = new Set(["无", "不适用"]);

/**
 * Splits a text into a label and the values after it: everything up to the last word that is not a value
 * is one text token (so "3 .其他" stays a label); the words after it that read as numbers or dashes are
 * value tokens. A text of values only is all values.
 */
function wordTokens(text: string, at: (index: number) => SourcePosition, line: number): Token[] {
  // Scan words from the end: the trailing values, then the last word that is not a value (where the
  // label ends). Prose lines stop at their last word, so their other words are never read as values.
  const values: { raw: string; index: number; reading: CellReading }[] = [];
  let labelEnd = -1;
  let i = text.length;
  while (i > 0) {
    if (isSpaceCode(text.charCodeAt(i - 1))) {
      i--;
      continue;
    }
    const end = i;
    while (i > 0 && !isSpaceCode(text.charCodeAt(i - 1))) i--;
    const raw = text.slice(i, end);
    const reading = readCellValue(raw);
    if (reading.status === "number" || (reading.status === "na" && !CJK_NA.has(raw))) {
      values.push({ raw, index: i, reading });
      continue;
    }
    labelEnd = end;
    break;
  }
  const out: Token[] = [];
  if (labelEnd >= 0) {
    let first = 0;
    while (isSpaceCode(text.charCodeAt(first))) first++;
    const raw = text.slice(first, labelEnd);
    out.push({ kind: "text", raw, reading: readCellValue(raw), source: at(first), line });
  }
  for (let k = values.length - 1; k >= 0; k--) {
    const w = values[k]!;
    out.push({ kind: "value", raw: w.raw, reading: w.reading, source: at(w.index), line });
  }
  return out;
}

function cellTokens(table: TableBlock, r: number, c: number, cell: GridCell, line: number, points: Points): Token[] {
  const base = cellSource(table, r, c, cell);
  const direct = readCellValue(cell.text);
  // A value cell (number, blank, dash) is never chrome: skip the chrome patterns for it.
  if (direct.status !== "text" && !/[-—–－]/.test(cell.text)) {
    return [{ kind: "value", raw: cell.text.trim(), reading: direct, source: base, line }];
  }
  if (isChromeLine(cell.text)) return [{ kind: "value", raw: "", reading: readCellValue(""), source: base, line }];
  const text = maskInlineChrome(cell.text);
  const reading = text === cell.text ? direct : readCellValue(text);
  if (reading.status !== "text") return [{ kind: "value", raw: text.trim(), reading, source: base, line }];
  return wordTokens(text, (i) => ({ ...base, ...pointSource(points.at(cell.position, cell.text, i)) }), line);
}

/** Flattens the document into lines (text-block lines and grid rows) of tokens, chrome removed. */
export function documentLines(document: Document): Line[] {
  const lines: Line[] = [];
  const points = new Points(document.text);
  for (const block of document.blocks) {
    if (block.kind === "text") {
      let start = 0;
      let row = 0;
      for (const part of block.text.split("\n")) {
        const index = lines.length;
        const from = start;
        const origin = block.position;
        const partStart: Point =
          row === 0 ? origin : { line: origin.line + row, column: 1, offset: origin.offset + from };
        row++;
        const text = cleanChrome(part).trim();
        const lead = part.length - part.trimStart().length;
        if (text !== "") {
          const at = (i: number): Point => points.recorded(origin, from + i) ?? advance(partStart, part, i);
          const tokens = wordTokens(maskInlineChrome(part), (i) => pointSource(at(i)), index);
          const line: Line = {
            index,
            kind: "text",
            text,
            tokens,
            source: pointSource(at(lead)),
            reliable: false,
          };
          if (block.depth !== undefined) line.depth = block.depth;
          lines.push(line);
        }
        start += part.length + 1;
      }
      continue;
    }
    block.rows.forEach((row, r) => {
      const index = lines.length;
      const tokens: Token[] = [];
      row.forEach((cell, c) => {
        if (cell.anchor) tokens.push(...cellTokens(block, r, c, cell, index, points));
      });
      const text = tokens
        .map((t) => t.raw)
        .filter((t) => t !== "")
        .join(" ");
      const first = row.find((cell) => cell.anchor) ?? row[0];
      const source = first ? cellSource(block, r, row.indexOf(first), first) : pointSource(block.position);
      lines.push({ index, kind: "row", text, tokens, source, reliable: block.rowsReliable });
    });
  }
  return lines;
}
