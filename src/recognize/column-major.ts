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

import { perObject } from "../memo.js";
import type { ColumnTemplate, RowTemplate, TableTemplate } from "../templates/types.js";
import { normalizeLabel } from "./labels.js";
import type { Token } from "./lines.js";
import { matchBlock, matchRow } from "./match-row.js";
import { isFilled, type LabelledRun, withLabel } from "./runs.js";

/** A run's label tokens split by the line they stand on, each line a run of its own with no values. */
function lineRuns(run: LabelledRun): LabelledRun[] {
  const out: LabelledRun[] = [];
  let from = 0;
  for (let i = 1; i <= run.texts.length; i++) {
    if (i < run.texts.length && run.texts[i]!.line === run.texts[from]!.line) continue;
    out.push(withLabel({ texts: run.texts.slice(from, i), values: [], reliable: run.reliable }));
    from = i;
  }
  return out;
}

/**
 * The runs of a table region with column-major labels dealt back to their rows: a run of PDF text whose
 * label stands on several lines, one label a line, and whose values all stand on the lines below, where
 * the label lines that match a row of the table (a group's one-row form left out when its member rows are
 * there) all have `columns` columns. Its values are `rows × columns` numbers (blank lines only between
 * columns), or one column's `rows` numbers each, the run and the `columns - 1` runs after it, each of those
 * labelled with its column's header alone (PyMuPDF: `规章 / 规范性文件 / 本年新制作数量 / 0 / 3 / 本年新公开数量
 * / 0 / 8 …`). Other runs are returned unchanged.
 */
export function dealColumnMajor(runs: readonly LabelledRun[], table: TableTemplate): LabelledRun[] {
  let out: LabelledRun[] | undefined;
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    const dealt = dealAt(runs, i, table);
    if (dealt === null) {
      out?.push(run);
      continue;
    }
    out ??= runs.slice(0, i);
    for (const line of dealt.lines) out.push(line);
    i += dealt.consumed - 1;
  }
  return out ?? (runs as LabelledRun[]);
}

/** The label lines of the run at `i` with their values dealt, and how many runs they replace; null when it is no column-major run. */
function dealAt(
  runs: readonly LabelledRun[],
  i: number,
  table: TableTemplate,
): { lines: LabelledRun[]; consumed: number } | null {
  const run = runs[i]!;
  const last = run.texts.at(-1);
  if (run.reliable || last === undefined || run.texts[0]!.line === last.line || !valuesBelow(run)) return null;
  if (!mayDeal(run, runs[i + 1], table)) return null;
  const lines = lineRuns(run);
  const rows = rowsOf(lines, table);
  if (rows === null) return null;
  const columns = rows[0]!.row.columns;
  // One column's values here, the other columns' in the runs after, each under its header.
  const headed = run.values.length === rows.length && columns.length > 1;
  const following = headed ? columnRuns(runs, i + 1, columns.slice(1), rows.length) : [];
  // One row's values in order are already where they go; its headed columns still have to be gathered.
  if (following === null || (rows.length < 2 && following.length === 0)) return null;
  const values = following.reduce<readonly Token[]>((all, r) => all.concat(r.values), run.values);
  const dealt = dealValues(lines, rows, columns.length, values);
  return dealt === null ? null : { lines: dealt, consumed: 1 + following.length };
}

/** The numbers of columns the table's rows have (computed once per template). */
const columnCounts = perObject((table: TableTemplate) => new Set(table.rows.map((r) => r.columns.length)));

/**
 * What the counts alone allow, before any label is matched (most runs of PDF text whose values stand below
 * a wrapped label are ordinary rows): the filled values are `rows × columns` for some number of the run's
 * label lines (2 or more) and some row width of the table, or the next run may hold a column under its header
 * (one label line, as many values, below it).
 */
function mayDeal(run: LabelledRun, next: LabelledRun | undefined, table: TableTemplate): boolean {
  let labelLines = 1;
  for (let k = 1; k < run.texts.length; k++) if (run.texts[k]!.line !== run.texts[k - 1]!.line) labelLines++;
  let filled = 0;
  for (const v of run.values) if (isFilled(v)) filled++;
  const widths = columnCounts(table);
  for (let rows = 2; rows <= labelLines; rows++) if (filled % rows === 0 && widths.has(filled / rows)) return true;
  return (
    next !== undefined &&
    next.texts.length > 0 &&
    next.values.length === run.values.length &&
    run.values.length <= labelLines &&
    next.texts[0]!.line === next.texts.at(-1)!.line &&
    valuesBelow(next)
  );
}

