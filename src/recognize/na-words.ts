/**
 * 无 or 不适用 printed after a row's label on its line of PDF or Word text (`行政事业性收费 无`, `行政许可 不适用`): the
 * row's value, of status na. wordTokens keeps one such word after a label as text, since prose ends so too
 * (`其他需要报告的事项 无`); the run's label then read `行政事业性收费 无`, named no row, and the row was lost with
 * only a `row-missing` info. Here the template decides: the word is a value when the label before it names a row.
 */

import { isSpaceCode } from "../shapes/source-lines.js";
import type { TableTemplate } from "../templates/types.js";
import { cellReading } from "./cell-value.js";
import { normalizeLabel } from "./labels.js";
import { NA_WORDS } from "./line-tokens.js";
import type { Token } from "./lines.js";
import { isHeadMatch, type MatchContext, matchRow } from "./match-row.js";
import { valuePart } from "./number-runs.js";
import type { LabelledRun } from "./runs.js";

/** The context of a table's start (matchRow only reads it). */
const START: MatchContext = Object.freeze({ after: -1, block: null });

/** A text token split into its label part and the na word after it, the word placed in the input. */
interface NaSplit {
  label: Token;
  value: Token;
}

/** The token split at its trailing 无 / 不适用, or null when it has no such word after other words. */
function splitNaWord(token: Token): NaSplit | null {
  const trimmed = token.raw.trimEnd();
  const word = NA_WORDS.find((w) => trimmed.endsWith(w));
  if (word === undefined) return null;
  const at = trimmed.length - word.length;
  // Set off by whitespace, after other words (`行政许可无` is one word; `无` alone is a value already).
  if (at === 0 || !isSpaceCode(trimmed.charCodeAt(at - 1))) return null;
  const head = trimmed.slice(0, at).trimEnd();
  if (head === "") return null;
  const label: Token = {
    kind: "text",
    raw: head,
    reading: cellReading(head),
    line: token.line,
    // Made on first use, as the token's own source is.
    get source() {
      return token.source;
    },
  };
  return { label, value: valuePart(token, at, word) };
}

/** A run of some texts and values, with its joined and normalised label. */
function labelled(texts: Token[], values: Token[], reliable: boolean): LabelledRun {
  const raw = texts.length === 1 ? texts[0]!.raw : texts.map((t) => t.raw).join(" ");
  return { texts, values, reliable, raw, label: normalizeLabel(raw) };
}

/**
 * Where a run of text lines splits at a trailing na word: the index of the first text whose label up to it,
 * the word aside, names a row by its whole label (not a head of it), and whose following texts name a row too,
 * with that split; null when none does. The word of the run's last text is taken only when no values follow it
 * (`行政许可 无` then a line `5` is left as it is).
 */
function naSplitAt(run: LabelledRun, table: TableTemplate): { index: number; split: NaSplit } | null {
  const { texts } = run;
  for (let i = 0; i < texts.length; i++) {
    if (i === texts.length - 1 && run.values.length > 0) return null;
    const split = splitNaWord(texts[i]!);
    if (split === null) continue;
    const raw = [...texts.slice(0, i).map((t) => t.raw), split.label.raw].join(" ");
    if (!namesRow(raw, table)) continue;
    // Texts after it name a row of their own, or continue its label (wrapped: `（二）部分公开（…只计这一情 无` then
    // `形，不计其他情形）` and the row's values): then the word is no value of a row whose values come later.
    const rest = texts.slice(i + 1).map((t) => t.raw);
    if (rest.length === 0 || namesRow(rest.join(" "), table)) return { index: i, split };
  }
  return null;
}

/** Whether a label names a row by its whole label (not a head of it: a label wrapped past its values). */
function namesRow(raw: string, table: TableTemplate): boolean {
  const match = matchRow(normalizeLabel(raw), table, START);
  return match !== null && !isHeadMatch(match);
}

/**
 * The runs with each text line that ends in 无 or 不适用 after a row's label read as that label and an na value
 * (see the module comment); the texts after it start a run of their own, with the run's values. Grid rows are
 * left as they are (a cell holding only 无 is a value already). The runs themselves when nothing is split.
 */
export function withNaWords(runs: readonly LabelledRun[], table: TableTemplate): readonly LabelledRun[] {
  let out: LabelledRun[] | undefined;
  for (let i = 0; i < runs.length; i++) {
    let run = runs[i]!;
    let found = run.reliable ? null : naSplitAt(run, table);
    if (found === null) {
      out?.push(run);
      continue;
    }
    out ??= runs.slice(0, i);
    while (found !== null) {
      const { index, split } = found;
      out.push(labelled([...run.texts.slice(0, index), split.label], [split.value], false));
      const rest = run.texts.slice(index + 1);
      if (rest.length === 0) break;
      run = labelled(rest, run.values, false);
      found = naSplitAt(run, table);
      if (found === null) out.push(run);
    }
  }
  return out ?? runs;
}
