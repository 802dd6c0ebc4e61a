/**
 * The order in which a table's header prints its value columns, when it is not the layout's: Table 三 printed
 * with 总计 first or with 科研机构 and 商业企业 swapped, or without the 法律服务机构 column; Table 四 with 其他结果
 * and 尚未审结 swapped in each block. Read from a grid's header: the cells above the table's first number that hold
 * a column label of the template, each in its grid column (a rowspan 总计 printed on the header's first row stands
 * at the right). Only a header whose labels stand exactly above the values is believed: PDF text (no grid
 * columns) and a header flattened by a converter (its spans lost, its labels shifted left) say nothing, and the
 * values are read in the layout's order as before.
 */
import type { Diagnostic } from "../schema/common.js";
import type { ColumnTemplate, TableTemplate } from "../templates/types.js";
import { normalizeLabel } from "./labels.js";
import type { Line, Token } from "./lines.js";
import { diagnostic } from "./reading.js";

/** The printed order of a table's value columns. */
export interface ColumnOrder {
  /** For each printed value column, left to right, the index of the template column it holds. */
  printed: readonly number[];
  /** The template columns the header does not print, by index. */
  missing: readonly number[];
}

/** Whether a line holds a number (the header ends before the first line that does). */
function holdsNumber(line: Line): boolean {
  for (const t of line.tokens) if (t.kind === "value" && t.reading.status === "number") return true;
  return false;
}

/** The index of the column whose label a text is (normalised), or -1. */
function columnOf(columns: readonly ColumnTemplate[], text: string): number {
  const label = normalizeLabel(text);
  return columns.findIndex((c) => c.labels.some((l) => normalizeLabel(l) === label));
}

/** A column label of the header: the template column it names and the grid column it stands in. */
interface Leaf {
  column: number;
  at: number;
}

/**
 * The column labels of a grid table's header (the reliable rows above its first number), each with its grid
 * column, left to right; null when a row there is a guessed one (PDF text) or two labels share a grid column.
 */
function headerLeaves(columns: readonly ColumnTemplate[], lines: readonly Line[]): Leaf[] | null {
  const leaves: Leaf[] = [];
  for (const line of lines) {
    if (holdsNumber(line)) break;
    // Prose above the table (a note, a sentence) is no header row; a row of guessed text (PDF) has no columns.
    if (line.kind === "text") continue;
    if (!line.reliable) return null;
    for (const token of line.tokens) {
      if (token.kind !== "text") continue;
      const column = columnOf(columns, token.raw);
      const at = token.source.col;
      if (column < 0) continue;
      if (at === undefined || leaves.some((l) => l.at === at)) return null;
      leaves.push({ column, at });
    }
  }
  return leaves.sort((a, b) => a.at - b.at);
}

/**
 * The grid columns the table's rows hold their values in, from grid column `from` on (the header's first label:
 * an empty cell between the labels and the values is none): those of most rows holding a number, blank cells
 * included (a column whose zeros are printed blank is still a column), as `c1,c2,…`.
 */
