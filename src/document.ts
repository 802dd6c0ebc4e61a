/**
 * The shape-neutral document that every shape reader produces and the recognizer consumes: text blocks
 * and cell grids, every piece with its position in the decoded input. Nothing here knows about annual
 * reports.
 */
import type { Diagnostic, Shape, SourcePosition } from "./schema/common.js";

/** A point in the decoded input: 1-based line and column, 0-based offset. */
export interface Point {
  /** 1-based line. */
  line: number;
  /** 1-based column (UTF-16 code units). */
  column: number;
  /** 0-based offset. */
  offset: number;
}

/** One cell of a grid. */
export interface GridCell {
  /** Cell text with markup removed; `<br>` and wrapped lines become `\n`; not trimmed of inner spaces. */
  text: string;
  /** Where the cell's text starts in the input. */
  position: Point;
  /** rowspan of the anchor cell (1 when not spanning). */
  rowSpan: number;
  /** colspan of the anchor cell (1 when not spanning). */
  colSpan: number;
  /**
   * False for the copies a span leaves in the grid (rows/columns covered by an anchor cell above or to
   * the left); those copies repeat the anchor's text and position.
   */
  anchor: boolean;
}

/** A run of prose (a paragraph, a heading, a line). */
export interface TextBlock {
  kind: "text";
  /** The text, trimmed. */
  text: string;
  /** Heading depth when the shape marks headings (Markdown `#`, HTML `<h1>`…), else undefined. */
  depth?: number;
  /** Where the block starts. */
  position: Point;
}

/** A table as a grid of rows of cells (rows may differ in length; spans are expanded). */
export interface TableBlock {
  kind: "table";
  /** 0-based index of this table among the document's tables. */
  index: number;
  /** Rows, top to bottom. */
  rows: GridCell[][];
  /** Where the table starts. */
  position: Point;
  /**
   * True when row boundaries are reliable (HTML, GFM, pipe/tab rows, blank-line separated lines);
   * false when a reader could only guess them (one cell per line with no separators, PDF text).
   */
  rowsReliable: boolean;
}

/** A document block. */
export type Block = TextBlock | TableBlock;

/** The shape-neutral document. */
export interface Document {
  /** Which reader produced it. */
  shape: Shape;
  /** Blocks in reading order. */
  blocks: Block[];
  /** The decoded input text the positions refer to. */
  text: string;
  /** Problems the reader met and worked around (e.g. `span-clamped`, `table-too-large`); absent when none. */
  diagnostics?: Diagnostic[];
  /** HTML: how many table cells the reader left out inside hidden elements; absent when none. */
  hiddenCells?: number;
}

/** Turns a grid cell's position into the report's SourcePosition (adds the grid coordinates and spans). */
export function cellSource(table: TableBlock, row: number, col: number, cell: GridCell): SourcePosition {
  const source: SourcePosition = {
    line: cell.position.line,
    column: cell.position.column,
    offset: cell.position.offset,
    table: table.index,
    row,
    col,
  };
  if (cell.rowSpan > 1) source.rowSpan = cell.rowSpan;
  if (cell.colSpan > 1) source.colSpan = cell.colSpan;
  return source;
}

/** A point's SourcePosition (for text blocks). */
export function pointSource(point: Point): SourcePosition {
  return { line: point.line, column: point.column, offset: point.offset };
}
