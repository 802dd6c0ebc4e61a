/**
 * Reads a `rows`-layout table (Tables 二 and 三): each label run is matched to a template row and the
 * values after it become that row's cells. Unknown labelled values become extra rows, never dropped —
 * except a Table 二 block header whose empty header cells print dashes (no number: no value).
 */
import { append } from "../append.js";
import { hasIdeograph } from "../cjk.js";
import { perObject } from "../memo.js";
import type { Identity, TableTemplate } from "../templates/types.js";
import { fieldIdOf } from "../templates/types.js";
import { blankAtBothEnds, blankEnds, isBlank } from "./blank-ends.js";
import { blockHead, noteBlockHead, valuesByHead } from "./block-head.js";
import { dealColumnMajor } from "./column-major.js";
import { columnOrder, orderDiagnostic, placeByOrder } from "./column-order.js";
import { mayEndInNumber, withGluedValue } from "./glued-value.js";
import { handHeadValues } from "./head-values.js";
import { normalizeLabel, stripAnnotation } from "./labels.js";
import type { Line, Token } from "./lines.js";
import { isHeadMatch, matchBlock, matchRow } from "./match-row.js";
import { spreadMergedValues } from "./merged-cells.js";
import { withNaWords } from "./na-words.js";
import { splitRunsInShortRow } from "./number-runs.js";
import {
  cellList,
  diagnostic,
  fitValues,
  type TableReading,
  tokenCell,
  valueColumnsOf,
  valuesSplit,
} from "./reading.js";
import {
  endsInTotal,
  fieldIds,
  missingValues,
  rowTotalMisses,
  type ShortRow,
  settleCollapsedGroups,
  settleShortRows,
} from "./row-settle.js";
import { isFilled, isNumber, type LabelledRun, labelRuns, withLabel } from "./runs.js";
import { splitTextValues, withTrailingTextValues } from "./text-values.js";
import { joinWrappedLabels } from "./wrapped-labels.js";

/** A label run with its label joined as printed and normalised (defined in runs.ts). */
export type { LabelledRun };

/** The label runs of a region's lines, each with its joined and normalised label. */
export function labelledRuns(lines: readonly Line[]): LabelledRun[] {
  return labelRuns(lines).map(withLabel);
}

/**
 * Reads the lines of a table region as a rows-layout table of the given template; `identities`, its layout's,
 * say which rows end in their own total. `runs` are the lines' labelled runs when the caller already has them
 * (one region is read with every candidate era).
 */
