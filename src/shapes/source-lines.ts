/**
 * Line-level helpers shared by the shape readers: splitting a text into lines with their offsets,
 * trimming a span to its visible text, recognising page furniture (page numbers left by PDF extraction)
 * and splitting a delimited line into grid cells.
 */
import type { GridCell, Point } from "../document.js";
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
  if (text.indexOf("\r") < 0) {
    // `\n` only (the usual case): the native search finds each break.
    for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", start)) {
      lines.push({ text: text.slice(start, at), start, number: number++ });
      start = at + 1;
    }
  } else {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code !== 10 && code !== 13) continue;
      lines.push({ text: text.slice(start, i), start, number: number++ });
      if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  if (start < text.length) lines.push({ text: text.slice(start), start, number });
  return lines;
}

/** The point of `offset`, an offset inside `line` (or at its end): no line table needed. */
export function linePoint(line: SourceLine, offset: number): Point {
  return { line: line.number, column: offset - line.start + 1, offset };
}

/** Index of the first character of `text` that is not whitespace (its length when there is none). */
export function leadingSpace(text: string): number {
  let i = 0;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
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
  if (code > 0x3000) return code === 0xfeff;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
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
  for (let i = 0; i < line.length; i++) if (!isSpaceCode(line.charCodeAt(i))) return false;
  return true;
}

/** A page number between dashes (`- 3 -`, `— １ —`, `-- 3 of 4 --`; the number in group 1), as a pattern source. */
export const DASHED_PAGE_NUMBER = "[-—–－─]+\\s*([0-9０-９]{1,4})(?:\\s*(?:of|[/／])\\s*[0-9０-９]{1,4})?\\s*[-—–－─]+";
/** A page number in words (`第 3 页`, `第3页 共9页`), as a pattern source. */
export const PAGE_OF_PAGES = "第\\s*[0-9０-９]{1,4}\\s*页(?:\\s*[,，/／]?\\s*共\\s*[0-9０-９]{1,4}\\s*页)?";

/** Page numbers, in ASCII or full-width digits (`- １ -`, `第１页`, `-- 3 of 4 --` as pdf-parse 2 marks a page). */
const PAGE_FURNITURE = [
  new RegExp(`^${DASHED_PAGE_NUMBER}$`, "iu"),
  new RegExp(`^${PAGE_OF_PAGES}$`, "u"),
  /^(?:page|p\.)\s*[0-9０-９]{1,4}(?:\s*(?:of|\/)\s*[0-9０-９]{1,4})?$/iu,
  /^[0-9０-９]{1,4}\s*[/／]\s*[0-9０-９]{1,4}$/u,
];

/**
 * A browser's print header (Chrome, Edge, Firefox printing a page to PDF): the date and time it printed
 * (`11/24/26, 1:58 AM`, `2024/1/25 15:30`, `2024/1/25 下午3:30`; group 1), then the page's title after a wide gap,
 * if any (group 2).
 */
const BROWSER_HEADER =
  /^([0-9]{1,4}[/.-][0-9]{1,2}[/.-][0-9]{1,4},?\s*(?:(?:上午|下午|AM|PM)\s*)?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:\s*(?:AM|PM))?)(?:\s{2,}(\S.*))?$/iu;
/** A browser's print footer: the page's address, then the page number of the count (`https://…/content.html  5/7`). */
const BROWSER_FOOTER = /^(?:https?|file):\/\/\S+\s+[0-9]{1,4}\s*\/\s*[0-9]{1,4}$/iu;
/** A year alone (2024): what a header's title wrapped may leave beside its date. */
const YEAR = /^(?:19|20)[0-9]{2}$/u;

/**
 * A trimmed line read as a browser's print header: its date and time, and the title beside it (null when none);
 * null when it is no such line (a digit first, and a `:` in it).
 */
export function browserHeader(trimmed: string): { stamp: string; title: string | null } | null {
  if (!trimmed.includes(":")) return null;
  const m = BROWSER_HEADER.exec(trimmed);
  return m === null ? null : { stamp: m[1]!, title: m[2]?.trim() ?? null };
}

/**
 * Whether a trimmed part of a line is a browser's print header on its own evidence: a title beside its date that
 * names a report (报) or is a year its title wrapped, or (`pageStart`) the first text of a page. A date and time
 * alone (2025-01-20 10:30, a report's own line) is one only when the print repeats it (browser-print.ts).
 */
