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
            // (in Markdown, for the tables of HTML blocks). References are decoded in the cell's text: in HTML
            // the common ones are decoded here too and the source is compared up to any other `&`; Markdown
            // leaves them as written in code spans, so its source is compared up to its first `&`.
            const raw = doc.text.slice(cell.position.offset, cell.position.offset + 8 * first.length + 16);
            const amp = raw.indexOf("&");
            const window =
              doc.shape === "html"
                ? decodeReferences(raw)
                : { text: amp < 0 ? raw : raw.slice(0, amp), complete: amp < 0 };
            source = window.text.replace(/[ \t\f]*(?:\r\n|\r|\n)[ \t\f\r\n]*/g, " ").slice(0, first.length);
            if (!window.complete) expected = first.slice(0, source.length);
          }
          expect(source).toBe(expected);
        }
      }
  }
}

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const REFERENCE = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));/;

/**
 * A source text with `&amp;` `&lt;` `&gt;` `&quot;` `&apos;` and numeric references decoded as HTML decodes
 * them, up to the first `&` this helper does not decode (`complete` false when it stopped there).
 */
function decodeReferences(text: string): { text: string; complete: boolean } {
  let out = "";
  let from = 0;
  for (;;) {
    const amp = text.indexOf("&", from);
    if (amp < 0) return { text: out + text.slice(from), complete: true };
    out += text.slice(from, amp);
    const m = REFERENCE.exec(text.slice(amp, amp + 12));
    const code = m?.[1] ? Number(m[1]) : m?.[2] ? Number.parseInt(m[2], 16) : undefined;
    const plain = code !== undefined && code >= 0x20 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    if (!m || (code !== undefined && !plain)) return { text: out, complete: false };
    out += m[3] ? NAMED_ENTITIES[m[3]]! : String.fromCodePoint(code!);
    from = amp + m[0].length;
  }
}
