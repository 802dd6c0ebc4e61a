/**
 * Legacy statistics tables printed one cell per line with nothing marking the rows (PDF text read without
 * layout, plain-text Word exports): the lines reader keeps each label line as a text block and each run of
 * short lines as a one-column grid, so no row holds a label beside its unit and value. After a table title
 * (…统计表), such a run of blocks is read back into rows: a row opens at each label (a cell that is text but
 * no unit) and takes the unit and value cells after it; the header words (统计指标 / 单位 / 统计数) make one
 * header row, and the head of a wrapped label (an unclosed bracket) joins the line after it. The rows keep
 * each cell's own position; they are read with `readLegacyGrid` like any other grid.
 */
import type { Block, GridCell, TableBlock, TextBlock } from "../document.js";
import { cellReading } from "./cell-value.js";
import { isLegacyUnit } from "./legacy-cells.js";
import { headerColumns, isLabelFragment, isLegacyTitle, NUMBERED_LABEL, TITLE_MAX_LENGTH } from "./legacy-grid.js";
import { roleOf } from "./legacy-header.js";
import { blockCell, titleRowInGrid } from "./legacy-text.js";

/** Fewest rows of a label, a unit and a value printed on separate lines for a run to be read as a table. */
const MIN_STREAM_ROWS = 2;

/** True when a text block can open a legacy region: a table title (…统计表, 附表), short once trimmed. */
export function isTitleBlock(block: TextBlock): boolean {
  const text = block.text.length <= TITLE_MAX_LENGTH ? block.text : block.text.trim();
  return text.length <= TITLE_MAX_LENGTH && text.includes("表") && isLegacyTitle(text.trim());
}

/** A sentence end: a line holding one is prose, not a cell. */
const SENTENCE_END = /[。；;！？!?]/;

/** Whether a block is one line of a cell stream: a short text line that is no sentence, or a grid of one cell per row. */
function isStreamBlock(block: Block): boolean {
  if (block.kind === "text") {
    const text = block.text;
    return text.length <= TITLE_MAX_LENGTH && !SENTENCE_END.test(text) && !isLegacyTitle(text.trim());
  }
  for (const row of block.rows) if (row.length !== 1) return false;
  return true;
}

/** The cells of a run of stream blocks, in reading order, from row `firstRow` of the first (empty cells dropped). */
function streamCells(blocks: readonly Block[], from: number, to: number, firstRow: number): GridCell[] {
  const out: GridCell[] = [];
  for (let b = from; b < to; b++) {
    const block = blocks[b]!;
    if (block.kind === "text") {
      const text = block.text.trim();
      if (text !== "") out.push(blockCell(text, block));
      continue;
    }
    for (let r = b === from ? firstRow : 0; r < block.rows.length; r++) {
      const cell = block.rows[r]![0]!;
      if (cell.text.trim() !== "") out.push({ ...cell, text: cell.text.trim() });
    }
  }
  return out;
}

/** Whether a cell opens a row: text that is no unit (a label, a heading, a header word). */
const isLabel = (cell: GridCell): boolean => !isLegacyUnit(cell.text) && cellReading(cell.text).status === "text";

/**
 * Where the header words (统计指标 / 单位 / 统计数) start among the labels from … to: at the label head, when the
 * words from there read as a header; -1 when they do not.
 */
function headerStart(cells: readonly GridCell[], from: number, to: number): number {
  let start = from;
  while (start < to && roleOf(cells[start]!.text) !== "label") start++;
  if (to - start < 2) return -1;
  const row = [];
  for (let i = start; i < to; i++) row.push({ text: cells[i]!.text, col: i - start });
  return headerColumns(row) === null ? -1 : start;
}

/**
 * The rows of a stream, and how many of them hold a label with a unit and a value on the lines after it
 * (what no reading of a single line finds). Each cell is looked at a bounded number of times.
 */
