/**
 * Reads a `sequence`-layout table (Table 四): once the region is located, its values are read in order
 * (rows × columns of the template: review ×5, litigation direct ×5, after review ×5). Header texts are
 * context; a header plus one row of numbers works in any shape.
 */
import type { Diagnostic } from "../schema/common.js";
import type { Identity, TableTemplate } from "../templates/types.js";
import { fieldIdOf } from "../templates/types.js";
import { blankEnds, isBlank } from "./blank-ends.js";
import { reorderedDiagnostic, sequenceOrder } from "./column-order.js";
import type { Line, Token } from "./lines.js";
import { splitRunsInShortRow } from "./number-runs.js";
import { blanksByPitch, identityMisses } from "./pitch-blanks.js";
import { cellList, diagnostic, fitValues, type TableReading, valueColumnsOf, valuesSplit } from "./reading.js";
import { textValue } from "./row-values.js";
import { isFilled } from "./runs.js";
import { transposedValues } from "./transposed.js";

/**
 * The value tokens of a region in reading order: lines of values only contribute every cell (blank cells
 * included, they are data); lines that also carry text contribute their filled values and the blank cells
 * between two of them with no text between (a table's header and its row of values on one line, as
 * word-extractor writes a .doc table: `…尚未审结 | 总计 | | 1 | 1 | 0 | | 2 |`), not the empty cells around the text.
 */
function sequenceValues(lines: readonly Line[], width: number): Token[] {
  const out: Token[] = [];
  for (const line of lines) {
    const tokens = valueRow(line, width) ?? line.tokens;
    const hasText = tokens.some((t) => t.kind === "text");
    /** Where in `out` the blank cells after the last filled value of this line start (-1: none kept yet). */
    let blanksFrom = -1;
    for (const t of tokens) {
      if (t.kind !== "value") {
        if (blanksFrom >= 0) out.length = blanksFrom;
        blanksFrom = -1;
        continue;
      }
      if (!hasText || isFilled(t)) {
        out.push(t);
        blanksFrom = hasText ? out.length : -1;
      } else if (blanksFrom >= 0) out.push(t);
    }
    if (blanksFrom >= 0) out.length = blanksFrom;
  }
  return out;
}

/**
 * A reliable grid row of exactly the table's width whose text cells all stand after its first filled value
 * (`72 | 64 | … | 13 | 见附件 | 8 | …`): every cell is a value, the text ones kept as text values (their reading
 * stays `text`, which the cell's own warning reports) — a text cell there holds a value's place, it is no
 * label. Null for any other line: a header and its values on one line, label–value pairs (`维持 1 纠正 2`), a row
 * of another width.
 */
function valueRow(line: Line, width: number): Token[] | null {
  const tokens = line.tokens;
  if (line.kind !== "row" || !line.reliable || tokens.length !== width) return null;
  const first = tokens.findIndex(isFilled);
  if (first < 0 || !tokens.some((t) => t.kind === "text")) return null;
  for (let i = 0; i < first; i++) if (tokens[i]!.kind === "text") return null;
  return tokens.map((t) => (t.kind === "text" ? textValue(t) : t));
}

/**
 * Reads the lines of a table region as a sequence-layout table of the given template; `identities`, the
 * layout's, decide where the blanks of a short row of layout text go.
 */
