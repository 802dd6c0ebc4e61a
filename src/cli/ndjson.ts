/** NDJSON lines the CLI writes. */

const LINE_SEPARATORS = /[\u2028\u2029]/g;

/**
 * One NDJSON line: the value's JSON text and a line feed. U+2028 and U+2029 (valid raw in JSON strings, but
 * line breaks to readers such as Python's `str.splitlines`) are written as the escapes `\u2028` and `\u2029`,
 * so a record is exactly one line to every reader.
 */
export function ndjsonLine(value: unknown): string {
  const json = JSON.stringify(value).replace(LINE_SEPARATORS, (ch) => (ch === "\u2028" ? "\\u2028" : "\\u2029"));
  return `${json}\n`;
}
