/**
 * The signature (落款) a PDF or document converter prints right under a legacy table — the issuing body's name and the
 * report date, each on a line of its own (昆明市卫生局 / 2014年1月31日) — is read by the table as two label-only rows.
 * They are no rows of the table: dropped from its end, the report's signature and date stay readable.
 */
import type { LegacyRawRow } from "./legacy-grid.js";

/** A date and nothing else: 2014年1月31日, 2014-01-31, 2014.1.31 (its spaces removed: `2 0 1 4 年 1 月 3 1 日`). */
const DATE_ONLY = /^\d{4}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-./]\d{1,2}[-./]\d{1,2})$/;
/** The longest text read as the issuing body's name above the date. */
const ORG_MAX_LENGTH = 30;

/** Whether a raw row holds a label and nothing else: no unit, no value, no remark, no value column. */
function isLabelOnly(row: LegacyRawRow): boolean {
  return (
    row.cell.status === "blank" &&
    row.cell.raw === "" &&
    row.unit === null &&
    row.remark === null &&
    row.column === null
  );
}

/**
 * The rows without the signature at their end: a last label-only row that is a date alone, and the label-only row
 * above it when it is short text (the body's name, no digit in it). The rows as they are when the last is no date.
 */
export function withoutTrailingSignature(rows: LegacyRawRow[]): LegacyRawRow[] {
  const last = rows[rows.length - 1];
  if (last === undefined || !isLabelOnly(last) || !DATE_ONLY.test(last.label.normalize("NFKC").replace(/\s+/g, "")))
    return rows;
  let keep = rows.length - 1;
  const above = rows[keep - 1];
  if (above !== undefined && isLabelOnly(above) && above.label.length <= ORG_MAX_LENGTH && !/\d/.test(above.label))
    keep--;
  return rows.slice(0, keep);
}
