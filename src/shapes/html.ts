/**
 * The HTML reader (htmlparser2's streaming Parser, no DOM): whole pages or fragments. `<table>` → a grid
 * with spans expanded (nested tables become their own tables), block elements end text blocks, headings
 * keep their depth, `<br>` is `\n`, entities are decoded, `<script>`/`<style>`/`<head>` are dropped.
 */
import { Parser } from "htmlparser2";
import type { Document, Point, TableBlock } from "../document.js";
import type { Diagnostic } from "../schema/common.js";
import { DocumentBuilder } from "./builder.js";
import { expandGrid, parseSpan, type RawCell } from "./html-grid.js";
import { recordOffsets } from "./offsets.js";
import { Locator } from "./positions.js";
import { isSpaceCode } from "./source-lines.js";

const SKIPPED = new Set(["script", "style", "head", "template", "noscript", "svg", "math"]);
const BLOCKS = new Set([
  "p",
  "div",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "ul",
  "ol",
  "br",
  "hr",
  "section",
  "article",
  "header",
  "footer",
  "nav",
  "aside",
  "main",
  "blockquote",
  "pre",
  "dl",
  "dt",
  "dd",
  "figure",
  "figcaption",
  "form",
  "fieldset",
  "address",
  "caption",
  "center",
  "title",
  "body",
  "html",
]);
const BR = "\u0000br";

/** A finished run: the collapsed text and the input offset of each of its characters. */
interface RunText {
  text: string;
  offsets: number[];
}

/**
 * Accumulated text with the offset of its first visible character and of every character. Whitespace
 * runs that hold a line break become one space; other runs become one space too, unless the run is
 * `verbatim` (table cells keep `a\tb` or `a  b` as printed, so their text is a slice of the input).
 */
class TextRun {
  private readonly chars: string[] = [];
  private readonly offsets: number[] = [];
  private readonly spaceChars: string[] = [];
  private readonly spaceOffsets: number[] = [];
  private spaceBreaks = false;
  first: number | undefined;

  /** Starts a run; `verbatim` keeps whitespace runs without line breaks as they are. */
  constructor(private readonly verbatim = false) {}

  /**
   * Adds a chunk of text that spans input offsets `start`…`end` (inclusive). A chunk as long as its span
   * is verbatim (character i at start + i); a decoded entity maps every character to its start.
   */
  add(chunk: string, start: number, end: number = start + chunk.length - 1): void {
    if (chunk === BR) {
      this.dropSpace();
      this.chars.push("\n");
      this.offsets.push(start);
      return;
    }
    const exact = chunk.length === end - start + 1;
    for (let i = 0; i < chunk.length; i++) {
      const offset = exact ? start + i : start;
      const code = chunk.charCodeAt(i);
      if (isSpaceCode(code)) {
        this.spaceChars.push(chunk.charAt(i));
        this.spaceOffsets.push(offset);
        if (code === 10 || code === 13) this.spaceBreaks = true;
        continue;
      }
      this.first ??= offset;
      const last = this.chars[this.chars.length - 1];
      if (this.spaceChars.length > 0 && last !== undefined && last !== "\n") {
        if (this.verbatim && !this.spaceBreaks) {
          for (let k = 0; k < this.spaceChars.length; k++) {
            this.chars.push(this.spaceChars[k]!);
            this.offsets.push(this.spaceOffsets[k]!);
          }
        } else {
          this.chars.push(" ");
          this.offsets.push(this.spaceOffsets[0]!);
        }
      }
      this.dropSpace();
      this.chars.push(chunk.charAt(i));
      this.offsets.push(offset);
    }
  }

  private dropSpace(): void {
    if (this.spaceChars.length === 0) return;
    this.spaceChars.length = 0;
    this.spaceOffsets.length = 0;
    this.spaceBreaks = false;
  }

  /** The collapsed text: whitespace runs → one space, `<br>` → `\n`, lines trimmed, outer breaks removed. */
  finish(): RunText {
    let a = 0;
    let b = this.chars.length;
    while (a < b && this.chars[a] === "\n") a++;
    while (b > a && this.chars[b - 1] === "\n") b--;
    return { text: this.chars.slice(a, b).join(""), offsets: this.offsets.slice(a, b) };
  }
}

/** True when the offsets are consecutive (the text is the input slice that starts at the first one). */
function isSlice(offsets: readonly number[]): boolean {
  const first = offsets[0] ?? 0;
  for (let i = 1; i < offsets.length; i++) if (offsets[i] !== first + i) return false;
  return true;
}

