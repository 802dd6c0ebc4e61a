/**
 * One-cell-per-line text exported from Word (seed 002 style): table cells are lines indented by a tab,
 * rows are separated by blank lines, a non-indented line right after a cell continues that cell (a
 * wrapped line, joined with `\n`), `[bookmark: …]` markers are Word artefacts and `—#—` lines are
 * separators. Any other line is prose.
 */
import type { GridCell } from "../document.js";
import type { DocumentBuilder } from "./builder.js";
import {
  isBlank,
  isPageFurniture,
  isSpaceCode,
  lineCell,
  linePoint,
  type SourceLine,
  type Span,
  trimSpan,
} from "./source-lines.js";

const BOOKMARK = /\[bookmark:[^\]\n]*\]/g;
const LEADING_BOOKMARKS = /^(?:\[bookmark:[^\]\n]*\]\s*)+/;
const SEPARATOR = /^\s*[—–-]+\s*#\s*[—–-]+\s*$/;

/** True when a line is a Word-export cell line (indented by a tab; after the form feeds of a page break). */
export function isWordCellLine(line: string): boolean {
  let i = 0;
  while (line.charCodeAt(i) === 0x0c) i++;
  return line.charCodeAt(i) === 9;
}

/** True when a line holds only form feeds (a page break on a line of its own): no blank line ending a row. */
function isPageBreak(line: string): boolean {
  if (line.length === 0 || line.charCodeAt(0) !== 0x0c) return false;
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) !== 0x0c) return false;
  return true;
}

/** True when a line is a Word-export separator such as `—#—`. */
export function isWordSeparator(line: string): boolean {
  let i = 0;
  while (i < line.length && isSpaceCode(line.charCodeAt(i))) i++;
  const dash = line.charCodeAt(i);
  // the pattern's first visible character is a dash: other lines need no regex run
  return (dash === 0x2014 || dash === 0x2013 || dash === 0x2d) && SEPARATOR.test(line);
}

/** Trims a line and removes Word bookmark markers, pointing the span at the first real character. */
export function stripBookmarks(line: SourceLine): Span {
  const span = trimSpan(line.text, 0, line.text.length);
  if (!span.text.includes("[bookmark:")) return { text: span.text, offset: line.start + span.offset };
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
    if (isPageBreak(line.text)) {
      // The row goes on (a row may span pages), but no text after the break continues the last cell.
      last = undefined;
      continue;
    }
    const cellLine = isWordCellLine(line.text);
    if (!cellLine && isBlank(line.text)) {
      endRow();
      continue;
    }
    if (isWordSeparator(line.text)) {
      endTable();
      continue;
    }
    const span = stripBookmarks(line);
    if (cellLine) {
      const offset = span.text === "" ? line.start + 1 : span.offset;
      last = lineCell(span.text, line, offset);
      row.push(last);
      continue;
    }
    if (last) {
      // A cell whose first line was empty starts where its text does (its position named the empty line).
      if (span.text !== "" && last.text === "") {
        last.text = span.text;
        last.position = linePoint(line, span.offset);
      } else if (span.text !== "") last.text = `${last.text}\n${span.text}`;
      continue;
    }
    endTable();
    builder.addText(span.text, linePoint(line, span.offset));
  }
  endTable();
}
