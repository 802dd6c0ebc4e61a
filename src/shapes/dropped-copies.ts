/**
 * The tables a reader left out as copies of an earlier one (a page's responsive copy, `table-duplicate`), kept
 * beside the document (keyed by it, so the Document's shape stays unchanged): a file holding several reports
 * may print the same table in two of them (all-zero Tables 四), and each report needs its own.
 */
import type { Document, TableBlock } from "../document.js";

const COPIES = new WeakMap<Document, readonly TableBlock[]>();

/** Records the tables left out of a document as copies of earlier ones, in document order. */
export function recordCopies(document: Document, copies: readonly TableBlock[]): void {
  COPIES.set(document, copies);
}

/** The tables left out of a document as copies of earlier ones (none when the reader recorded none). */
export function tableCopies(document: Document): readonly TableBlock[] {
  return COPIES.get(document) ?? [];
}
