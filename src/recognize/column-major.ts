/**
 * Tables printed column by column. pdfminer's layout analysis (`pdf2txt.py`) groups each column of a table
 * into one text box, so the text lists every row label first and then each column's values top to bottom:
 *
 * ```
 * 一、本年新收政府信息公开申请数量
 * 二、上年结转政府信息公开申请数量
 * …
 * 四、结转下年度继续办理
 * 128        ← 自然人, first row
 * 2          ← 自然人, second row
 * …
 * ```
 *
 * Read in order, every label but the last has no value and the last has them all. When the count of those
 * values is exactly the labels' row count times their column count, the values are dealt back to the rows
 * column by column. Any blank cell (printed as nothing) breaks the count, and then nothing is moved.
 */
import type { RowTemplate, TableTemplate } from "../templates/types.js";
import { normalizeLabel } from "./labels.js";
import type { Token } from "./lines.js";
import { matchBlock, matchRow } from "./match-row.js";
import type { LabelledRun } from "./rows.js";

/** Whether a token is a number or a dash (not blank). */
const isFilled = (token: Token): boolean => token.kind === "value" && token.reading.status !== "blank";

/** A run's label tokens split by the line they stand on, each line a run of its own with no values. */
function lineRuns(run: LabelledRun): LabelledRun[] {
  const out: LabelledRun[] = [];
  let from = 0;
  for (let i = 1; i <= run.texts.length; i++) {
    if (i < run.texts.length && run.texts[i]!.line === run.texts[from]!.line) continue;
    const texts = run.texts.slice(from, i);
    const raw = texts.map((t) => t.raw).join(" ");
    out.push({ texts, values: [], reliable: run.reliable, raw, label: normalizeLabel(raw) });
    from = i;
  }
  return out;
}

/**
 * The runs of a table region with column-major labels dealt back to their rows: a run of PDF text whose
 * label stands on several lines, one label a line, and whose values all stand on the lines below, `rows ×
 * columns` of them, where `rows` are the label lines that match a row of the table (a group's one-row form
 * left out when its member rows are there) and all those rows have `columns` columns. Blank lines may
 * separate the columns, nowhere else. Other runs are returned unchanged.
 */
export function dealColumnMajor(runs: readonly LabelledRun[], table: TableTemplate): LabelledRun[] {
  let out: LabelledRun[] | undefined;
  for (let i = runs.length - 1; i >= 0; i--) {
    const run = runs[i]!;
    const last = run.texts.at(-1);
    if (run.reliable || last === undefined || run.texts[0]!.line === last.line || run.values.length === 0) continue;
    if (!run.values.every((v) => v.line > last.line)) continue;
    const dealt = dealLines(lineRuns(run), run.values, table);
    if (dealt === null) continue;
    out ??= runs.slice();
    out.splice(i, 1, ...dealt);
  }
  return out ?? (runs as LabelledRun[]);
}

/** The label lines with the values dealt to the ones that match rows, column by column; null when they do not fit. */
function dealLines(lines: LabelledRun[], values: readonly Token[], table: TableTemplate): LabelledRun[] | null {
  const ctx = { after: -1, block: null as string | null };
  const rows: { at: number; row: RowTemplate }[] = [];
  for (let k = 0; k < lines.length; k++) {
    const { label } = lines[k]!;
    const block = matchBlock(label, table);
    if (block) ctx.block = block;
    const match = matchRow(label, table, ctx);
    if (match === null) continue;
    ctx.after = match.index;
    rows.push({ at: k, row: match.row });
  }
  const members = new Set(rows.flatMap(({ row }) => row.groups));
  const kept = rows.filter(({ row }) => !(row.collapsedGroup && members.has(row.collapsedGroup.group)));
  if (kept.length < 2) return null;
  const columns = kept[0]!.row.columns.length;
  if (kept.some(({ row }) => row.columns.length !== columns)) return null;
  // The filled values, each column's in turn; a blank (an empty line) only between two columns.
  const filled: Token[] = [];
  for (const v of values) {
    if (isFilled(v)) filled.push(v);
    else if (filled.length % kept.length !== 0) return null;
  }
  if (filled.length !== kept.length * columns) return null;
  for (let r = 0; r < kept.length; r++) {
    const target = lines[kept[r]!.at]!;
    for (let c = 0; c < columns; c++) target.values.push(filled[c * kept.length + r]!);
  }
  return lines;
}
