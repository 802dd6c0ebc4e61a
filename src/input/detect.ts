/**
 * Shape detection: which reader a decoded text needs. Signals are counted over lines; the strongest
 * structural markup wins (HTML tags, then Markdown syntax, then tab or pipe rows), and plain one-cell-per-line
 * text is the fallback.
 */
import type { Shape } from "../schema/common.js";

const HTML_TAG = /<(?:!doctype\s+html|html|body|table|tr|td|th|p|div|span|br|h[1-6]|li|ul|ol|tbody)\b[^<>]*>/gi;
const ATX_HEADING = /^ {0,3}#{1,6}[ \t]+\S/;
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
  separatedParagraphs: number;
  plainLines: number;
}

function countOf(line: string, ch: string): number {
  let n = 0;
  for (let at = line.indexOf(ch); at >= 0; at = line.indexOf(ch, at + 1)) n++;
  return n;
}

function countPipes(line: string): number {
  return countOf(line, "|");
}

function countTabs(line: string): number {
  return countOf(line, "\t");
}

function signals(text: string): ShapeSignals {
  const head = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const lines = head.split(/\r\n|\r|\n/);
  const s: ShapeSignals = {
    htmlTags: (head.match(HTML_TAG) ?? []).length,
    headings: 0,
    delimiterRows: 0,
    fences: 0,
    tabRows: 0,
    pipeRows: 0,
    pipeOnly: 0,
    separatedParagraphs: 0,
    plainLines: 0,
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const trimmed = line.trim();
    if (trimmed === "") continue;
    if (ATX_HEADING.test(line)) s.headings++;
    if (DELIMITER_ROW.test(line)) s.delimiterRows++;
    if (SETEXT_OR_FENCE.test(line)) s.fences++;
    const tabs = countTabs(line);
    const pipes = countPipes(line);
    if (tabs >= 2 && line.replace(/\t/g, "").trim() !== "") s.tabRows++;
    if (/^\|+$/.test(trimmed)) s.pipeOnly++;
    else if (pipes >= 2) s.pipeRows++;
    if (tabs === 0 && pipes === 0) {
      s.plainLines++;
      const before = i === 0 || (lines[i - 1] ?? "").trim() === "";
      const after = i === lines.length - 1 || (lines[i + 1] ?? "").trim() === "";
      if (before && after) s.separatedParagraphs++;
    }
  }
  return s;
}

/**
 * Detects the text shape of a decoded report: `html` (tags such as `<table>`, `<p>`, `<div>`, `<td>`),
 * `markdown` (ATX headings, GFM delimiter rows, or blank-line separated paragraphs around tab/pipe
 * pseudo-tables), `tab` (rows with two or more tabs dominate), `pipe` (rows with two or more `|`), or
 * `lines` (one cell per line: Word exports, `|`-separated cell lines, PDF text).
 */
export function detectShape(text: string): Shape {
  const s = signals(text);
  const head = text.slice(0, 200_000);
  const page = /<(?:html|body|!doctype)\b/i.test(head);
  if (!page && s.headings >= 2) return "markdown";
  if (s.htmlTags >= 3 || page || /<table\b/i.test(head)) return "html";
  const rows = Math.max(s.tabRows, s.pipeRows);
  if (s.delimiterRows > 0 || s.headings > 0 || s.fences >= 2) return "markdown";
  const paragraphStyle = s.plainLines >= 3 && s.separatedParagraphs >= 0.8 * s.plainLines;
  if (paragraphStyle && rows >= 2) return "markdown";
  if (s.tabRows >= 2 && s.tabRows >= s.pipeRows) return "tab";
  if (s.pipeRows >= 2 && s.pipeRows > s.pipeOnly) return "pipe";
  return "lines";
}
