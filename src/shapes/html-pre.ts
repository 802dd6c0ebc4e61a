/**
 * Preformatted text (`<pre>`): a plain-text report pasted into a CMS page keeps its lines, one text block per
 * line, and a table written in it as pipe rows (`| 项目 | 自然人 | … |`) or tab-separated rows is a table, read by
 * the pipe or tab reader over the `<pre>`'s decoded text (entities decoded, tags left out), with every cell's
 * position mapped back into the HTML. The events of a `<pre>` are held until it closes: without table rows they
 * are passed on unchanged, so such a `<pre>` reads exactly as before.
 */
import type { Document, GridCell, Point } from "../document.js";
import { Tag } from "./html-tags.js";
import { hasRecordedOffsets, recordedOffset, recordOffsets } from "./offsets.js";
import { readPipe } from "./pipe.js";
import { lineStarts } from "./positions.js";
import { isSpaceCode } from "./source-lines.js";
import { readTab } from "./tab.js";

/** Where the events of the HTML reader go (the layout gate, or a `<pre>` holding them back). */
export interface HtmlFlow {
  /** A start tag of kind `tag` spanning input offsets `start`…`end`. */
  open(tag: number, attribs: Record<string, string>, start: number, end: number): void;
  /** An end tag at `start` (`implied` when the parser closed it itself). */
  close(tag: number, implied: boolean, start: number): void;
  /** A text event spanning input offsets `start`…`end` (inclusive). */
  text(data: string, start: number, end: number): void;
}

/** A flow that also takes a table read from preformatted text (rows with positions in the input). */
export interface TableFlow extends HtmlFlow {
  /** A whole table, its cells' positions in the input. */
  table(rows: GridCell[][]): void;
}

/**
 * Passes preformatted text on line by line, each line break as a `<br>` (a report pasted into a <pre> keeps
 * its lines: one text block per line, one line per cell line). Offsets are the text's own, which entities
 * (rare in such text) can only shift within the text event.
 */
export function preformatted(flow: HtmlFlow, text: string, start: number, end: number): void {
  let from = 0;
  for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", from)) {
    if (nl > from) flow.text(text.slice(from, nl), Math.min(start + from, end), Math.min(start + nl, end));
    const at = Math.min(start + nl, end);
    flow.open(Tag.Break, {}, at, at + 1);
    from = nl + 1;
  }
  if (from < text.length) flow.text(text.slice(from), Math.min(start + from, end), end);
}

const OPEN = 0;
const CLOSE = 1;
const TEXT = 2;

/** One held event of a `<pre>`, with the offset in the decoded text where its contribution starts. */
interface PreEvent {
  kind: number;
  /** Tag kind (open/close), 0 for text. */
  tag: number;
  /** Attributes (open), `implied` (close) or the text (text). */
  payload: unknown;
  start: number;
  end: number;
  /** Offset in the decoded text of the `<pre>` where the event's text (or the `\n` a block tag makes) starts. */
  at: number;
}

/** A range `[from, to)` of the decoded text read as one table, with its rows. */
interface PreTable {
  from: number;
  to: number;
  rows: GridCell[][];
}

/**
 * Holds the events of one `<pre>` element (from after its start tag to before its end tag) and passes them on
 * when it ends: the lines that form pipe or tab tables as tables, every other event as it came.
 */
export class PreformattedText implements HtmlFlow {
  /** True between {@link begin} and {@link end}. */
  active = false;
  /** The `<pre>` nesting inside which the held element's content lies (its own depth). */
  depth = 0;
  private events: PreEvent[] = [];
  /** The decoded text: the text events, a `\n` for each line-breaking tag. */
  private text_ = "";
  /** The input offset of every character of the decoded text. */
  private offsets: number[] = [];
  /** True when a table tag occurs inside (the `<pre>` is then read as before). */
  private tables = false;

  /** Passes events on to `flow`; `point` turns input offsets into points. */
  constructor(
    private readonly flow: TableFlow,
    private readonly point: (offset: number) => Point,
  ) {}

  /** Starts holding the content of a `<pre>` at nesting `depth`. */
  begin(depth: number): void {
    this.active = true;
    this.depth = depth;
  }

  /** {@inheritDoc HtmlFlow.open} */
  open(tag: number, attribs: Record<string, string>, start: number, end: number): void {
    this.hold(OPEN, tag, attribs, start, end);
  }

  /** {@inheritDoc HtmlFlow.close} */
  close(tag: number, implied: boolean, start: number): void {
    this.hold(CLOSE, tag, implied, start, start);
  }

  /** {@inheritDoc HtmlFlow.text} */
  text(data: string, start: number, end: number): void {
    this.events.push({ kind: TEXT, tag: 0, payload: data, start, end, at: this.text_.length });
    const exact = data.length === end - start + 1;
    for (let i = 0; i < data.length; i++) this.offsets.push(exact ? start + i : start);
    this.text_ += data;
  }

  private hold(kind: number, tag: number, payload: unknown, start: number, end: number): void {
    this.events.push({ kind, tag, payload, start, end, at: this.text_.length });
    if (tag === Tag.Table || tag === Tag.Row || tag === Tag.Cell) this.tables = true;
    else if (tag >= Tag.Break) {
      this.offsets.push(start);
      this.text_ += "\n";
    }
  }

