/**
 * One-cell-per-line text exported from Word (seed 002 style): table cells are lines indented by a tab,
 * rows are separated by blank lines, a non-indented line right after a cell continues that cell (a
 * wrapped line, joined with `\n`), `[bookmark: …]` markers are Word artefacts and `—#—` lines are
 * separators. Any other line is prose.
 */
import type { GridCell } from "../document.js";
import type { DocumentBuilder } from "./builder.js";
import { gridCell, isBlank, isPageFurniture, type SourceLine, type Span, trimSpan } from "./source-lines.js";

const BOOKMARK = /\[bookmark:[^\]\n]*\]/g;
const LEADING_BOOKMARKS = /^(?:\[bookmark:[^\]\n]*\]\s*)+/;
const SEPARATOR = /^\s*[—–-]+\s*#\s*[—–-]+\s*$/;

/** True when a line is a Word-export cell line (indented by a tab). */
export function isWordCellLine(line: string): boolean {
  return line.startsWith("\t");
}

/** True when a line is a Word-export separator such as `—#—`. */
export function isWordSeparator(line: string): boolean {
  return SEPARATOR.test(line);
}

/** Trims a line and removes Word bookmark markers, pointing the span at the first real character. */
export function stripBookmarks(line: SourceLine): Span {
  const span = trimSpan(line.text, 0, line.text.length);
  const lead = LEADING_BOOKMARKS.exec(span.text);
  let text = span.text;
  let offset = span.offset;
  if (lead) {
    text = text.slice(lead[0].length);
    offset += lead[0].length;
  }
  text = text.replace(BOOKMARK, "").trim();
  if (text === "" && !lead) offset = span.offset;
  return { text, offset: line.start + offset };
}

/** Adds the blocks of Word-export lines to a builder (rows reliable: blank lines separate them). */
export function addWordLines(builder: DocumentBuilder, lines: SourceLine[]): void {
  const locator = builder.locator;
  let rows: GridCell[][] = [];
  let row: GridCell[] = [];
  let last: GridCell | undefined;
  const endRow = (): void => {
    if (row.length > 0) rows.push(row);
    row = [];
    last = undefined;
  };
  const endTable = (): void => {
    endRow();
    builder.addTable(rows, true);
    rows = [];
  };
  for (const line of lines) {
    if (isPageFurniture(line.text)) continue;
    if (isBlank(line.text) && !isWordCellLine(line.text)) {
      endRow();
      continue;
    }
    if (isWordSeparator(line.text)) {
      endTable();
      continue;
    }
    const span = stripBookmarks(line);
    if (isWordCellLine(line.text)) {
      const offset = span.text === "" ? line.start + 1 : span.offset;
      last = gridCell(span.text, offset, locator);
      row.push(last);
      continue;
    }
    if (last) {
      if (span.text !== "") last.text = last.text === "" ? span.text : `${last.text}\n${span.text}`;
      continue;
    }
    endTable();
    builder.addText(span.text, locator.point(span.offset));
  }
  endTable();
}