export function readRowsTable(
  table: TableTemplate,
  lines: readonly Line[],
  identities: readonly Identity[],
  runs: readonly LabelledRun[] = labelledRuns(lines),
): TableReading {
  const reading: TableReading = {
    cells: cellList(),
    rowsFound: new Set(),
    expectedRows: 0,
    extraRows: [],
    hybridBlocks: [],
    diagnostics: [],
    mismatches: 0,
  };
  const ctx = { after: -1, block: null as string | null };
  /** The column labels of the current block's printed header (信息内容 | …), when one was read. */
  let head: string[] | null = null;
  const allBlank = new Set<string>();
  /** Rows of guessed (PDF) text with fewer values than columns, decided once the table is read. */
  const short: ShortRow[] = [];
  /** How many rows were read full, by their number of columns. */
  const full = new Map<number, number>();
  const valueColumns = valueColumnsOf(lines);
  // A header printing the columns in another order, or without some, places the values (Table 三).
  const order = columnOrder(table, lines, reading.diagnostics);
  if (order) reading.diagnostics.push(orderDiagnostic(table, order));
  const dealt = withTrailingTextValues(
    splitTextValues(dealColumnMajor(joinWrappedLabels(withNaWords(runs, table), table), table), table, valueColumns),
    table,
    valueColumns,
  );
  const read = handHeadValues(dealt, table);
  // The table's last run with values: an empty paragraph after the table can only follow it.
  let lastRun: LabelledRun | undefined;
  for (const run of read) if (run.values.length > 0) lastRun = run;
  // Whether a row before had a blank value too many at its start (a label's empty cell in every row): then a
  // leading blank is the table's own, dropped as fitValues does.
  let leadingExtra = false;
  for (const run of read) {
    const { raw } = run;
    let { label } = run;
    const block = matchBlock(label, table);
    if (block && block !== ctx.block) head = null;
    if (block) ctx.block = block;
    head = blockHead(run, table) ?? head;
    if (run.values.length === 0) continue;
    // Read only for a diagnostic or an extra row: a token makes its source on first use.
    const first = (run.texts[0] ?? run.values[0])!;
    let match = run.texts.length > 0 ? matchRow(label, table, ctx) : null;
    if (match === null && run.texts.length > 0 && !run.reliable) {
      // A row label wrapped around pieces of its group's label (（六）其 2.申请人…缴纳 / 他处理 费用、…): read without them.
      const without = withoutGroupPieces(raw, table);
      if (without !== null) {
        match = matchRow(without, table, ctx);
        if (match !== null) label = without;
      }
    }
    // A label's head stands for the row only when the run holds a number (values printed on the wrapped
    // row): a head with blank cells is the top half of a label whose values come on its second row.
    if (match !== null && isHeadMatch(match) && !run.values.some(isNumber)) match = null;
    // A row's label in a sentence of PDF text (…其中行政许可9项、行政处罚55条。二是…《太康县 2023): the numbers
    // after the sentence are not the row's. Such a line is narrative, read as no row.
    if (match !== null && !run.reliable && COUNT_IN_SENTENCE.test(label.slice(match.end).replace(BRACKETED, "")))
      continue;
    if (match && reading.rowsFound.has(match.row.id)) {
      reading.diagnostics.push(
        diagnostic(
          "row-duplicate",
          "warning",
          `Row 「${raw}」 repeats ${table.number}、${match.row.labels[0]}; the first one is kept`,
          first.source,
          { text: raw },
        ),
      );
    }
    if (!match || reading.rowsFound.has(match.row.id)) {
      if (!run.values.some(isFilled)) continue;
      // A block's header row (第二十条第（八）项 信息内容 …) whose empty header cells hold dashes.
      if (!match && block && !run.values.some(isNumber)) continue;
      if (!match) {
        reading.diagnostics.push(
          diagnostic(
            "row-unrecognized",
            "warning",
            `Row 「${raw}」 of table ${table.number} matches no row of the layout; kept as an extra row`,
            first.source,
            { text: raw },
          ),
        );
      }
      reading.extraRows.push({
        table: table.id,
        block: ctx.block,
        label,
        rawLabel: raw,
        cells: run.values.filter(isFilled).map(tokenCell),
        source: first.source,
      });
      continue;
    }
    const { row } = match;
    reading.rowsFound.add(row.id);
    ctx.after = match.index;
    // A digit glued to the label is a value only when the row lacks one (else it is a footnote mark: 规章1 | 1 | 0 | 11).
    let values =
      mayEndInNumber(run) && filledCount(run.values) < row.columns.length
        ? withGluedValue(run, stripAnnotation(label).slice(match.end))
        : run.values;
    const spread = splitRunsInShortRow(values, row.columns.length, endsInTotal(table, row, identities));
    if (spread) {
      values = spread.values;
      const name = `Row ${table.number}、${row.labels[0]}`;
      for (const cell of spread.split) reading.diagnostics.push(valuesSplit(cell, name, row.columns.length));
    }
    const merged = run.reliable
      ? spreadMergedValues(values, row.columns.length, `${table.number}、${row.labels[0]}`)
      : null;
    if (merged) append(reading.diagnostics, merged.diagnostics);
    // A printed block header says which value is which: more values than columns (a 2021 report printing the
    // 2019 block), or the columns in another order.
    const byHead = valuesByHead(values, row.columns, head);
    if (byHead && ctx.block) noteBlockHead(reading, table, ctx.block, head!, byHead.reordered);
    const width = order && !byHead ? order.printed.length : row.columns.length;
    const given = merged?.values ?? values;
    // Blank at both ends: a cell per line on the table's last row (an empty paragraph after it?), a guess, warned;
    // a grid row whose total holds only without its last blank (a converter's padding).
    const bothEnds = !byHead && blankAtBothEnds(given, width);
    const inGrid = bothEnds && run.reliable && given.some((t) => (t.source.col ?? 0) > 0);
    const ends =
      !bothEnds || (!inGrid && (run !== lastRun || leadingExtra))
        ? null
        : blankEnds(
            given,
            width,
            {
              name: `Row ${table.number}、${row.labels[0]}`,
              places: "columns",
              sums: "the row's total holds",
              misses: (kept) => (order ? 0 : rowTotalMisses(table, row, identities, kept)),
            },
            inGrid,
          );
    if (ends) reading.diagnostics.push(ends.warning);
    if (!byHead && given.length > width && isBlank(given[0])) leadingExtra = true;
    const { kept, extra, missing } = byHead
      ? { ...byHead, missing: 0 }
      : fitValues(ends?.values ?? given, width, valueColumns, run.texts.at(-1));
    if (!kept.some(isFilled)) allBlank.add(row.id);
    const ids = fieldIds(table, row);
    // PDF text splits a one-cell row's value on spaces (139 82, 2 319): which piece is the value cannot be told.
    const unsure = extra.length > 0 && !run.reliable && row.columns.length === 1 && !byHead;
    const placed = order && !byHead ? placeByOrder(kept, order, row.columns.length) : kept;
    for (let i = 0; i < placed.length && !unsure; i++) {
      if (placed[i] === undefined) continue;
      reading.cells.ids.push(ids[i]!);
      reading.cells.tokens.push(placed[i]!);
    }
    if (extra.length > 0) {
      reading.mismatches++;
      reading.diagnostics.push(
        diagnostic(
          "row-extra-values",
          "warning",
          // Named by the layout: a PDF row's printed label may hold the header lines above it (in `text`).
          unsure
            ? `Row ${table.number}、${row.labels[0]} has ${kept.length + extra.length} values for its one column: ${[...kept, ...extra].map((t) => t.raw).join(" ")}; which is the value cannot be told, the cell is absent`
            : `Row ${table.number}、${row.labels[0]} has ${extra.length} value(s) more than its ${row.columns.length} column(s): ${extra.map((t) => t.raw).join(" ")} (read in order: a number split in two or a value printed twice moves the values after it)`,
          extra[0]!.source,
          { text: raw, field: ids[0]! },
        ),
      );
    }
    if (missing === 0 && extra.length === 0) full.set(row.columns.length, (full.get(row.columns.length) ?? 0) + 1);
    if (missing > 0) {
      reading.mismatches++;
      const firstMissing = row.columns[order && !byHead ? order.printed[kept.length]! : kept.length]!;
      const shortRow = { row, run, block: ctx.block, at: reading.diagnostics.length };
      if (!run.reliable && extra.length === 0) short.push(shortRow);
      else reading.diagnostics.push(missingValues(shortRow, fieldIdOf(table, row, firstMissing)));
    }
  }
  settleShortRows(table, reading, short, full, identities);
  settleCollapsedGroups(table, reading, allBlank);
  return reading;
}