export function readSequenceTable(
  table: TableTemplate,
  lines: readonly Line[],
  identities: readonly Identity[] = [],
): TableReading {
  const reading: TableReading = {
    cells: cellList(),
    rowsFound: new Set(),
    expectedRows: table.rows.length,
    extraRows: [],
    hybridBlocks: [],
    diagnostics: [],
    mismatches: 0,
  };
  const slots = table.rows.flatMap((row) => row.columns.map((column) => ({ row, column })));
  const transposed = transposedValues(table, lines);
  let values = transposed ?? sequenceValues(lines, slots.length);
  // A header printing a block's columns in another order than the layout's: the header says which is which.
  const order = transposed ? null : sequenceOrder(table, lines);
  if (!values.some(isFilled)) {
    // A template printed blank (formats.md D1): a grid row of exactly the table's width, all cells blank, or
    // as many blank cells one per line (Word text read a cell per line).
    const blankRow = lines.find((l) => l.kind === "row" && l.tokens.length === slots.length && l.tokens.every(isBlank));
    if (blankRow) values = blankRow.tokens;
    else if (values.length !== slots.length || lines.some((l) => l.kind === "row" && l.tokens.length > 1))
      return reading;
  }
  // Too few values on one layout line: the columns their gaps skip may have been printed blank — taken so
  // only when that breaks fewer of the table's identities than the values read in order (a wider column
  // and a blank last cell look alike).
  if (values.length < slots.length) {
    const placed = blanksByPitch(values, slots.length);
    if (placed && identityMisses(table, identities, placed) < identityMisses(table, identities, values))
      values = placed;
  }
  const spread = splitRunsInShortRow(values, slots.length);
  if (spread) {
    values = spread.values;
    for (const cell of spread.split) reading.diagnostics.push(valuesSplit(cell, `Table ${table.number}`, slots.length));
  }
  const ends = blankEnds(values, slots.length, {
    name: `Table ${table.number}`,
    places: "cells",
    sums: "the table's sums hold",
    misses: (kept) => identityMisses(table, identities, kept),
  });
  if (ends) {
    values = ends.values.slice();
    reading.diagnostics.push(ends.warning);
  }
  const { kept, extra, missing } = fitValues(values, slots.length, valueColumnsOf(lines));
  const placed = order && kept.length === slots.length ? inOrder(kept, order.slots) : kept;
  if (placed !== kept) reading.diagnostics.push(sequenceReordered(table, order!));
  placed.forEach((token, i) => {
    const slot = slots[i]!;
    reading.cells.ids.push(fieldIdOf(table, slot.row, slot.column));
    reading.cells.tokens.push(token);
    reading.rowsFound.add(slot.row.id);
  });
  if (extra.length > 0) {
    reading.mismatches++;
    reading.diagnostics.push(
      diagnostic(
        "row-extra-values",
        "warning",
        `Table ${table.number} has ${extra.length} value(s) more than its ${slots.length} cells: ${extra.map((t) => t.raw).join(" ")} (read in order: a number split in two or a value printed twice moves the values after it)`,
        extra[0]!.source,
      ),
    );
  }
  if (missing > 0) {
    reading.mismatches++;
    const first = slots[kept.length]!;
    // In text without the table's grid a blank cell leaves no trace: the values read in order may stand in
    // other cells (Table 四 of a report whose zeros were printed blank, through pdftotext).
    const guessed = !lines.some((l) => l.reliable && l.tokens.some(isFilled));
    const placed = guessed
      ? "they fill the first cells in order and the rest are absent; in text without the table's grid (PDF or Word text, one cell per line) a blank cell leaves no trace, so they may belong to other cells"
      : "the missing cells are absent";
    reading.diagnostics.push(
      diagnostic(
        "row-missing-values",
        "warning",
        `Table ${table.number} has ${kept.length} of ${slots.length} values; ${placed}`,
        kept.at(-1)?.source,
        { field: fieldIdOf(table, first.row, first.column) },
      ),
    );
  }
  return reading;
}

/** The values in slot order: the value printed at position i holds slot `order[i]`. */
function inOrder(kept: readonly Token[], order: readonly number[]): Token[] {
  const out = new Array<Token>(kept.length);
  order.forEach((slot, i) => {
    out[slot] = kept[i]!;
  });
  return out;
}

/**
 * The `columns-reordered` info of a sequence table: its blocks as printed when they stand in another order than
 * the layout's (未经复议直接起诉 | 复议后起诉 | 行政复议), and the columns of the first block printing them in another
 * order than the layout's, as printed.
 */
function sequenceReordered(
  table: TableTemplate,
  order: { slots: readonly number[]; blocks: readonly number[] },
): Diagnostic {
  const columns = table.rows[0]!.columns;
  const n = columns.length;
  const blocks = order.blocks.every((b, i) => b === i) ? [] : order.blocks.map((b) => table.rows[b]!.labels[0]!);
  // The first block printing its columns in another order than the layout's, if any.
  let printed: string[] = [];
  for (let b = 0; b * n < order.slots.length && printed.length === 0; b++) {
    const cols = order.slots.slice(b * n, (b + 1) * n).map((slot) => slot % n);
    if (cols.some((col, i) => col !== i)) printed = [...cols.map((col) => columns[col]!.labels[0]!), "…"];
  }
  return reorderedDiagnostic(`Table ${table.number}`, `表${table.number}`, [...blocks, ...printed]);
}
