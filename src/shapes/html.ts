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
import { type HtmlSink, LayoutGate } from "./html-layout.js";
import { type HiddenTables, hiddenTablesSkipped, MAX_NESTING, nestingTooDeep } from "./html-notes.js";
import { type HtmlFlow, PreformattedText, preformatted } from "./html-pre.js";
import { BR, hidesContent, scriptDigits, TAGS, Tag } from "./html-tags.js";
import { type RunText, TextRun } from "./html-text.js";
import { recordOffsets } from "./offsets.js";
import { Locator } from "./positions.js";
import { readWordBoxes } from "./word-boxes.js";

export { HIDDEN_SKIPPED, type HiddenTables } from "./html-notes.js";

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

/**
 * Reads HTML into a Document. Hidden elements (`display: none`, the `hidden` attribute, `visibility: hidden`
 * except on a cell) are left out: a page
 * may hold a print copy of the report with other values, or a share widget laid out as a table. When
 * tables were left out so, the document says so (`html-hidden-skipped`), and parseReport also reads the page
 * whole (`readHidden`) and keeps that reading when it recognises more than twice the cells: a page may hide
 * the report itself in a tab its script shows. pdftotext's `-bbox-layout` XHTML is read as its words' lines
 * (word-boxes.ts).
 */
export function readHtml(text: string, readHidden = false): Document {
  const boxes = readWordBoxes(text); // pdftotext -bbox XHTML: its words are text lines, not markup
  if (boxes) return boxes;
  const locator = new Locator(text);
  const builder = new DocumentBuilder("html", text, locator);
  const hidden = addHtml(builder, text, 0, text.length, !readHidden);
  if (hidden.tables > 0) builder.diagnostic(hiddenTablesSkipped(locator, hidden));
  const doc = builder.build();
  if (hidden.cells > 0) doc.hiddenCells = hidden.cells;
  return doc;
}

/**
 * Adds the blocks of the HTML in `text.slice(from, to)` to a builder (used for whole pages and for HTML
 * blocks inside Markdown); positions are offsets into the whole `text`. With `skipHidden`, hidden elements
 * and their content are left out; returns the tables left out that way.
 */
