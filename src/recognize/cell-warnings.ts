/**
 * The warnings a table cell of status `text` gets where a number was expected: a number with a footnote mark,
 * a count in Chinese numerals, a spreadsheet's error value, digits after a leading 0, a number in scientific notation or in brackets, or digits that do not read as a number
 * (OCR look-alikes, a split decimal point).
 */
import type { Cell, Diagnostic } from "../schema/common.js";
import { cellReading, isChineseNumeralValue, isMarkedNumber } from "./cell-value.js";
import { isStackedNumbers } from "./number-runs.js";
import { diagnostic } from "./reading.js";
import { isMachineValue } from "./row-values.js";
import { isZeroPaddedNumber } from "./zero-padded.js";

/** A cell text of digits (or OCR look-alikes O o l I) with spaces, separators or one misread letter. */
const NUMBER_LIKE = /^[\s+\-.,]*(?=[^\s]*\d|[OolI]+$)[\dOolI][\dOolI\s.,]*$/;

/** A number in scientific notation (4.47E+05): a spreadsheet's display of a number wider than its column. */
const SCIENTIFIC = /^[+-]?\d+(?:\.\d+)?[eE][+-]?\d+$/;
/** A number in brackets ((3)), an accounting format's negative or a number noted aside, or with a list mark (1、). */
const BRACKETED = /^\(\s*[+-]?[\d.,]+\s*\)$|^\d+\s*、$/;

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
  if (isMachineValue(cell.raw))
    return diagnostic(
      "cell-not-a-number",
      "warning",
      `Cell 「${cell.raw}」 is a spreadsheet's error value (a formula that failed) or a data frame's missing value; kept as text`,
      cell.source,
      data,
    );
  if (isStackedNumbers(cell.raw))
    return diagnostic(
      "cell-not-a-number",
      "warning",
      `Cell 「${cell.raw.replaceAll("\n", " / ")}」 holds numbers on several lines (two rows an extractor merged, or a number wrapped in its cell); kept as text`,
      cell.source,
      data,
    );
  if (isZeroPaddedNumber(cell.raw) && cellReading(cell.raw).status === "number")
    return diagnostic(
      "cell-not-a-number",
      "warning",
      `Cell 「${cell.raw}」 is digits after a leading 0, as no count is written: a row's values run together (a PDF library joined them without spaces); kept as text`,
      cell.source,
      data,
    );
  const nfkc = cell.raw.normalize("NFKC").trim();
  if (SCIENTIFIC.test(nfkc))
    return diagnostic(
      "cell-not-a-number",
      "warning",
      `Cell 「${cell.raw}」 is a number in scientific notation, as a spreadsheet prints one too wide for its column (its digits rounded); kept as text`,
      cell.source,
      data,
    );
  if (BRACKETED.test(nfkc))
    return diagnostic(
      "cell-not-a-number",
      "warning",
      `Cell 「${cell.raw}」 is a number in brackets (an accounting format's negative, or a note) or with a list mark; kept as text`,
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
