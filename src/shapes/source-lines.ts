/**
 * Line-level helpers shared by the shape readers: splitting a text into lines with their offsets,
 * trimming a span to its visible text, recognising page furniture (page numbers left by PDF extraction)
 * and splitting a delimited line into grid cells.
 */
import type { GridCell } from "../document.js";
import type { Locator } from "./positions.js";

/** One line of the input, without its line break. */
export interface SourceLine {
  /** The line's text (line break excluded; form feeds and other characters kept). */
  text: string;
  /** 0-based offset of the line's first character in the input. */
  start: number;
  /** 1-based line number. */
  number: number;
}

/** Splits a text into lines (`\r\n`, `\n` or `\r` end a line), keeping each line's offset. */
export function sourceLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  let number = 1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 13) continue;
    lines.push({ text: text.slice(start, i), start, number: number++ });
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  if (start < text.length) lines.push({ text: text.slice(start), start, number });
  return lines;
}

/** A trimmed piece of the input: its text and the offset of its first character. */
export interface Span {
  /** The trimmed text. */
  text: string;
  /** 0-based offset in the input of the first non-space character (of the span start when empty). */
  offset: number;
}

/** True for the UTF-16 code units that JavaScript's `\s` matches (incl. U+3000, U+00A0, BOM, form feed). */
export function isSpaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Trims `text.slice(start, end)` of whitespace (incl. full-width spaces, BOM, form feeds), keeping its offset. */
export function trimSpan(text: string, start: number, end: number): Span {
  let a = start;
  let b = end;
  while (a < b && isSpaceCode(text.charCodeAt(a))) a++;
  while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b--;
  return { text: text.slice(a, b), offset: a === b ? start : a };
}

/** True when the line holds only whitespace. */
export function isBlank(line: string): boolean {
  return line.trim() === "";
}

const PAGE_FURNITURE = [
  /^[-—–－─]+\s*\d{1,4}\s*[-—–－─]+$/u,
  /^第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?$/u,
  /^(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/iu,
  /^\d{1,4}\s*\/\s*\d{1,4}$/u,
];

/**
 * True when the line is page furniture left by PDF extraction: a page number such as `- 3 -`, `-3-`,
 * `— 3 —`, `第 3 页`, `第3页 共9页`, `Page 3 of 9`, possibly preceded by a form feed.
 */
export function isPageFurniture(line: string): boolean {
  const t = line.trim();
  if (t === "") return false;
  return PAGE_FURNITURE.some((re) => re.test(t));
}

/** True when the line is blank or page furniture (a line readers skip). */
export function isSkippable(line: string): boolean {
  return isBlank(line) || isPageFurniture(line);
}

/** Makes a 1×1 grid cell at an offset. */
export function gridCell(text: string, offset: number, locator: Locator): GridCell {
  return { text, position: locator.point(offset), rowSpan: 1, colSpan: 1, anchor: true };
}

/**
 * Splits one line on a single-character delimiter into trimmed grid cells (every delimiter yields a
 * boundary, so runs of delimiters give empty cells). With `outer`, one empty cell produced by a leading
 * or trailing delimiter is dropped (as for `| a | b |`).
 */
export function splitDelimited(line: SourceLine, delimiter: string, locator: Locator, outer: boolean): GridCell[] {
  const cells: GridCell[] = [];
  const text = line.text;
  let from = 0;
  const spans: Span[] = [];
  for (;;) {
    const at = text.indexOf(delimiter, from);
    const end = at === -1 ? text.length : at;
    const span = trimSpan(text, from, end);
    spans.push({ text: span.text, offset: line.start + span.offset });
    if (at === -1) break;
    from = at + delimiter.length;
  }
  if (outer && spans.length > 1) {
    if (spans[0]?.text === "" && text.trimStart().startsWith(delimiter)) spans.shift();
    if (spans.length > 1 && spans[spans.length - 1]?.text === "" && text.trimEnd().endsWith(delimiter)) spans.pop();
  }
  for (const span of spans) cells.push(gridCell(span.text, span.offset, locator));
  return cells;
}