function streamRows(cells: readonly GridCell[]): { rows: GridCell[][]; split: number } {
  const rows: GridCell[][] = [];
  let split = 0;
  let i = 0;
  while (i < cells.length) {
    // The labels from i: a header row (its words are never numbered), or each a row of its own but the last,
    // which takes the units and values after it; the head of a wrapped label joins the line after it.
    let end = i;
    while (end < cells.length && isLabel(cells[end]!)) end++;
    let words = i;
    // A year head (2009年度) opens with a digit but numbers no label.
    while (words < end && (!NUMBERED_LABEL.test(cells[words]!.text) || roleOf(cells[words]!.text) !== null)) words++;
    // An unnumbered first label (主动公开信息数) ends the run too: it takes the units and values after it.
    if (words === end && end < cells.length && words - i > 1 && roleOf(cells[words - 1]!.text) === null) {
      if (headerStart(cells, i, words - 1) >= 0) words--;
    }
    const header = headerStart(cells, i, words);
    if (header >= 0) {
      // The lines before the header words (填报单位：…, （2016年度）) are rows of their own.
      for (; i < header; i++) rows.push([cells[i]!]);
      rows.push(cells.slice(header, words));
      i = words;
      continue;
    }
    let row: GridCell[] = [];
    while (i < end) {
      let head = cells[i++]!;
      while (i < end && isLabelFragment(head.text)) head = { ...head, text: head.text + cells[i++]!.text };
      row = [head];
      if (i < end) rows.push(row);
    }
    let unit = false;
    for (; i < cells.length && !isLabel(cells[i]!); i++) {
      const cell = cells[i]!;
      if (isLegacyUnit(cell.text)) unit = true;
      row.push(cell);
    }
    if (row.length === 0) continue;
    if (unit && row.length > 2 && isLabel(row[0]!)) split++;
    rows.push(row);
  }
  return { rows, split };
}

/** A run of blocks read as one grid. */
export interface StreamTable {
  /** The first and (exclusive) last block of the run. */
  from: number;
  to: number;
  /** What stays of the first block: the rows of a grid up to the title it holds; null when none stays. */
  head: TableBlock | null;
  /** The run's rows as a grid (index -1: it is no table of the document; its rows drop the grid coordinates). */
  table: TableBlock;
}

/** Where a run of one-cell lines may start at a block: after a title line, or after a title row of a one-cell grid. */
function streamStart(block: Block): { row: number; head: TableBlock | null } | null {
  if (block.kind === "text") return isTitleBlock(block) ? { row: -1, head: null } : null;
  if (!isStreamBlock(block)) return null;
  const title = titleRowInGrid(block);
  return title < 0 ? null : { row: title + 1, head: { ...block, rows: block.rows.slice(0, title + 1) } };
}

/**
 * The runs of one-cell lines after a legacy title that read as tables, each with its rows: at least
 * MIN_STREAM_ROWS rows whose unit and value stand on the lines after their label. A run ends at prose (a text
 * longer than a title, or holding a sentence end), a grid with rows of several cells, or another title line.
 */
export function cellStreamTables(blocks: readonly Block[]): StreamTable[] {
  const out: StreamTable[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const start = streamStart(blocks[b]!);
    if (start === null) continue;
    // A title line opens the run at the next block; a grid's title row, at the grid's next row.
    const from = start.row < 0 ? b + 1 : b;
    let to = b + 1;
    while (to < blocks.length && isStreamBlock(blocks[to]!)) to++;
    const cells = streamCells(blocks, from, to, Math.max(start.row, 0));
    const { rows, split } = streamRows(cells);
    if (split >= MIN_STREAM_ROWS) {
      const position = rows[0]![0]!.position;
      const table: TableBlock = { kind: "table", index: -1, rows, position, rowsReliable: false };
      out.push({ from, to, head: start.head, table });
    }
    b = to - 1;
  }
  return out;
}
