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
 * The values of a transposed table in the layout's order (row by row, each row's columns in order), or null
 * when the lines are not one.
 */
export function transposedValues(table: TableTemplate, lines: readonly Line[]): Token[] | null {
  const columns = table.rows[0]?.columns;
  if (!columns || table.rows.length < 2) return null;
  const ids = columns.map((c) => c.id).join();
  if (table.rows.some((r) => r.columns.map((c) => c.id).join() !== ids)) return null;
  const names = columns.map((c) => new Set(c.labels.map(normalizeLabel)));
  const byColumn: (Token[] | undefined)[] = new Array<Token[] | undefined>(columns.length).fill(undefined);
  let header = "";
  let first = -1;
  for (let i = 0; i < lines.length; i++) {
    const { label, values } = labelAndValues(lines[i]!);
    const c = names.findIndex((set) => set.has(label));
    if (c < 0 || values.length !== table.rows.length) {
      if (first < 0) header += label;
      continue;
    }
    if (byColumn[c] !== undefined) return null;
    byColumn[c] = values;
    if (first < 0) first = i;
  }
  // (`fill` above: `some` skips the holes of a sparse array.)
  if (byColumn.some((v) => v === undefined)) return null;
  const order = rowOrder(table, header);
  const out: Token[] = [];
  for (let r = 0; r < table.rows.length; r++) {
    for (let c = 0; c < columns.length; c++) out.push(byColumn[c]![order[r]!]!);
  }
  return out;
}

/**
 * For each row of the layout, the index of its column across: the order its label comes in the header, when
 * the header names every row; else the layout's order.
 */
function rowOrder(table: TableTemplate, header: string): number[] {
  const at = table.rows.map((row) => {
    const found = row.labels.map((l) => header.indexOf(normalizeLabel(l))).filter((i) => i >= 0);
    return found.length > 0 ? Math.min(...found) : -1;
  });
  if (at.some((i) => i < 0) || new Set(at).size !== at.length) return table.rows.map((_, r) => r);
  const sorted = [...at].sort((a, b) => a - b);
  return at.map((i) => sorted.indexOf(i));
}
