/**
 * A Table 二 block's header as printed (信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量): which printed column
 * holds each of a row's template columns when the row has more values than its layout's columns (a 2021
 * report printing the 2019 block), and which layout the printed header is of.
 */
import { perObject } from "../memo.js";
import type { FormatEra } from "../schema/common.js";
import { GB_TEMPLATES } from "../templates/index.js";
import type { ColumnTemplate, TableTemplate } from "../templates/types.js";
import { reorderedDiagnostic } from "./column-order.js";
import { normalizeLabel } from "./labels.js";
import type { Token } from "./lines.js";
import type { TableReading } from "./reading.js";
import type { LabelledRun } from "./runs.js";

/** The normalised label a block header starts with (信息内容), from the template data ("" for none). */
const headKey = perObject((table: TableTemplate): string => {
  const first = table.blocks[0]?.header[0];
  return first === undefined ? "" : normalizeLabel(first);
});

/** Every column label any gb layout prints in this table's block headers, normalised. */
const headLabels = (table: TableTemplate): ReadonlySet<string> => {
  let labels = HEAD_LABELS.get(table.id);
  if (!labels) {
    labels = new Set<string>();
    for (const template of GB_TEMPLATES) {
      const t = template.tables.find((x) => x.id === table.id);
      for (const label of t?.headerLabels ?? []) labels.add(normalizeLabel(label));
      for (const row of t?.rows ?? [])
        for (const c of row.columns) for (const l of c.labels) labels.add(normalizeLabel(l));
    }
    HEAD_LABELS.set(table.id, labels);
  }
  return labels;
};
const HEAD_LABELS = new Map<string, Set<string>>();

/**
 * The normalised column labels of a block header (the words after 信息内容 that are column labels of some
 * layout), when a run holds one — alone, or between its block's label and its first row's label (a run joins
 * them); null otherwise. A PDF line's words are one token: split at spaces.
 */
export function blockHead(run: LabelledRun, table: TableTemplate): string[] | null {
  const key = headKey(table);
  if (key === "" || !run.label.includes(key)) return null;
  // The text holding 信息内容, then its words and the next texts' (most texts are one word: no split).
  const from = run.texts.findIndex((t) => normalizeLabel(t.raw).includes(key));
  if (from < 0) return null;
  const words: string[] = [];
  for (let i = from; i < run.texts.length; i++) {
    const raw = run.texts[i]!.raw;
    if (!/\s/.test(raw)) words.push(raw);
    else for (const w of raw.split(/\s+/)) if (w !== "") words.push(w);
  }
  const at = words.findIndex((w) => normalizeLabel(w) === key);
  if (at < 0) return null;
  const known = headLabels(table);
  const head: string[] = [];
  for (let i = at + 1; i < words.length; i++) {
    const label = normalizeLabel(words[i]!);
    if (!known.has(label)) break;
    head.push(label);
  }
  return head.length > 0 ? head : null;
}

/**
 * A row's values placed by its block's printed header: when the header prints one label per value and each of
 * the row's template columns is one of them, each column takes the value under its label, the others are
 * extra. Null when the header does not tell, or prints the row's columns in the layout's order.
 */
export function valuesByHead(
  values: readonly Token[],
  columns: readonly ColumnTemplate[],
  head: readonly string[] | null,
): { kept: Token[]; extra: Token[]; reordered: boolean } | null {
  if (head === null || head.length !== values.length || values.length < columns.length) return null;
  const at = columns.map((c) => head.findIndex((h) => c.labels.some((l) => normalizeLabel(l) === h)));
  if (at.some((i) => i < 0) || new Set(at).size !== at.length) return null;
  // As many values as columns: the header tells something only when it swaps them.
  const reordered = values.length === columns.length;
  if (reordered && at.every((i, k) => i === k)) return null;
  const kept = at.map((i) => values[i]!);
  const extra = values.filter((_, i) => !at.includes(i) && values[i]!.reading.status !== "blank");
  return { kept, extra, reordered };
}

/**
 * Records what a block's printed header says, once per block: its columns in another order than the layout's
 * (`reordered`: a `columns-reordered` info), or another gb layout's block (a hybrid block).
 */
export function noteBlockHead(
  reading: TableReading,
  table: TableTemplate,
  block: string,
  head: readonly string[],
  reordered: boolean,
): void {
  if (reordered) {
    const label = table.blocks.find((b) => b.id === block)?.labels[0] ?? block;
    const zh = `表${table.number}${label}`;
    if (reading.diagnostics.some((d) => d.code === "columns-reordered" && d.text?.startsWith(`${zh}：`))) return;
    reading.diagnostics.push(reorderedDiagnostic(`Table ${table.number}'s block ${label}`, zh, head));
    return;
  }
  const era = headEra(table, block, head);
  if (era === null || reading.hybridBlocks.some((h) => h.table === table.id && h.block === block)) return;
  reading.hybridBlocks.push({ table: table.id, block, era });
}

/** The other gb layout (than the table's own) whose block `block` prints exactly the header `head`; null for none. */
export function headEra(table: TableTemplate, block: string, head: readonly string[]): FormatEra | null {
  for (const template of GB_TEMPLATES) {
    if (template.tables.includes(table)) continue;
    const other = template.tables.find((t) => t.id === table.id)?.blocks.find((b) => b.id === block);
    if (!other) continue;
    const printed = other.header.slice(1).map(normalizeLabel);
    if (printed.length === head.length && printed.every((label, i) => label === head[i])) return template.id;
  }
  return null;
}
