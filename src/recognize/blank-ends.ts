/**
 * Values read a cell per line (no grid columns) one or more too many, blank at both ends: which blanks go is a
 * guess. fitValues (reading.ts) drops the leading ones (a blank cell printed before the values), but an empty
 * paragraph after a table reads as a blank value too (`&nbsp;` in a page's text, shapes/blank-cell-conventions.ts).
 * The trailing ones go instead when that breaks fewer of the sums the caller knows (a table's identities, a row's
 * total); either way the guess is warned (`row-extra-values`): few filled cells may hold a sum by chance.
 */
import type { Diagnostic } from "../schema/common.js";
import type { Token } from "./lines.js";
import { diagnostic } from "./reading.js";

/** Whether a token is a blank value (absent: no). */
export function isBlank(token: Token | undefined): boolean {
  return token?.kind === "value" && token.reading.status === "blank";
}

/** Whether values are more than `count`, blank at both ends: the only values `blankEnds` decides (a cheap test). */
export function blankAtBothEnds(values: readonly Token[], count: number): boolean {
  return values.length > count && isBlank(values[0]) && isBlank(values.at(-1));
}

/** What a table or row reader says of its values for `blankEnds`. */
export interface BlankEndsSubject {
  /** How the warning names what was read: `Table 四`, `Row 三、四、结转下年度继续办理`. */
  name: string;
  /** What its places are called: `cells` (a table), `columns` (a row). */
  places: string;
  /** The sums in the warning, with their verb: `the table's sums hold`, `the row's total holds`. */
  sums: string;
  /** How many of the sums some values (in order, from the first place) break. */
  misses: (values: readonly Token[]) => number;
}

/**
 * The values with the blanks at one end dropped, and its warning; null when the values are not more than `count`
 * with blanks at both ends (or the trailing blanks are not as many as the values too many). Values a cell per
 * line are always decided (and warned). Values of a grid's columns only with `inGrid` and only when the sums
 * say the trailing ones go (a converter padding a short row at its end: node-html-markdown writes
 * `| 3.要求提供公开出版物 | | 3 | | 0 | | 1 | 4 | |`); else null, and fitValues drops the blanks of the grid's
 * empty columns, then the leading ones (a label spanning two columns leaves an empty cell after it).
 */
export function blankEnds(
  values: readonly Token[],
  count: number,
  subject: BlankEndsSubject,
  inGrid = false,
): { values: readonly Token[]; warning: Diagnostic } | null {
  if (!blankAtBothEnds(values, count)) return null;
  const grid = values.some((t) => (t.source.col ?? 0) > 0);
  if (grid && !inGrid) return null;
  const trailing = values.slice();
  while (trailing.length > count && isBlank(trailing.at(-1))) trailing.pop();
  if (trailing.length !== count) return null;
  const leading = values.slice();
  while (leading.length > count && isBlank(leading[0])) leading.shift();
  const lastGo = subject.misses(trailing) < subject.misses(leading);
  if (grid && !lastGo) return null;
  const gone = lastGo ? values.slice(count) : values.slice(0, values.length - leading.length);
  const which = lastGo ? `the last, as ${subject.sums} better so` : "the first";
  const warning = diagnostic(
    "row-extra-values",
    "warning",
    `${subject.name} has ${values.length} values for its ${count} ${subject.places}, blank ones first and last (${grid ? "a cell padding the row?" : "an empty paragraph before or after the table, read as a cell?"}): ${gone.length} blank value(s) dropped, ${which}; if that was the wrong end, every value is a cell off`,
    gone[0]!.source,
  );
  return { values: lastGo ? trailing : values, warning };
}
