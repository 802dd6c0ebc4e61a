/** What reading one statistics table against one template yields, and helpers shared by both layouts. */
import type { Cell, Diagnostic, SourcePosition } from "../schema/common.js";
import type { ExtraRow, HybridBlock } from "../schema/report.js";
import type { Line, Token } from "./lines.js";

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
 * Fits a row's value tokens to `count` columns: blank cells right of the table's last used grid column
 * (`lastUsedColumn`, when given: an empty column a converter added), then leading, then trailing BLANK
 * cells are dropped while there are too many (values align from the numbers, not from the left edge);
 * returns the kept values, the extra non-blank values, and how many columns have no value.
 */
export function fitValues(
  values: readonly Token[],
  count: number,
  lastUsedColumn?: () => number,
): { kept: readonly Token[]; extra: readonly Token[]; missing: number } {
  if (values.length === count) return { kept: values, extra: NONE, missing: 0 };
  const v =
    values.length > count && lastUsedColumn ? withoutEmptyColumns(values, count, lastUsedColumn()) : values.slice();
  while (v.length > count && v[0]?.reading.status === "blank") v.shift();
  while (v.length > count && v.at(-1)?.reading.status === "blank") v.pop();
  const kept = v.slice(0, count);
  const extra = v.slice(count).filter((t) => t.reading.status !== "blank");
  return { kept, extra, missing: count - kept.length };
}

const NONE: readonly Token[] = Object.freeze([]);

/**
 * The values without (from the right, while there are too many) the blank grid cells right of the
 * table's last column holding anything: an empty column a converter added at the right edge.
 */
function withoutEmptyColumns(values: readonly Token[], count: number, lastUsed: number): Token[] {
  const v = values.slice();
  for (let i = v.length - 1; i >= 0 && v.length > count; i--) {
    const t = v[i] as Token;
    if (t.reading.status !== "blank") continue;
    const col = t.source.col;
    if (col !== undefined && col > lastUsed) v.splice(i, 1);
  }
  return v;
}

/**
 * The last grid column in which some token of a table holds text, a number or a dash (-1 without grid
 * columns), made once, on first use.
 */
export function lastUsedColumnOf(lines: readonly Line[]): () => number {
  let last: number | undefined;
  return () => {
    if (last === undefined) {
      last = -1;
      for (const line of lines) {
        for (const t of line.tokens) {
          if (t.reading.status === "blank") continue;
          const col = t.source.col;
          if (col !== undefined && col > last) last = col;
        }
      }
    }
    return last;
  };
}

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
