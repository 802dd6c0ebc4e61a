/**
 * Tables flattened onto one line. A scraper that joins a page's text nodes with spaces (BeautifulSoup's
 * `get_text(" ")`, pdf.js text items joined with `" "`) puts a table's cells, and often the whole report, on
 * one line. Such a line is told by its cell numbers, numbers standing between whitespace that no unit follows
 * (not 2023 年 or 21 件): {@link MIN_NUMBERS} or more, more than any row of any layout holds (Table 四's 15);
 * or, when no line holds that many (a report whose tables are blank), by being the whole text: one line of
 * {@link MIN_LENGTH} characters or more holding {@link WHOLE_SHARE} of it and {@link MIN_HEADINGS} numbered headings
 * between whitespace, which the line-based readers could not read at all. It is read split at its whitespace, one piece per line, as the lines shape reads one cell
 * per line. The split keeps every offset (the last character of each whitespace run becomes the line break);
 * {@link relocate} turns positions read from the split text back into the input's lines and columns.
 */
import type { Diagnostic } from "../schema/common.js";
import { Locator } from "../shapes/positions.js";
import { DASHED_PAGE_NUMBER, PAGE_OF_PAGES } from "../shapes/source-lines.js";
import { isDigitCode } from "./fold.js";

/** How many cell numbers make a line a flattened table: above a row's 15, below a table's (Table 三 holds 100). */
export const MIN_NUMBERS = 24;
/**
 * The shortest line scanned for cell numbers. A flattened table this short holds too few: Table 三 alone
 * flattened is some 1,000 characters (its labels some 400, its 100 numbers at least 200), Table 四's 15 numbers
 * are under MIN_NUMBERS. Text lines (PDF text, a Word export, a page's paragraphs) are nearly all shorter.
 */
const MIN_LENGTH = 400;
/**
 * The characters that make a number before them prose (2023 年, 21 件, 51.85 %): a count or a date, never a
 * table cell, which a number, a row's label or a heading follows.
 */
const UNITS = "年月日号时件项条个宗人次余多%％万亿元天倍份名家";
/** A number: ASCII or full-width digits (１２３, as some pages print), with a decimal part. */
const NUMBER = "[0-9０-９]+(?:[.．][0-9０-９]+)?";
/**
 * A cell number after whitespace: before whitespace or the line's end, no unit after the whitespace that
 * follows it. (A number starting the line is not counted: one fewer never decides.)
 */
const CELL_NUMBER = new RegExp(`\\s${NUMBER}(?!\\S)(?![^\\S\\n\\r]*[${UNITS}])`, "g");
/** A run of whitespace within a line. */
const SPACES = /[^\S\n\r]+/g;
/**
 * A numbered heading's start standing after whitespace or at the line's start (` 二、主动公开…`): in text
 * joined with spaces every heading is a piece of its own, where a converter that joins a document's runs with
 * no separator glues it to the text before (`…年度报告一、总体情况`).
 */
const HEADING_PIECE = /(?<!\S)[一二三四五六七八九十]{1,2}、/g;
/** The fewest heading pieces that make a one-line text a report joined with spaces (see HEADING_PIECE). */
const MIN_HEADINGS = 2;

/** Whether a line holds MIN_HEADINGS heading pieces or more. */
function holdsHeadingPieces(line: string): boolean {
  HEADING_PIECE.lastIndex = 0;
  let n = 0;
  while (n < MIN_HEADINGS && HEADING_PIECE.test(line)) n++;
  return n === MIN_HEADINGS;
}
/** A unit character (see UNITS) at the start of a string. */
const UNIT = new RegExp(`^[${UNITS}]`);

/** A text whose flattened lines were split, with where they stood. */
export interface Unflattened {
  /** The text, each flattened line split at its whitespace: as long as the input, every offset the same. */
  text: string;
  /** One `input-flattened-table` warning per flattened line, at its start. */
  diagnostics: Diagnostic[];
}

/**
 * The share of a text (trimmed) its one line must hold for the text to be read as one flattened line: what is
 * left is a title or page furniture on lines of their own.
 */
