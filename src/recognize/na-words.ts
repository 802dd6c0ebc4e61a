/**
 * 无 or 不适用 printed after a row's label on its line of PDF or Word text (`行政事业性收费 无`, `行政许可 不适用`): the
 * row's value, of status na. wordTokens keeps one such word after a label as text, since prose ends so too
 * (`其他需要报告的事项 无`); the run's label then read `行政事业性收费 无`, named no row, and the row was lost with
 * only a `row-missing` info. The word on a line of its own under the label (`行政事业性收费` / `无`) is text too (a
 * section's whole text; in text joined with spaces, a piece of a word: `申请人 无 正当理由`). Here the template
 * decides: the word is a value when the label before it names a row.
 */

import { append } from "../append.js";
import { isSpaceCode } from "../shapes/source-lines.js";
import type { TableTemplate } from "../templates/types.js";
import { cellReading } from "./cell-value.js";
import { normalizeLabel, stripAnnotation } from "./labels.js";
import { NA_WORDS } from "./line-tokens.js";
import type { Token } from "./lines.js";
import { isHeadMatch, matchRow, NO_CONTEXT } from "./match-row.js";
import { valuePart } from "./number-runs.js";
import { type LabelledRun, withLabel } from "./runs.js";

/**
 * Where a text's na word starts: 0 when the text is the word alone, the word's index when it follows other words
 * after whitespace (`行政许可 无`; `行政许可无` is one word); -1 when it has none.
 */
function naWordAt(raw: string): number {
  const trimmed = raw.trimEnd();
  const word = NA_WORDS.find((w) => trimmed.endsWith(w));
  if (word === undefined) return -1;
  const at = trimmed.length - word.length;
  if (at === 0) return 0;
  return isSpaceCode(trimmed.charCodeAt(at - 1)) && trimmed.slice(0, at).trim() !== "" ? at : -1;
}

/** The label part of a text token, before its na word at `at` (its source made on first use, as the token's). */
function labelPart(token: Token, at: number): Token {
  const raw = token.raw.slice(0, at).trimEnd();
  return {
    kind: "text",
    raw,
    reading: cellReading(raw),
    line: token.line,
    get source() {
      return token.source;
    },
  };
}

/**
 * The most characters of the texts beside an na word joined to tell whether they name a row: more than a row's
 * label and the block header printed before it (第二十条第（八）项 信息内容 本年收费金额（单位：万元）), so that a
 * region of many such lines is read in time linear in its size.
 */
const MAX_JOINED = 120;

/** The raws of `texts[from … to)` nearest `to`, joined by a space, up to MAX_JOINED characters, then `last`. */
function joinedBefore(texts: readonly Token[], from: number, to: number, last: string): string {
  const parts = [last];
  let length = last.length;
  for (let k = to - 1; k >= from && length < MAX_JOINED; k--) {
    parts.push(texts[k]!.raw);
    length += texts[k]!.raw.length + 1;
  }
  return parts.reverse().join(" ");
}

/** The raws of `texts[from …]` joined by a space, up to MAX_JOINED characters. */
function joinedAfter(texts: readonly Token[], from: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let k = from; k < texts.length && length < MAX_JOINED; k++) {
    parts.push(texts[k]!.raw);
    length += texts[k]!.raw.length + 1;
  }
  return parts.join(" ");
}

/**
 * Whether a label names a row by its whole label (not a head of it: a label wrapped past its values); with
 * `ending`, a row label that ends it (`（六）其他处理 1、申请人` names 其他处理 before the words of another row).
 */
function namesRow(raw: string, table: TableTemplate, ending = false): boolean {
  const label = normalizeLabel(raw);
  const match = matchRow(label, table, NO_CONTEXT);
  return match !== null && !isHeadMatch(match) && (!ending || match.end >= stripAnnotation(label).length);
}

/**
 * A run of text lines split at each text whose trailing na word is a row's value: the label before the word
 * (from the last split on) names a row by its whole label (not a head of it), and the texts after it, if any,
 * name a row too (else they continue its label, wrapped: `（二）部分公开（…只计这一情 无` then `形，不计其他情形）` and
 * the row's values, whose word is no value). The word of the run's last text is taken only when no values follow
 * it (`行政许可 无` then a line `5` is left as it is). Null when nothing is split.
 */
function splitRun(run: LabelledRun, table: TableTemplate): LabelledRun[] | null {
  const { texts } = run;
  const out: LabelledRun[] = [];
  let start = 0;
  for (let i = 0; i < texts.length; i++) {
    if (i === texts.length - 1 && run.values.length > 0) break;
    const token = texts[i]!;
    // The word on a line of its own under the label (`行政事业性收费` then `无`), or after the label on its line.
    const at = naWordAt(token.raw);
    if (at < 0 || (at === 0 && i === start)) continue;
    const head = at > 0 ? labelPart(token, at) : null;
    const label = head ? joinedBefore(texts, start, i, head.raw) : joinedBefore(texts, start, i - 1, texts[i - 1]!.raw);
    if (!namesRow(label, table, true)) continue;
    if (i < texts.length - 1 && !namesRow(joinedAfter(texts, i + 1), table)) continue;
    const labels = texts.slice(start, i);
    if (head) labels.push(head);
    out.push(
      withLabel({ texts: labels, values: [valuePart(token, at, token.raw.trimEnd().slice(at))], reliable: false }),
    );
    start = i + 1;
  }
  if (out.length === 0) return null;
  if (start < texts.length) out.push(withLabel({ texts: texts.slice(start), values: run.values, reliable: false }));
  return out;
}

/**
 * The runs with each text line that ends in 无 or 不适用 after a row's label read as that label and an na value
 * (see the module comment); the texts after it start a run of their own, with the run's values. Grid rows are
 * left as they are (a cell holding only 无 is a value already). The runs themselves when nothing is split.
 */
export function withNaWords(runs: readonly LabelledRun[], table: TableTemplate): readonly LabelledRun[] {
  let out: LabelledRun[] | undefined;
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    const split = run.reliable ? null : splitRun(run, table);
    if (split === null) {
      out?.push(run);
      continue;
    }
    out ??= runs.slice(0, i);
    append(out, split);
  }
  return out ?? runs;
}