function isTitledHeader(part: string, pageStart: boolean): boolean {
  const header = browserHeader(part);
  if (header === null) return false;
  if (pageStart) return true;
  const title = header.title;
  return title !== null && (title.includes("报") || title.includes("報") || YEAR.test(title));
}

/**
 * Whether the part of a line from `first` to `end` (trimmed) is a browser's print header or footer. A page break
 * between them (`…content.html  5/7\f11/24/26, 1:58 AM  …`) leaves both on one line: each part is looked at.
 */
function isBrowserPrint(line: string, first: number, end: number): boolean {
  const text = line.slice(first, end);
  if (!text.includes("\f")) return isTitledHeader(text, false) || BROWSER_FOOTER.test(text);
  const parts = text.split("\f").map((p) => p.trim());
  return parts.every((p, k) => p === "" || isTitledHeader(p, k > 0) || BROWSER_FOOTER.test(p));
}

/**
 * The one {@link PAGE_FURNITURE} pattern a trimmed line starting with `code` may match (their first
 * characters are disjoint: dashes, 第, p/P, digits), or undefined when none can.
 */
function furniturePattern(code: number): RegExp | undefined {
  if ((code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19)) return PAGE_FURNITURE[3];
  if (code === 0x2d || code === 0x2013 || code === 0x2014 || code === 0x2500 || code === 0xff0d)
    return PAGE_FURNITURE[0];
  if (code === 0x7b2c) return PAGE_FURNITURE[1];
  if (code === 0x70 || code === 0x50) return PAGE_FURNITURE[2];
  return undefined;
}

/**
 * True when the line is page furniture left by PDF extraction: a page number such as `- 3 -`, `-3-`,
 * `— 3 —`, `第 3 页`, `第3页 共9页`, `Page 3 of 9`, possibly preceded by a form feed, or a browser's print header
 * or footer (`11/24/26, 1:58 AM  <title>`, `https://…/content.html  5/7`).
 */
export function isPageFurniture(line: string): boolean {
  let a = 0;
  while (a < line.length && isSpaceCode(line.charCodeAt(a))) a++;
  return a < line.length && isPageFurnitureAt(line, a);
}

/** {@link isPageFurniture} for a line whose first non-whitespace character is at `first` (known to the caller). */
export function isPageFurnitureAt(line: string, first: number): boolean {
  const code = line.charCodeAt(first);
  const pattern = furniturePattern(code);
  if (!pattern)
    return (code === 0x68 || code === 0x66 || code === 0x48 || code === 0x46) && isBrowserPrintAt(line, first);
  let b = line.length;
  while (isSpaceCode(line.charCodeAt(b - 1))) b--;
  return pattern.test(line.slice(first, b)) || (code <= 0x39 && isBrowserPrintAt(line, first));
}

/**
 * Whether a line from `first` on is a browser's print header or footer: it holds a time (:) or an address (://),
 * which most lines starting with a digit or a letter (table rows) do not.
 */
function isBrowserPrintAt(line: string, first: number): boolean {
  if (line.indexOf(":", first) < 0) return false;
  let b = line.length;
  while (isSpaceCode(line.charCodeAt(b - 1))) b--;
  return isBrowserPrint(line, first, b);
}

/** A page number with dashes on one side only (`—4`, `- 4`, `4—`), or a value such as `-4`: see isPageNumberAtBreak. */
const ONE_SIDED_PAGE_NUMBER = /^(?:[-—–－─]+\s*[0-9０-９]{1,4}|[0-9０-９]{1,4}\s*[-—–－─]+)$/u;

/** A line that is one number (a cell of a table printed one cell per line): `-3`, `+2`, `1,204`, `１２`. */
const BARE_VALUE = /^\s*[-+－＋]?[0-9０-９][0-9０-９,.]*\s*$/u;

/** Whether a code unit is a hyphen-minus (ASCII or full-width), which prints a negative value too. */
const isMinus = (code: number): boolean => code === 0x2d || code === 0xff0d;

/**
 * Whether a line is a page number with dashes on one side only (`—4`, `-4`, `- 4`, `4—`) standing at a page
 * break: its own text starts with a form feed, or `next` (the following line) does. Without the break such
 * a line may be a value (`-4` in a 增减 column), so only the two-sided forms of {@link isPageFurniture} are
 * page furniture everywhere. A hyphen-minus against its digits (`-3`, `－3`) is a negative value (formats.md
 * D6: 本年增/减), break or not; spaced (`- 4`) it is a page number unless a line beside it (`prev`, `next`) is one
 * number (a table printed one cell per line).
 */