export const WHOLE_SHARE = 0.9;

/** Whether a line of `length` characters holds WHOLE_SHARE of a text: the text is that one line. */
export const isWholeText = (length: number, text: string): boolean => length >= WHOLE_SHARE * text.trim().length;

/** How many cell numbers a line holds, counted up to MIN_NUMBERS. */
function numbersIn(line: string): number {
  let n = 0;
  CELL_NUMBER.lastIndex = 0;
  while (n < MIN_NUMBERS && CELL_NUMBER.test(line)) n++;
  return n;
}

/** A standalone number and the whitespace after it, anchored where the whitespace run before it ends. */
const NUMBER_AHEAD = new RegExp(`${NUMBER}\\s+`, "y");

/** Whether the whitespace run [start, end) of a line stands beside a number of prose (see UNITS). */
function besideProseNumber(line: string, start: number, end: number): boolean {
  if (isDigitCode(line.charCodeAt(start - 1)) && UNIT.test(line.slice(end, end + 1))) return true;
  NUMBER_AHEAD.lastIndex = end;
  return NUMBER_AHEAD.test(line) && UNIT.test(line.slice(NUMBER_AHEAD.lastIndex, NUMBER_AHEAD.lastIndex + 1));
}

/**
 * A page number as PDF text prints it (source-lines.ts's page furniture), standing between whitespace: `- 4 -`
 * (the number in group 1), or `第 4 页` with `共 9 页` after it or not.
 */
const PAGE_NUMBER = new RegExp(`(?<!\\S)(?:${DASHED_PAGE_NUMBER}|${PAGE_OF_PAGES})(?!\\S)`, "giu");
/** The fewest characters between two page numbers (a page holds more; a row's cells `-`, `4`, `-` stand closer). */
const MIN_PAGE = 200;

/** A page number's span in a line: [start, end). */
type Span = readonly [number, number];

/** The fewest `- N -` in a row, counting up by one a page apart, taken for page numbers. */
const MIN_PAGES = 3;

/**
 * The spans of a line's page numbers, in order: every `第 4 页`, and the `- N -` of each run of MIN_PAGES or more
 * (in the line's order) whose numbers count up by one, MIN_PAGE or more characters apart (`- 2 -` … `- 3 -` … `- 4 -`),
 * when no other `- N -` of the line has one of their numbers. A `- N -` is also three cells of a row (`-` for none,
 * a number, `-`): one alone, two, or one whose number another repeats (`规章 - 3 -` on page 2, before `- 3 -`) is
 * split.
 */
