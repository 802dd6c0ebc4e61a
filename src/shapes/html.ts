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
import { type RunText, TextRun } from "./html-text.js";
import { recordOffsets } from "./offsets.js";
import { Locator } from "./positions.js";

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
/** Text equal to this marker reads as a line break (kept from the reader's earlier `<br>` encoding). */
const BR = "\u0000br";
const HEADINGS: ReadonlyMap<string, number> = new Map([
  ["h1", 1],
  ["h2", 2],
  ["h3", 3],
  ["h4", 4],
  ["h5", 5],
  ["h6", 6],
]);

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
    const point = locator.point(value.first);
    // A text whose offsets are consecutive needs no map: positions are counted from its start.
    if (value.offsets !== undefined) recordOffsets(point, value.offsets);
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
            table.cell.run.addBreak(from + parser.startIndex);
          return;
        }
        if (BLOCKS.has(name)) {
          flushText();
          const h = HEADINGS.get(name);
          if (h !== undefined) depth = h;
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
            table.cell.run.addBreak(from + parser.startIndex);
          return;
        }
        if (BLOCKS.has(name) && name !== "br") flushText();
      },
      ontext(data) {
        if (skip > 0) return;
        const table = tables[tables.length - 1];
        const start = from + parser.startIndex;
        if (table) {
          if (table.cell) addText(table.cell.run, data, start, from + parser.endIndex);
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

/** Adds a text event to a run (the {@link BR} marker as a line break). */
function addText(run: TextRun, data: string, start: number, end: number): void {
  if (data === BR) run.addBreak(start);
  else run.add(data, start, end);
}
