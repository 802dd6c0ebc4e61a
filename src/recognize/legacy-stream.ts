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
import { isLegacyUnit, opensWithUnit, unitValueParts } from "./legacy-cells.js";
import {
  headerColumns,
  isLabelFragment,
  isLegacyTitle,
  NUMBERED_LABEL,
  SENTENCE_END,
  TITLE_MAX_LENGTH,
} from "./legacy-grid.js";
import { roleOf } from "./legacy-header.js";
import { isLabelTail } from "./legacy-label-tails.js";
import { columnRows, type UnplacedColumns } from "./legacy-stream-columns.js";
import { blockCell, titleRowInGrid } from "./legacy-text.js";

/** Fewest rows of a label, a unit and a value printed on separate lines for a run to be read as a table. */
const MIN_STREAM_ROWS = 2;

/** True when a text block can open a legacy region: a table title (…统计表, 附表), short once trimmed. */
export function isTitleBlock(block: TextBlock): boolean {
  const text = block.text.length <= TITLE_MAX_LENGTH ? block.text : block.text.trim();
  return text.length <= TITLE_MAX_LENGTH && text.includes("表") && isLegacyTitle(text.trim());
}

/** Whether a block is one line of a cell stream: a short text line that is no sentence, or a grid of one cell per row. */
function isStreamBlock(block: Block): boolean {
  if (block.kind === "text") {
    const text = block.text;
    return text.length <= TITLE_MAX_LENGTH && !SENTENCE_END.test(text) && !isLegacyTitle(text.trim());
  }
  return isSplitRowGrid(block.rows);
}

/** The most cells a row of a grid read as part of a stream holds (label, unit, value, remark). */
const SPLIT_ROW_CELLS = 4;

/**
 * Whether a grid's rows are lines of a stream: one cell per row or rows opening with a unit, or short rows (label /
 * unit value / remark) where some label stands alone with its unit opening the next row (2.新闻发布会 / 场 | 0: pdftotext without
 * -layout puts the label and the rest of its row on separate lines).
 */
function isSplitRowGrid(rows: readonly (readonly GridCell[])[]): boolean {
  let split = false;
  let loneLabel = false;
  // Rows of one cell, or opening with a unit (人(次) | 69218: the rest of a row whose label stood on a line before).
  let unitLed = true;
  for (const row of rows) {
    if (row.length === 1) {
      const text = row[0]!.text.trim();
      if (loneLabel && opensWithUnit(text)) split = true;
      loneLabel = text !== "" && isLabel(row[0]!);
      continue;
    }
    if (row.length > SPLIT_ROW_CELLS) return false;
    const first = row[0]!.text.trim();
    // A label beside its unit: the grid holds whole rows (a table of its own, read as such).
    if (row.length >= 3 && first !== "" && isLegacyUnit(row[1]!.text.trim()) && !isLegacyUnit(first)) return false;
    if (!isLegacyUnit(first)) unitLed = false;
    else if (loneLabel) split = true;
    loneLabel = false;
  }
  return split || unitLed;
}

/**
 * A browser's page header or footer printed among a stream's lines (file:///…/report.html, 3/5, 11/24/26, 1:58 AM,
 * the report's own title …年度报告): no cell of the table.
 */
const PAGE_FURNITURE =
  /^(?:(?:file|https?):\/\/\S*|\d{1,4}\s*\/\s*\d{1,4}|\d{1,2}\/\d{1,2}\/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?|.{2,60}年度报告)$/i;

/**
 * The cells of a run of stream blocks, in reading order, from row `firstRow` of the first: page furniture and
 * empty cells dropped, but a row of one empty cell (a blank cell read from the lines, which keeps its place).
 */
function streamCells(blocks: readonly Block[], from: number, to: number, firstRow: number): GridCell[] {
  const out: GridCell[] = [];
  for (let b = from; b < to; b++) {
    const block = blocks[b]!;
    if (block.kind === "text") {
      const text = block.text.trim();
      if (text !== "" && !PAGE_FURNITURE.test(text)) out.push(blockCell(text, block));
      continue;
    }
    for (let r = b === from ? firstRow : 0; r < block.rows.length; r++) {
      const row = block.rows[r]!;
      // A short row's span copies are dropped (a one-cell row is kept as it is).
      for (const cell of row) {
        const text = cell.text.trim();
        if (row.length === 1 ? !PAGE_FURNITURE.test(text) : cell.anchor && text !== "" && !PAGE_FURNITURE.test(text))
          out.push({ ...cell, text });
      }
    }
  }
  return out;
}

/**
 * Whether a cell opens a row: text that is no unit (a label, a heading, a header word), nor a unit with its value
 * (人(次) 1280: a PDF reader's line holding the rest of the row).
 */
const isLabel = (cell: GridCell): boolean =>
  !isLegacyUnit(cell.text) && cellReading(cell.text).status === "text" && unitValueParts(cell.text) === null;

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
 * The stream with each label cell that continues the label cell before it (`isLabelTail`: a Word cell's label
 * typed as two paragraphs, `全年已办理答复` / `的依申请公开数`) joined to it, before the labels are counted: two labels
 * in a row read as labels printed column by column (`columnRows`), which took the head for a row of its own and
 * lost it. The same array when nothing joins.
 */
