/** The tab-shape reader (cells split by tabs, one table row per line). */
import type { Document } from "../document.js";
import { readDelimited, TAB_SYNTAX } from "./delimited.js";
import { readWordBoxes } from "./word-boxes.js";

/**
 * Reads tab-shaped text: a line with at least one tab is a table row split on tabs (empty cells kept,
 * leading ones included: they carry the row hierarchy); other lines are text blocks. pdftotext's `-tsv`
 * output (a row a word with its box's coordinates) is read as its words' lines instead (word-boxes.ts).
 */
export function readTab(text: string): Document {
  return readWordBoxes(text) ?? readDelimited(text, TAB_SYNTAX);
}
