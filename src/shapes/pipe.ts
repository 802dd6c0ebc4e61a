/** The pipe-shape reader (cells split by `|`, one table row per line). */
import type { Document } from "../document.js";
import { PIPE_SYNTAX, readDelimited } from "./delimited.js";

/** Box-drawing verticals (│ ┃ ║) that text renderings of HTML tables (w3m and the like) print as cell borders. */
const BOX_VERTICALS = /[\u2502\u2503\u2551]|(?<=^|[ \t\u3000])\u4e28(?=[ \t\u3000]|$)/gm;

/** A line that opens or closes with a cell border (`|`, a box vertical or 丨). */
const ROW_EDGE = /^[ \t\u3000]*[|\u2502\u2503\u2551\u4e28]|[|\u2502\u2503\u2551\u4e28][ \t\u3000\r]*$/;
/** The box verticals alone (not 丨), borders on any line. */
const BOX_ONLY = /[\u2502\u2503\u2551]/g;

/**
 * Reads pipe-shaped text: a line containing `|` is a table row split on `|` (one empty cell made by an
 * outer pipe dropped at each end, `||` runs kept as empty cells); other lines are text blocks. Box-drawing
 * verticals (│ ┃ ║) separate cells as `|` does; border lines (┌─┬─┐ …) hold none and stay text.
 */
export function readPipe(text: string): Document {
  BOX_VERTICALS.lastIndex = 0;
  if (!BOX_VERTICALS.test(text)) return readDelimited(text, PIPE_SYNTAX);
  // Each vertical is one code unit, as `|` is: the rows are split from the replaced copy, positions hold.
  // 丨 is a border only on a row line (one opening or closing with a border): in prose it is a separator.
  const replaced = text.replace(/[^\n]*/g, (line) =>
    ROW_EDGE.test(line) ? line.replace(BOX_VERTICALS, "|") : line.replace(BOX_ONLY, "|"),
  );
  return readDelimited(text, PIPE_SYNTAX, replaced);
}
