/** TSV and CSV line writers for tabular CLI output. */

import { csvField } from "../render/text-escape.js";

/** The delimited formats the CLI writes. */
export type DelimitedFormat = "tsv" | "csv";

/** A value of one column: written as-is (numbers in JavaScript notation), null/undefined as empty. */
export type DelimitedValue = string | number | boolean | null | undefined;

const TSV_ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

/**
 * Escapes one TSV field: backslash, tab, newline and carriage return become `\\`, `\t`, `\n`, `\r` (the
 * one TSV escaping of the package: parse's rows and `toDelimited`'s normalized rows both use it).
 */
export function tsvField(text: string): string {
  return text.replace(/[\\\t\n\r]/g, (ch) => TSV_ESCAPES[ch] ?? ch);
}

/** Formats one row as a TSV or CSV line, with its line ending (`\n` for TSV, `\r\n` for CSV, RFC 4180). */
export function delimitedLine(values: readonly DelimitedValue[], format: DelimitedFormat): string {
  const fields = values.map((v) => (v === null || v === undefined ? "" : String(v)));
  return format === "tsv" ? `${fields.map(tsvField).join("\t")}\n` : `${fields.map(csvField).join(",")}\r\n`;
}
