/**
 * The order in which a table's header prints some items — Table 三's columns, Table 四's blocks — read from the
 * labels' places in its rows rather than from grid columns: a header exported without its spans (a ragged pipe or
 * tab header, Word's one cell per line) still prints each row's labels left to right. Read only from grid rows
 * (PDF text prints its labels in the order they were extracted), and only when the items it compares stand on one
 * row: a label printed on an earlier row (a rowspan 总计 on the header's first row, beside 申请人情况) says nothing
 * of its place among the labels of a later row.
 */
import { normalizeLabel } from "./labels.js";
import type { Line } from "./lines.js";

/** An item a header prints: its labels, and the labels of the group it stands under (法人或其他组织, 行政诉讼), if any. */
export interface HeaderItem {
  /** The item's labels (any of them names it). */
  labels: readonly string[];
  /** The labels of its group, for an item under one. */
  group?: readonly string[];
}

/** Whether a line holds a number (a header ends before the first line that does). */
function holdsNumber(line: Line): boolean {
  for (const t of line.tokens) if (t.kind === "value" && t.reading.status === "number") return true;
  return false;
}

/** The index of the label set among `sets` a header text is (normalised), or -1. */
function indexOf(sets: readonly (readonly string[])[], text: string): number {
  const label = normalizeLabel(text);
  return sets.findIndex((labels) => labels.some((l) => normalizeLabel(l) === label));
}

/**
 * The order in which the labels of `sets` first stand in the header rows of `lines` (those above the first number),
 * when every set is named and all of them on one row — or, when `partial`, some of them on a row holding no other
 * words (a header without a column: 商业企业 | 科研机构 | 社会公益组织 | 其他); null otherwise, or when a header row
 * is PDF text.
 */
function orderOnOneRow(sets: readonly (readonly string[])[], lines: readonly Line[], partial = false): number[] | null {
  let found: number[] | null = null;
  for (const line of lines) {
    if (holdsNumber(line)) break;
    if (line.kind === "text") continue;
    if (!line.reliable) return null;
    const order: number[] = [];
    let others = 0;
    for (const token of line.tokens) {
      if (token.kind !== "text") continue;
      const k = indexOf(sets, token.raw);
      if (k < 0) others++;
      else if (!order.includes(k)) order.push(k);
    }
    if (order.length === 0) continue;
    if (found !== null) {
      // Another row naming some of them in another order (a title row 行政诉讼 | 行政复议 above the header): which
      // one the values follow cannot be told.
      if (order.length >= 2 && !inSameOrder(order, found)) return null;
      continue;
    }
    // A word the layout does not know (法律服务机构（律师事务所）) may name the column that seems missing.
    if (order.length === sets.length || (partial && others === 0 && order.length >= 2)) found = order;
    else return null;
  }
  return found;
}

/** Whether the items of `some` stand in `all` in the same relative order. */
function inSameOrder(some: readonly number[], all: readonly number[]): boolean {
  let last = -1;
  for (const k of some) {
    const at = all.indexOf(k);
    if (at < 0) continue;
    if (at < last) return false;
    last = at;
  }
  return true;
}

/**
 * The items in the order the header prints them, as indexes into `items`: the top items (an item under no group,
 * or a group) in the order of the row naming them all, and each group's items in the order of the row naming them
 * all. A group whose items are not so named keeps the layout's order when `naming` is `lenient`; when it is
 * `partial`, a group may name only some of its items, on a row of its items' labels alone (the others are left
 * out); else the result is null, as it is when the top items are not all named on one row.
 */
export function printedOrder(
  items: readonly HeaderItem[],
  lines: readonly Line[],
  naming: "lenient" | "partial",
): number[] | null {
  // The top items in the layout's order: each item under no group, and each group with its items.
  const tops: { labels: readonly string[]; members: number[] }[] = [];
  const topOfGroup = new Map<string, number>();
  items.forEach((item, i) => {
    if (item.group === undefined) {
      tops.push({ labels: item.labels, members: [i] });
      return;
    }
    const key = item.group[0]!;
    const top = topOfGroup.get(key);
    if (top === undefined) topOfGroup.set(key, tops.push({ labels: item.group, members: [i] }) - 1);
    else tops[top]!.members.push(i);
  });
  const topOrder = orderOnOneRow(
    tops.map((t) => t.labels),
    lines,
  );
  if (topOrder === null) return null;
  const order: number[] = [];
  for (const top of topOrder) {
    const { members } = tops[top]!;
    if (members.length === 1 && items[members[0]!]!.group === undefined) {
      order.push(members[0]!);
      continue;
    }
    const printed = orderOnOneRow(
      members.map((m) => items[m]!.labels),
      lines,
      naming === "partial",
    );
    if (printed === null && naming !== "lenient") return null;
    for (const k of printed ?? members.map((_, j) => j)) order.push(members[k]!);
  }
  return order;
}
