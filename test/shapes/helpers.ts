import { readFileSync } from "node:fs";
import { expect } from "vitest";
import type { Document, GridCell, TableBlock, TextBlock } from "../../src/document.js";

/** Reads a fixture file (path relative to test/fixtures). */
export function fixture(path: string): string {
  return readFileSync(new URL(`../fixtures/${path}`, import.meta.url), "utf8");
}

/** The tables of a document. */
export function tablesOf(doc: Document): TableBlock[] {
  return doc.blocks.filter((b): b is TableBlock => b.kind === "table");
}

/** The text blocks of a document. */
export function textsOf(doc: Document): TextBlock[] {
  return doc.blocks.filter((b): b is TextBlock => b.kind === "text");
}

/** The cell texts of a table row. */
export function rowTexts(table: TableBlock | undefined, row: number): string[] {
  return (table?.rows[row] ?? []).map((c) => c.text);
}

/** The 1-based line of the first line of `text` that equals or starts with `prefix` (read independently). */
export function lineOf(text: string, prefix: string): number {
  const lines = text.split(/\r\n|\r|\n/);
  const i = lines.findIndex((l) => l.replace(/^[\s\f]+/, "").startsWith(prefix));
  if (i < 0) throw new Error(`no line starts with ${prefix}`);
  return i + 1;
}

/** Asserts a cell's text and position, and that its offset points at that text in the input. */
export function expectCell(
  doc: Document,
  cell: GridCell | undefined,
  text: string,
  line: number,
  column: number,
): void {
  expect(cell?.text).toBe(text);
  expect(cell?.position.line).toBe(line);
  expect(cell?.position.column).toBe(column);
  const firstLine = text.split("\n")[0] ?? "";
  if (cell && firstLine !== "")
    expect(doc.text.slice(cell.position.offset, cell.position.offset + firstLine.length)).toBe(firstLine);
}

/** Every non-empty cell's offset points at its text's first line; every position's line/column matches its offset. */
export function expectConsistentPositions(doc: Document): void {
  const starts = [0];
  for (let i = 0; i < doc.text.length; i++) {
    const c = doc.text[i];
    if (c === "\n" || (c === "\r" && doc.text[i + 1] !== "\n")) starts.push(i + 1);
  }
  const check = (p: { line: number; column: number; offset: number }): void => {
    expect(starts[p.line - 1]! + p.column - 1).toBe(p.offset);
  };
  for (const block of doc.blocks) {
    check(block.position);
    if (block.kind !== "table") continue;
    for (const row of block.rows)
      for (const cell of row) {
        check(cell.position);
        const first = cell.text.split("\n")[0] ?? "";
        const markup = doc.shape === "html" || doc.shape === "markdown";
        if (first !== "" && !first.includes("\u00a0")) {
          let source = doc.text.slice(cell.position.offset, cell.position.offset + first.length);
          let expected = first;
          if (markup) {
            // HTML renders a whitespace run holding a line break as one space, and the reader does the same
            // (in Markdown, for the tables of HTML blocks). Entities (&amp;…) are decoded in the cell's text:
            // the source is compared up to its first one.
            const window = doc.text.slice(cell.position.offset, cell.position.offset + 4 * first.length + 16);
            const entity = window.indexOf("&");
            source = (entity < 0 ? window : window.slice(0, entity))
              .replace(/[ \t\f]*(?:\r\n|\r|\n)[ \t\f\r\n]*/g, " ")
              .slice(0, first.length);
            if (entity >= 0) expected = first.slice(0, source.length);
          }
          expect(source).toBe(expected);
        }
      }
  }
}
