/** The tab-shape reader (cells split by tabs, one table row per line). */
import type { Document } from "../document.js";
import { readDelimited, TAB_SYNTAX } from "./delimited.js";

/**
 * Reads tab-shaped text: a line with at least one tab is a table row split on tabs (empty cells kept,
 * leading ones included: they carry the row hierarchy); other lines are text blocks.
 */
export function readTab(text: string): Document {
  return readDelimited(text, TAB_SYNTAX);
}