  /** Ends the held `<pre>` (`end`: the input offset of its end tag): passes its events on, and empties the hold. */
  end(end: number): void {
    const { events, flow } = this;
    this.offsets.push(end);
    const tables = this.tables ? [] : preTables(this.text_);
    let next = 0;
    for (const event of events) {
      const { at, start } = event;
      for (; next < tables.length && (tables[next] as PreTable).from <= at; next++)
        flow.table(this.mapRows((tables[next] as PreTable).rows));
      const inside = next > 0 && at < (tables[next - 1] as PreTable).to;
      if (event.kind === OPEN) {
        if (!inside) flow.open(event.tag, event.payload as Record<string, string>, start, event.end);
      } else if (event.kind === CLOSE) {
        if (!inside) flow.close(event.tag, event.payload as boolean, start);
      } else {
        const data = event.payload as string;
        let from = inside ? Math.min((tables[next - 1] as PreTable).to - at, data.length) : 0;
        for (; next < tables.length && (tables[next] as PreTable).from < at + data.length; next++) {
          const table = tables[next] as PreTable;
          this.pass(data, from, table.from - at, start, event.end);
          flow.table(this.mapRows(table.rows));
          from = Math.min(table.to - at, data.length);
        }
        this.pass(data, from, data.length, start, event.end);
      }
    }
    for (; next < tables.length; next++) flow.table(this.mapRows((tables[next] as PreTable).rows));
    this.active = false;
    this.events = [];
    this.text_ = "";
    this.offsets = [];
    this.tables = false;
  }

  /** Passes `data.slice(from, to)` of a text event spanning `start`…`end` on as before (lines as `<br>`s). */
  private pass(data: string, from: number, to: number, start: number, end: number): void {
    if (to <= from) return;
    const exact = data.length === end - start + 1;
    const piece = from === 0 && to === data.length ? data : data.slice(from, to);
    const a = exact ? start + from : start;
    const b = exact ? start + to - 1 : end;
    if (piece.indexOf("\n") < 0) this.flow.text(piece, a, b);
    else preformatted(this.flow, piece, a, b);
  }

  /** The rows of a table read from the decoded text, their cells' positions in the input. */
  private mapRows(rows: GridCell[][]): GridCell[][] {
    return rows.map((row) => row.map((cell) => ({ ...cell, position: this.mapPoint(cell.position, cell.text) })));
  }

  /**
   * The input point of a cell's text starting at `position` in the decoded text, with the input offset of
   * every character recorded when they are not consecutive (an entity, a tag, a joined grid cell).
   */
  private mapPoint(position: Point, text: string): Point {
    const offsets = this.offsets;
    const recorded = hasRecordedOffsets(position);
    const source = (i: number): number => {
      const decoded = recorded ? (recordedOffset(position, i) as number) : position.offset + i;
      return offsets[Math.min(decoded, offsets.length - 1)] as number;
    };
    const first = source(0);
    const point = this.point(first);
    let consecutive = true;
    for (let i = 1; i < text.length && consecutive; i++) consecutive = source(i) === first + i;
    if (!consecutive) {
      const mapped: number[] = [];
      for (let i = 0; i < text.length; i++) mapped.push(source(i));
      recordOffsets(point, mapped);
    }
    return point;
  }
}

/**
 * The delimiter of the tables of a `<pre>`'s text, as shape detection weighs rows: at least two lines with two
 * or more tabs (tab rows, when at least as many as pipe rows), else at least two lines with two or more cell
 * borders (`|`, │ ┃ ║, ｜, ¦) and some text. A text indented with one tab per line (a Word export) has none.
 */
function rowDelimiter(text: string): "pipe" | "tab" | undefined {
  let tabRows = 0;
  let pipeRows = 0;
  let tabs = 0;
  let borders = 0;
  let visible = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 10;
    if (code === 10 || code === 13) {
      if (tabs >= 2) tabRows++;
      if (borders >= 2 && visible > borders) pipeRows++;
      tabs = 0;
      borders = 0;
      visible = 0;
    } else if (code === 9) tabs++;
    else if (!isSpaceCode(code)) {
      visible++;
      if (code === 124 || code === 0x2502 || code === 0x2503 || code === 0x2551 || code === 0xff5c || code === 0xa6)
        borders++;
    }
  }
  if (tabRows >= 2 && tabRows >= pipeRows) return "tab";
  return pipeRows >= 2 ? "pipe" : undefined;
}

/**
 * The tables of a `<pre>`'s decoded text as the pipe or tab reader reads the text, each with the range of the
 * text it takes: from the end of the text line before it to the start of the text line after it (the lines
 * between a table and a text line are blank lines, page numbers or grid borders, which give no text block).
 */
function preTables(text: string): PreTable[] {
  const delimiter = rowDelimiter(text);
  if (delimiter === undefined) return [];
  const doc: Document = delimiter === "pipe" ? readPipe(text) : readTab(text);
  const starts = lineStarts(text);
  const tables: PreTable[] = [];
  let open: PreTable | undefined;
  let after = 0;
  for (const block of doc.blocks) {
    if (block.kind === "table") {
      open = { from: after, to: text.length, rows: block.rows };
      tables.push(open);
      continue;
    }
    const line = block.position.line;
    if (open !== undefined) open.to = starts[line - 1] ?? text.length;
    open = undefined;
    after = starts[line] ?? text.length;
  }
  return tables;
}
