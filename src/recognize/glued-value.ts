/**
 * A number glued to the end of a row's label, its cell border dropped by OCR or copy-paste (`| 行政强制2 |  |`,
 * `| 2.其他法律行政法规禁止公开0 | 0 | …`): the row's first value, not part of the label the row matched by.
 */
import { isSpaceCode } from "../shapes/source-lines.js";
import type { Token } from "./lines.js";
import { valuePart } from "./number-runs.js";
import type { LabelledRun } from "./rows.js";

/** Whether a run's label ends in a digit or an OCR look-alike of one (O o l I): only then can a number be glued to it. */
export function mayEndInNumber(run: LabelledRun): boolean {
  const raw = run.texts.at(-1)?.raw;
  if (raw === undefined) return false;
  let end = raw.length - 1;
  while (end >= 0 && isSpaceCode(raw.charCodeAt(end))) end--;
  const c = raw.charCodeAt(end);
  // ASCII and full-width digits, O o l I.
  return (
    (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19) || c === 0x4f || c === 0x6f || c === 0x6c || c === 0x49
  );
}

/** A number glued to the end of a row's label (`行政强制2`, `…禁止公开0`, OCR `l0`): the row's first value. */
const GLUED_NUMBER = /^(?=.*\d)[\dOolI]+(?:\.[\dOolI]+)?$/;

/**
 * The run's values, led by the number glued to its label when the label matched with that number as its
 * tail (OCR and copy-paste drop the cell border): read as the row's first value, not dropped with the label.
 */
export function withGluedValue(run: LabelledRun, tail: string): readonly Token[] {
  const last = run.texts.at(-1);
  if (!last || !GLUED_NUMBER.test(tail) || !last.raw.normalize("NFKC").trimEnd().endsWith(tail)) return run.values;
  // The raw text keeps its printed form (full-width digits) and is read as written (text for OCR letters).
  const trimmed = last.raw.trimEnd();
  const at = trimmed.length - tail.length;
  const token = valuePart(last, at, trimmed.slice(at));
  return [token, ...run.values];
}
