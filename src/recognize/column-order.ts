/**
 * The order in which a table's header prints its value columns, when it is not the layout's: Table 三 printed
 * with 总计 first or with 科研机构 and 商业企业 swapped, or without the 法律服务机构 column; Table 四 with 其他结果
 * and 尚未审结 swapped in each block, or with 行政诉讼's blocks before 行政复议. Read from a grid's header: the cells
 * above the table's first number that hold a column label of the template, each in its grid column (a rowspan 总计
 * printed on the header's first row stands at the right). A header whose labels do not stand above the values (a
 * ragged pipe or tab header, one cell per line: Word's export of merged cells) is read by the order of each row's
 * labels (header-order.ts), every column named; PDF text (labels in extraction order) says nothing, and the
 * values are read in the layout's order as before.
 */
import type { Diagnostic } from "../schema/common.js";
import type { ColumnTemplate, TableTemplate } from "../templates/types.js";
import { type HeaderItem, printedOrder } from "./header-order.js";
import { normalizeLabel } from "./labels.js";
import type { Line, Token } from "./lines.js";
import { raggedBlockColumns } from "./ragged-blocks.js";
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

/** A column as a header item: under the group its path names (法人或其他组织/商业企业), if any. */
function columnItem(column: ColumnTemplate): HeaderItem {
  const slash = column.path?.indexOf("/") ?? -1;
  return slash > 0 ? { labels: column.labels, group: [column.path!.slice(0, slash)] } : { labels: column.labels };
}

/** The number of value cells (blank ones included) most rows holding a number print. */
function mostValues(lines: readonly Line[]): number {
  const counts = new Map<number, number>();
  for (const line of lines) {
    if (!holdsNumber(line)) continue;
    let n = 0;
    for (const t of line.tokens) if (t.kind === "value") n++;
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  let best = -1;
  let most = 0;
  for (const [n, k] of counts) if (k > most) [best, most] = [n, k];
  return best;
}

/**
 * How many rows of as many values as columns hold their total (the column `total`: 总计 = 自然人 + the
 * organisations) when read in the printed `order` (null: the layout's). A header read from the order of its
 * labels, not their grid columns, is believed only when the values agree at least as well as read in the layout's
 * order: a header flattened by a converter can print 总计 first over values that close with their total.
 */
function sumsHeld(columns: readonly ColumnTemplate[], lines: readonly Line[], order: readonly number[] | null): number {
  const total = columns.findIndex((c) => c.id === "total");
  if (total < 0) return 0;
  let held = 0;
  for (const line of lines) {
    if (!holdsNumber(line)) continue;
    const values = line.tokens.filter((t) => t.kind === "value");
    if (values.length !== columns.length) continue;
    let sum = 0;
    let printedTotal = 0;
    values.forEach((t, i) => {
      const v = t.reading.value ?? 0;
      if ((order === null ? i : order[i]) === total) printedTotal = v;
      else sum += v;
    });
    if (sum === printedTotal) held++;
  }
  return held;
}

/**
 * Whether the row sums let a header read from the order of its labels be believed: when it moves 总计, the sums
 * must hold on more rows read so than in the layout's order (rows of 自然人 alone, 21 0 0 0 0 0 21, hold either
 * way); otherwise on as many.
 */
function sumsAgree(columns: readonly ColumnTemplate[], lines: readonly Line[], order: readonly number[]): Agreement {
  const total = columns.findIndex((c) => c.id === "total");
  const printed = sumsHeld(columns, lines, order);
  const layout = sumsHeld(columns, lines, null);
  if (total < 0 || order.indexOf(total) === total) return printed >= layout ? "yes" : "no";
  return printed > layout ? "yes" : printed === layout ? "tie" : "no";
}

/** What the row sums say of a printed order: they hold better (or, 总计 in its place, as well), as well, worse. */
type Agreement = "yes" | "tie" | "no";

/** Whether every index 0 … n-1 is in order. */
const isLayoutOrder = (printed: readonly number[], n: number): boolean =>
  printed.length === n && printed.every((col, i) => col === i);

/**
 * The printed order of a rows-layout table's value columns (every row with the same columns: Table 三) when
 * its header, a grid's, stands above the values and prints them in another order than the layout's or leaves
 * some out; null when it prints them in the layout's order, or cannot be read (PDF text, a flattened header).
 */
export function columnOrder(
  table: TableTemplate,
  lines: readonly Line[],
  diagnostics?: Diagnostic[],
): ColumnOrder | null {
  const columns = table.rows[0]?.columns;
  if (!columns || columns.length < 2 || table.rows.some((r) => r.columns !== columns)) return null;
  const leaves = alignedLeaves(columns, lines);
  if (leaves === null) {
    // A header whose labels do not stand above the values (a ragged pipe or tab header) still prints each row's
    // labels in order: the top ones on one row, a group's on one row (some of them, when most rows hold as many
    // values as the header names columns: a header without a column).
    const order = printedOrder(columns.map(columnItem), lines, "partial");
    if (order === null || isLayoutOrder(order, columns.length)) return null;
    if (order.length < columns.length) {
      if (mostValues(lines) !== order.length) return null;
    } else {
      const agreement = sumsAgree(columns, lines, order);
      if (agreement === "tie") diagnostics?.push(unsureOrder(table, order));
      if (agreement !== "yes") return null;
    }
    return { printed: order, missing: columns.map((_, i) => i).filter((i) => !order.includes(i)) };
  }
  const printed = leaves.map((l) => l.column);
  if (new Set(printed).size !== printed.length || isLayoutOrder(printed, columns.length)) return null;
  return { printed, missing: columns.map((_, i) => i).filter((i) => !printed.includes(i)) };
}

/** The `columns-order-unsure` warning of a table whose ragged header prints `order`, not applied. */
function unsureOrder(table: TableTemplate, order: readonly number[]): Diagnostic {
  const columns = table.rows[0]!.columns;
  const printed = order.map((i) => nameOf(columns[i]!)).join(" | ");
  return diagnostic(
    "columns-order-unsure",
    "warning",
    `Table ${table.number}'s header prints its columns as ${printed} (its labels do not stand above the values), and the rows' totals hold as well read so as in the layout's order: the values are read in the layout's order; if the header is right, they stand in the wrong columns`,
    undefined,
    { text: `表${table.number}表头列序：${printed}` },
  );
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

/** Table 四's blocks as header items: each row, under its group (行政诉讼) if any. */
function blockItems(table: TableTemplate): HeaderItem[] | null {
  const items: HeaderItem[] = [];
  for (const row of table.rows) {
    const id = row.groups[0];
    if (id === undefined) {
      items.push({ labels: row.labels });
      continue;
    }
    const group = table.groups.find((g) => g.id === id);
    if (group === undefined) return null;
    items.push({ labels: row.labels, group: group.labels });
  }
  return items;
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
  const items = blockItems(table);
  const named = items === null ? null : printedOrder(items, lines, "lenient");
  const blocks = named ?? table.rows.map((_, i) => i);
  const leaves = alignedLeaves(columns, lines);
  if (leaves === null || leaves.length !== n * table.rows.length) {
    // A header whose column labels do not stand above the values (a ragged pipe or tab header, a converter's)
    // still names the blocks in the order it prints them, and may name each block's columns on one line;
    // without that line, each block's columns are taken in the layout's order.
    const runs = raggedBlockColumns(columns, lines, table.rows.length);
    const slots = blocks.flatMap((b, k) => (runs?.[k] ?? columns.map((_, col) => col)).map((col) => b * n + col));
    return slots.every((s, i) => s === i) ? null : { slots, blocks };
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
