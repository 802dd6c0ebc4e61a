/**
 * Header-aware columns: a table that prints last year's numbers beside this year's (a 上年 / 2023年 / 同比 /
 * 增减 column, or a row 上年规章 / 上年同期 / 2023年 repeating a row for another year) has those numbers taken out
 * of its lines before they are read by position, each skip reported (`comparison-skipped`). Columns are placed
 * by the header line that names them: after every other head (the last values of each row), or among heads
 * the template knows the widths of (自然人 1, 法人或其他组织 5 …) after the corner cells (信息内容). A row is
 * changed only when it holds exactly this year's columns plus the comparison ones; a header that cannot be
 * read (PDF text without a header line) changes nothing.
 */
import type { Diagnostic } from "../schema/common.js";
import type { TableId } from "../schema/report.js";
import {
  type HeaderModel,
  headerModel,
  isComparisonHead,
  isComparisonRow,
  knownWidth,
  MAY_COMPARE,
  yearsOf,
} from "./comparison-words.js";
import { normalizeLabel } from "./labels.js";
import type { Line, Token } from "./lines.js";
import { matchRow } from "./match-row.js";
import { diagnostic } from "./reading.js";
import { isFilled } from "./runs.js";

/** A region's lines without their comparison columns and rows, and the diagnostics saying what was skipped. */
export interface ComparisonSkips {
  /** The lines to read (the same array when nothing was skipped). */
  lines: readonly Line[];
  /** One `comparison-skipped` warning per column head or row skipped. */
  diagnostics: Diagnostic[];
}

/** Comparison columns named by a header band, and where their values stand in a row. */
interface ColumnSkip {
  /** The header cells naming the comparison columns. */
  heads: readonly Token[];
  /** `last`: the last `heads.length` values of a row; else their indexes among a row's `span` values. */
  place: "last" | { indexes: readonly number[]; span: number };
  /** Whether a row's values were taken out. */
  used: boolean;
}

const textsOf = (line: Line): Token[] => line.tokens.filter((t) => t.kind === "text");

/**
 * The header cells of a line: its text tokens, or on a line of guessed (PDF) text, whose header line is one
 * text token (信息内容 上年处理决定数量 本年处理决定数量), their words.
 */
function headCellsOf(line: Line): Token[] {
  const texts = textsOf(line);
  if (line.reliable) return texts;
  return texts.flatMap((token) => {
    const words: Token[] = [];
    for (const m of token.raw.matchAll(/\S+/g)) words.push(m[0] === token.raw ? token : wordOf(token, m.index, m[0]));
    return words;
  });
}

/** A word of a text token as a token of its own, placed `at` characters on (through recorded offsets if any). */
function wordOf(token: Token, at: number, raw: string): Token {
  return {
    kind: "text",
    raw,
    reading: token.reading,
    line: token.line,
    get source() {
      if (token.sourceAt) return token.sourceAt(at);
      const source = token.source;
      return { ...source, offset: source.offset + at, column: source.column + at };
    },
  };
}
const hasFilled = (line: Line): boolean => line.tokens.some(isFilled);

/** The table's number (二, 三, 四) for messages. */
const NUMBERS: Record<TableId, string> = { active_disclosure: "二", applications: "三", review_litigation: "四" };

/**
 * Takes a table region's comparison columns and rows out of its lines (see the module comment); `year` is the
 * report's statistical year when known (another year's 2023年 is told by it).
 */
