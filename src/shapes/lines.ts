/**
 * The lines-shape reader (one cell per line). Three real variants exist and are told apart by their
 * markers: Word exports (cells indented by a tab, rows separated by blank lines), flattened web tables
 * (every cell followed by a `|` line) and PDF text (no row markers at all).
 */
import type { Document } from "../document.js";
import { DocumentBuilder } from "./builder.js";
import { addCellLines, pipeRun } from "./lines-cells.js";
import { addPdfLines } from "./lines-pdf.js";
import { addWordLines, isWordCellLine } from "./lines-word.js";
import { Locator } from "./positions.js";
import { isBlank, type SourceLine, sourceLines } from "./source-lines.js";

/** The three one-cell-per-line variants. */
export type LinesVariant = "word" | "cells" | "pdf";

/** Picks the variant of a one-cell-per-line text from its markers. */
export function linesVariant(lines: SourceLine[]): LinesVariant {
  let pipeLines = 0;
  let indented = 0;
  // Blank lines between two cell lines: a Word export's row marks. Without any, its rows are unmarked and
  // the cells are read as PDF text's are (a converter that dropped the blank lines kept the indent).
  let rowMarks = 0;
  let afterCell = false;
  let blank = false;
  for (const line of lines) {
    if (pipeRun(line.text) > 0) pipeLines++;
    const cell = isWordCellLine(line.text) && pipeRun(line.text) === 0;
    if (!cell && isBlank(line.text)) {
      blank = true;
      continue;
    }
    if (cell) {
      indented++;
      if (afterCell && blank) rowMarks++;
    }
    afterCell = cell;
    blank = false;
  }
  if (pipeLines >= 4 && pipeLines >= indented) return "cells";
  if (indented >= 4 && rowMarks > 0 && indented <= 20 * (rowMarks + 1)) return "word";
  return "pdf";
}

/**
 * Reads one-cell-per-line text: the variant is detected per document (see {@link linesVariant}); Word
 * and `|`-line tables have reliable rows, PDF-text tables do not (`rowsReliable: false`).
 */
export function readLines(text: string): Document {
  const builder = new DocumentBuilder("lines", text, new Locator(text));
  const lines = sourceLines(text);
  const variant = linesVariant(lines);
  if (variant === "cells") addCellLines(builder, lines);
  else if (variant === "word") addWordLines(builder, lines);
  else addPdfLines(builder, lines);
  return builder.build();
}