/** Whether a run's values are all on the lines below its label (a column of values, not a row). */
function valuesBelow(run: LabelledRun): boolean {
  const last = run.texts.at(-1)!;
  return run.values.length > 0 && run.values.every((v) => v.line > last.line);
}

/** A label line's match: where it stands among the lines, and the row. */
interface LineRow {
  at: number;
  row: RowTemplate;
}

/**
 * The label lines that match rows of the table, in order (a group's one-row form left out when its member
 * rows are there); null unless one matches at least and all of them have the same number of columns.
 */
function rowsOf(lines: readonly LabelledRun[], table: TableTemplate): LineRow[] | null {
  const ctx = { after: -1, block: null as string | null };
  const rows: LineRow[] = [];
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
  if (kept.length === 0) return null;
  const width = kept[0]!.row.columns.length;
  return kept.every(({ row }) => row.columns.length === width) ? kept : null;
}

/**
 * The runs from `from` on that each hold one column's values under that column's header alone (in order,
 * `count` filled values below a one-line label naming the column); null when they do not.
 */
function columnRuns(
  runs: readonly LabelledRun[],
  from: number,
  columns: readonly ColumnTemplate[],
  count: number,
): LabelledRun[] | null {
  const out: LabelledRun[] = [];
  for (let c = 0; c < columns.length; c++) {
    const run = runs[from + c];
    if (run === undefined || run.reliable || run.texts.length === 0 || run.values.length !== count) return null;
    if (run.texts[0]!.line !== run.texts.at(-1)!.line || !valuesBelow(run)) return null;
    if (!namesColumn(run.label, columns[c]!)) return null;
    out.push(run);
  }
  return out;
}

/** Whether a normalised label is one of a column's labels (or holds one). */
function namesColumn(label: string, column: ColumnTemplate): boolean {
  return column.labels.some((l) => {
    const name = normalizeLabel(l);
    return name !== "" && label.includes(name);
  });
}

/**
 * The label lines with the values dealt to the ones that match rows, column by column; null unless the
 * filled values number rows × columns, blanks (empty lines) only between two columns. Values side by side on a
 * line stand on one row (pdftotext prints a box of two columns as `0 0` / `95 0` / `0 0`, each line a row's two
 * cells): the lines holding values, taken `rows` at a time, each give the next cells of the rows in order.
 */
function dealValues(
  lines: LabelledRun[],
  rows: readonly LineRow[],
  columns: number,
  values: readonly Token[],
): LabelledRun[] | null {
  const filled: Token[] = [];
  for (const v of values) {
    if (isFilled(v)) filled.push(v);
    else if (filled.length % rows.length !== 0) return null;
  }
  if (filled.length !== rows.length * columns) return null;
  const byLine = lineChunks(filled, rows.length, columns);
  for (let r = 0; r < rows.length; r++) {
    const target = lines[rows[r]!.at]!;
    if (byLine !== null) for (const v of byLine[r]!) target.values.push(v);
    else for (let c = 0; c < columns; c++) target.values.push(filled[c * rows.length + r]!);
  }
  return lines;
}

/**
 * Each row's cells when some line holds more than one value: the lines holding values, in order, taken `rows` at
 * a time (one box of columns), line r of each box the row r's next cells — every line of a box holding as many
 * values, every row `columns` in all. Null when no line holds two values (one value a line: dealt column by column,
 * the same) or the lines do not so fall into boxes.
 */
function lineChunks(filled: readonly Token[], rows: number, columns: number): Token[][] | null {
  const valueLines: Token[][] = [];
  let wide = false;
  for (const v of filled) {
    const last = valueLines.at(-1);
    if (last !== undefined && last[0]!.line === v.line) {
      last.push(v);
      wide = true;
    } else valueLines.push([v]);
  }
  if (!wide || valueLines.length % rows !== 0) return null;
  const out: Token[][] = Array.from({ length: rows }, () => []);
  for (let box = 0; box < valueLines.length; box += rows) {
    const width = valueLines[box]!.length;
    for (let r = 0; r < rows; r++) {
      const line = valueLines[box + r]!;
      if (line.length !== width) return null;
      for (const v of line) out[r]!.push(v);
    }
  }
  return out.every((cells) => cells.length === columns) ? out : null;
}
