/**
 * The CSV-shape reader: comma-separated records (csv-records.ts) as Excel, WPS and LibreOffice export a
 * sheet and tabula or camelot extract a PDF's tables. A record of two or more filled fields is a table row;
 * consecutive rows form one table (blank records and page furniture between rows do not end it). A
 * spreadsheet pads every record to the sheet's width, so a record with one filled field is a title, a
 * heading or a line of prose, unless a row follows it (a block header such as 第二十条第（一）项, or a
 * heading printed inside the sheet): then it is a one-cell row.
 */
import type { Document, GridCell, Point } from "../document.js";
import { DocumentBuilder } from "./builder.js";
import { type CsvField, type CsvRecord, csvRecords } from "./csv-records.js";
import { spansFromDuplicates } from "./duplicated-spans.js";
import { withoutMissingWords } from "./frame-missing.js";
import { Locator } from "./positions.js";
import { isPageFurniture } from "./source-lines.js";

/** The most characters a one-cell row's text has: a longer one (or a sentence) is prose. */
const MAX_CELL_LINE = 40;

/** Whether a record's only filled field reads as prose: long, or a sentence ending in 。；！？ */
const isProse = (text: string): boolean => text.length > MAX_CELL_LINE || /[。；;！？!?]$/.test(text);

/** How many of a record's fields are filled; a page number alone (page furniture) counts as none. */
function filledFields(record: CsvRecord): number {
  let filled = 0;
  for (const field of record.fields) if (field.text !== "") filled++;
  if (filled === 1 && record.fields.length === 1 && isPageFurniture(record.fields[0]?.text ?? "")) return 0;
  return filled;
}

/** The record's only filled field. */
const onlyFilled = (record: CsvRecord): CsvField | undefined => record.fields.find((f) => f.text !== "");

/** Where a field's text starts. */
const pointOf = (field: CsvField): Point => ({ line: field.line, column: field.column, offset: field.offset });

/** The record's fields as grid cells. */
function rowCells(record: CsvRecord): GridCell[] {
  return record.fields.map((field) => ({
    text: field.text,
    position: pointOf(field),
    rowSpan: 1,
    colSpan: 1,
    anchor: true,
  }));
}

/** Whether a record may be a one-cell row: one filled field of several, not prose. */
const mayBeOneCellRow = (record: CsvRecord, filled: number): boolean =>
  filled === 1 && record.fields.length >= 2 && !isProse(onlyFilled(record)?.text ?? "");

/** For each record, whether the next record with a filled field is a row (two or more filled): one pass from the end. */
function rowFollows(filled: readonly number[]): Uint8Array {
  const follows = new Uint8Array(filled.length);
  let next = 0;
  for (let k = filled.length - 1; k >= 0; k--) {
    follows[k] = next;
    const n = filled[k] as number;
    if (n > 0) next = n >= 2 ? 1 : 0;
  }
  return follows;
}

/** Whether three fields or more are 0, 1, 2 … (a data frame's column numbers, as pandas writes them). */
function numbered(fields: readonly CsvField[]): boolean {
  for (let k = 0; k < fields.length; k++) if (fields[k]?.text !== String(k)) return false;
  return fields.length >= 3;
}

/** A column name pandas makes up for a column without one (a sheet's empty header cell). */
const UNNAMED = /^Unnamed: \d+$/;

/**
 * The records as a data frame's CSV (pandas' `to_csv()`) holds them, without what pandas adds: the index column
 * (0, 1, 2 … down the first field of every record, under a header record whose first field is empty), a header
 * of column numbers (0, 1, 2 …: a frame read without column names), and the names it makes up for a header's
 * empty cells (Unnamed: 3, when a sheet's first row was read as the header). The records as they are otherwise.
 */
function withoutFrameArtifacts(records: CsvRecord[]): CsvRecord[] {
  const head = records[0];
  if (head === undefined) return records;
  const headed = head.fields[0]?.text === "";
  const body = headed ? records.slice(1) : records;
  let indexed = body.length >= 3;
  for (let k = 0; k < body.length && indexed; k++) {
    const fields = (body[k] as CsvRecord).fields;
    indexed = fields.length >= 2 && fields[0]?.text === String(k);
  }
  // Nearly every file: nothing pandas added.
  if (!indexed && !numbered(head.fields) && !head.fields.some((f) => UNNAMED.test(f.text))) return records;
  const out = indexed ? records.map((r) => ({ start: r.start, fields: r.fields.slice(1) })) : records.slice();
  const header = out[0] as CsvRecord;
  if (numbered(header.fields)) out.shift();
  else {
    const fields = header.fields.map((f) => (UNNAMED.test(f.text) ? { ...f, text: "" } : f));
    out[0] = { start: header.start, fields };
  }
  return out;
}

/**
 * Reads comma-separated text into a Document. Cells keep the input position of their text (inside the
 * quotes of a quoted field); a quoted field's line breaks stay in its cell's text as `\n`. Inside a table
 * (rows read since the last text), a record of empty fields is a row of blank cells and a short one-cell
 * record a row, as in the tab shape; before one, a short one-cell record is a row when a row follows it
 * (a block header such as 第二十条第（一）项, or a heading printed above the table). A data frame's index column
 * (pandas) is left out, and so are the missing values it writes in empty cells (`nan`: frame-missing.ts); merged
 * cells filled in every slot are made one spanning cell again (duplicated-spans.ts).
 */
export function readCsv(text: string): Document {
  const locator = new Locator(text);
  const builder = new DocumentBuilder("csv", text, locator);
  const frame = withoutMissingWords(withoutFrameArtifacts(csvRecords(text)));
  const records = frame.records;
  if (frame.diagnostic) builder.diagnostic(frame.diagnostic);
  const filled = records.map(filledFields);
  const follows = rowFollows(filled);
  let rows: GridCell[][] = [];
  const flush = (): void => {
    // A sheet whose merged cells were filled (unmerged, each slot given the text: WPS, a data frame's ffill).
    spansFromDuplicates(rows);
    if (rows.length > 0) builder.addTable(rows, true);
    rows = [];
  };
  for (let k = 0; k < records.length; k++) {
    const record = records[k] as CsvRecord;
    const n = filled[k] as number;
    const inTable = rows.length > 0;
    if (n === 0) {
      if (inTable && record.fields.length >= 2) rows.push(rowCells(record));
      continue;
    }
    if (n >= 2 || (mayBeOneCellRow(record, n) && (inTable || follows[k] === 1))) {
      rows.push(rowCells(record));
      continue;
    }
    flush();
    const field = onlyFilled(record);
    if (field) builder.addText(field.text, pointOf(field));
  }
  flush();
  return builder.build();
}
