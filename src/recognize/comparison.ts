/**
 * Header-aware columns: a table that prints last year's numbers beside this year's (a 上年 / 2023年 / 同比 /
 * 增减 column, or a row 上年规章 / 上年同期 / 2023年 repeating a row for another year) has those numbers taken out
 * of its lines before they are read by position, each skip reported (`comparison-skipped`). Columns are placed
 * by the header line that names them (comparison-heads.ts): after every other head (the last cells of each
 * row), or among heads the template knows the widths of (自然人 1, 法人或其他组织 5 …) after the corner cells
 * (信息内容). A row is changed only when it holds exactly this year's columns plus the comparison ones; a header
 * that cannot be read (PDF text without a header line) changes nothing.
 */
import type { Diagnostic } from "../schema/common.js";
import type { TableId } from "../schema/report.js";
import type { TableTemplate } from "../templates/types.js";
import { type Band, type ColumnSkip, readBand } from "./comparison-heads.js";
import { headerModel, isComparisonRow, mayCompare, yearsOf } from "./comparison-words.js";
import { normalizeLabel } from "./labels.js";
import type { Line, Token } from "./lines.js";
import { matchRow, NO_CONTEXT } from "./match-row.js";
import { diagnostic } from "./reading.js";
import { isFilled } from "./runs.js";
import { tableNumber } from "./table-copies.js";
import { transposedLineWidth } from "./transposed.js";

/** A region's lines without their comparison columns and rows, and the diagnostics saying what was skipped. */
export interface ComparisonSkips {
  /** The lines to read (the same array when nothing was skipped). */
  lines: readonly Line[];
  /** One `comparison-skipped` warning per column head or row skipped. */
  diagnostics: Diagnostic[];
}

const hasFilled = (line: Line): boolean => line.tokens.some(isFilled);

/** A year's word standing as a row's sub-label (2024年, 本年, 上年同期): a cell of its own, never a count. */
const MARKER = /^(?:本年度?|今年|上一?年度?|去年|(?:上一?年度?|去年)?同期|(?:19|20)\d{2}年度?(?:同期)?)$/;
/** A rate printed after a row's numbers (12.5%, -3％): a cell of a 同比 / 增长率 column, read as text. */
const PERCENT = /^[+\-\u2212]?\d[\d.,]*\s*[%％]$/;

/** A data line: its label tokens, its year word if any (2024年 | 3001 …), and its cells from the first value on. */
interface DataRow {
  /** The label's text tokens (before the first filled value). */
  labels: Token[];
  /** A year's word beside the label (2024年, 上年), taken out of the label or the cells. */
  marker: Token | null;
  /** The row's cells after its label: values, and rates printed as text (12.5%). */
  cells: Token[];
}

/** Splits a data line (it holds a filled value) into label, year word and cells. */
function dataRow(line: Line): DataRow {
  // The label: the text before the first filled value (a blank grid cell may stand before it: |  | 2023年 | 2000 |).
  const first = line.tokens.findIndex(isFilled);
  let last = first - 1;
  while (last >= 0 && line.tokens[last]!.kind !== "text") last--;
  const labels = line.tokens.slice(0, last + 1).filter((t) => t.kind === "text");
  const cells = line.tokens.slice(last + 1).filter((t) => t.kind === "value" || PERCENT.test(t.raw.trim()));
  const isMarker = (t: Token | undefined): boolean => t !== undefined && MARKER.test(normalizeLabel(t.raw));
  let marker: Token | null = null;
  // A year word read as a value (a text cell between the label and the numbers), or ending the label.
  if (isMarker(cells[0]) && cells[0]!.reading.status === "text") marker = cells.shift()!;
  else if (isMarker(labels.at(-1))) marker = labels.pop()!;
  return { labels, marker, cells };
}

/**
 * Takes a table region's comparison columns and rows out of its lines (see the module comment); `year` is the
 * report's statistical year when known (another year's 2023年 is told by it).
 */
