/**
 * The HTML reader (htmlparser2's streaming Parser, no DOM): whole pages or fragments. `<table>` → a grid
 * with spans expanded (nested tables become their own tables), block elements end text blocks, headings
 * keep their depth, `<br>` is `\n`, entities are decoded, `<script>`/`<style>`/`<head>` are dropped.
 */
import { Parser } from "htmlparser2";
import type { Document, Point, TableBlock } from "../document.js";
import type { Diagnostic } from "../schema/common.js";
import { DocumentBuilder } from "./builder.js";
import { LineCursor } from "./html-cursor.js";
import { expandGrid, parseSpan, type RawCell } from "./html-grid.js";
import { type RunText, TextRun } from "./html-text.js";
import { recordOffsets } from "./offsets.js";
import { Locator } from "./positions.js";

/** What a tag means to the reader (tags not in {@link TAGS} are inline: their text joins the run). */
const Tag = {
  /** `<script>`, `<style>`, `<head>`…: everything inside is dropped. */
  Skipped: 1,
  Table: 2,
  Row: 3,
  Cell: 4,
  /** `<br>`: a line break inside a cell, the end of a text block outside tables. */
  Break: 5,
  /** A block element: ends a text block, a line break inside a cell; `<hN>` is Block + N. */
  Block: 6,
} as const;
const SKIPPED = ["script", "style", "head", "template", "noscript", "svg", "math"];
const BLOCKS = [
  "p",
  "div",
  "li",
  "ul",
  "ol",
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
];
/** The meaning of each tag name the reader acts on. */
const TAGS: ReadonlyMap<string, number> = new Map<string, number>([
  ...SKIPPED.map((name): [string, number] => [name, Tag.Skipped]),
  ...BLOCKS.map((name): [string, number] => [name, Tag.Block]),
  ...[1, 2, 3, 4, 5, 6].map((depth): [string, number] => [`h${depth}`, Tag.Block + depth]),
  ["table", Tag.Table],
  ["tr", Tag.Row],
  ["td", Tag.Cell],
  ["th", Tag.Cell],
  ["br", Tag.Break],
]);
/** A text event equal to this marker reads as a line break (as it did when the reader encoded `<br>` so). */
const BR = "\u0000br";

/** One open `<table>`: its rows of raw cells, the open cell, and its reserved block. */
interface OpenTable {
  block: TableBlock;
  rows: RawCell[][];
  /** The text of the open cell (reused from cell to cell). */
  run: TextRun;
  /** True while a cell is open; its spans and the offset after its start tag follow. */
  open: boolean;
  rowSpan: number;
  colSpan: number;
  start: number;
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
  const locator = new LineCursor(builder.locator);
  const tables: OpenTable[] = [];
  const diagnostics: Diagnostic[] = [];
  let skip = 0;
  const run = new TextRun();
  let depth: number | undefined;

  /** The start point of a finished run, with its per-character offsets recorded. */
  const located = (value: RunText): Point => {
    const point = locator.point(value.first);
    // A text whose offsets are consecutive needs no map: positions are counted from its start.
    if (value.offsets !== undefined) recordOffsets(point, value.offsets);
    return point;
  };
  const flushText = (): void => {
    const value = run.finish();
    if (value.text !== "" && run.first !== undefined) builder.addText(value.text, located(value), depth);
    run.reset();
    depth = undefined;
  };
  const closeCell = (table: OpenTable): void => {
    if (!table.open) return;
    const row = table.rows[table.rows.length - 1] ?? [];
    if (table.rows.length === 0) table.rows.push(row);
    const value = table.run.finish();
    const position = value.text === "" ? locator.point(table.start) : located(value);
    row.push({ text: value.text, position, rowSpan: table.rowSpan, colSpan: table.colSpan });
    table.run.reset();
    table.open = false;
  };

  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        const tag = TAGS.get(name) ?? 0;
        if (tag === Tag.Skipped) {
          skip++;
          return;
        }
        if (skip > 0) return;
        const table = innermost(tables);
        if (tag === Tag.Table) {
          if (!table) flushText();
          const block = builder.reserveTable(locator.point(from + parser.startIndex));
          const run = new TextRun(true);
          tables.push({ block, rows: [], run, open: false, rowSpan: 1, colSpan: 1, start: 0 });
          return;
        }
        if (table) {
          if (tag === Tag.Row) {
            closeCell(table);
            table.rows.push([]);
          } else if (tag === Tag.Cell) {
            closeCell(table);
            if (table.rows.length === 0) table.rows.push([]);
            table.open = true;
            table.rowSpan = parseSpan(attribs.rowspan);
            table.colSpan = parseSpan(attribs.colspan);
            table.start = from + parser.endIndex + 1;
          } else if (table.open && tag >= Tag.Break) table.run.addBreak(from + parser.startIndex);
          return;
        }
        if (tag >= Tag.Break) {
          flushText();
          if (tag > Tag.Block) depth = tag - Tag.Block;
        }
      },
      onclosetag(name, implied) {
        const tag = TAGS.get(name) ?? 0;
        if (tag === Tag.Skipped) {
          skip = Math.max(0, skip - 1);
          return;
        }
        if (skip > 0) return;
        const table = innermost(tables);
        if (tag === Tag.Table && table) {
          closeCell(table);
          tables.pop();
          table.block.rows = expandGrid(table.rows, diagnostics);
          return;
        }
        if (table) {
          if (tag === Tag.Cell || tag === Tag.Row) closeCell(table);
          else if (table.open && tag > Tag.Break && !implied) table.run.addBreak(from + parser.startIndex);
          return;
        }
        if (tag > Tag.Break) flushText();
      },
      ontext(data) {
        if (skip > 0) return;
        const table = innermost(tables);
        const start = from + parser.startIndex;
        if (table) {
          if (table.open) addText(table.run, data, start, from + parser.endIndex);
          else if (data.trim() !== "") {
            const stray = new TextRun();
            addText(stray, data, start, from + parser.endIndex);
            const value = stray.finish();
            if (value.text !== "") builder.addText(value.text, located(value));
          }
          return;
        }
        addText(run, data, start, from + parser.endIndex);
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

/** The innermost open table (checking the length first: reading index -1 of an array is a slow property lookup). */
function innermost(tables: OpenTable[]): OpenTable | undefined {
  return tables.length > 0 ? tables[tables.length - 1] : undefined;
}

/** Adds a text event to a run (the {@link BR} marker as a line break). */
function addText(run: TextRun, data: string, start: number, end: number): void {
  if (data === BR) run.addBreak(start);
  else run.add(data, start, end);
}
