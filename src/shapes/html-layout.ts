/**
 * Layout tables: many older CMS pages wrap the whole content in a `<table>` (a menu cell, a content cell
 * holding the title, the prose and the data tables). Such a table is read as FLOW — its cells' content as
 * text blocks, exactly as outside tables — while data tables stay grids. Because the reader streams, the
 * events of a table are held back until the table is known: a layout table as soon as {@link LAYOUT_EVIDENCE}
 * is met in one of its cells, a data table when it closes without it. Each event is held once and replayed
 * once, so the cost stays linear in the input however deep tables nest.
 */
import type { GridCell } from "../document.js";
import { BR, Tag } from "./html-tags.js";
import { isSpaceCode } from "./source-lines.js";

/**
 * What makes a table a layout table. The evidence is counted in ONE cell of the table (content of tables
 * nested in that cell counts for the nested table, not for this one):
 * - a heading element `<h1>`…`<h6>`: statistic tables label rows with plain cells, never with headings;
 * - prose: at least {@link proseParagraphs} paragraphs (text ended by a block tag or `<br>`) holding at
 *   least {@link proseChars} visible characters. The longest cells of the official tables — the long
 *   labels such as 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 (37 characters),
 *   labels carrying their annotation (其他对外管理服务事项（指…）, about 50) and the 勾稽 note (34) — and header
 *   cells broken over 2–3 lines stay well below both bounds together;
 * - a nested table with at least {@link paragraphsBesideTable} paragraphs of text beside it: a data table
 *   whose cell holds a small table (a split header, a sub-grid) has at most a label next to it;
 * - a nested layout table: a table that holds a page's layout is part of that layout.
 *
 * Prose and a nested table beside paragraphs stop counting once the table has shown {@link dataValueCells}
 * cells holding only a number: that is a statistics table, and a notes row under it (注：1.… 2.… 3.…) is part
 * of it, not a page layout.
 */
export const LAYOUT_EVIDENCE = {
  /** Paragraphs of text a prose cell holds at least. */
  proseParagraphs: 3,
  /** Visible (non-whitespace) characters a prose cell holds at least. */
  proseChars: 100,
  /** Paragraphs of text beside a nested table that make its cell a layout cell. */
  paragraphsBesideTable: 2,
  /** Cells holding only a number (digits, sign, point, %) that make a table a statistics table. */
  dataValueCells: 4,
} as const;

/** Where the events of the HTML reader go once the kind of every open table is known. */
export interface HtmlSink {
  /** A `<table>` start tag at input offset `start`; `layout` tells how to read the table. */
  openTable(layout: boolean, start: number): void;
  /** Any other start tag (kind from {@link Tag}, 0 for inline) spanning `start`…`end`. */
  open(tag: number, attribs: Record<string, string>, start: number, end: number): void;
  /** An end tag (`implied` when the parser closed it itself) at `start`. */
  close(tag: number, implied: boolean, start: number): void;
  /** A text event spanning input offsets `start`…`end` (inclusive). */
  text(data: string, start: number, end: number): void;
  /** A whole table read from preformatted text (a `<pre>` holding pipe or tab rows). */
  table(rows: GridCell[][]): void;
}

/** A table still being judged: where its start is held and what its open cell has shown so far. */
interface Frame {
  /** Index of the payload slot of the table's start among the held events. */
  held: number;
  /** True between the cell's start and its end. */
  inCell: boolean;
  /** Paragraphs ended in the open cell. */
  paragraphs: number;
  /** Visible characters in the open cell. */
  chars: number;
  /** Visible characters since the last paragraph end. */
  since: number;
  /** True when the open cell holds a nested table. */
  nested: boolean;
  /** True while every visible character of the open cell is part of a number. */
  numeric: boolean;
  /** Closed cells of the table that held only a number. */
  values: number;
}

const OPEN = 0;
const OPEN_TABLE = 1;
const CLOSE = 2;
const TEXT = 3;
const TABLE = 4;
/** Slots per held event. */
const STRIDE = 5;

/**
 * Sits between the parser and a {@link HtmlSink}: passes events through while no table is being judged,
 * holds them back while one is, and replays them, in order, once every held table is known.
 */
export class LayoutGate {
  /** Tables being judged, outermost first (all of them enclose the innermost). */
  private readonly frames: Frame[] = [];
  /** The held events, {@link STRIDE} slots each: kind, tag, payload, start, end. */
  private readonly held: unknown[] = [];
  /** Slots of {@link held} in use (the array is reused from table to table, never shrunk). */
  private size = 0;

  /** Forwards to `sink`. */
  constructor(private readonly sink: HtmlSink) {}

  /** A start tag of kind `tag` (never {@link Tag.Skipped}: the caller drops skipped content). */
  open(tag: number, attribs: Record<string, string>, start: number, end: number): void {
    const frame = this.innermost();
    if (tag === Tag.Table) {
      if (frame?.inCell) {
        endParagraph(frame);
        frame.nested = true;
        if (isProse(frame)) this.layoutFound();
      }
      this.frames.push({
        held: this.size + 2,
        inCell: false,
        paragraphs: 0,
        chars: 0,
        since: 0,
        nested: false,
        numeric: true,
        values: 0,
      });
      // The payload of a held table start says whether it is a layout table (false until evidence is met).
      this.hold(OPEN_TABLE, tag, false, start, end);
      return;
    }
    if (frame === undefined) {
      this.sink.open(tag, attribs, start, end);
      return;
    }
    this.hold(OPEN, tag, attribs, start, end);
    if (tag === Tag.Row || tag === Tag.Cell) {
      resetCell(frame, tag === Tag.Cell);
    } else if (frame.inCell && tag >= Tag.Break) {
      endParagraph(frame);
      if (tag > Tag.Block || isProse(frame)) this.layoutFound();
    }
  }

