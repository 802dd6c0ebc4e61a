/**
 * Spans that a converter wrote as duplicated cells. Markdown and delimited text have no spans, so PDF and
 * Word converters (Docling and the like) write a merged cell's text into every cell it covers: a header
 * `| 信息内容 | 上一年项目数量 | 上一年项目数量 | 本年增/减 | 本年增/减 |` over a row
 * `| 行政事业性收费 | 268 | 268 | 2 | 2 |`. Read cell by cell, that row has four values for two columns. Two
 * neighbouring columns under the same header text (a header row: labels only, no digit) are one merged
 * column in it and in the rows below it, up to the next header row: in each such row, the right cell of
 * the pair is made a copy of the left one (`anchor: false`, the anchor's colSpan grown) when it repeats the
 * left cell's text or is empty. Neighbouring cells that differ stay apart.
 */
import type { GridCell } from "../document.js";

/** Whether a text holds an ASCII or full-width digit (a value, or a numbered label: not a header cell). */
function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19)) return true;
  }
  return false;
}

/** Whether a text holds a letter: a CJK ideograph or an ASCII letter. */
function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if ((c >= 0x61 && c <= 0x7a) || (text.charCodeAt(i) >= 0x4e00 && text.charCodeAt(i) <= 0x9fff)) return true;
  }
  return false;
}

/** Words a value cell prints for "none": a row of them is a row of values, not a header. */
const NONE_WORDS = new Set(["无", "不适用", "暂无", "空"]);

/**
 * Whether a row is a header row: every cell empty or a label (a letter, no digit, not a "none" word), and
 * at least one label. A row of dashes or "none" words is a row of values.
 */
function isHeaderRow(row: readonly GridCell[]): boolean {
  let text = false;
  for (const cell of row) {
    const t = cell.text;
    if (t === "") continue;
    if (hasDigit(t) || !hasLetter(t) || NONE_WORDS.has(t)) return false;
    text = true;
  }
  return text;
}

/** The columns j whose header cell repeats the one at j − 1 (non-empty text). */
function repeatedColumns(header: readonly GridCell[]): number[] {
  const out: number[] = [];
  for (let j = 1; j < header.length; j++) {
    const text = (header[j] as GridCell).text;
    if (text !== "" && text === (header[j - 1] as GridCell).text) out.push(j);
  }
  return out;
}

/**
 * Turns the duplicated cells of a table's rows into span copies, in place (see the module comment).
 * Cells that are already span copies are left as they are.
 */
export function spansFromDuplicates(rows: GridCell[][]): void {
  let repeated: number[] = [];
  for (const row of rows) {
    // A header row's own repeats are merged too (they are the same cell, written twice).
    if (isHeaderRow(row)) repeated = repeatedColumns(row);
    for (const j of repeated) {
      const right = row[j];
      if (right === undefined || !right.anchor) continue;
      // The anchor is the nearest anchor cell to the left (a chain of repeats grows one span).
      let a = j - 1;
      while (a > 0 && !(row[a] as GridCell).anchor) a--;
      const left = row[a] as GridCell;
      if (right.text !== "" && right.text !== left.text) continue;
      left.colSpan = j - a + 1;
      row[j] = {
        text: left.text,
        position: left.position,
        rowSpan: left.rowSpan,
        colSpan: left.colSpan,
        anchor: false,
      };
    }
  }
}