function withLabelTailsJoined(cells: readonly GridCell[]): readonly GridCell[] {
  let out: GridCell[] | undefined;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    const prev = out?.at(-1) ?? cells[i - 1];
    if (i > 0 && isLabel(cell) && isLabel(prev!) && isLabelTail(prev!.text, cell.text)) {
      out ??= cells.slice(0, i);
      out[out.length - 1] = { ...prev!, text: prev!.text + cell.text };
    } else out?.push(cell);
  }
  return out ?? cells;
}

/**
 * The rows of a stream, and how many of them hold a label with a unit and a value on the lines after it
 * (what no reading of a single line finds). Each cell is looked at a bounded number of times.
 */
function streamRows(stream: readonly GridCell[]): { rows: GridCell[][]; split: number; unplaced: UnplacedColumns[] } {
  const cells = withLabelTailsJoined(stream);
  const rows: GridCell[][] = [];
  const unplaced: UnplacedColumns[] = [];
  let split = 0;
  let i = 0;
  const remarks = declaresRemark(cells);
  while (i < cells.length) {
    // The labels from i: a header row (its words are never numbered), or each a row of its own but the last,
    // which takes the units and values after it; the head of a wrapped label joins the line after it.
    let end = i;
    while (end < cells.length && isLabel(cells[end]!)) end++;
    const last = rows[rows.length - 1];
    // A remark stands before the next row's label, which takes units and values (not before the signature's lines).
    if (remarks && end - i > 1 && end < cells.length && last !== undefined && isRemarkAfter(last, cells[i]!.text)) {
      last.push(cells[i++]!);
      continue;
    }
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
    const columns = end - i >= MIN_STREAM_ROWS ? columnRows(cells, i, end) : null;
    if (columns !== null) {
      for (const r of columns.rows) {
        if (r.length > 2) split++;
        rows.push(r);
      }
      if (columns.unplaced) unplaced.push(columns.unplaced);
      i = columns.next;
      continue;
    }
    let row: GridCell[] = [];
    while (i < end) {
      let head = cells[i++]!;
      while (i < end && (isLabelFragment(head.text) || isLabelTail(head.text, cells[i]!.text)))
        head = { ...head, text: head.text + cells[i++]!.text };
      row = [head];
      if (i < end) rows.push(row);
    }
    let unit = false;
    for (; i < cells.length && !isLabel(cells[i]!); i++) {
      const cell = cells[i]!;
      if (opensWithUnit(cell.text)) unit = true;
      row.push(cell);
    }
    if (row.length === 0) continue;
    if (unit && row.length > 2 && isLabel(row[0]!)) split++;
    rows.push(row);
  }
  return { rows, split, unplaced };
}

/** The cells looked at for a header declaring a remark column (备注): those before the first rows. */
const HEADER_SCAN = 8;
/** The longest text read as a remark standing on its own line (微博, 网站, 无). */
const REMARK_MAX_LENGTH = 8;

/** True when one of the first cells of a stream names a remark column (备注, alone or in a header line). */
function declaresRemark(cells: readonly GridCell[]): boolean {
  const scan = Math.min(cells.length, HEADER_SCAN);
  for (let k = 0; k < scan; k++) {
    for (const word of cells[k]!.text.split(/\s+/)) if (roleOf(word) === "remark") return true;
  }
  return false;
}

/**
 * True when a short text after a complete row (label, unit, value) is that row's remark (4.其他便于公众知晓的方式 / 条 /
 * 868 / 微博): unnumbered, no heading (…情况, 其中：), no wrapped label head, no header word.
 */
function isRemarkAfter(row: readonly GridCell[], text: string): boolean {
  if (row.length < 3 || text.length > REMARK_MAX_LENGTH) return false;
  if (cellReading(row[row.length - 1]!.text).status !== "number" || !isLegacyUnit(row[row.length - 2]!.text))
    return false;
  if (NUMBERED_LABEL.test(text) || /情况$|[:：]$/.test(text) || isLabelFragment(text)) return false;
  return roleOf(text) === null;
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
  /** The label columns of the run whose units and values could not be placed (see `columnRows`). */
  unplaced: UnplacedColumns[];
}

/** Where a run of one-cell lines may start at a block: after a title line, or after a title row of a one-cell grid. */
function streamStart(block: Block): { row: number; head: TableBlock | null } | null {
  if (block.kind === "text") return isTitleBlock(block) ? { row: -1, head: null } : null;
  // A grid holding the title: one cell per row (the short rows of `isSplitRowGrid` only continue a run).
  for (const row of block.rows) if (row.length !== 1) return null;
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
    const { rows, split, unplaced } = streamRows(cells);
    if (split >= MIN_STREAM_ROWS || (unplaced.length > 0 && rows.length > 0)) {
      const position = rows[0]![0]!.position;
      const table: TableBlock = { kind: "table", index: -1, rows, position, rowsReliable: false };
      out.push({ from, to, head: start.head, table, unplaced });
    }
    b = to - 1;
  }
  return out;
}
