/**
 * Text written in a value cell of a grid row (`| 行政处罚 | 233件（含简易程序） | |`, `| 约233件 |`, `| N/A |`):
 * read as the row's words, it lengthened the label (which still named the row) and the row's values came
 * from the empty cells after it — a blank where the report printed something. A text cell standing in the
 * table's value columns, after the label, that holds a digit or no Chinese word is that column's value of
 * status `text` (its raw kept), when the label without it names a row.
 */
import type { TableTemplate } from "../templates/types.js";
import { normalizeLabel } from "./labels.js";
import { NUMBERED_LABEL } from "./line-tokens.js";
import type { Token } from "./lines.js";
import { type MatchContext, matchRow } from "./match-row.js";
import type { ValueColumns } from "./reading.js";
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

/** A text token read as a value (its reading stays `text`: no number is guessed from it). */
function asValue(token: Token): Token {
  return {
    kind: "value",
    raw: token.raw,
    reading: token.reading,
    line: token.line,
    get source() {
      return token.source;
    },
  };
}

/** The tokens of a run's texts that stand on one grid row: `from` to `to` (excluded). */
interface RowSpan {
  from: number;
  to: number;
}

/**
 * The first grid row of a run's texts whose tokens are a label (left of `first`, the table's first value
 * column) then value-like texts in value columns; with the index `k` where those texts start. Null when no
 * row of the run is one.
 */
function valueTexts(texts: readonly Token[], first: number): (RowSpan & { k: number }) | null {
  let from = 0;
  while (from < texts.length) {
    let to = from + 1;
    while (to < texts.length && texts[to]!.line === texts[from]!.line) to++;
    let k = -1;
    for (let i = from; i < to; i++) {
      const col = texts[i]!.source.col;
      const inValues = col !== undefined && col >= first;
      if (inValues && k < 0) k = i;
      else if (!inValues && k >= 0) k = -2;
    }
    if (k > from && texts.slice(k, to).every(valueLike)) return { from, to, k };
    from = to;
  }
  return null;
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
    if (split) out?.push(...split);
    else out?.push(run);
  }
  return out ?? runs;
}

/** A run of some texts and values, with its joined and normalised label. */
function labelled(texts: readonly Token[], values: Token[], reliable: boolean): LabelledRun {
  const raw = texts.length === 1 ? texts[0]!.raw : texts.map((t) => t.raw).join(" ");
  return { texts: [...texts], values, reliable, raw, label: normalizeLabel(raw) };
}

/**
 * The run split at its first row of a label and value-column texts, when that label names a row of the
 * table: the texts of the rows before it (block and column headers, no values), that row's label with
 * those texts as its first values, then the texts of the rows after it (split the same way) with the
 * run's values — or the run's values after that row's own when no text follows. Null when nothing is split.
 */
function splitRun(run: LabelledRun, table: TableTemplate, first: number): LabelledRun[] | null {
  if (first <= 0) return null;
  const found = valueTexts(run.texts, first);
  if (found === null) return null;
  const { from, to, k } = found;
  const head = labelled(run.texts.slice(from, k), run.texts.slice(k, to).map(asValue), run.reliable);
  if (matchRow(head.label, table, START) === null) return null;
  const out: LabelledRun[] = from > 0 ? [labelled(run.texts.slice(0, from), [], run.reliable)] : [];
  out.push(head);
  if (to === run.texts.length) {
    head.values.push(...run.values);
    return out;
  }
  const rest = labelled(run.texts.slice(to), run.values, run.reliable);
  out.push(...(splitRun(rest, table, first) ?? [rest]));
  return out;
}
