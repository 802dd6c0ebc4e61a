/**
 * A sequence-layout table printed transposed: Table 四 with one line per outcome (结果维持 … 总计) and one
 * column per row of the layout (行政复议, 未经复议直接起诉, 复议后起诉), as some provinces print it:
 *
 * ```
 * |  | 行政复议 | 行政诉讼（未经复议直接起诉） | 行政诉讼（复议后起诉） |
 * | 结果维持 | 0 | 0 | 0 |
 * …
 * | 总计 | 2 | 5 | 0 |
 * ```
 *
 * Generic over the template: when its rows share one list of columns and every column's label heads a line
 * holding exactly one value per row, the values are put back in the layout's order (rows × columns). The
 * rows' order across is read from the header when it names them all, else the layout's.
 */
import { perObject } from "../memo.js";
import type { TableTemplate } from "../templates/types.js";
import { normalizeLabel } from "./labels.js";
import type { Line, Token } from "./lines.js";

/** A line's label (its text tokens joined, normalised) and its value tokens. */
function labelAndValues(line: Line): { label: string; values: Token[] } {
  const texts: string[] = [];
  const values: Token[] = [];
  for (const t of line.tokens) {
    if (t.kind === "text") texts.push(t.raw);
    else values.push(t);
  }
  return { label: normalizeLabel(texts.join("")), values };
}

/**
 * The columns all rows of a template share, with each column's normalised labels; null when the rows have
 * different columns or there is one row (computed once per template).
 */
const sharedColumns = perObject((table: TableTemplate) => {
  const columns = table.rows[0]?.columns;
  if (!columns || table.rows.length < 2) return null;
  const ids = columns.map((c) => c.id).join();
  if (table.rows.some((r) => r.columns.map((c) => c.id).join() !== ids)) return null;
  return { columns, names: columns.map((c) => new Set(c.labels.map(normalizeLabel))) };
});

/**
 * How many values a line of a transposed table labelled `label` (normalised) holds — one per row of the layout
 * (结果维持 | 0 | 0 | 0: three kinds of case) — when the label names a column all rows share; undefined otherwise.
 */
export function transposedLineWidth(table: TableTemplate, label: string): number | undefined {
  const shared = sharedColumns(table);
  return shared?.names.some((set) => set.has(label)) ? table.rows.length : undefined;
}

/**
 * Whether a normalised header cell names a row of a table whose rows share their columns: a column of the table
 * printed transposed (行政复议, 行政诉讼（未经复议直接起诉）).
 */
export function namesTransposedColumn(table: TableTemplate, label: string): boolean {
  return sharedColumns(table) !== null && rowLabels(table).some((l) => label.includes(l));
}

/** A table's row labels, normalised (computed once per template). */
const rowLabels = perObject((table: TableTemplate) => table.rows.flatMap((row) => row.labels.map(normalizeLabel)));

/**
 * The values of a transposed table in the layout's order (row by row, each row's columns in order), or null
 * when the lines are not one.
 */
export function transposedValues(table: TableTemplate, lines: readonly Line[]): Token[] | null {
  const shared = sharedColumns(table);
  if (shared === null) return null;
  const { columns, names } = shared;
  const byColumn: (Token[] | undefined)[] = new Array<Token[] | undefined>(columns.length).fill(undefined);
  let first = -1;
  let found = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // A column's line holds one value per row: others are not read further.
    let values = 0;
    for (const t of line.tokens) if (t.kind === "value") values++;
    if (values !== table.rows.length) continue;
    const { label, values: tokens } = labelAndValues(line);
    const c = names.findIndex((set) => set.has(label));
    if (c < 0) continue;
    if (byColumn[c] !== undefined) return null;
    byColumn[c] = tokens;
    found++;
    if (first < 0) first = i;
  }
  if (found < columns.length) return null;
  // The header: the labels of the lines before the first column's.
  let header = "";
  for (let i = 0; i < first; i++) header += labelAndValues(lines[i]!).label;
  const order = rowOrder(table, header);
  const out: Token[] = [];
  for (let r = 0; r < table.rows.length; r++) {
    for (let c = 0; c < columns.length; c++) out.push(byColumn[c]![order[r]!]!);
  }
  return out;
}

/**
 * For each row of the layout, the index of its column across: the order its label comes in the header (its
 * last mention), when the header names every row; else the layout's order.
 */
function rowOrder(table: TableTemplate, header: string): number[] {
  const at = table.rows.map((row) => {
    // The last mention: the header line right above the table, not a caption before it.
    const found = row.labels.map((l) => header.lastIndexOf(normalizeLabel(l))).filter((i) => i >= 0);
    return found.length > 0 ? Math.min(...found) : -1;
  });
  if (at.some((i) => i < 0) || new Set(at).size !== at.length) return table.rows.map((_, r) => r);
  const sorted = [...at].sort((a, b) => a - b);
  return at.map((i) => sorted.indexOf(i));
}