/** One open `<table>`: its rows of raw cells, the open cell, and its reserved block. */
interface OpenTable {
  block: TableBlock;
  rows: RawCell[][];
  cell: { run: TextRun; rowSpan: number; colSpan: number; start: number } | undefined;
}

/** Reads HTML into a Document. */
export function readHtml(text: string): Document {
  const builder = new DocumentBuilder("html", text, new Locator(text));
  addHtml(builder, text, 0, text.length);
  return builder.build();
}

/**
 * Adds the blocks of the HTML in `text.slice(from, to)` to a builder (used for whole pages and for HTML
 * blocks inside Markdown); positions are offsets into the whole `text`.
 */
export function addHtml(builder: DocumentBuilder, text: string, from: number, to: number): void {
  const locator = builder.locator;
  const tables: OpenTable[] = [];
  const diagnostics: Diagnostic[] = [];
  let skip = 0;
  let run = new TextRun();
  let depth: number | undefined;

  /** The start point of a finished run, with its per-character offsets recorded. */
  const located = (value: RunText): Point => {
    const point = locator.point(value.offsets[0] ?? from);
    // A text that is a verbatim slice of the input needs no map: positions are counted from its start.
    if (!isSlice(value.offsets)) recordOffsets(point, value.offsets);
    return point;
  };
  const flushText = (): void => {
    const value = run.finish();
    if (value.text !== "" && run.first !== undefined) builder.addText(value.text, located(value), depth);
    run = new TextRun();
    depth = undefined;
  };
  const closeCell = (table: OpenTable): void => {
    const cell = table.cell;
    if (!cell) return;
    const row = table.rows[table.rows.length - 1] ?? [];
    if (table.rows.length === 0) table.rows.push(row);
    const value = cell.run.finish();
    const position = value.text === "" ? locator.point(cell.start) : located(value);
    row.push({ text: value.text, position, rowSpan: cell.rowSpan, colSpan: cell.colSpan });
    table.cell = undefined;
  };

  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        if (SKIPPED.has(name)) {
          skip++;
          return;
        }
        if (skip > 0) return;
        const table = tables[tables.length - 1];
        if (name === "table") {
          if (!table) flushText();
          tables.push({
            block: builder.reserveTable(locator.point(from + parser.startIndex)),
            rows: [],
            cell: undefined,
          });
          return;
        }
        if (table) {
          if (name === "tr") {
            closeCell(table);
            table.rows.push([]);
          } else if (name === "td" || name === "th") {
            closeCell(table);
            if (table.rows.length === 0) table.rows.push([]);
            const start = from + parser.endIndex + 1;
            table.cell = {
              run: new TextRun(true),
              rowSpan: parseSpan(attribs.rowspan),
              colSpan: parseSpan(attribs.colspan),
              start,
            };
          } else if (table.cell && (name === "br" || BLOCKS.has(name)))
            table.cell.run.add(BR, from + parser.startIndex);
          return;
        }
        if (BLOCKS.has(name)) {
          flushText();
          const h = /^h([1-6])$/.exec(name);
          if (h) depth = Number(h[1]);
        }
      },
      onclosetag(name, implied) {
        if (SKIPPED.has(name)) {
          skip = Math.max(0, skip - 1);
          return;
        }
        if (skip > 0) return;
        const table = tables[tables.length - 1];
        if (name === "table" && table) {
          closeCell(table);
          tables.pop();
          table.block.rows = expandGrid(table.rows, diagnostics);
          return;
        }
        if (table) {
          if (name === "td" || name === "th" || name === "tr") closeCell(table);
          else if (table.cell && BLOCKS.has(name) && name !== "br" && !implied)
            table.cell.run.add(BR, from + parser.startIndex);
          return;
        }
        if (BLOCKS.has(name) && name !== "br") flushText();
      },
      ontext(data) {
        if (skip > 0) return;
        const table = tables[tables.length - 1];
        if (table) {
          if (table.cell) table.cell.run.add(data, from + parser.startIndex, from + parser.endIndex);
          else if (data.trim() !== "") {
            const stray = new TextRun();
            stray.add(data, from + parser.startIndex, from + parser.endIndex);
            const value = stray.finish();
            if (value.text !== "") builder.addText(value.text, located(value));
          }
          return;
        }
        run.add(data, from + parser.startIndex, from + parser.endIndex);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(text.slice(from, to));
  parser.end();
  while (tables.length > 0) {
    const table = tables.pop() as OpenTable;
    closeCell(table);
    table.block.rows = expandGrid(table.rows, diagnostics);
  }
  flushText();
  for (const d of diagnostics) builder.diagnostic(d);
}