/** The normalised labels of a table's row groups (（六）其他处理 …), built once per table. */
const groupLabels = perObject((table: TableTemplate): string[] =>
  table.groups.flatMap((g) => g.labels.map(normalizeLabel)),
);

/**
 * A PDF text label run without its words that are pieces of a row group's label (`（六）其`, `他处理`, `理`: a group
 * label printed beside its rows and wrapped with them; a word without a CJK character is kept), normalised; null
 * when it has none (or only such words).
 */
function withoutGroupPieces(raw: string, table: TableTemplate): string | null {
  const groups = groupLabels(table);
  if (groups.length === 0) return null;
  const words = raw.split(/\s+/);
  const kept = words.filter((w) => {
    const piece = normalizeLabel(w);
    return !hasIdeograph(piece) || !groups.some((g) => g.includes(piece));
  });
  return kept.length === words.length || kept.length === 0 ? null : normalizeLabel(kept.join(" "));
}

/** A bracketed note in a normalised label (normalizeLabel writes every bracket （ ）). */
const BRACKETED = /（[^（）]*）/g;
/**
 * A count (a number and its measure word), a sentence's end after it and the next sentence's words (行政处罚55条。
 * 二是…; 行政处罚55条，同比下降。二是…): after a row's label (its bracketed note aside: 行政许可（其中3项。下同）), the
 * line is a sentence stating the row's count, not the row (what OCR makes of a table's rules, `。` among labels,
 * comes with no count before it).
 */
const COUNT_IN_SENTENCE = /\d\s*[条项件个篇次期场][^。；;！!？?]*[。；;！!？?][^\p{Script=Han}]*\p{Script=Han}/u;

/** How many of some value tokens are filled (not blank). */
function filledCount(values: readonly Token[]): number {
  let n = 0;
  for (const t of values) if (isFilled(t)) n++;
  return n;
}