export function skipComparisons(lines: readonly Line[], id: TableId, year: number | null): ComparisonSkips {
  if (!lines.some((line) => mayCompare(line.text))) return { lines, diagnostics: [] };
  const model = headerModel(id);
  const number = tableNumber(id);
  const dropped = new Set<Token>();
  const diagnostics: Diagnostic[] = [];
  const rows = new Map<Line, DataRow>();
  for (const line of lines) if (hasFilled(line)) rows.set(line, dataRow(line));
  const rowYear = year ?? latestRowYear(rows.values());
  let skip: ColumnSkip | null = null;
  let lastWidth: number | null = null;
  // The layout a header names (2019's 本年增/减): its rows' widths, not another era's, count a row's cells.
  let layouts: readonly TableTemplate[] = model.tables;
  for (let i = 0; i < lines.length; ) {
    const row = rows.get(lines[i]!);
    if (!row) {
      let j = i;
      while (j < lines.length && !rows.has(lines[j]!)) j++;
      // A band naming no comparison leaves no column skipped: read only when it may end a skip or start one.
      const read: boolean = skip !== null || lines.slice(i, j).some((line) => mayCompare(line.text));
      const band: Band | null = read ? readBand(lines.slice(i, j), model, year) : null;
      if (band?.header) {
        skip = band.skip;
        lastWidth = null;
        layouts = band.layouts.length > 0 ? band.layouts : model.tables;
      }
      i = j;
      continue;
    }
    const line = lines[i++]!;
    const raw = row.labels.map((t) => t.raw).join(" ");
    const label = normalizeLabel(raw);
    const markerLabel = row.marker ? normalizeLabel(row.marker.raw) : "";
    const labelOther = row.labels.length > 0 && isComparisonRow(model, label, rowYear, line.reliable);
    if (labelOther || (row.marker !== null && isComparisonRow(model, markerLabel, rowYear, true))) {
      // Another year's word beside a row's label (行政许可 | 上年 | 400000, then | 本年 | 447228): the label stays.
      for (const t of labelOther ? line.tokens : [row.marker!, ...row.cells]) dropped.add(t);
      const named = row.marker ? `${raw} ${row.marker.raw}`.trim() : raw;
      diagnostics.push(
        diagnostic(
          "comparison-skipped",
          "warning",
          `Row 「${named}」 of table ${number} repeats a row for another year (上年 / 上年同期 / another year); its values (${row.cells.map((t) => t.raw).join(" ")}) are not read as this year's`,
          (row.labels[0] ?? row.marker)!.source,
          { text: named },
        ),
      );
      continue;
    }
    // This year's word beside the label (一、本年新收… | 2024年 | 3001 …) is no value.
    if (row.marker) dropped.add(row.marker);
    const widths = rowWidths(layouts, label, lastWidth);
    if (widths.length === 1) lastWidth = widths[0]!;
    const out = skip === null ? null : comparisonCells(row.cells, skip, widths);
    if (skip === null || out === null) continue;
    for (const t of out) dropped.add(t);
    if (skip.used) continue;
    skip.used = true;
    for (const head of skip.heads) {
      dropped.add(head);
      diagnostics.push(
        diagnostic(
          "comparison-skipped",
          "warning",
          `Column 「${head.raw}」 of table ${number} is another year's or a comparison (上年 / 同比 / 增减); its values are not read as this year's`,
          head.source,
          { text: head.raw },
        ),
      );
    }
  }
  if (dropped.size === 0) return { lines, diagnostics };
  return { lines: lines.map((line) => withoutTokens(line, dropped)), diagnostics };
}

/** The latest year labelling a data row (2024年 beside 2023年), when rows are labelled by years. */
function latestRowYear(rows: Iterable<DataRow>): number | null {
  let latest: number | null = null;
  for (const { labels, marker } of rows) {
    const word = marker ?? labels[0];
    for (const y of word ? yearsOf(word.raw) : []) if (latest === null || y > latest) latest = y;
  }
  return latest;
}

/**
 * The column counts a data row's label may have in `tables` (the layouts being read): its matched rows', else
 * the row before's, else any.
 */
function rowWidths(tables: readonly TableTemplate[], label: string, lastWidth: number | null): number[] {
  const widths = new Set<number>();
  if (label.length > 0) {
    for (const table of tables) {
      const match = matchRow(label, table, NO_CONTEXT);
      // A sequence table's row may stand on a line of its own (行政复议 and its five) or head all fifteen.
      if (match) widths.add(match.row.columns.length);
      if (match && table.layout === "sequence") widths.add(slotsOf(table));
      // A line of the table printed transposed (结果维持 | 0 | 0 | 0): one value per row of the layout.
      const across = table.layout === "sequence" ? transposedLineWidth(table, label) : undefined;
      if (across !== undefined) widths.add(across);
    }
  }
  if (widths.size > 0) return [...widths];
  if (lastWidth !== null) return [lastWidth];
  for (const table of tables) {
    if (table.layout === "sequence") widths.add(slotsOf(table));
    for (const row of table.rows) widths.add(row.columns.length);
  }
  return [...widths];
}

const slotsOf = (table: TableTemplate): number => table.rows.reduce((n, r) => n + r.columns.length, 0);

/**
 * The cells of a data row standing in the comparison columns, or null when the row does not hold exactly one
 * of `widths` plus the comparison columns (blank cells at either end aside: the label's own grid cells, an
 * empty column).
 */
function comparisonCells(cells: readonly Token[], skip: ColumnSkip, widths: readonly number[]): Token[] | null {
  const k = skip.heads.length;
  for (const width of widths) {
    const count = width + k;
    let from = 0;
    let to = cells.length;
    while (to - from > count && cells[from]!.reading.status === "blank") from++;
    while (to - from > count && cells[to - 1]!.reading.status === "blank") to--;
    if (to - from !== count) continue;
    const row = cells.slice(from, to);
    if (skip.place === "last") return row.slice(width);
    if (skip.place.span === count) return skip.place.indexes.map((p) => row[p]!);
    if (skip.across?.span === count) return skip.across.indexes.map((p) => row[p]!);
  }
  return null;
}

/** A line without the given tokens (the line itself when it has none of them). */
function withoutTokens(line: Line, dropped: ReadonlySet<Token>): Line {
  if (!line.tokens.some((t) => dropped.has(t))) return line;
  const tokens = line.tokens.filter((t) => !dropped.has(t));
  const copy: Line = {
    index: line.index,
    kind: line.kind,
    text: line.text,
    tokens,
    reliable: line.reliable,
    get source() {
      return line.source;
    },
  };
  return line.depth === undefined ? copy : { ...copy, source: line.source, depth: line.depth };
}
