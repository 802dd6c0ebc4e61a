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
import { type MatchContext, matchRow } from "./match-row.js";
import type { ValueColumns } from "./reading.js";
import { NUMBERED_LABEL, textValue } from "./row-values.js";
import type { LabelledRun } from "./rows.js";

/** The context of a table's start (matchRow only reads it). */
const START: MatchContext = Object.freeze({ after: -1, block: null });
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

/** A run of some texts and values, with its joined and normalised label. */
function labelled(texts: readonly Token[], values: Token[], reliable: boolean): LabelledRun {
  const raw = texts.length === 1 ? texts[0]!.raw : texts.map((t) => t.raw).join(" ");
  return { texts: [...texts], values, reliable, raw, label: normalizeLabel(raw) };
}

/** The normalised label of the texts from … to - 1, joined by a space. */
const labelOf = (texts: readonly Token[], from: number, to: number): string =>
  normalizeLabel(
    texts
      .slice(from, to)
      .map((t) => t.raw)
      .join(" "),
  );

/** The row a label names, or null. */
const rowOf = (label: string, table: TableTemplate): string | null => matchRow(label, table, START)?.row.id ?? null;

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
