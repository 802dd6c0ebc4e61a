/**
 * Values printed before their row's label, among a Table 二 block header's pieces. poppler's `pdftotext` (its
 * default text, neither -layout nor -raw) reads a short block — its header and one row — partly column by
 * column, so a row's first value can stand under its column's head, before the row's label:
 *
 * ```
 * 第二十条第（八）项
 * 信息内容
 * 上一年项目数量（指 2019 年事项数）
 * 本年增/减（指 2020 年增加或减少的事
 * 4                     ← 上一年项目数量 of 行政事业性收费
 * 项数，减用负值表示，如-8）
 * 行政事业性收费 0
 * ```
 *
 * The 4 closes the header's label run and the row's run holds one value of two. Such values are handed to
 * the front of the row's values when everything fits (handHeadValues): nothing else is moved. Not handled: a
 * row's label before the header's pieces, with a year ending one of their lines (`行政事业性收费 / 上一年项目数量
 * （指 2019 / 年事项数） / 4 / …`: 2019 is read as the row's value, with row-missing-values), and a row whose
 * values all stand before its label.
 */
import type { TableTemplate } from "../templates/types.js";
import { normalizeLabel } from "./labels.js";
import type { Token } from "./lines.js";
import { matchBlock, matchRow } from "./match-row.js";
import { isNumber, type LabelledRun } from "./runs.js";

/**
 * The runs with the values of a block header's run handed to the row run right after it, when: both are PDF
 * text (no reliable grid); the header's run holds its block's label (第二十条第（八）项) or the header's first
 * cell (信息内容), matches no row and ends in numbers only, each on a line with no label words (a number on a
 * header's line, `本年增/减（指 2020`, is of its note); the next run is one row of that block (its label
 * matches the row, its values are numbers, at least one) and lacks exactly as many values as the header's run
 * holds; and the next run's label does not start with 年/月/日 (a year or date wrapped out of the header's
 * note, `（指 2020` / `年增加…`, is no value). Other runs are returned unchanged (the same array when none moves).
 */
export function handHeadValues(runs: readonly LabelledRun[], table: TableTemplate): LabelledRun[] {
  let out: LabelledRun[] | undefined;
  for (let i = 0; i + 1 < runs.length; i++) {
    const head = runs[i]!;
    const row = runs[i + 1]!;
    if (!handsOver(head, row, table)) continue;
    out ??= runs.slice();
    out[i] = { ...head, values: [] };
    out[i + 1] = { ...row, values: [...head.values, ...row.values] };
    i++;
  }
  return out ?? (runs as LabelledRun[]);
}

/** Whether the header run's values belong at the front of the next run's (see handHeadValues). */
function handsOver(head: LabelledRun, next: LabelledRun, table: TableTemplate): boolean {
  if (head.reliable || next.reliable || head.texts.length === 0 || next.texts.length === 0) return false;
  if (head.values.length === 0 || !head.values.every(isNumber)) return false;
  // A cell's value stands on a line of its own; a number on a line of the header's words is of its note.
  if (head.values.some((v) => sharesLine(v, head) || sharesLine(v, next))) return false;
  if (next.values.length === 0 || !next.values.every(isNumber) || DATE_PIECE.test(next.label)) return false;
  const block = matchBlock(head.label, table);
  if (block === null && !head.label.includes(headKey(table))) return false;
  const ctx = { after: -1, block };
  if (matchRow(head.label, table, ctx) !== null) return false;
  const match = matchRow(next.label, table, ctx);
  if (match === null || (block !== null && match.row.block !== block)) return false;
  return head.values.length + next.values.length === match.row.columns.length;
}

/** Whether a token stands on a line with one of a run's label tokens. */
function sharesLine(token: Token, run: LabelledRun): boolean {
  return run.texts.some((t) => t.line === token.line);
}

/** A label starting with a date's unit: the number before it is a year (month, day) of a note's text. */
const DATE_PIECE = /^[年月日]/;

/** The normalised first cell of the table's block headers (信息内容); a text no label holds when it has none. */
function headKey(table: TableTemplate): string {
  const first = table.blocks[0]?.header[0];
  return first === undefined ? "\u0000" : normalizeLabel(first);
}
