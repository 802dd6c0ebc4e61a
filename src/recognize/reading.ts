/** What reading one statistics table against one template yields, and helpers shared by both layouts. */
import type { Cell, Diagnostic, SourcePosition } from "../schema/common.js";
import type { ExtraRow, HybridBlock } from "../schema/report.js";
import type { Token } from "./lines.js";

/** The result of reading one table region with one template. */
export interface TableReading {
  /** The token read for each field id, in reading order (made into report cells only for the era chosen). */
  cells: CellList;
  /** Ids of the template rows found. */
  rowsFound: Set<string>;
  /** How many rows the template expects for this reading (hybrid groups counted as one row). */
  expectedRows: number;
  /** Rows the template does not know. */
  extraRows: ExtraRow[];
  /** Blocks laid out in another era's layout. */
  hybridBlocks: HybridBlock[];
  /** Problems met. */
  diagnostics: Diagnostic[];
  /** Count of value-count mismatches (extra or missing values), used to compare templates. */
  mismatches: number;
}

/** Field ids and the tokens read for them, as two parallel arrays (ids are unique within a reading). */
export interface CellList {
  /** Field ids. */
  ids: string[];
  /** The token of each id. */
  tokens: Token[];
}

/** An empty CellList. */
export function cellList(): CellList {
  return { ids: [], tokens: [] };
}

/** Removes the cell of a field id from a CellList, if present. */
export function removeCell(list: CellList, id: string): void {
  const at = list.ids.indexOf(id);
  if (at < 0) return;
  list.ids.splice(at, 1);
  list.tokens.splice(at, 1);
}

/** A token as a report cell. */
export function tokenCell(token: Token): Cell {
  const cell: Cell = {
    raw: token.raw,
    value: token.reading.value,
    status: token.reading.status,
    source: token.source,
  };
  if (token.reading.unit) cell.unit = token.reading.unit;
  return cell;
}

/**
 * Fits a row's value tokens to `count` columns: leading then trailing BLANK cells are dropped while there
 * are too many (values align from the numbers, not from the left edge); returns the kept values, the
 * extra non-blank values, and how many columns have no value.
 */
export function fitValues(
  values: readonly Token[],
  count: number,
): { kept: readonly Token[]; extra: readonly Token[]; missing: number } {
  if (values.length === count) return { kept: values, extra: NONE, missing: 0 };
  const v = values.slice();
  while (v.length > count && v[0]?.reading.status === "blank") v.shift();
  while (v.length > count && v.at(-1)?.reading.status === "blank") v.pop();
  const kept = v.slice(0, count);
  const extra = v.slice(count).filter((t) => t.reading.status !== "blank");
  return { kept, extra, missing: count - kept.length };
}

const NONE: readonly Token[] = Object.freeze([]);

/** A diagnostic at a position. */
export function diagnostic(
  code: string,
  severity: Diagnostic["severity"],
  message: string,
  source?: SourcePosition,
  extra: { field?: string; text?: string } = {},
): Diagnostic {
  const d: Diagnostic = { code, severity, message };
  if (source) d.source = source;
  if (extra.field !== undefined) d.field = extra.field;
  if (extra.text !== undefined) d.text = extra.text;
  return d;
}