function pageNumbers(line: string): Span[] {
  const spans: Span[] = [];
  const dashed: { span: Span; n: number }[] = [];
  for (const m of line.matchAll(PAGE_NUMBER)) {
    const span: Span = [m.index, m.index + m[0].length];
    if (m[1] === undefined) spans.push(span);
    else dashed.push({ span, n: Number(m[1].normalize("NFKC")) });
  }
  const count = new Map<number, number>();
  for (const d of dashed) count.set(d.n, (count.get(d.n) ?? 0) + 1);
  const unique = dashed.filter((d) => count.get(d.n) === 1);
  for (let from = 0; from < unique.length; ) {
    let to = from + 1;
    while (
      to < unique.length &&
      unique[to]!.n === unique[to - 1]!.n + 1 &&
      unique[to]!.span[0] - unique[to - 1]!.span[1] >= MIN_PAGE
    )
      to++;
    if (to - from >= MIN_PAGES) for (let k = from; k < to; k++) spans.push(unique[k]!.span);
    from = to;
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/**
 * A line with the last character of each whitespace run made a line break, but for the runs beside a number
 * of prose (共 21 件, 自 2023 年 1 月) and inside a page number (see pageNumbers): the pieces are cells, labels,
 * headings and page numbers (dropped as page furniture when read), the sentences stay whole.
 */
function split(line: string): string {
  const pages = pageNumbers(line);
  let page = 0;
  return line.replace(SPACES, (run: string, start: number) => {
    while (page < pages.length && pages[page]![1] <= start) page++;
    const inPage = page < pages.length && pages[page]![0] < start;
    return inPage || besideProseNumber(line, start, start + run.length) ? run : `${run.slice(0, -1)}\n`;
  });
}

/** The warning of a flattened line starting at `from`: `numbers`, whether its cell numbers told it. */
function flattenedWarning(from: number, numbers: boolean, locator: Locator): Diagnostic {
  const source = locator.point(from);
  const told = numbers
    ? `Line ${source.line} holds ${MIN_NUMBERS} or more numbers between spaces with no unit after them: a table flattened onto one line`
    : `The text is one line (line ${source.line}, ${WHOLE_SHARE * 100}% of it or more), its tables holding fewer than ${MIN_NUMBERS} numbers: a report flattened onto one line`;
  return {
    code: "input-flattened-table",
    severity: "warning",
    message: `${told} (text joined with spaces, as get_text(" ") does). It was read split at its whitespace, one piece per line (2023 年, 21 件 kept whole); a blank cell leaves no trace there, so a row short of values is warned, never filled`,
    source,
  };
}

/**
 * The text with every flattened line split at its whitespace, and a warning per such line; null when no line
 * is flattened (nearly every text: only lines of MIN_LENGTH characters or more are scanned). A line is
 * flattened when it holds MIN_NUMBERS or more cell numbers or, when none does, when it is the whole text (a
 * line holding WHOLE_SHARE of the text and MIN_HEADINGS heading pieces).
 */
export function unflattenTables(text: string): Unflattened | null {
  let out: string[] | null = null;
  let copied = 0;
  const diagnostics: Diagnostic[] = [];
  let locator: Locator | undefined;
  // The longest line scanned: [from, to).
  let longest: Span = [0, 0];
  for (let from = 0; from + MIN_LENGTH <= text.length; ) {
    // A line break among the next MIN_LENGTH characters: the lines up to the last of them are short.
    const last = text.lastIndexOf("\n", from + MIN_LENGTH - 1);
    if (last >= from) {
      from = last + 1;
      continue;
    }
    const newline = text.indexOf("\n", from + MIN_LENGTH);
    const to = newline < 0 ? text.length : newline;
    const line = text.slice(from, to);
    if (to - from > longest[1] - longest[0]) longest = [from, to];
    if (numbersIn(line) === MIN_NUMBERS) {
      out ??= [];
      out.push(text.slice(copied, from), split(line));
      copied = to;
      locator ??= new Locator(text);
      diagnostics.push(flattenedWarning(from, true, locator));
    }
    from = to + 1;
  }
  if (out === null) {
    const [from, to] = longest;
    if (to === 0 || !isWholeText(to - from, text)) return null;
    const line = text.slice(from, to);
    if (!holdsHeadingPieces(line)) return null;
    out = [text.slice(0, from), split(line)];
    copied = to;
    diagnostics.push(flattenedWarning(from, false, new Locator(text)));
  }
  out.push(text.slice(copied));
  return { text: out.join(""), diagnostics };
}

/** Whether a value is a plain object holding a position (a SourcePosition or a Point). */
const isPosition = (value: Record<string, unknown>): boolean =>
  typeof value.offset === "number" && typeof value.line === "number" && typeof value.column === "number";

/**
 * Rewrites, in place, the line and column of every position reachable from `value` (plain objects and
 * arrays; frozen ones are left, as no position is frozen) from its offset, with `locator` over the input: the
 * positions of a text read split by {@link unflattenTables} become the input's.
 */
export function relocate(value: unknown, locator: Locator): void {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return;
  if (Array.isArray(value)) {
    for (const item of value) relocate(item, locator);
    return;
  }
  const record = value as Record<string, unknown>;
  if (isPosition(record)) {
    const point = locator.point(record.offset as number);
    record.line = point.line;
    record.column = point.column;
  }
  for (const key of Object.keys(record)) relocate(record[key], locator);
}
