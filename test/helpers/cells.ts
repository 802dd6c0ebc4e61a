/**
 * The one set of cell builders for hand-built reports in the tests (diff, render, validate, normalize): a cell
 * read from its printed text the way the parser reads it, a number cell, and Table 三's applicant columns.
 */
import { readCellValue } from "../../src/recognize/cell-value.js";
import type { Cell } from "../../src/schema/common.js";

/** Where a built cell claims to stand (defaults: line 1, column 1, offset 0). */
export interface CellAt {
  line?: number;
  column?: number;
  offset?: number;
}

/** A cell read from its printed text (a number is printed with String) with readCellValue: value, status, unit. */
export function textCell(raw: string | number, at: CellAt = {}): Cell {
  const text = String(raw);
  const reading = readCellValue(text);
  const source = { line: at.line ?? 1, column: at.column ?? 1, offset: at.offset ?? 0 };
  const cell: Cell =
    reading.status === "number"
      ? { raw: text, value: reading.value, status: "number", source }
      : { raw: text, value: null, status: reading.status, source };
  if (reading.unit) cell.unit = reading.unit;
  return cell;
}

/** A number cell as the parser produces it for a printed integer or decimal. */
export function numberCell(value: number, line = 1, column = 1): Cell {
  return { raw: String(value), value, status: "number", source: { line, column, offset: 0 } };
}

/** Table 三's six applicant columns, left to right (without 总计). */
export const APPLICANTS = [
  "natural_person",
  "commercial_enterprise",
  "research_institution",
  "social_welfare_org",
  "legal_service_org",
  "other_org",
] as const;

/** Table 三's seven columns as printed: the six applicants, then 总计 (`total`). */
export const APPLICANT_COLUMNS = [...APPLICANTS, "total"] as const;
