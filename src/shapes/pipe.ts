/** The pipe-shape reader (cells split by `|`, one table row per line). */
import type { Document } from "../document.js";
import { PIPE_SYNTAX, readDelimited } from "./delimited.js";

/** Box-drawing verticals (│ ┃ ║) that text renderings of HTML tables (w3m and the like) print as cell borders. */
const BOX_VERTICALS = /[\u2502\u2503\u2551]|(?<=^|[ \t\u3000])\u4e28(?=[ \t\u3000]|$)/gm;

/** A line that opens or closes with a cell border (`|`, a box vertical or 丨). */
const ROW_EDGE = /^[ \t\u3000]*[|\u2502\u2503\u2551\u4e28]|[|\u2502\u2503\u2551\u4e28][ \t\u3000\r]*$/;
/** The box verticals alone (not 丨), borders on any line. */
const BOX_ONLY = /[\u2502\u2503\u2551]/g;

/** A full-width ｜ (U+FF5C) or a broken bar ¦ (U+00A6), typed for `|` by IMEs and editors. */
const BAR = /[\uff5c\u00a6]/;
const BARS = /[\uff5c\u00a6]/g;
/** Any border other than `|`: a box vertical, 丨 between spaces, ｜ or ¦. */
const ANY_BORDER = /[\u2502\u2503\u2551\uff5c\u00a6]|(?<=^|[ \t\u3000])\u4e28(?=[ \t\u3000]|$)/m;
/** The characters ANY_BORDER starts with (a class without lookarounds: V8 skips to them natively, 8× faster). */
const BORDER_CHARS = /[\u2502\u2503\u2551\uff5c\u00a6\u4e28]/;
/** A line that opens or closes with ｜ or ¦. */
const BAR_EDGE = /^[ \t\u3000]*[\uff5c\u00a6]|[\uff5c\u00a6][ \t\u3000\r]*$/;

/**
 * Whether ｜ and ¦ are the cell borders of a line: it holds no `|` (where `|` separates cells, a ｜ is
 * text: the pipe writer puts it for a `|` in a cell or in prose) and opens or closes with one.
 */
function barRow(line: string): boolean {
  return !line.includes("|") && BAR_EDGE.test(line);
}

/**
 * Reads pipe-shaped text: a line containing `|` is a table row split on `|` (one empty cell made by an
 * outer pipe dropped at each end, `||` runs kept as empty cells); other lines are text blocks. Box-drawing
 * verticals (│ ┃ ║) separate cells as `|` does; border lines (┌─┬─┐ …) hold none and stay text. A full-width
 * ｜ or a broken bar ¦ separates cells on a line without `|` that opens or closes with one.
 */
export function readPipe(text: string): Document {
  // One scan for nearly every text: no border character at all.
  if (!BORDER_CHARS.test(text) || !ANY_BORDER.test(text)) return readDelimited(text, PIPE_SYNTAX);
  // Each vertical is one code unit, as `|` is: the rows are split from the replaced copy, positions hold.
  // 丨 is a border only on a row line (one opening or closing with a border): in prose it is a separator.
  const bars = BAR.test(text);
  const replaced = text.replace(/[^\n]*/g, (line) => {
    const boxed = ROW_EDGE.test(line) ? line.replace(BOX_VERTICALS, "|") : line.replace(BOX_ONLY, "|");
    return bars && barRow(line) ? boxed.replace(BARS, "|") : boxed;
  });
  return readDelimited(text, PIPE_SYNTAX, replaced);
}
