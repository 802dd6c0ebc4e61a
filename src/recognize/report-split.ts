/**
 * A file holding several reports split into one Document per report, at the starts `reportStarts` finds (a
 * page printing several years' reports, the text of two PDFs joined): each block goes to the report it
 * starts in, and a text block holding a report's start (a title inside a paragraph) is cut there.
 */
import type { Block, Document, Point, TableBlock, TextBlock } from "../document.js";
import type { Diagnostic } from "../schema/common.js";
import { tableCopies } from "../shapes/dropped-copies.js";
import { recordedOffsets, recordOffsets } from "../shapes/offsets.js";
import { Points } from "./line-tokens.js";
import { documentLines, type Line } from "./lines.js";
import { type ReportStart, reportStarts } from "./report-starts.js";

/**
 * The documents of the reports a document holds, in order: the document itself when it holds one. Each has
 * the blocks from its report's first line to the next report's, and the reader's diagnostics that stand in
 * them (those without a position go with the first); positions stay those of the whole input.
 */
export function reportDocuments(document: Document): Document[] {
  const lines = documentLines(document);
  return splitDocument(document, lines, reportStarts(lines));
}

/** `reportDocuments` with the document's lines and report starts already found. */
export function splitDocument(document: Document, lines: readonly Line[], starts: readonly ReportStart[]): Document[] {
  if (starts.length === 0) return [document];
  const cuts = starts.map((s) => lines[s.line]!.source.offset);
  const parts: Block[][] = [[], ...cuts.map((): Block[] => [])];
  const points = new Points(document.text);
  for (const block of document.blocks) {
    let k = segmentOf(block.position.offset, cuts);
    if (block.kind === "table") {
      parts[k]!.push(block);
      continue;
    }
    let rest: TextBlock = block;
    for (; k < cuts.length; k++) {
      const at = indexAt(rest, cuts[k]!, points);
      if (at === null) break;
      const head = rest.text.slice(0, at).trimEnd();
      if (head !== "") parts[k]!.push({ ...rest, text: head });
      rest = tailOf(rest, at, points);
    }
    parts[k]!.push(rest);
  }
  // A table the reader left out as a copy of an earlier one goes back into its report when that report has no
  // table like it (two reports printing the same all-zero Table 四).
  for (const copy of tableCopies(document)) {
    const part = parts[segmentOf(copy.position.offset, cuts)]!;
    if (part.some((b) => b.kind === "table" && sameTexts(b, copy))) continue;
    part.push(copy);
    part.sort((a, b) => a.position.offset - b.position.offset);
  }
  const diagnostics: Diagnostic[][] = parts.map(() => []);
  for (const d of document.diagnostics ?? []) diagnostics[d.source ? segmentOf(d.source.offset, cuts) : 0]!.push(d);
  return parts.map((blocks, k) => {
    const part: Document = { shape: document.shape, blocks, text: document.text };
    if (diagnostics[k]!.length > 0) part.diagnostics = diagnostics[k];
    return part;
  });
}

/** Whether two tables hold the same texts in the same grid. */
function sameTexts(a: TableBlock, b: TableBlock): boolean {
  if (a.rows.length !== b.rows.length) return false;
  return a.rows.every((row, r) => {
    const other = b.rows[r]!;
    return row.length === other.length && row.every((cell, c) => cell.text === other[c]!.text);
  });
}

/** The index of the report an input offset falls in: how many cuts (ascending) are at or before it. */
function segmentOf(offset: number, cuts: readonly number[]): number {
  // Binary search: a file of 32,000 reports has as many cuts, and every block is placed.
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cuts[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of a text block's character at input offset `cut`, when the cut falls inside the block (not at its start). */
function indexAt(block: TextBlock, cut: number, points: Points): number | null {
  if (cut <= block.position.offset) return null;
  const recorded = recordedOffsets(block.position);
  if (recorded === undefined) {
    const at = cut - block.position.offset;
    return at < block.text.length ? at : null;
  }
  const at = recorded.findIndex((offset) => offset >= cut);
  return at > 0 && at < block.text.length && points.at(block.position, block.text, at).offset === cut ? at : null;
}

/** The part of a text block from character `at` on, as a block of its own starting there. */
function tailOf(block: TextBlock, at: number, points: Points): TextBlock {
  const position: Point = { ...points.at(block.position, block.text, at) };
  const recorded = recordedOffsets(block.position);
  if (recorded !== undefined) recordOffsets(position, recorded.slice(at));
  const tail: TextBlock = { kind: "text", text: block.text.slice(at), position };
  if (block.depth !== undefined) tail.depth = block.depth;
  return tail;
}
