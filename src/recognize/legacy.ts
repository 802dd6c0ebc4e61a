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
import type { LegacyRow, LegacyTable } from "../schema/report.js";
import { LEGACY_TEMPLATES } from "../templates/legacy.js";
import type { LegacyTemplate } from "../templates/legacy-types.js";
import { normalizeLabel } from "./labels.js";
import { norm } from "./legacy-cells.js";
import {
  isLabelFragment,
  isLegacyTextRow,
  isLegacyTitle,
  type LegacyRawRow,
  type LegacyReadState,
  looksLikeLegacyGrid,
  readLegacyGrid,
  SECTION_ORDINAL,
  textHeaderColumns,
} from "./legacy-grid.js";
import { bestLegacyFamily, retypeColumns } from "./legacy-match.js";
import { cellStreamTables, isTitleBlock, type StreamTable } from "./legacy-stream.js";
import { textGrid, titleInGrid, withoutGrid } from "./legacy-text.js";
import { unitMismatch } from "./legacy-units.js";

/** Labels of the gb2019/gb2021 tables: a grid holding one of them is not a legacy table. */
const GB_MARKERS = [
  "本年新收政府信息公开申请数量",
  "申请人情况",
  "第二十条第",
  "本年制发件数",
  "结果维持",
  "信息内容",
].map(normalizeLabel);
const MIN_MARKER = Math.min(...GB_MARKERS.map((m) => m.length));
/** A family is accepted when it types at least this many rows and this share of them. */
const MIN_MATCHED = 3;
const MIN_SHARE = 0.3;
/** Text blocks longer than this end a legacy table (prose, not a section heading). */
const HEADING_MAX = 40;

/** Whether each cell text seen holds a gb marker (a legacy table repeats its units and labels). */
const marked = new Map<string, boolean>();
const MARKED_CACHE_LIMIT = 4096;

function hasGbMarker(text: string): boolean {
  let found = marked.get(text);
  if (found === undefined) {
    const key = norm(text);
    found = GB_MARKERS.some((m) => key.includes(m));
    if (marked.size >= MARKED_CACHE_LIMIT) marked.clear();
    marked.set(text, found);
  }
  return found;
}

function isGbGrid(table: TableBlock): boolean {
  for (const row of table.rows) {
    for (const cell of row) if (cell.text.length >= MIN_MARKER && hasGbMarker(cell.text)) return true;
  }
  return false;
}

function freshState(section: string | null, title: string | null): LegacyReadState {
  return { section, title, columns: null, lastLabel: null, fragment: null };
}

/**
 * True when a grid reads as a legacy table: a 单位/数量 header, or at least two rows with a unit and a value,
 * and no gb label. The gb markers are looked for first: a gb table names one in its first rows.
 */
function looksLegacy(table: TableBlock): boolean {
  return !isGbGrid(table) && looksLikeLegacyGrid(table);
}

/**
 * The indices of the blocks that are legacy grids, or null when the document has neither a legacy grid nor
 * a title line: then no legacy table can be read (rows are only read in a grid, or in text after a title).
 */
function legacyGrids(blocks: readonly Block[]): Set<number> | null {
  let title = false;
  let grids: Set<number> | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind === "table") {
      if (!looksLegacy(block)) continue;
      grids ??= new Set();
      grids.add(i);
    } else if (!title && grids === null) title = isTitleBlock(block);
  }
  return grids ?? (title ? new Set() : null);
}

interface OpenTable {
  state: LegacyReadState;
  rows: LegacyRawRow[];
  source: SourcePosition;
}

/** Why a row stays untyped: its label is not in the layout, or it and its value column (区政府, 列4) have no typed id. */
function untypedMessage(raw: LegacyRawRow, layout: string): string {
  const row = `Row “${raw.label}”${raw.unit ? ` (${raw.unit})` : ""}`;
  if (raw.column === null) return `${row} is not in the ${layout} layout; kept untyped.`;
  return `${row}, column “${raw.column}”, has no typed id in the ${layout} layout; kept untyped.`;
}