export function isPageNumberAtBreak(
  line: string,
  first: number,
  next: string | undefined,
  prev?: string | undefined,
): boolean {
  const code = line.charCodeAt(first);
  if (!furniturePattern(code)) return false;
  let b = line.length;
  while (isSpaceCode(line.charCodeAt(b - 1))) b--;
  if (!ONE_SIDED_PAGE_NUMBER.test(line.slice(first, b))) return false;
  // A hyphen-minus against the digits (-3, －3) prints a negative value; a page number spaces it (- 4) or uses a
  // dash (—4). Spaced, it is still a value beside a line that is one number.
  const minusFirst = isMinus(code);
  if (minusFirst || isMinus(line.charCodeAt(b - 1))) {
    const inner = minusFirst ? line.charCodeAt(first + 1) : line.charCodeAt(b - 2);
    if (!isSpaceCode(inner)) return false;
    if ((prev !== undefined && BARE_VALUE.test(prev)) || (next !== undefined && BARE_VALUE.test(next))) return false;
  }
  if (line.lastIndexOf("\f", first) >= 0) return true;
  if (next === undefined) return false;
  let a = 0;
  while (a < next.length && isSpaceCode(next.charCodeAt(a)) && next.charCodeAt(a) !== 0x0c) a++;
  return next.charCodeAt(a) === 0x0c;
}

/** True when the line is blank or page furniture (a line readers skip). */
export function isSkippable(line: string): boolean {
  return isBlank(line) || isPageFurniture(line);
}

/** Makes a 1×1 grid cell at an offset. */
export function gridCell(text: string, offset: number, locator: Locator): GridCell {
  return { text, position: locator.point(offset), rowSpan: 1, colSpan: 1, anchor: true };
}

/** Makes a 1×1 grid cell at an offset inside `line`. */
export function lineCell(text: string, line: SourceLine, offset: number): GridCell {
  return { text, position: linePoint(line, offset), rowSpan: 1, colSpan: 1, anchor: true };
}

/**
 * Splits one line on a single-character delimiter into trimmed grid cells (every delimiter yields a
 * boundary, so runs of delimiters give empty cells). With `outer`, one empty cell produced by a leading
 * or trailing delimiter is dropped (as for `| a | b |`).
 */
export function splitDelimited(line: SourceLine, delimiter: string, outer: boolean): GridCell[] {
  const cells: GridCell[] = [];
  const text = line.text;
  const step = delimiter.length;
  let from = 0;
  for (;;) {
    const at = text.indexOf(delimiter, from);
    const end = at === -1 ? text.length : at;
    let a = from;
    let b = end;
    while (a < b && isSpaceCode(text.charCodeAt(a))) a++;
    while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b--;
    cells.push(lineCell(text.slice(a, b), line, line.start + (a === b ? from : a)));
    if (at === -1) break;
    from = at + step;
  }
  if (outer && cells.length > 1) {
    // As `text.trimStart().startsWith(delimiter)` and `text.trimEnd().endsWith(delimiter)`, without copies.
    let a = 0;
    let b = text.length;
    while (a < b && isSpaceCode(text.charCodeAt(a))) a++;
    while (b > 0 && isSpaceCode(text.charCodeAt(b - 1))) b--;
    if (cells[0]?.text === "" && text.startsWith(delimiter, a)) cells.shift();
    const closed = cells.length > 1 && cells[cells.length - 1]?.text === "" && text.endsWith(delimiter, b);
    if (closed && !closesEmptyCell(text, delimiter)) cells.pop();
  }
  return cells;
}

/**
 * Whether a table row's text (from its start to its line's end) closes an empty last cell as html2text writes one
 * (`规章| | |   `): it does not open with the delimiter, and its last delimiter (not escaped) is followed by two
 * spaces or more, the cell's space and a hard break. A closing delimiter with less after it is a border (`| a | b |`,
 * `a | b |`), or the end of a row html2text wrapped at its width.
 */
export function closesEmptyCell(text: string, delimiter: string): boolean {
  let a = 0;
  while (a < text.length && isSpaceCode(text.charCodeAt(a))) a++;
  if (text.startsWith(delimiter, a)) return false;
  let b = text.length;
  while (b > 0 && isSpaceCode(text.charCodeAt(b - 1))) b--;
  const at = b - delimiter.length;
  return text.length - b >= 2 && text.startsWith(delimiter, at) && text.charCodeAt(at - 1) !== 0x5c;
}