export function skipComparisons(lines: readonly Line[], id: TableId, year: number | null): ComparisonSkips {
  if (!lines.some((line) => MAY_COMPARE.test(line.text))) return { lines, diagnostics: [] };
  const model = headerModel(id);
  const number = NUMBERS[id];
  const dropped = new Set<Token>();
  const diagnostics: Diagnostic[] = [];
  const rowYear = year ?? latestRowYear(lines);
  let skip: ColumnSkip | null = null;
  let lastWidth: number | null = null;
  for (let i = 0; i < lines.length; ) {
    if (!hasFilled(lines[i]!)) {
      let j = i;
      while (j < lines.length && !hasFilled(lines[j]!)) j++;
      const band = readBand(lines.slice(i, j), model, year);
      if (band.header) {
        skip = band.skip;
        lastWidth = null;
      }
      i = j;
      continue;
    }
    const line = lines[i++]!;
    const texts = textsOf(line);
    const raw = texts.map((t) => t.raw).join(" ");
    const label = normalizeLabel(raw);
    if (texts.length > 0 && isComparisonRow(model, label, rowYear, line.reliable)) {
      for (const t of line.tokens) dropped.add(t);
      const values = line.tokens.filter(isFilled).map((t) => t.raw);
      diagnostics.push(
        diagnostic(
          "comparison-skipped",
          "warning",
          `Row 「${raw}」 of table ${number} repeats a row for another year (上年 / 上年同期 / another year); its values (${values.join(" ")}) are not read as this year's`,
          texts[0]!.source,
          { text: raw },
        ),
      );
      continue;
    }
    const widths = rowWidths(model, label, lastWidth);
    if (widths.length === 1) lastWidth = widths[0]!;
    if (skip === null) continue;
    const out = comparisonValues(line, skip, widths);
    if (out === null) continue;
    for (const t of out) dropped.add(t);
    if (!skip.used) {
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
  }
  if (dropped.size === 0) return { lines, diagnostics };
  return { lines: lines.map((line) => withoutTokens(line, dropped)), diagnostics };
}

/** The latest year labelling a data row (2024年 beside 2023年), when rows are labelled by years. */
function latestRowYear(lines: readonly Line[]): number | null {
  let latest: number | null = null;
  for (const line of lines) {
    if (!hasFilled(line)) continue;
    const first = line.tokens.find((t) => t.kind === "text");
    for (const y of first ? yearsOf(first.raw) : []) if (latest === null || y > latest) latest = y;
  }
  return latest;
}

/** The layout's column counts a data row's label may have (its matched rows', else the row before's, else any). */
function rowWidths(model: HeaderModel, label: string, lastWidth: number | null): number[] {
  const widths = new Set<number>();
  if (label.length > 0) {
    for (const table of model.tables) {
      const match = matchRow(label, table, { after: -1, block: null });
      if (match) widths.add(table.layout === "sequence" ? slotsOf(table) : match.row.columns.length);
    }
  }
  if (widths.size > 0) return [...widths];
  if (lastWidth !== null) return [lastWidth];
  for (const table of model.tables) {
    if (table.layout === "sequence") widths.add(slotsOf(table));
    for (const row of table.rows) widths.add(row.columns.length);
  }
  return [...widths];
}

const slotsOf = (table: HeaderModel["tables"][number]): number => table.rows.reduce((n, r) => n + r.columns.length, 0);

/**
 * The value tokens of a data line standing in the comparison columns, or null when the line does not hold
 * exactly one of `widths` plus the comparison columns (blank cells at either end aside: the label's own grid
 * cells, an empty column).
 */
function comparisonValues(line: Line, skip: ColumnSkip, widths: readonly number[]): Token[] | null {
  const values = line.tokens.filter((t) => t.kind === "value");
  const k = skip.heads.length;
  for (const width of widths) {
    const count = width + k;
    let from = 0;
    let to = values.length;
    while (to - from > count && values[from]!.reading.status === "blank") from++;
    while (to - from > count && values[to - 1]!.reading.status === "blank") to--;
    if (to - from !== count) continue;
    const row = values.slice(from, to);
    if (skip.place === "last") return row.slice(width);
    if (skip.place.span === count) return skip.place.indexes.map((p) => row[p]!);
  }
  return null;
}

/** A run of lines without a filled value: a header when a cell is a column the template knows. */
function readBand(
  band: readonly Line[],
  model: HeaderModel,
  year: number | null,
): { header: boolean; skip: ColumnSkip | null } {
  const cells = band.flatMap(headCellsOf);
  const years = [...new Set(cells.flatMap((t) => yearsOf(t.raw)))];
  const thisYear = year ?? (years.length > 1 ? Math.max(...years) : null);
  if (!cells.some((t) => knownWidth(model, t.raw, thisYear) !== undefined)) return { header: false, skip: null };
  for (let i = 0; i < band.length; i++) {
    const line = band[i]!;
    const texts = headCellsOf(line);
    const isHead = texts.map((t) => isComparisonHead(model, t.raw, thisYear, line.reliable));
    if (!isHead.includes(true)) continue;
    const heads = texts.filter((_, k) => isHead[k]);
    // A head alone on its line (guessed text, one cell a line) is placed only as the band's last line.
    const alone = heads.length === texts.length;
    const lastOfBand = band.slice(i + 1).every((l) => !l.tokens.some((t) => t.kind === "text"));
    const place = alone ? (lastOfBand ? "last" : null) : placeOf(texts, isHead, model, thisYear);
    return { header: true, skip: place === null ? null : { heads, place, used: false } };
  }
  return { header: true, skip: null };
}

/**
 * Where a header line's comparison heads stand among a row's values: after every other head (`last`); else,
 * past the unknown corner cells opening the line (信息内容), at the value index the known widths of the heads
 * before them give (their widths and the comparison heads making up the whole row); null when a cell after the
 * corner is unknown.
 */
function placeOf(
  texts: readonly Token[],
  isHead: readonly boolean[],
  model: HeaderModel,
  thisYear: number | null,
): ColumnSkip["place"] | null {
  const firstHead = isHead.indexOf(true);
  if (isHead.slice(firstHead).every(Boolean)) return "last";
  const widths = texts.map((t) => knownWidth(model, t.raw, thisYear));
  let k = 0;
  while (k < texts.length && !isHead[k] && widths[k] === undefined) k++;
  const indexes: number[] = [];
  let at = 0;
  for (; k < texts.length; k++) {
    if (isHead[k]) indexes.push(at++);
    else if (widths[k] !== undefined) at += widths[k]!;
    else return null;
  }
  return { indexes, span: at };
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
