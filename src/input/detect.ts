/**
 * Shape detection: which reader a decoded text needs. Signals are counted over lines; the strongest
 * structural markup wins (HTML tags, then Markdown syntax, then tab or pipe rows), and plain one-cell-per-line
 * text is the fallback.
 */
import type { Shape } from "../schema/common.js";
import { isSpaceCode } from "../shapes/source-lines.js";

const HTML_TAG = /<(?:!doctype\s+html|html|body|table|tr|td|th|p|div|span|br|h[1-6]|li|ul|ol|tbody)\b[^<>]*>/gi;
const ATX_HEADING = /^ {0,3}#{1,6}[ \t]+\S/;
/** An ATX heading after an empty anchor, a Word bookmark as mammoth's Markdown writes it (`<a id="_Toc2"></a>## 一、…`). */
const ANCHORED_HEADING = /^<a\s[^>]*>\s*<\/a>#{1,6}[ \t]+\S/i;
const DELIMITER_ROW = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/;
const SETEXT_OR_FENCE = /^ {0,3}(?:```|~~~)/;

/** Line statistics the decision is made from. */
interface ShapeSignals {
  htmlTags: number;
  headings: number;
  delimiterRows: number;
  fences: number;
  tabRows: number;
  pipeRows: number;
  pipeOnly: number;
  /**
   * Lines without tabs or pipes with a comma (not a thousands separator) and a field that is empty or a
   * number (CSV rows; a table of two columns has one comma: 行政许可,447228).
   */
  commaLines: number;
  /**
   * The longest run of consecutive comma lines with the same number of commas, two or more (a table's rows
   * in a CSV whose prose is not padded with commas).
   */
  commaRun: number;
  /** Lines that are not blank. */
  nonBlank: number;
  separatedParagraphs: number;
  plainLines: number;
  /** Runs of non-blank lines that follow a blank line (or start the text). */
  blocks: number;
}

/** The index after up to three leading spaces of the line `[from, to)`. */
function afterIndent(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && i < from + 3 && text.charCodeAt(i) === 32) i++;
  return i;
}

/** How many HTML tags `head` holds, counted up to `limit` (the decision only needs to know "3 or more"). */
function htmlTagCount(head: string, limit: number): number {
  if (!head.includes("<")) return 0;
  HTML_TAG.lastIndex = 0;
  let n = 0;
  while (n < limit && HTML_TAG.exec(head)) n++;
  HTML_TAG.lastIndex = 0;
  return n;
}

/**
 * A number of a CSV field: ASCII or full-width digits, a decimal point, a sign, a percent sign; inside quotes
 * (`quoted`), thousands separators too.
 */
const number = (quoted: boolean): string => `[-+]?[0-9０-９][0-9０-９${quoted ? "," : ""}.．]*[%％]?`;
/**
 * A field of comma-separated values that is a number (`12`, `1.5`, `"1,234"`, `"１２"`), a dash, `""`, or
 * empty between two commas or before the first (a line ending in a comma is as often wrapped prose).
 */
const DATA_FIELD = new RegExp(
  `(?:^|,)[ \\t]*(?:${number(false)}|"${number(true)}"|""|[-—–/])[ \\t]*(?=,|$)|^[ \\t]*,|,[ \\t]*,`,
);

/** A digit (ASCII) at `i`. */
const isDigitAt = (text: string, i: number): boolean => {
  const code = text.charCodeAt(i);
  return code >= 48 && code <= 57;
};

/**
 * Whether the comma at `i` separates thousands (3,985,758 in PDF text): a digit before it, exactly three
 * after it. Such commas make no CSV field.
 */
function isThousandsComma(text: string, i: number): boolean {
  return (
    isDigitAt(text, i - 1) &&
    isDigitAt(text, i + 1) &&
    isDigitAt(text, i + 2) &&
    isDigitAt(text, i + 3) &&
    !isDigitAt(text, i + 4)
  );
}

/** A line without its thousands separators (isThousandsComma). */
function withoutThousandsCommas(line: string): string {
  let out = "";
  let from = 0;
  for (let at = line.indexOf(","); at >= 0; at = line.indexOf(",", at + 1)) {
    if (!isThousandsComma(line, at)) continue;
    out += line.slice(from, at);
    from = at + 1;
  }
  return out + line.slice(from);
}

/**
 * Whether the comma-separated line `[from, to)` holds a field that is empty or a number, as a table's row
 * does (prose with ASCII commas has words between them); thousands separators (the line holds one when
 * `thousands`) are no field boundaries.
 */
function holdsDataField(head: string, from: number, to: number, thousands: boolean): boolean {
  const line = head.slice(from, to);
  return DATA_FIELD.test(thousands ? withoutThousandsCommas(line) : line);
}

function signals(head: string): ShapeSignals {
  const s: ShapeSignals = {
    htmlTags: htmlTagCount(head, 3),
    headings: 0,
    delimiterRows: 0,
    fences: 0,
    tabRows: 0,
    pipeRows: 0,
    pipeOnly: 0,
    commaLines: 0,
    commaRun: 0,
    nonBlank: 0,
    separatedParagraphs: 0,
    plainLines: 0,
    blocks: 0,
  };
  const length = head.length;
  // One pass over the lines (`\r\n`, `\r` or `\n` end one): a plain line counts as a separated paragraph
  // when the lines before and after it are blank (or absent); the "after" half is settled at the next line.
  let previousBlank = true;
  let nextDashes = head.indexOf("---");
  let pendingParagraph = false;
  // The comma count of the run of comma lines the previous line ends (0: none), and the run's length.
  let runCommas = 0;
  let run = 0;
  let start = 0;
  for (;;) {
    let tabs = 0;
    let pipes = 0;
    let commas = 0;
    let thousands = false;
    // Two commas side by side: an empty field (every padded record of a sheet holds one), no pattern needed.
    let pair = false;
    let end = start;
    for (; end < length; end++) {
      const code = head.charCodeAt(end);
      if (code === 44) {
        if (!isThousandsComma(head, end)) commas++;
        else thousands = true;
        if (end > start && head.charCodeAt(end - 1) === 44) pair = true;
      } else if (code <= 13) {
        if (code === 10 || code === 13) break;
        if (code === 9) tabs++;
      } else if (
        code === 124 ||
        code === 0x2502 ||
        code === 0x2503 ||
        code === 0x2551 ||
        code === 0xff5c ||
        code === 0xa6
      )
        pipes++; // | │ ┃ ║ ｜ ¦
    }
    let first = start;
    while (first < end && isSpaceCode(head.charCodeAt(first))) first++;
    let last = end - 1;
    while (last > first && isSpaceCode(head.charCodeAt(last))) last--;
    const blank = first === end;
    if (pendingParagraph && blank) s.separatedParagraphs++;
    pendingParagraph = false;
    if (!blank) {
      if (previousBlank) s.blocks++;
      const indent = afterIndent(head, start, end);
      const lead = head.charCodeAt(indent);
      if (lead === 35 && ATX_HEADING.test(head.slice(start, end))) s.headings++;
      else if (lead === 60 && ANCHORED_HEADING.test(head.slice(indent, end))) s.headings++;
      if (pipes > 0 && nextDashes >= 0 && nextDashes < start) nextDashes = head.indexOf("---", start);
      if (pipes > 0 && nextDashes >= start && nextDashes < end && DELIMITER_ROW.test(head.slice(start, end)))
        s.delimiterRows++;
      if ((lead === 96 || lead === 126) && SETEXT_OR_FENCE.test(head.slice(start, end))) s.fences++;
      if (tabs >= 2) s.tabRows++;
      if (pipes === last - first + 1) s.pipeOnly++;
      else if (pipes >= 2) s.pipeRows++;
      s.nonBlank++;
      if (tabs === 0 && pipes === 0 && commas >= 1 && (pair || holdsDataField(head, start, end, thousands))) {
        s.commaLines++;
        run = commas >= 2 && commas === runCommas ? run + 1 : 1;
        runCommas = commas;
        if (commas >= 2 && run > s.commaRun) s.commaRun = run;
      } else runCommas = 0;
      if (tabs === 0 && pipes === 0) {
        s.plainLines++;
        pendingParagraph = previousBlank;
      }
    }
    previousBlank = blank;
    if (end >= length) break;
    start = head.charCodeAt(end) === 13 && head.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
  }
  if (pendingParagraph) s.separatedParagraphs++;
  return s;
}

/**
 * A web page: a doctype, `<head>`, `<title>` or `<meta>` anywhere, or `<html>`/`<body>` first (after
 * whitespace, a BOM, an XML declaration and comments). Markdown that embeds HTML blocks (MinerU wraps each
 * table in `<html><body><table>`) is none of these.
 */
const PAGE_PARTS = /<(?:!doctype|head|title|meta)\b/i;
const PAGE_START = /^[\s\ufeff]*(?:<\?xml[^>]*>\s*)?(?:<!--(?:[^-]|-(?!->))*-->\s*)*<(?:html|body)\b/i;

/** A tag only an HTML document (or an HTML block inside Markdown) has: a table, a cell, a paragraph, a div. */
const HTML_BLOCK = /<(?:table|tr|td|th|p|div|tbody|ul|ol|li|h[1-6])\b/i;

/**
 * The text with its `<table>…</table>` elements taken out (an unclosed one runs to the end), and bare
 * `<html>`/`<body>` wrappers: one forward scan.
 */
function outsideTables(head: string): string {
  const lower = head.toLowerCase();
  let out = "";
  let from = 0;
  for (let open = lower.indexOf("<table", from); open >= 0; open = lower.indexOf("<table", from)) {
    out += head.slice(from, open);
    const close = lower.indexOf("</table>", open);
    if (close < 0) return out.replace(/<\/?(?:html|body)>/gi, "");
    from = close + "</table>".length;
  }
  return (out + head.slice(from)).replace(/<\/?(?:html|body)>/gi, "");
}

/**
 * The share of a text's non-blank lines that must be comma rows for it to be CSV: a sheet pads every record, a
 * table-only extract is all rows, and a CSV with its prose unpadded still has its tables' rows; a report in
 * lines whose prose holds a few comma lists (电话:63111111,63222222; 第13,14,15条) has far fewer.
 */
const CSV_SHARE = 0.3;
/**
 * Consecutive comma rows with as many commas (two or more) that make a CSV whatever the share: a table's rows
 * (Table 三 has 28). A report's prose lists (电话:63111111,63222222) are not printed line after line alike.
 */
const CSV_RUN = 8;

/**
 * Detects the text shape of a decoded report: `html` (tags such as `<table>`, `<p>`, `<div>`, `<td>`),
 * `markdown` (ATX headings, GFM delimiter rows, or blank-line separated paragraphs around tab/pipe
 * pseudo-tables or HTML tables), `tab` (rows with two or more tabs dominate), `pipe` (rows with two or more `|`,
 * box-drawing verticals │ ┃ ║, full-width ｜ or broken bars ¦), `csv` (three or more lines with a comma and an
 * empty, `""` or numeric field, a comma between thousands making none, that are 30% of the non-blank lines or
 * more, or hold 8 such rows alike one after the other, and outnumber tab or pipe rows: spreadsheet exports,
 * tabula, camelot), or
 * `lines` (one cell per line: Word exports, `|`-separated cell lines, PDF text).
 */
export function detectShape(text: string): Shape {
  const head = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const s = signals(head);
  const markup = head.includes("<"); // (every tag counted in s.htmlTags starts with one)
  const page = markup && (PAGE_PARTS.test(head) || PAGE_START.test(head));
  if (!page && s.headings >= 2) return "markdown";
  const paragraphStyle = s.plainLines >= 3 && s.separatedParagraphs >= 0.8 * s.plainLines;
  // Markdown from PDF converters (MinerU, marker) and pandoc's gfm/commonmark (merged cells) carries its
  // tables as HTML blocks: blank-line separated paragraphs with hardly any markup outside the tables are
  // Markdown, not a page. The text outside the tables is judged alone (a table's lines are no paragraphs):
  // three or more blank-line separated blocks (paragraphs wrapped over several lines, as pandoc writes).
  if (!page && markup && /<table\b/i.test(head)) {
    const outside = outsideTables(head);
    if (htmlTagCount(outside, 3) < 3 && (paragraphStyle || signals(outside).blocks >= 3)) return "markdown";
  }
  // GFM tables whose cells hold inline tags (marker writes `<br>` in cells) are Markdown, not HTML.
  if (!page && s.delimiterRows > 0 && !HTML_BLOCK.test(head)) return "markdown";
  if (s.htmlTags >= 3 || page || (markup && /<table\b/i.test(head))) return "html";
  const rows = Math.max(s.tabRows, s.pipeRows);
  if (s.delimiterRows > 0 || s.headings > 0 || s.fences >= 2) return "markdown";
  if (paragraphStyle && rows >= 2) return "markdown";
  if (s.tabRows >= 2 && s.tabRows >= s.pipeRows) return "tab";
  if (s.pipeRows >= 2 && s.pipeRows > s.pipeOnly) return "pipe";
  // CSV: three comma rows or more (a table of two columns has one comma a row), 30% of the lines or more; or
  // a table of them (CSV_RUN rows alike, one after the other) in prose that is not padded.
  const csv = s.commaLines >= 3 && (s.commaLines >= CSV_SHARE * s.nonBlank || s.commaRun >= CSV_RUN);
  if (csv && s.commaLines > rows) return "csv";
  return "lines";
}
