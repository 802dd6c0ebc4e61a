/** What reading one statistics table against one template yields, and helpers shared by both layouts. */
import type { DiagnosticCode } from "../diagnostic-codes.js";
import type { Cell, Diagnostic, SourcePosition } from "../schema/common.js";
import type { ExtraRow, HybridBlock } from "../schema/report.js";
import { isMissingWord } from "../shapes/frame-missing.js";
import { readingCell } from "./cell-value.js";
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

/**
 * A token as a report cell (digits after a leading 0, 0000000 or 007, as text: no count of these tables is
 * written so, a row's values ran together).
 */
export function tokenCell(token: Token): Cell {
  return readingCell(token.raw, token.reading, token.source);
}

/** The grid columns of a table's values: where its rows' values start, and its last column holding anything. */
export interface ValueColumns {
  /** The grid column most rows' first filled value stands in (-1 without grid columns). */
  first: number;
  /** The last grid column in which some token holds text, a number or a dash (-1 without grid columns). */
  last: number;
}

/**
 * Fits a row's value tokens to `count` columns: while there are too many, blank cells right of the table's
 * last used grid column (an empty column a converter added), then blank cells left of the column the table's
 * values start in when the row's first value is glued to its label (`label`, the label's last token: `| 一、本年新收…
 * 199 |  |  | 3 |`, the label's own columns), then leading, then trailing BLANK cells are dropped (values align from the numbers, not
 * from the left edge), and trailing cells holding a data frame's missing value (`nan`: the frame padded the row to
 * its width); returns the kept values, the extra non-blank values, and how many columns have no value.
 */
export function fitValues(
  values: readonly Token[],
  count: number,
  columns?: () => ValueColumns,
  label?: Token,
): { kept: readonly Token[]; extra: readonly Token[]; missing: number } {
  if (values.length === count) return { kept: values, extra: NONE, missing: 0 };
  const v = values.length > count && columns ? withoutEmptyColumns(values, count, columns(), label) : values.slice();
  while (v.length > count && v[0]?.reading.status === "blank") v.shift();
  // (a data frame's missing value, nan, padding a row to the frame's width as a blank cell would)
  while (v.length > count && (v.at(-1)!.reading.status === "blank" || isMissingWord(v.at(-1)!.raw))) v.pop();
  const kept = v.slice(0, count);
  const extra = v.slice(count).filter((t) => t.reading.status !== "blank");
  return { kept, extra, missing: count - kept.length };
}

const NONE: readonly Token[] = Object.freeze([]);

/** Drops blank grid cells whose column passes `outside`, from the right, while there are more than `count`. */
function dropBlanks(v: Token[], count: number, outside: (col: number) => boolean): void {
  for (let i = v.length - 1; i >= 0 && v.length > count; i--) {
    const t = v[i] as Token;
    if (t.reading.status !== "blank") continue;
    const col = t.source.col;
    if (col !== undefined && outside(col)) v.splice(i, 1);
  }
}

/**
 * The values without (while there are too many) the blank grid cells right of the table's last column
 * holding anything, then, when the row's first value is filled and glued to its label (in the label's own
 * grid cell, left of the column the table's values start in), the blank cells left of that column.
 */
function withoutEmptyColumns(
  values: readonly Token[],
  count: number,
  columns: ValueColumns,
  label: Token | undefined,
): Token[] {
  const v = values.slice();
  dropBlanks(v, count, (col) => col > columns.last);
  const lead = v[0];
  const leadCol = lead?.source.col;
  const glued = leadCol !== undefined && label !== undefined && label.source.col === leadCol;
  if (glued && lead!.reading.status !== "blank" && leadCol < columns.first) {
    dropBlanks(v, count, (col) => col < columns.first);
  }
  return v;
}

/** The grid columns of a table's values (see ValueColumns), read from its lines once, on first use. */
export function valueColumnsOf(lines: readonly Line[]): () => ValueColumns {
  let columns: ValueColumns | undefined;
  return () => {
    if (columns === undefined) {
      let last = -1;
      const firsts = new Map<number, number>();
      for (const line of lines) {
        let first = -1;
        for (const t of line.tokens) {
          if (t.reading.status === "blank") continue;
          const col = t.source.col;
          if (col === undefined) continue;
          if (col > last) last = col;
          if (first < 0 && t.kind === "value") first = col;
        }
        if (first >= 0) firsts.set(first, (firsts.get(first) ?? 0) + 1);
      }
      let first = -1;
      let most = 0;
      for (const [col, n] of firsts) if (n > most || (n === most && col < first)) [first, most] = [col, n];
      columns = { first, last };
    }
    return columns;
  };
}

/** A diagnostic at a position. */
export function diagnostic(
  code: DiagnosticCode,
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

/** The `cell-values-split` warning of a cell read as several of a short row's values (`splitRunsInShortRow`). */
export function valuesSplit(split: Token, rowName: string, width: number): Diagnostic {
  return diagnostic(
    "cell-values-split",
    "warning",
    `${rowName}: the cell 「${split.raw}」 holds numbers side by side; read one by one, the row's cells make its ${width} values exactly, so each is read as a value of its own column`,
    split.source,
    { text: split.raw },
  );
}
