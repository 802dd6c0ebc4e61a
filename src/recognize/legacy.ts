/**
 * Recognises the pre-2019 statistics tables (统计表) of a document (formats.md §4): every row is captured
 * (label raw and normalised, unit, value cell, remark, value column, section, position); the family is chosen
 * by score over `LEGACY_TEMPLATES` and its rows get typed ids; rows no family knows keep `id: null`. Pure:
 * problems are pushed onto `diagnostics`.
 */

import {
  type Block,
  type Document,
  pointSource as pointSourceOf,
  type TableBlock,
  type TextBlock,
} from "../document.js";
import type { Diagnostic, SourcePosition } from "../schema/common.js";
import type { LegacyTable } from "../schema/report.js";
import { LEGACY_TEMPLATES } from "../templates/legacy.js";
import type { LegacyTemplate } from "../templates/legacy-types.js";
import { type OpenTable, toLegacyTable } from "./legacy-build.js";
import { norm } from "./legacy-cells.js";
import {
  isHeadingGrid,
  isLabelFragment,
  isLegacyTextRow,
  isLegacyTitle,
  type LegacyColumns,
  type LegacyReadState,
  looksLikeLegacyGrid,
  NUMBERED_LABEL,
  readLegacyGrid,
  SECTION_ORDINAL,
  textHeaderColumns,
} from "./legacy-grid.js";
import { legacyGrids } from "./legacy-grids.js";
import { mayBeLabelHead, withLabelHead } from "./legacy-label-tails.js";
import { withoutTrailingSignature } from "./legacy-signature.js";
import { cellStreamTables, type StreamTable } from "./legacy-stream.js";
import { unplacedDiagnostic } from "./legacy-stream-columns.js";
import {
  opensWithTitle,
  repeatedLongLines,
  textGrid,
  titleInGrid,
  titleRowInGrid,
  withoutGrid,
  withoutStreamGrid,
} from "./legacy-text.js";
import { Points } from "./line-tokens.js";

/** A sentence end: a line holding one is prose, never a page's running header. */
const PROSE_END = /[。；;！？]/;
/** Text blocks longer than this end a legacy table (prose, not a section heading). */
const HEADING_MAX = 40;

function freshState(section: string | null, title: string | null, points?: Points): LegacyReadState {
  const state: LegacyReadState = { section, title, columns: null, lastLabel: null, fragment: null };
  if (points) state.points = points;
  return state;
}

function openTable(block: Block, section: string | null, title: string | null, points: Points): OpenTable {
  const source: SourcePosition = pointSourceOf(block.position);
  // A grid read back from one-cell lines (index -1) stood in no table of the document: no table index.
  if (block.kind === "table" && block.index >= 0) source.table = block.index;
  return { state: freshState(section, title, points), rows: [], source };
}

/** What carries from one block to the next while the tables of a document are read. */
interface Region {
  out: LegacyTable[];
  templates: readonly LegacyTemplate[];
  diagnostics: Diagnostic[];
  open: OpenTable | null;
  /** A title (…统计表) seen before its table opened. */
  pendingTitle: string | null;
  /** A section heading (一、…) seen before its table opened. */
  pendingSection: string | null;
  /** Header columns seen before the table opened (a header line a PDF reader folded into the title's grid). */
  pendingColumns: LegacyColumns | null;
  /** The head of a wrapped label seen before the table opened (its tail opens the table's first grid). */
  pendingFragment: string | null;
  /** A short line of text just read in the open table: maybe its next row's label's head (`withLabelHead`). */
  labelHead: string | null;
  /** The document's blocks, and its long text lines printed more than once (built when first asked). */
  blocks: readonly Block[];
  repeated: Set<string> | null;
  /** The document's points: where the rows' cells split apart stood in the input. */
  points: Points;
}

/** A new title (…统计表) seen: what was pending belongs to no table. */
function pendTitle(region: Region, title: string): void {
  region.pendingTitle = title;
  region.pendingSection = null;
  region.pendingColumns = null;
  region.pendingFragment = null;
}

function closeTable(region: Region): void {
  const open = region.open;
  if (open) open.rows = withoutTrailingSignature(open.rows);
  if (open && open.rows.length > 0) region.out.push(toLegacyTable(open, region.templates, region.diagnostics));
  region.open = null;
}

/** The open table, opened at `block` (with the pending title and section) when none is. */
function openOf(region: Region, block: Block): OpenTable {
  if (region.open === null) {
    region.open = openTable(block, region.pendingSection, region.pendingTitle, region.points);
    region.open.state.columns = region.pendingColumns;
    region.open.state.fragment = region.pendingFragment;
    region.pendingTitle = null;
    region.pendingSection = null;
    region.pendingColumns = null;
    region.pendingFragment = null;
  }
  return region.open;
}

/**
 * A text block: inside a table's region (after a title, or with a table open) a header line or a
 * "label unit value" row of PDF text, or the head of a wrapped label; else a title, a section heading, or
 * prose that ends the table.
 */
