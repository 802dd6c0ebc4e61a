/**
 * Accumulates the blocks of a Document in reading order, numbering tables as they are added. Shared by
 * every shape reader so that table indices and diagnostics are handled one way.
 */
import type { Block, Document, GridCell, Point, TableBlock } from "../document.js";
import type { Diagnostic, Shape } from "../schema/common.js";
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

  /** Adds a text block (skipped when its trimmed text is empty or page furniture such as `- 3 -`). */
  addText(text: string, position: Point, depth?: number): void {
    const trimmed = text.trim();
    if (trimmed === "" || isPageFurniture(trimmed)) return;
    this.blocks.push(
      depth === undefined
        ? { kind: "text", text: trimmed, position }
        : { kind: "text", text: trimmed, depth, position },
    );
  }

  /** Adds a table block (skipped when it has no rows); its position is its first cell's unless given. */
  addTable(rows: GridCell[][], rowsReliable: boolean, position?: Point): void {
    const kept = rows.filter((row) => row.length > 0);
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
     * The tables kept, by their text (tableText): in HTML and Markdown, whose tables are whole tables, one
     * equal in every cell to a table before is a copy. In the text shapes a table is a guessed stretch of
     * lines, and two stretches of zeros may well be equal.
     */
    const seen = this.shape === "html" || this.shape === "markdown" ? new Set<string>() : null;
    for (const block of this.blocks) {
      if (block.kind === "table") {
        block.rows = block.rows.filter((row) => row.length > 0);
        if (block.rows.length === 0) continue;
        const text = seen === null ? null : tableText(block);
        if (text !== null && seen?.has(text)) {
          this.diagnostics.push(tableCopy(block.position));
          continue;
        }
        if (text !== null) seen?.add(text);
        block.index = index++;
      }
      blocks.push(block);
    }
    const doc: Document = { shape: this.shape, blocks, text: this.text };
    if (this.diagnostics.length > 0) doc.diagnostics = this.diagnostics;
    return doc;
  }
}

/** The fewest cells a table must have for a copy of it to be left out (a one-cell box may repeat). */
const MIN_COPY_CELLS = 4;

/**
 * A table's cells as one text (rows and cells separated by control characters no cell holds after reading),
 * or null for a table of fewer than MIN_COPY_CELLS cells.
 */
function tableText(block: TableBlock): string | null {
  let cells = 0;
  let out = "";
  for (const row of block.rows) {
    for (const cell of row) {
      out += `${cell.text}\u0001${cell.rowSpan}.${cell.colSpan}\u0002`;
      cells++;
    }
    out += "\u0003";
  }
  return cells < MIN_COPY_CELLS ? null : out;
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
