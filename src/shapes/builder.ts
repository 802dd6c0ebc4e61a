/**
 * Accumulates the blocks of a Document in reading order, numbering tables as they are added. Shared by
 * every shape reader so that table indices and diagnostics are handled one way.
 */

import type { Block, Document, GridCell, Point, TableBlock } from "../document.js";
import type { Diagnostic, Shape } from "../schema/common.js";
import { recordCopies } from "./dropped-copies.js";
import { bareLine, mayHaveLineMarkup } from "./line-markup.js";
import { hasRecordedOffsets, recordedOffsets, recordOffsets } from "./offsets.js";
import type { Locator } from "./positions.js";
import { isPageFurniture } from "./source-lines.js";

/** Builds one Document. */
export class DocumentBuilder {
  private readonly blocks: Block[] = [];
  private readonly diagnostics: Diagnostic[] = [];
  private tables = 0;

  /** Starts a document of a shape over `text` (the positions' reference). */
  constructor(
    private readonly shape: Shape,
    private readonly text: string,
    readonly locator: Locator,
  ) {}

  /**
   * Adds a text block (skipped when its trimmed text is empty or page furniture such as `- 3 -`). Outside
   * HTML, markup around a whole line (`**标题**`, `== 标题`, `* 标题`) is taken off (see line-markup.ts).
   */
  addText(text: string, position: Point, depth?: number): void {
    let trimmed = text.trim();
    if (this.shape !== "html" && mayHaveLineMarkup(trimmed)) {
      const bare = bareLine(trimmed);
      if (bare) {
        trimmed = bare.text;
        position = shiftedPoint(position, bare.skip);
      }
    }
    if (trimmed === "" || isPageFurniture(trimmed) || (this.shape !== "html" && isEqualsRule(trimmed))) return;
    this.blocks.push(
      depth === undefined
        ? { kind: "text", text: trimmed, position }
        : { kind: "text", text: trimmed, depth, position },
    );
  }

  /** Adds a table block (skipped when it has no rows); its position is its first cell's unless given. */
  addTable(rows: GridCell[][], rowsReliable: boolean, position?: Point): void {
    const kept = rows.filter((row) => row.length > 0 && (this.shape === "html" || !isEqualsRuleRow(row)));
    const first = kept[0]?.[0];
    if (!first) return;
    this.blocks.push({
      kind: "table",
      index: this.tables++,
      rows: kept,
      position: position ?? first.position,
      rowsReliable,
    });
  }

  /**
   * Reserves a table's place in reading order before its rows are known (HTML: an outer table precedes
   * the tables nested in it); fill `rows` later. Tables still without rows are dropped at build time.
   */
  reserveTable(position: Point): TableBlock {
    const block: TableBlock = { kind: "table", index: this.tables++, rows: [], position, rowsReliable: true };
    this.blocks.push(block);
    return block;
  }

  /** Records a reader diagnostic (span clamped, table cut…). */
  diagnostic(diagnostic: Diagnostic): void {
    this.diagnostics.push(diagnostic);
  }

  /** The finished document (with `diagnostics` only when there are some); tables renumbered in order. */
  build(): Document {
    const blocks: Block[] = [];
    let index = 0;
    /**
     * The tables kept (HTML and Markdown, whose tables are whole tables): one equal in every cell to a table
     * before is a copy. In the text shapes a table is a guessed stretch of lines, and two stretches of zeros
     * may well be equal.
     */
    // By a hash of their cells, so that each table is compared only with the tables that may equal it: a page
    // of thousands of tables alike in size (untrusted input) stays linear.
    const kept: Map<number, TableBlock[]> | null =
      this.shape === "html" || this.shape === "markdown" ? new Map() : null;
    const copies: TableBlock[] = [];
    for (const block of this.blocks) {
      if (block.kind === "table") {
        block.rows = block.rows.filter((row) => row.length > 0);
        if (block.rows.length === 0) continue;
        if (kept !== null) {
          const hash = cellsHash(block);
          const alike = kept.get(hash);
          if (alike?.some((earlier) => sameCells(earlier, block))) {
            this.diagnostics.push(tableCopy(block.position));
            copies.push(block);
            continue;
          }
          if (alike) alike.push(block);
          else kept.set(hash, [block]);
        }
        block.index = index++;
      }
      blocks.push(block);
    }
    const doc: Document = { shape: this.shape, blocks, text: this.text };
    if (this.diagnostics.length > 0) doc.diagnostics = this.diagnostics;
    if (copies.length > 0) {
      // Numbered after the tables kept, so that each table of the document keeps an index of its own.
      for (const copy of copies) copy.index = index++;
      recordCopies(doc, copies);
    }
    return doc;
  }
}