function toLegacyTable(open: OpenTable, templates: readonly LegacyTemplate[], diagnostics: Diagnostic[]): LegacyTable {
  const best = bestLegacyFamily(open.rows, open.state.title, templates);
  const matched = best ? best.matched : 0;
  // The share counts printed labels, not value cells (a wide row must not outvote the table).
  const labelSet = new Set<string>();
  const typedSet = new Set<string>();
  open.rows.forEach((r, i) => {
    labelSet.add(r.label);
    if (best && best.ids[i] != null) typedSet.add(r.label);
  });
  const labels = labelSet.size;
  const typedLabels = typedSet.size;
  const accepted = best !== undefined && matched >= MIN_MATCHED && typedLabels >= MIN_SHARE * labels;
  const ids = accepted ? retypeColumns(open.rows, best.ids) : open.rows.map(() => null);
  if (accepted) {
    diagnostics.push({
      code: "legacy-family",
      severity: "info",
      message: `Legacy statistics table read as ${best.template.id} (${best.template.era}): ${ids.filter((id) => id !== null).length} of ${open.rows.length} rows typed.`,
      source: open.source,
    });
  } else {
    diagnostics.push({
      code: "legacy-family-unknown",
      severity: "warning",
      message: `Legacy statistics table of ${open.rows.length} rows matches no known family; rows kept untyped.`,
      source: open.source,
    });
  }
  const rows: LegacyRow[] = open.rows.map((raw, i) => {
    const id = ids[i] ?? null;
    if (accepted && id === null) {
      diagnostics.push({
        code: "legacy-row-unrecognized",
        severity: "info",
        message: untypedMessage(raw, best.template.id),
        source: raw.source,
        text: raw.label,
      });
    }
    const row: LegacyRow = {
      id,
      section: raw.section,
      label: raw.label,
      normalizedLabel: norm(raw.label),
      unit: raw.unit,
      column: raw.column,
      cell: raw.cell,
      remark: raw.remark,
      source: raw.source,
    };
    const mismatch = accepted ? unitMismatch(best.template, row) : null;
    if (mismatch) diagnostics.push(mismatch);
    return row;
  });
  return {
    family: accepted ? best.template.era : "unknown",
    title: open.state.title,
    rows,
    source: open.source,
  };
}

function openTable(block: Block, section: string | null, title: string | null): OpenTable {
  const source: SourcePosition = pointSourceOf(block.position);
  if (block.kind === "table") source.table = block.index;
  return { state: freshState(section, title), rows: [], source };
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
}

function closeTable(region: Region): void {
  const open = region.open;
  if (open && open.rows.length > 0) region.out.push(toLegacyTable(open, region.templates, region.diagnostics));
  region.open = null;
}

/** The open table, opened at `block` (with the pending title and section) when none is. */
function openOf(region: Region, block: Block): OpenTable {
  if (region.open === null) {
    region.open = openTable(block, region.pendingSection, region.pendingTitle);
    region.pendingTitle = null;
    region.pendingSection = null;
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
  } else if (region.open !== null && isLabelFragment(text)) {
    // The head of a label PDF text wrapped: （一）主动公开政府信息数（不同渠道和方式公开相 / 同信息计1条） 条 236.
    region.open.state.fragment = text;
  } else if (isLegacyTitle(text)) {
    closeTable(region);
    region.pendingTitle = text;
    region.pendingSection = null;
  } else if (text.length <= HEADING_MAX && SECTION_ORDINAL.test(norm(text))) {
    if (region.open) region.open.state.section = text;
    else region.pendingSection = text;
  } else if (text.length > HEADING_MAX) {
    closeTable(region);
    region.pendingSection = null;
    if (text.length > 2 * HEADING_MAX) region.pendingTitle = null;
  }
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
  if (streams.length > 0) {
    blocks = withStreams(blocks, streams);
    grids = legacyGrids(blocks);
  }
  if (grids === null) return [];
  const region: Region = { out: [], templates, diagnostics, open: null, pendingTitle: null, pendingSection: null };
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    if (block.kind === "text") readTextBlock(region, block);
    else if (!grids.has(b)) {
      closeTable(region);
      // A PDF reader may fold the title into a grid of short lines that is no legacy table.
      const title = titleInGrid(block);
      if (title !== null) {
        region.pendingTitle = title;
        region.pendingSection = null;
      }
    } else {
      const current = openOf(region, block);
      // A grid read back from lines (index -1) stood in no table of the document: its rows drop the grid's coordinates.
      for (const r of readLegacyGrid(block, current.state)) current.rows.push(block.index < 0 ? withoutGrid(r) : r);
    }
  }
  closeTable(region);
  return region.out;
}
