/**
 * The diagnostics of the HTML reader: a page nested too deep for one parser, and hidden tables left out of a
 * reading (with what was left out).
 */
import type { Diagnostic } from "../schema/common.js";
import type { Locator } from "./positions.js";

/**
 * The hidden tables a read skipped: how many, their cells (`<td>`/`<th>` tags), and the offset of the first
 * hidden element holding one (-1: none).
 */
export interface HiddenTables {
  tables: number;
  cells: number;
  first: number;
}

/** The deepest nesting of elements read with one parser (see addHtml). */
export const MAX_NESTING = 1000;

/** The warning for a page nested deeper than MAX_NESTING elements, at the tag where it went deeper. */
export function nestingTooDeep(locator: Locator, offset: number): Diagnostic {
  const { line, column } = locator.point(offset);
  return {
    code: "html-nesting-too-deep",
    severity: "warning",
    message: `Elements are nested more than ${MAX_NESTING} deep; the page is read on from here as if the elements open so far were closed`,
    source: { line, column, offset },
  };
}

/** The diagnostic code of a reading that left hidden tables out (parseReport then weighs a whole reading). */
export const HIDDEN_SKIPPED = "html-hidden-skipped";

/** The note that hidden tables were left out, at the first hidden element holding one. */
export function hiddenTablesSkipped(locator: Locator, hidden: HiddenTables): Diagnostic {
  const { line, column } = locator.point(hidden.first);
  return {
    // Written out (not HIDDEN_SKIPPED): the reference of diagnostic codes is read off the literals in src/.
    code: "html-hidden-skipped",
    severity: "info",
    message: `${hidden.tables} table(s) inside hidden elements (display: none or the hidden attribute) were not read: the page recognises as much without them, and a hidden copy may hold other values`,
    source: { line, column, offset: hidden.first },
  };
}
