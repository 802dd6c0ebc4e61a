/**
 * The warnings a table cell of status `text` gets where a number was expected: a number with a footnote mark,
 * a count in Chinese numerals, or digits that do not read as a number (OCR look-alikes, a split decimal point).
 */
import type { Cell, Diagnostic } from "../schema/common.js";
import { isChineseNumeralValue, isMarkedNumber } from "./cell-value.js";
import { diagnostic } from "./reading.js";

/** A cell text of digits (or OCR look-alikes O o l I) with spaces, separators or one misread letter. */
const NUMBER_LIKE = /^[\s+\-.,]*(?=[^\s]*\d|[OolI]+$)[\dOolI][\dOolI\s.,]*$/;

/** The warning for a table cell read into field `field`, when it is text that looks like a number; else undefined. */
export function textCellWarning(cell: Cell, field: string): Diagnostic | undefined {
  if (cell.status !== "text") return undefined;
  const data = { text: cell.raw, field };
  if (isMarkedNumber(cell.raw))
    return diagnostic(
      "cell-footnote-mark",
      "warning",
      `Cell 「${cell.raw}」 is a number with a footnote mark; kept as text, its identities unverified`,
      cell.source,
      data,
    );
  if (isChineseNumeralValue(cell.raw))
    return diagnostic(
      "cell-not-a-number",
      "warning",
      `Cell 「${cell.raw}」 is a count in Chinese numerals; a statistics table states Arabic digits, so it is kept as text`,
      cell.source,
      data,
    );
  if (NUMBER_LIKE.test(cell.raw.normalize("NFKC")))
    return diagnostic(
      "cell-not-a-number",
      "warning",
      `Cell 「${cell.raw}」 looks like a number but does not read as one (OCR look-alikes, a split or dropped decimal point); kept as text`,
      cell.source,
      data,
    );
  return undefined;
}
