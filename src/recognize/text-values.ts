/**
 * Text written in a value cell of a grid row (`| 行政处罚 | 233件（含简易程序） | |`, `| 约233件 |`, `| N/A |`):
 * read as the row's words, it lengthened the label (which still named the row) and the row's values came
 * from the empty cells after it — a blank where the report printed something. A text cell standing in the
 * table's value columns, after the label, that holds a digit or no Chinese word is that column's value of
 * status `text` (its raw kept), when the label without it names a row and the whole row, read as a label,
 * names no other row (a sub-row label such as `1）申请人无正当理由逾期不补正` holds a digit too).
 */

import { append } from "../append.js";
import type { TableTemplate } from "../templates/types.js";
import { normalizeLabel } from "./labels.js";
import type { Token } from "./lines.js";
import { matchRow, NO_CONTEXT } from "./match-row.js";
import type { ValueColumns } from "./reading.js";
import { NUMBERED_LABEL, textValue } from "./row-values.js";
import { type LabelledRun, withLabel } from "./runs.js";

/** The longest text read as a value; longer texts are notes or prose. */
const MAX_TEXT_VALUE = 30;
const CJK = /[\u4e00-\u9fff]/;

/** Whether a text cell may be a value written as text: short, with a digit or without Chinese words, unnumbered. */
function valueLike(token: Token): boolean {
  const { raw } = token;
  return raw.length <= MAX_TEXT_VALUE && (/\d/.test(raw) || !CJK.test(raw)) && !NUMBERED_LABEL.test(raw);
}

/**
 * Where the value-column texts of one grid row of a run's texts (`from` to `to`, excluded) start: the index
 * of the first token at or right of `first` (the table's first value column) after a token left of it,
 * every later token of the row in value columns and value-like; -1 when the row is no such row.
 */
function valueTextsAt(texts: readonly Token[], from: number, to: number, first: number): number {
  let k = -1;
  for (let i = from; i < to; i++) {
    const col = texts[i]!.source.col;
    const inValues = col !== undefined && col >= first;
    if (inValues && k < 0) k = i;
    else if (!inValues && k >= 0) return -1;
  }
  if (k <= from) return -1;
  for (let i = k; i < to; i++) if (!valueLike(texts[i]!)) return -1;
  return k;
}

/** The runs with the value-like text cells of their value columns read as values (the others as they are). */
export function splitTextValues(
  runs: readonly LabelledRun[],
  table: TableTemplate,
  columns: () => ValueColumns,
): readonly LabelledRun[] {
  let out: LabelledRun[] | undefined;
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i] as LabelledRun;
    const split = run.reliable && run.texts.length > 1 ? splitRun(run, table, columns().first) : null;
    if (split) out ??= runs.slice(0, i);
    if (split && out) append(out, split);
    else out?.push(run);
  }
  return out ?? runs;
}

/** A run of some texts and values, with its joined and normalised label (runs.ts withLabel). */
const labelled = (texts: Token[], values: Token[], reliable: boolean): LabelledRun =>
  withLabel({ texts, values, reliable });

/** The normalised label of the texts from … to - 1, joined by a space. */
const labelOf = (texts: readonly Token[], from: number, to: number): string =>
  normalizeLabel(
    texts
      .slice(from, to)
      .map((t) => t.raw)
      .join(" "),
  );

/** The row a label names, or null. */
const rowOf = (label: string, table: TableTemplate): string | null =>
  matchRow(label, table, NO_CONTEXT)?.row.id ?? null;

/**
 * Whether one grid row of texts is a label then text values: the label alone names a row, and the whole row
 * read as a label names no other row (`（六）其他处理 | 1）申请人无正当理由逾期不补正`, a sub-row, is no value).
 */
function isLabelAndValues(texts: readonly Token[], from: number, k: number, to: number, table: TableTemplate): boolean {
  const head = rowOf(labelOf(texts, from, k), table);
  if (head === null) return false;
  const whole = rowOf(labelOf(texts, from, to), table);
  return whole === null || whole === head;
}

/**
 * The run split at each grid row of a label and value-column texts (see isLabelAndValues): the texts before
 * such a row (block and column headers, no values), the row's label with its texts as its first values, and
 * so on; the texts after the last such row take the run's values — or, when none follow, that row takes them
 * after its own. One pass over the texts; null when nothing is split.
 */