  /** An end tag of kind `tag`. */
  close(tag: number, implied: boolean, start: number): void {
    const frame = this.innermost();
    if (frame === undefined) {
      this.sink.close(tag, implied, start);
      return;
    }
    this.hold(CLOSE, tag, implied, start, start);
    if (tag === Tag.Table) {
      // Closed without evidence: a data table, known now.
      this.frames.pop();
      if (this.frames.length === 0) this.replay();
    } else if (tag === Tag.Row || tag === Tag.Cell) {
      const prose = frame.inCell && isProse(frame);
      resetCell(frame, false);
      if (prose) this.layoutFound();
    } else if (frame.inCell && tag > Tag.Break) {
      endParagraph(frame);
      if (isProse(frame)) this.layoutFound();
    }
  }

  /** A text event spanning `start`…`end`. */
  text(data: string, start: number, end: number): void {
    const frame = this.innermost();
    if (frame === undefined) {
      this.sink.text(data, start, end);
      return;
    }
    this.hold(TEXT, 0, data, start, end);
    if (!frame.inCell) return;
    if (data === BR) {
      endParagraph(frame);
      if (isProse(frame)) this.layoutFound();
      return;
    }
    let visible = 0;
    for (let i = 0; i < data.length; i++) {
      const code = data.charCodeAt(i);
      if (isSpaceCode(code)) continue;
      visible++;
      if (frame.numeric && !isNumberCode(code)) frame.numeric = false;
    }
    frame.chars += visible;
    frame.since += visible;
  }

  /**
   * A whole table read from preformatted text: in a cell of a table being judged it counts as a nested data
   * table does (a cell holding it beside paragraphs is a layout cell).
   */
  table(rows: GridCell[][]): void {
    const frame = this.innermost();
    if (frame === undefined) {
      this.sink.table(rows);
      return;
    }
    this.hold(TABLE, 0, rows, 0, 0);
    if (frame.inCell) {
      endParagraph(frame);
      frame.nested = true;
      if (isProse(frame)) this.layoutFound();
    }
  }

  /** Ends the input: tables still open are data tables (the sink closes them). */
  finish(): void {
    if (this.frames.length === 0) return;
    this.frames.length = 0;
    this.replay();
  }

  private innermost(): Frame | undefined {
    const frames = this.frames;
    return frames.length > 0 ? frames[frames.length - 1] : undefined;
  }

  private hold(kind: number, tag: number, payload: unknown, start: number, end: number): void {
    const held = this.held;
    const n = this.size;
    held[n] = kind;
    held[n + 1] = tag;
    held[n + 2] = payload;
    held[n + 3] = start;
    held[n + 4] = end;
    this.size = n + STRIDE;
  }

  /**
   * The innermost table is a layout table, and so is every table being judged (they all enclose it).
   * Tables judged earlier and already closed inside them were data tables; the ones opened from now on
   * are judged afresh.
   */
  private layoutFound(): void {
    for (const frame of this.frames) this.held[frame.held] = true;
    this.frames.length = 0;
    this.replay();
  }

  /** Sends the held events to the sink, in order, and empties the hold. */
  private replay(): void {
    const { held, sink, size } = this;
    // The sink never calls back into the gate, so nothing is held while the replay runs.
    this.size = 0;
    for (let i = 0; i < size; i += STRIDE) {
      const kind = held[i];
      const tag = held[i + 1] as number;
      const payload = held[i + 2];
      const start = held[i + 3] as number;
      if (kind === TEXT) sink.text(payload as string, start, held[i + 4] as number);
      else if (kind === OPEN) sink.open(tag, payload as Record<string, string>, start, held[i + 4] as number);
      else if (kind === CLOSE) sink.close(tag, payload as boolean, start);
      else if (kind === TABLE) sink.table(payload as GridCell[][]);
      else sink.openTable(payload === true, start);
    }
  }
}

/** Starts (`inCell`) or ends a cell of a table being judged: the counts are per cell. */
function resetCell(frame: Frame, inCell: boolean): void {
  if (frame.inCell && frame.numeric && frame.chars > 0) frame.values++;
  frame.inCell = inCell;
  frame.numeric = true;
  frame.paragraphs = 0;
  frame.chars = 0;
  frame.since = 0;
  frame.nested = false;
}

/** Ends the open paragraph of a cell (counted when it holds visible text). */
function endParagraph(frame: Frame): void {
  if (frame.since === 0) return;
  frame.paragraphs++;
  frame.since = 0;
}

/** True when the open cell holds prose (see {@link LAYOUT_EVIDENCE}), its open paragraph included. */
function isProse(frame: Frame): boolean {
  if (frame.values >= LAYOUT_EVIDENCE.dataValueCells) return false;
  const paragraphs = frame.paragraphs + (frame.since > 0 ? 1 : 0);
  if (frame.nested && paragraphs >= LAYOUT_EVIDENCE.paragraphsBesideTable) return true;
  return paragraphs >= LAYOUT_EVIDENCE.proseParagraphs && frame.chars >= LAYOUT_EVIDENCE.proseChars;
}

/** True for a character that is part of a printed number: a digit, a sign, a point, a separator, `%`. */
function isNumberCode(code: number): boolean {
  if (code >= 48 && code <= 57) return true;
  return code === 46 || code === 44 || code === 45 || code === 43 || code === 37 || code === 0x2212;
}