/** A line of `=` runs and spaces: a reStructuredText table border or title underline, markup and no text. */
const isEqualsRule = (text: string): boolean => text.charCodeAt(0) === 61 && /^=+(?:[ \t]+=+)*$/.test(text);

/** A table row of such runs only (a reStructuredText simple table's border read as a row). */
function isEqualsRuleRow(row: readonly GridCell[]): boolean {
  let rules = 0;
  for (const cell of row) {
    if (cell.text === "") continue;
    if (cell.text.charCodeAt(0) !== 61 || !isEqualsRule(cell.text)) return false; // (cells are trimmed)
    rules++;
  }
  return rules > 0;
}

/** The point `skip` characters after `position` on its line (its recorded offsets, if any, moved along). */
function shiftedPoint(position: Point, skip: number): Point {
  const offsets = hasRecordedOffsets(position) ? recordedOffsets(position) : undefined;
  const offset = offsets?.[skip] ?? position.offset + skip;
  const point: Point = { line: position.line, column: position.column + (offset - position.offset), offset };
  if (offsets) recordOffsets(point, offsets.slice(skip));
  return point;
}

/** The fewest cells a table must have for a copy of it to be left out (a one-cell box may repeat). */
const MIN_COPY_CELLS = 4;

/** A 32-bit FNV-1a hash of a table's rows, cells' texts and spans (equal tables hash alike; read once, no string built). */
function cellsHash(block: TableBlock): number {
  let h = 0x811c9dc5;
  const mix = (n: number): void => {
    h = Math.imul(h ^ n, 0x01000193);
  };
  for (const row of block.rows) {
    mix(0x10000);
    for (const cell of row) {
      const text = cell.text;
      for (let i = 0; i < text.length; i++) mix(text.charCodeAt(i));
      mix(0x10001 + cell.rowSpan);
      mix(0x20001 + cell.colSpan);
    }
  }
  return h >>> 0;
}

/**
 * Whether two tables have the same rows of the same cells (text and spans), the second of at least
 * MIN_COPY_CELLS cells. Compared in place, the row lengths first: most pairs differ at once.
 */
function sameCells(a: TableBlock, b: TableBlock): boolean {
  if (a.rows.length !== b.rows.length) return false;
  let cells = 0;
  for (let r = 0; r < a.rows.length; r++) {
    if ((a.rows[r] as GridCell[]).length !== (b.rows[r] as GridCell[]).length) return false;
    cells += (b.rows[r] as GridCell[]).length;
  }
  if (cells < MIN_COPY_CELLS) return false;
  for (let r = 0; r < a.rows.length; r++) {
    const x = a.rows[r] as GridCell[];
    const y = b.rows[r] as GridCell[];
    for (let c = 0; c < x.length; c++) {
      const p = x[c] as GridCell;
      const q = y[c] as GridCell;
      if (p.text !== q.text || p.rowSpan !== q.rowSpan || p.colSpan !== q.colSpan) return false;
    }
  }
  return true;
}

/** The note that a table equal in every cell to an earlier one (a page's responsive copy) was left out. */
function tableCopy(position: Point): Diagnostic {
  return {
    code: "table-duplicate",
    severity: "info",
    message:
      "A table equal in every cell to an earlier one (a page's second, responsive copy) was left out: it holds no other value",
    source: { line: position.line, column: position.column, offset: position.offset },
  };
}