function splitRun(run: LabelledRun, table: TableTemplate, first: number): LabelledRun[] | null {
  if (first <= 0) return null;
  const { texts } = run;
  const out: LabelledRun[] = [];
  let pending = 0;
  let from = 0;
  while (from < texts.length) {
    let to = from + 1;
    while (to < texts.length && texts[to]!.line === texts[from]!.line) to++;
    const k = valueTextsAt(texts, from, to, first);
    if (k > 0 && isLabelAndValues(texts, from, k, to, table)) {
      if (from > pending) out.push(labelled(texts.slice(pending, from), [], run.reliable));
      out.push(labelled(texts.slice(from, k), texts.slice(k, to).map(textValue), run.reliable));
      pending = to;
    }
    from = to;
  }
  if (out.length === 0) return null;
  if (pending < texts.length) out.push(labelled(texts.slice(pending), run.values, run.reliable));
  else append(out.at(-1)!.values, run.values);
  return out;
}

/**
 * The runs with each text cell that ends a grid row after the row's values (`一、本年新收… | 3001 | … | 4 | 见附件`, a
 * row whose last cell holds words) read as that row's value of status `text`: the texts of the next run that
 * stand on the line of a run's last value, in the table's value columns, and name no row (a second table set
 * beside the first, `行政许可 | 5 | 行政处罚 | 3`, keeps its label). The values after them on that line go with
 * them. Such a text opened the next run, whose label (`见附件 二、上年结转…`) still named its row: the text was
 * lost, with no diagnostic, and where label columns were printed empty the row's values moved one column.
 */
export function withTrailingTextValues(
  runs: readonly LabelledRun[],
  table: TableTemplate,
  columns: () => ValueColumns,
): readonly LabelledRun[] {
  let out: LabelledRun[] | undefined;
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    const next = runs[i + 1];
    const taken = next ? trailingTexts(run, next, table, columns) : 0;
    if (next === undefined || taken === 0) {
      out?.push(run);
      continue;
    }
    out ??= runs.slice(0, i);
    const values = [...run.values, ...next.texts.slice(0, taken).map(textValue)];
    const rest = next.texts.slice(taken);
    // The next run was these texts and the values after them (on a grid row, a run's values end with its row).
    if (rest.length === 0) out.push({ ...run, values: [...values, ...next.values] });
    else out.push({ ...run, values }, labelled(rest, next.values, next.reliable));
    i++;
  }
  return out ?? runs;
}

/**
 * How many of `next`'s first texts end `run`'s grid row as its text values (see withTrailingTextValues): the texts
 * on the line of its last value, in value columns, no numbered label and no row's label, after a row the run's
 * label names that is short of them; 0 if none.
 */
function trailingTexts(run: LabelledRun, next: LabelledRun, table: TableTemplate, columns: () => ValueColumns): number {
  const last = run.values.at(-1);
  if (!run.reliable || !next.reliable || last === undefined || next.texts.length === 0) return 0;
  const line = last.line;
  let n = 0;
  while (n < next.texts.length && next.texts[n]!.line === line) n++;
  if (n === 0 || run.texts.length === 0) return 0;
  const first = columns().first;
  for (let k = 0; k < n; k++) {
    const { raw, source } = next.texts[k]!;
    // A cell's words: short and on one line (a longer text, or one a reader joined across lines, is prose).
    if (source.col === undefined || source.col < first || raw.length > MAX_TEXT_VALUE || raw.includes("\n")) return 0;
  }
  if (NUMBERED_LABEL.test(next.texts[0]!.raw) || rowOf(labelOf(next.texts, 0, n), table) !== null) return 0;
  const row = matchRow(run.label, table, NO_CONTEXT)?.row;
  if (row === undefined) return 0;
  // The row takes them only when it is short of them: from its first filled value, its values, the texts and (when
  // they are all the next run's texts) the next run's values make at most its width.
  const from = run.values.findIndex((t) => t.reading.status !== "blank");
  const after = n === next.texts.length ? next.values.length : 0;
  return from >= 0 && run.values.length - from + n + after <= row.columns.length ? n : 0;
}
