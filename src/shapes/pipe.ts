/** The pipe-shape reader (cells split by `|`, one table row per line). */
import type { Document } from "../document.js";
import { PIPE_SYNTAX, readDelimited } from "./delimited.js";

/**
 * Reads pipe-shaped text: a line containing `|` is a table row split on `|` (one empty cell made by an
 * outer pipe dropped at each end, `||` runs kept as empty cells); other lines are text blocks.
 */
export function readPipe(text: string): Document {
  return readDelimited(text, PIPE_SYNTAX);
}