function valueColumnsKey(lines: readonly Line[], from: number): string | null {
  const counts = new Map<string, number>();
  for (const line of lines) {
    if (!holdsNumber(line)) continue;
    const cols: number[] = [];
    for (const t of line.tokens) {
      const col = t.kind === "value" ? t.source.col : undefined;
      if (col !== undefined && col >= from) cols.push(col);
    }
    const key = cols.join(",");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best: string | null = null;
  let most = 0;
  for (const [key, n] of counts) if (n > most) [best, most] = [key, n];
  return best;
}

/**
 * The header's column labels when they stand exactly above the values (their grid columns are those most rows
 * hold their values in — a header flattened by a converter, its spans lost, is not), else null.
 */
function alignedLeaves(columns: readonly ColumnTemplate[], lines: readonly Line[]): Leaf[] | null {
  const leaves = headerLeaves(columns, lines);
  if (leaves === null || leaves.length < 2) return null;
  return leaves.map((l) => l.at).join(",") === valueColumnsKey(lines, leaves[0]!.at) ? leaves : null;
}

/** Whether every index 0 … n-1 is in order. */
const isLayoutOrder = (printed: readonly number[], n: number): boolean =>
  printed.length === n && printed.every((col, i) => col === i);

/**
 * The printed order of a rows-layout table's value columns (every row with the same columns: Table 三) when
 * its header, a grid's, stands above the values and prints them in another order than the layout's or leaves
 * some out; null when it prints them in the layout's order, or cannot be read (PDF text, a flattened header).
 */
export function columnOrder(table: TableTemplate, lines: readonly Line[]): ColumnOrder | null {
  const columns = table.rows[0]?.columns;
  if (!columns || columns.length < 2 || table.rows.some((r) => r.columns !== columns)) return null;
  const leaves = alignedLeaves(columns, lines);
  if (leaves === null) return null;
  const printed = leaves.map((l) => l.column);
  if (new Set(printed).size !== printed.length || isLayoutOrder(printed, columns.length)) return null;
  return { printed, missing: columns.map((_, i) => i).filter((i) => !printed.includes(i)) };
}

/**
 * A row's values placed by the printed order: `kept` in the printed order (as many as the printed columns, or
 * fewer) become the template columns they print, each at its index (absent where nothing was printed).
 */
export function placeByOrder(kept: readonly Token[], order: ColumnOrder, width: number): (Token | undefined)[] {
  const out = new Array<Token | undefined>(width);
  kept.forEach((token, i) => {
    if (i < order.printed.length) out[order.printed[i]!] = token;
  });
  return out;
}

/** The index of the item (a row or a group of rows) a header text names, normalised, among some labels; -1 for none. */
function itemOf(items: readonly (readonly string[])[], text: string): number {
  const label = normalizeLabel(text);
  return items.findIndex((labels) => labels.some((l) => normalizeLabel(l) === label));
}

/**
 * The order in which a sequence table's header prints its blocks (Table 四: 行政复议, then 行政诉讼's 未经复议直接起诉
 * and 复议后起诉), as template row indexes: the header's rows read top to bottom, each left to right (a grid's
 * spans or a ragged pipe header alike), give the order of the top items (a row under no group, or a group) and,
 * under them, of the grouped rows. Null when the header does not name every top item, or is PDF text.
 */
function blockOrder(table: TableTemplate, lines: readonly Line[]): number[] | null {
  const rows = table.rows;
  // The top items: each row under no group, and each group with its rows, in the layout's order.
  const tops: { labels: readonly string[]; rows: number[] }[] = [];
  const groupTop = new Map<string, number>();
  for (const [i, row] of rows.entries()) {
    const group = row.groups[0];
    if (group === undefined) {
      tops.push({ labels: row.labels, rows: [i] });
      continue;
    }
    const top = groupTop.get(group);
    if (top !== undefined) {
      tops[top]!.rows.push(i);
      continue;
    }
    const labels = table.groups.find((g) => g.id === group)?.labels;
    if (labels === undefined) return null;
    groupTop.set(group, tops.push({ labels, rows: [i] }) - 1);
  }
  const topLabels = tops.map((t) => t.labels);
  const rowLabels = rows.map((r) => r.labels);
  const topOrder: number[] = [];
  const rowOrder: number[] = [];
  for (const line of lines) {
    if (holdsNumber(line)) break;
    if (line.kind === "text") continue;
    // A row of guessed text (PDF) prints its labels in the order they were extracted, not always as they stand.
    if (!line.reliable) return null;
    for (const token of line.tokens) {
      if (token.kind !== "text") continue;
      const top = itemOf(topLabels, token.raw);
      const row = itemOf(rowLabels, token.raw);
      if (top >= 0 && !topOrder.includes(top)) topOrder.push(top);
      if (row >= 0 && !rowOrder.includes(row)) rowOrder.push(row);
    }
  }
  if (topOrder.length !== tops.length) return null;
  const order: number[] = [];
  for (const top of topOrder) {
    const members = tops[top]!.rows;
    // A group's rows in the order the header prints them (the layout's when it does not print each of them).
    const printed = rowOrder.filter((r) => members.includes(r));
    for (const r of printed.length === members.length ? printed : members) order.push(r);
  }
  return order;
}

/**
 * The printed order of a sequence-layout table's columns (Table 四: each block's five outcomes), when its grid
 * header stands above the values, prints every block's columns, and some block or some block's columns in
 * another order than the layout's (行政诉讼 before 行政复议; 尚未审结 before 其他结果): for each printed value, left to
 * right, the slot (row by row, column by column) it holds, and the blocks (template row indexes) as printed.
 * Null otherwise.
 */
export function sequenceOrder(
  table: TableTemplate,
  lines: readonly Line[],
): { slots: number[]; blocks: readonly number[] } | null {
  const columns = table.rows[0]?.columns;
  if (!columns || table.rows.some((r) => r.columns !== columns)) return null;
  const n = columns.length;
  const named = blockOrder(table, lines);
  const blocks = named ?? table.rows.map((_, i) => i);
  const leaves = alignedLeaves(columns, lines);
  if (leaves === null || leaves.length !== n * table.rows.length) {
    // A header whose column labels do not stand above the values (a ragged pipe or tab header, a converter's)
    // still names the blocks in the order it prints them: each block's columns are taken in the layout's order.
    if (named === null || named.every((b, i) => b === i)) return null;
    return { slots: named.flatMap((b) => columns.map((_, col) => b * n + col)), blocks: named };
  }
  const slots: number[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const block = leaves.slice(b * n, (b + 1) * n).map((l) => l.column);
    if (new Set(block).size !== n) return null;
    for (const col of block) slots.push(blocks[b]! * n + col);
  }
  return slots.every((s, i) => s === i) ? null : { slots, blocks };
}

/** A column's first label. */
const nameOf = (column: ColumnTemplate): string => column.labels[0]!;

/**
 * The diagnostic of a table read in its printed column order: `columns-reordered` (info) when the header prints
 * every column, `columns-missing` (warning) when it leaves some out (their cells are absent).
 */
export function orderDiagnostic(table: TableTemplate, order: ColumnOrder): Diagnostic {
  const columns = table.rows[0]!.columns;
  const printed = order.printed.map((i) => nameOf(columns[i]!));
  if (order.missing.length === 0) return reorderedDiagnostic(`Table ${table.number}`, `表${table.number}`, printed);
  const missing = order.missing.map((i) => nameOf(columns[i]!)).join(", ");
  return diagnostic(
    "columns-missing",
    "warning",
    `Table ${table.number} prints no ${missing} column (${printed.join(" | ")}): its cells are absent, the other values are read into the columns the header names`,
    undefined,
    { text: `表${table.number}无“${missing}”列` },
  );
}

/**
 * The `columns-reordered` info of a table, or of a part of it (`where`: Table 二's block …; `zh`, the same in
 * Chinese, 表二第二十条第（一）项), whose header prints its value columns in the order `printed`. Its text (zh and
 * the columns) names them in check's Chinese message.
 */
export function reorderedDiagnostic(where: string, zh: string, printed: readonly string[]): Diagnostic {
  return diagnostic(
    "columns-reordered",
    "info",
    `${where} prints its value columns in another order than the layout (${printed.join(" | ")}): each value is read into the column its header names`,
    undefined,
    { text: `${zh}：${printed.join(" | ")}` },
  );
}
