/**
 * Which blocks of a document are pre-2019 statistics grids: a grid with a 单位/数量 header or two rows of a label,
 * a unit and a value, and no label of the gb2019/gb2021 tables (the gb tables name one in their first rows).
 */
import type { Block, TableBlock } from "../document.js";
import { GB_TEMPLATES } from "../templates/index.js";
import { normalizeLabel } from "./labels.js";
import { norm } from "./legacy-cells.js";
import { looksLikeLegacyGrid } from "./legacy-grid.js";
import { isTitleBlock } from "./legacy-stream.js";

/** Labels of the gb2019/gb2021 tables (their templates' `markers`): a grid holding one is not a legacy table. */
const GB_MARKERS = [...new Set(GB_TEMPLATES.flatMap((t) => t.markers))].map(normalizeLabel);
const MIN_MARKER = Math.min(...GB_MARKERS.map((m) => m.length));
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
export function legacyGrids(blocks: readonly Block[]): Set<number> | null {
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
