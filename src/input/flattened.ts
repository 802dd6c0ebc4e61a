/**
 * Tables flattened onto one line. A scraper that joins a page's text nodes with spaces (BeautifulSoup's
 * `get_text(" ")`, pdf.js text items joined with `" "`) puts a table's cells, and often the whole report, on
 * one line. Such a line is told by its cell numbers, numbers standing between whitespace that no unit follows
 * (not 2023 年 or 21 件): {@link MIN_NUMBERS} or more, more than any row of any layout holds (Table 四's 15);
 * or, in a report whose tables are blank or a page of prose (pdf.js text items of a page joined with `" "`), by
 * a numbered heading standing between whitespace with MIN_NUMBERS runs of whitespace or more. In a text holding
 * such lines, a shorter line holding a numbered heading after whitespace (a last page) is one too. It is read
 * split at its whitespace, one piece per line, as the lines shape reads one cell per line. The split keeps every
 * offset (the last character of each whitespace run becomes the line break); {@link relocate} turns positions
 * read from the split text back into the input's lines and columns.
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

/** A unit character (see UNITS) at the start of a string. */
const UNIT = new RegExp(`^[${UNITS}]`);

/** A text whose flattened lines were split, with where they stood. */
export interface Unflattened {
  /** The text, each flattened line split at its whitespace: as long as the input, every offset the same. */
  text: string;
  /** One `input-flattened-table` warning per flattened line, at its start. */
  diagnostics: Diagnostic[];
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

/**
 * Why a line is read split: it holds MIN_NUMBERS cell numbers (`numbers`); a numbered heading and MIN_NUMBERS
 * whitespace runs (`pieces`: a report whose tables are blank, a page or a section joined with spaces); or a
 * numbered heading and whitespace in a text holding a line split for one of those reasons (`joined`: a short
 * last page).
 */
type Why = "numbers" | "pieces" | "joined";

/** A line read split: its span [from, to) in the text, and why. */
interface FlatLine {
  from: number;
  to: number;
  why: Why;
}

/** How many matches of a global expression a line holds, counted up to `max`. */
function countUpTo(re: RegExp, line: string, max: number): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < max && re.test(line)) n++;
  return n;
}

/** Whether a line holds a numbered heading after whitespace (HEADING_PIECE) and `runs` whitespace runs. */
const headingAmong = (line: string, runs: number): boolean =>
  countUpTo(HEADING_PIECE, line, 1) === 1 && countUpTo(SPACES, line, runs) === runs;

/** Why a line of MIN_LENGTH characters or more is read split (`numbers` or `pieces`), or null. */
function whyFlattened(line: string): Why | null {
  if (countUpTo(CELL_NUMBER, line, MIN_NUMBERS) === MIN_NUMBERS) return "numbers";
  return headingAmong(line, MIN_NUMBERS) ? "pieces" : null;
}

/** What the warning of a line read split says it held. */
const TOLD: Record<Why, (line: number) => string> = {
  numbers: (line) =>
    `Line ${line} holds ${MIN_NUMBERS} or more numbers between spaces with no unit after them: a table flattened onto one line`,
  pieces: (line) =>
    `Line ${line} holds a numbered heading and ${MIN_NUMBERS} or more runs of whitespace: a report, a page or a section flattened onto one line`,
  joined: (line) =>
    `Line ${line} holds a numbered heading after whitespace, in a text whose other lines were flattened: flattened too`,
};

/** The warning of a line read split. */
function flattenedWarning({ from, why }: FlatLine, locator: Locator): Diagnostic {
  const source = locator.point(from);
  return {
    code: "input-flattened-table",
    severity: "warning",
    message: `${TOLD[why](source.line)} (text joined with spaces, as get_text(" ") does). It was read split at its whitespace, one piece per line (2023 年, 21 件 kept whole); a blank cell leaves no trace there, so a row short of values is warned, never filled`,
    source,
  };
}

/**
 * The lines of MIN_LENGTH characters or more told flattened by what they hold (whyFlattened). Shorter lines
 * are skipped without being read.
 */
function longLines(text: string): FlatLine[] {
  const flat: FlatLine[] = [];
  for (let from = 0; from + MIN_LENGTH <= text.length; ) {
    // A line break among the next MIN_LENGTH characters: the lines up to the last of them are short.
    const last = text.lastIndexOf("\n", from + MIN_LENGTH - 1);
    if (last >= from) {
      from = last + 1;
      continue;
    }
    const newline = text.indexOf("\n", from + MIN_LENGTH);
    const to = newline < 0 ? text.length : newline;
    const why = whyFlattened(text.slice(from, to));
    if (why !== null) flat.push({ from, to, why });
    from = to + 1;
  }
  return flat;
}

/** The other lines of a text holding flattened lines that hold a numbered heading after whitespace (`joined`). */
function joinedLines(text: string, flat: readonly FlatLine[]): FlatLine[] {
  const starts = new Set(flat.map((line) => line.from));
  const joined: FlatLine[] = [];
  for (let from = 0; from < text.length; ) {
    const newline = text.indexOf("\n", from);
    const to = newline < 0 ? text.length : newline;
    if (!starts.has(from) && headingAmong(text.slice(from, to), 1)) joined.push({ from, to, why: "joined" });
    from = to + 1;
  }
  return joined;
}

/**
 * The text with every flattened line split at its whitespace, and a warning per such line, in order; null
 * when no line is flattened (nearly every text: only lines of MIN_LENGTH characters or more are read, unless
 * one of them is flattened). A line of MIN_LENGTH characters or more is flattened when it holds MIN_NUMBERS
 * cell numbers or more, or a numbered heading after whitespace and MIN_NUMBERS whitespace runs; in a text
 * holding such a line, so is every line holding a numbered heading after whitespace and whitespace.
 */
export function unflattenTables(text: string): Unflattened | null {
  const long = longLines(text);
  if (long.length === 0) return null;
  const flat = [...long, ...joinedLines(text, long)].sort((a, b) => a.from - b.from);
  const out: string[] = [];
  let copied = 0;
  for (const line of flat) {
    out.push(text.slice(copied, line.from), split(text.slice(line.from, line.to)));
    copied = line.to;
  }
  out.push(text.slice(copied));
  const locator = new Locator(text);
  return { text: out.join(""), diagnostics: flat.map((line) => flattenedWarning(line, locator)) };
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