export function addHtml(
  builder: DocumentBuilder,
  text: string,
  from: number,
  to: number,
  skipHidden = false,
): HiddenTables {
  const locator = new LineCursor(builder.locator);
  const tables: OpenTable[] = [];
  const diagnostics: Diagnostic[] = [];
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

  /** Layout tables open around the reader (they are read as flow: their tags end text blocks). */
  let layouts = 0;
  const sink: HtmlSink = {
    openTable(layout, start) {
      const table = innermost(tables);
      if (!table) flushText();
      if (layout) {
        // A layout table is only ever inside layout tables: none of the data tables is open here.
        layouts++;
        return;
      }
      const block = builder.reserveTable(locator.point(start));
      tables.push({ block, rows: [], run: new TextRun(true), open: false, rowSpan: 1, colSpan: 1, start: 0 });
    },
    open(tag, attribs, start, end) {
      const table = innermost(tables);
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
          table.start = end + 1;
        } else if (table.open && tag >= Tag.Break) table.run.addBreak(start);
        return;
      }
      if (tag >= Tag.Break || (layouts > 0 && (tag === Tag.Row || tag === Tag.Cell))) {
        flushText();
        if (tag > Tag.Block) depth = tag - Tag.Block;
      }
    },
    close(tag, implied, start) {
      const table = innermost(tables);
      if (tag === Tag.Table) {
        if (table) {
          closeCell(table);
          tables.pop();
          table.block.rows = expandGrid(table.rows, diagnostics);
        } else if (layouts > 0) {
          layouts--;
          flushText();
        }
        return;
      }
      if (table) {
        if (tag === Tag.Cell || tag === Tag.Row) closeCell(table);
        else if (table.open && tag > Tag.Break && !implied) table.run.addBreak(start);
        return;
      }
      if (tag > Tag.Break || (layouts > 0 && (tag === Tag.Row || tag === Tag.Cell))) flushText();
    },
    table(rows) {
      // A table read from preformatted text: its own table, as a table nested in a cell is.
      if (!innermost(tables)) flushText();
      builder.addTable(rows, true);
    },
    text(data, start, end) {
      const table = innermost(tables);
      if (table) {
        if (table.open) addText(table.run, data, start, end);
        else if (data.trim() !== "") {
          const stray = new TextRun();
          addText(stray, data, start, end);
          const value = stray.finish();
          if (value.text !== "") builder.addText(value.text, located(value));
        }
        return;
      }
      addText(run, data, start, end);
    },
  };
  const gate = new LayoutGate(sink);
  /** The open <pre> whose events are held until it ends (its lines may be table rows). */
  const held = new PreformattedText(gate, (offset) => locator.point(offset));
  let skip = 0;
  /** The nesting of the hidden element being left out (-1: none), and where it starts. */
  let hiddenAt = -1;
  let hiddenStart = 0;
  const hidden: HiddenTables = { tables: 0, cells: 0, first: -1 };
  // htmlparser2 keeps its open elements in an array it grows at the front: each open element costs the
  // depth. Past MAX_NESTING the page is read on by a fresh parser from the next tag on (its open elements
  // forgotten, their end tags then ignored), so the cost stays linear in the input.
  let base = from;
  let nesting = 0;
  let resumeAt = -1;
  let parser: Parser;
  /** The <sup>/<sub> elements open around the text (innermost last). */
  const scripts: string[] = [];
  /** How many <pre> elements are open: their line breaks are breaks, as <br> is. */
  let pre = 0;
  const handlers = {
    onopentag(name: string, attribs: Record<string, string>) {
      const tag = TAGS.get(name) ?? 0;
      nesting++;
      if (name === "sup" || name === "sub") scripts.push(name);
      else if (name === "pre") pre++;
      if (skipHidden && hiddenAt < 0 && skip === 0 && hidesContent(attribs, tag === Tag.Cell)) {
        hiddenAt = nesting;
        hiddenStart = base + parser.startIndex;
      }
      if (hiddenAt >= 0) {
        if (tag === Tag.Table && hidden.tables++ === 0) hidden.first = hiddenStart;
        else if (tag === Tag.Cell) hidden.cells++;
      } else if (tag === Tag.Skipped) skip++;
      else if (skip === 0) {
        const flow: HtmlFlow = held.active ? held : gate;
        flow.open(tag, attribs, base + parser.startIndex, base + parser.endIndex);
        if (name === "pre" && !held.active) held.begin(pre);
      }
      // Never past a <script> or <style> start: the fresh parser would not see its end and skip the rest.
      if (nesting > MAX_NESTING && resumeAt < 0 && skip === 0) {
        resumeAt = base + parser.endIndex + 1;
        parser.pause();
      }
    },
    onclosetag(name: string, implied: boolean) {
      if ((name === "sup" || name === "sub") && scripts.length > 0) scripts.pop();
      else if (name === "pre" && pre > 0) pre--;
      if (held.active && pre < held.depth) held.end(base + parser.startIndex);
      if (hiddenAt >= 0) {
        // The hidden element's own end tag ends the part left out; nothing inside it was passed on.
        if (nesting-- === hiddenAt) hiddenAt = -1;
        return;
      }
      nesting--;
      const tag = TAGS.get(name) ?? 0;
      if (tag === Tag.Skipped) skip = Math.max(0, skip - 1);
      else if (skip === 0) (held.active ? held : gate).close(tag, implied, base + parser.startIndex);
    },
    ontext(data: string) {
      if (skip !== 0 || hiddenAt >= 0) return;
      // Digits in <sup>/<sub> are footnote marks or exponents: never glued onto the number before them.
      const shown = scripts.length === 0 ? data : scriptDigits(scripts[scripts.length - 1] as string, data);
      const start = base + parser.startIndex;
      const end = base + parser.endIndex;
      if (held.active) held.text(shown, start, end);
      else if (pre === 0 || shown.indexOf("\n") < 0) gate.text(shown, start, end);
      else preformatted(gate, shown, start, end);
    },
  };
  for (;;) {
    parser = new Parser(handlers, { decodeEntities: true, lowerCaseTags: true });
    parser.write(text.slice(base, to));
    if (resumeAt < 0) {
      parser.end();
      break;
    }
    // Reported once, where the page first goes too deep.
    if (base === from) diagnostics.push(nestingTooDeep(builder.locator, resumeAt));
    base = resumeAt;
    resumeAt = -1;
    nesting = 0;
    // The elements open so far count as closed: a hidden one among them too.
    hiddenAt = -1;
    scripts.length = 0;
  }
  if (held.active) held.end(to);
  gate.finish();
  while (tables.length > 0) {
    const table = tables.pop() as OpenTable;
    closeCell(table);
    table.block.rows = expandGrid(table.rows, diagnostics);
  }
  flushText();
  for (const d of diagnostics) builder.diagnostic(d);
  return hidden;
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