function readTextBlock(region: Region, block: TextBlock): void {
  const text = block.text.trim();
  const inRegion = region.open !== null || region.pendingTitle !== null;
  const header = inRegion ? textHeaderColumns(text) : null;
  if (header) {
    openOf(region, block).state.columns = header;
  } else if (inRegion && isLegacyTextRow(text)) {
    const current = openOf(region, block);
    for (const r of readLegacyGrid(textGrid(block), current.state)) current.rows.push(withoutGrid(r));
  } else if (inRegion && isLabelFragment(text) && (region.open !== null || NUMBERED_LABEL.test(text))) {
    // The head of a label PDF text wrapped: （一）主动公开政府信息数（不同渠道和方式公开相 / 同信息计1条） 条 236; before
    // the table opens, only a numbered head (the table's first row).
    if (region.open !== null) region.open.state.fragment = text;
    else region.pendingFragment = text;
  } else if (isLegacyTitle(text)) {
    closeTable(region);
    pendTitle(region, text);
  } else if (text.length <= HEADING_MAX && SECTION_ORDINAL.test(norm(text))) {
    if (region.open) region.open.state.section = text;
    else region.pendingSection = text;
  } else if (region.open !== null && mayBeLabelHead(text)) {
    region.labelHead = text;
  } else if (text.length > HEADING_MAX) {
    // A browser's running page header (11/24/26, 1:58 AM …年度报告) between two rows of the table does not end it.
    if (region.open !== null && !PROSE_END.test(text) && repeatedLines(region).has(text)) return;
    closeTable(region);
    region.pendingSection = null;
    if (text.length > 2 * HEADING_MAX) region.pendingTitle = null;
  }
}

/** The document's long text lines printed more than once (see `repeatedLongLines`), built when first asked. */
function repeatedLines(region: Region): Set<string> {
  region.repeated ??= repeatedLongLines(region.blocks, HEADING_MAX);
  return region.repeated;
}

/**
 * A title a PDF reader folded into a grid that is no legacy table: the title is pending, and so are the header,
 * the section and the head of a wrapped label the rows after it hold when they hold no data row (统计指标 单位
 * 统计数 / 一、主动公开情况 — —).
 */
function pendTitleGrid(region: Region, block: TableBlock, title: string): void {
  pendTitle(region, title);
  const state = freshState(null, title);
  // Row by row, to stop at the first data row (a long grid that is no legacy table is not read through).
  for (let r = titleRowInGrid(block) + 1; r < block.rows.length; r++) {
    if (readLegacyGrid({ ...block, rows: [block.rows[r]!] }, state).length > 0) return;
  }
  region.pendingSection = state.section;
  region.pendingColumns = state.columns;
  region.pendingFragment = state.fragment;
}

/** The blocks with each run of one-cell lines read as a table replaced by that table. */
function withStreams(blocks: readonly Block[], streams: readonly StreamTable[]): Block[] {
  const out: Block[] = [];
  let next = 0;
  for (const { from, to, head, table } of streams) {
    for (let b = next; b < from; b++) out.push(blocks[b]!);
    if (head !== null) out.push(head);
    out.push(table);
    next = to;
  }
  for (let b = next; b < blocks.length; b++) out.push(blocks[b]!);
  return out;
}

/**
 * Finds and reads every legacy statistics table of a document. Consecutive legacy grids separated only by
 * short headings (一、… 二、…) form one table; a title line (…统计表) before them becomes its title. After a
 * title, text lines that read as "label unit value" rows or as a header line are part of the table too
 * (PDF text that a reader kept as prose).
 */
export function recognizeLegacy(
  document: Document,
  diagnostics: Diagnostic[],
  templates: readonly LegacyTemplate[] = LEGACY_TEMPLATES,
): LegacyTable[] {
  let blocks = document.blocks as readonly Block[];
  let grids = legacyGrids(blocks);
  // A table printed one cell per line after its title (a title line, or a title row of a grid of short lines):
  // its rows read back as one grid (index -1).
  const streams = cellStreamTables(blocks);
  for (const stream of streams) for (const u of stream.unplaced) diagnostics.push(unplacedDiagnostic(u));
  if (streams.length > 0) {
    blocks = withStreams(blocks, streams);
    grids = legacyGrids(blocks);
  }
  if (grids === null) return [];
  const region: Region = {
    out: [],
    templates,
    diagnostics,
    open: null,
    pendingTitle: null,
    pendingSection: null,
    pendingColumns: null,
    pendingFragment: null,
    labelHead: null,
    blocks,
    repeated: null,
    points: new Points(document.text),
  };
  readBlocks(region, grids);
  return region.out;
}

/** Reads the blocks of a region's document: text blocks, grids of headings, legacy grids (indexes in `grids`). */
function readBlocks(region: Region, grids: ReadonlySet<number>): void {
  const blocks = region.blocks;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    const labelHead = region.labelHead;
    region.labelHead = null;
    if (block.kind === "text") readTextBlock(region, block);
    // A grid of one row inside an open table continues it (a row a line of text split off from the others).
    else if (!grids.has(b) && !(region.open !== null && looksLikeLegacyGrid(block, 1))) {
      // A grid of headings only (九、… | — | —) between rows kept as prose continues the open table.
      if (region.open !== null && isHeadingGrid(block)) {
        readLegacyGrid(block, region.open.state);
        continue;
      }
      closeTable(region);
      // A PDF reader may fold the title into a grid of short lines that is no legacy table.
      const title = titleInGrid(block);
      if (title !== null) pendTitleGrid(region, block, title);
    } else {
      // A grid opening with its title (…统计表): a heading before it is the report's (七、存在的主要问题…), not the table's.
      if (region.open === null && opensWithTitle(block)) region.pendingSection = null;
      const current = openOf(region, block);
      // A grid read back from lines (index -1) stood in no table of the document: its rows drop the grid's coordinates.
      const rows = readLegacyGrid(block, current.state);
      withLabelHead(rows, labelHead);
      for (const r of rows) current.rows.push(block.index < 0 ? withoutStreamGrid(r, block) : r);
    }
  }
  closeTable(region);
}
