/**
 * A data frame's missing values: pandas writes `nan` (or `NaN`, `None`, `<NA>`) and R writes `NA` in every
 * cell of a frame that was empty, when the frame is saved as text (`df.astype(str).to_csv()`, `write.csv`).
 * In such a file they stand where a sheet leaves a cell empty: in the padding of every record, in the slots a
 * merged cell covered, in a table's blank cells.
 */
import type { Diagnostic } from "../schema/common.js";
import type { CsvField, CsvRecord } from "./csv-records.js";

/** The missing values programs write, as written (case kept: `Nan` or `none` is no program's). */
const MISSING_WORDS: readonly string[] = ["nan", "NaN", "None", "<NA>", "NA", "NULL", "null"];

/** Whether a cell's text is a data frame's missing value as a program writes it (MISSING_WORDS). */
export const isMissingWord = (text: string): boolean => text.length <= 4 && MISSING_WORDS.includes(text);

/** The fewest fields holding one missing word for a file to read as a frame that wrote its empty cells so. */
const MIN_MISSING = 10;

/**
 * The records with every field holding the file's missing word made empty, when the file is a data frame that
 * wrote its empty cells as that word: one word (the most frequent of MISSING_WORDS) in at least MIN_MISSING
 * fields and in more fields than are empty. Returns the records as they are otherwise (a stray `None` in a
 * hand-made sheet stays text, `cell-not-a-number`), and, when it empties fields, a `frame-missing-values` info
 * at the first.
 */
export function withoutMissingWords(records: CsvRecord[]): { records: CsvRecord[]; diagnostic?: Diagnostic } {
  const counts = new Map<string, number>();
  let empty = 0;
  for (const record of records) {
    for (const field of record.fields) {
      if (field.text === "") empty++;
      else if (isMissingWord(field.text)) counts.set(field.text, (counts.get(field.text) ?? 0) + 1);
    }
  }
  let word = "";
  let most = 0;
  for (const [w, n] of counts) if (n > most) [word, most] = [w, n];
  if (most < MIN_MISSING || most <= empty) return { records };
  let first: CsvField | undefined;
  const out = records.map((record) => {
    if (!record.fields.some((f) => f.text === word)) return record;
    const fields = record.fields.map((f) => {
      if (f.text !== word) return f;
      first ??= f;
      return { ...f, text: "" };
    });
    return { start: record.start, fields };
  });
  const at = first as CsvField;
  return {
    records: out,
    diagnostic: {
      code: "frame-missing-values",
      severity: "info",
      message: `${most} fields hold 「${word}」, a data frame's missing value (the file was saved from one): each is read as an empty cell`,
      source: { line: at.line, column: at.column, offset: at.offset },
      text: word,
    },
  };
}
