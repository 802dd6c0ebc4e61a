/**
 * Pseudo-table paragraphs handed to remark as one stand-in line. The Markdown reader re-reads a
 * paragraph whose lines hold tabs or pipes line by line from the source, so remark's inline parse of
 * those lines (most of a tab-table report, and most of remark's cost on it) is thrown away. When a run of
 * lines is provably one top-level paragraph whatever its content, it is replaced by a single plain
 * character before remark sees the text; the reader maps remark's positions back to the real text.
 *
 * A run qualifies when (by CommonMark/micromark block rules) nothing around or inside it can change
 * what it is: it is a run of non-blank lines (blank = only spaces and tabs) that starts after a blank line,
 * the start of the text or a top-level ATX heading, and ends before a blank line, the end of the text or
 * an ATX heading at column 1 (which interrupts it); its first line starts at column 1 with a character that
 * opens no block; every later line is either indented 4+ columns (paragraph continuation) or starts with a
 * character that cannot interrupt a paragraph; no line could be a GFM table delimiter row. The whole text
 * must hold no construct that spans blank lines (code fences, HTML comments, `<?`, `<!`, `<script>`/
 * `<pre>`/`<style>`/`<textarea>`) and must not start with a BOM (micromark skips it, shifting its offsets).
 *
 * The same scan finds the lines where a top-level block starts with nothing open; a long input is cut
 * there into stretches remark parses one by one (its cost grows faster than its input).
 */
import { type DelimitedSyntax, PIPE_SYNTAX, TAB_SYNTAX } from "./delimited.js";
import { CollapsedText } from "./markdown-stretch.js";
import type { SourceLine } from "./source-lines.js";

function hasTwoPipes(text: string): boolean {
  const pipe = text.indexOf("|");
  return pipe >= 0 && text.indexOf("|", pipe + 1) >= 0;
}

/** Which delimiter, if any, makes some of these lines pseudo-table rows (tabs win ties). */
export function pseudoTableSyntax(lines: readonly SourceLine[]): DelimitedSyntax | undefined {
  let tabs = 0;
  let pipes = 0;
  for (const line of lines) {
    if (line.text.includes("\t")) tabs++;
    if (hasTwoPipes(line.text)) pipes++;
  }
  if (tabs === 0 && pipes === 0) return undefined;
  return tabs >= pipes ? TAB_SYNTAX : PIPE_SYNTAX;
}

/** Constructs that may span blank lines: their presence anywhere turns collapsing off. */
const SPANS_BLANK_LINES = /```|~~~|<[!?]|<(?:script|pre|style|textarea)/i;

/** Characters that open a block at a line start (or could, e.g. `[` a definition or footnote). */
function opensBlock(code: number): boolean {
  switch (code) {
    case 0x23: // #
    case 0x3e: // >
    case 0x2d: // -
    case 0x2b: // +
    case 0x2a: // *
    case 0x5f: // _
    case 0x3d: // =
    case 0x7e: // ~
    case 0x60: // `
    case 0x3c: // <
    case 0x5b: // [
    case 0x3a: // :
      return true;
    default:
      return false;
  }
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Blank for micromark: only spaces and tabs (a full-width space or form feed is content). */
function isMarkdownBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x20 && code !== 0x09) return false;
  }
  return true;
}

/** A line made only of `|`, `:`, `-`, spaces and tabs with a `-`: it could be a GFM delimiter row. */
function mayBeDelimiterRow(text: string): boolean {
  let dash = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2d) dash = true;
    else if (code !== 0x7c && code !== 0x3a && code !== 0x20 && code !== 0x09) return false;
  }
  return dash;
}

/** An ATX heading at column 1 (`#` to `######`, then a space, a tab or the line end). */
function isAtxHeading(text: string): boolean {
  let hashes = 0;
  while (text.charCodeAt(hashes) === 0x23) hashes++;
  if (hashes === 0 || hashes > 6) return false;
  const next = text.charCodeAt(hashes);
  return Number.isNaN(next) || next === 0x20 || next === 0x09;
}

/** Whether a run's first line starts a paragraph whatever follows it (column 1, no block opener). */
function startsParagraph(text: string): boolean {
  const code = text.charCodeAt(0);
  return code !== 0x20 && code !== 0x09 && !opensBlock(code) && !isDigit(code);
}

/** Whether a line inside a paragraph continues it (cannot interrupt it). */
function continuesParagraph(text: string): boolean {
  let column = 0;
  let i = 0;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20) column++;
    else if (code === 0x09) column += 4 - (column % 4);
    else break;
    if (column >= 4) return true;
  }
  const code = text.charCodeAt(i);
  if (opensBlock(code)) return false;
  // An ordered list item interrupts a paragraph only when it starts at 1.
  if (code === 0x31) {
    const next = text.charCodeAt(i + 1);
    if (next === 0x2e || next === 0x29) return false;
  }
  return true;
}

/** What one scan of the input found: the collapsible runs and the lines where a top-level block starts. */
interface Scan {
  /** Runs to collapse, `[first, last]` line indices, ascending. */
  runs: [number, number][];
  /** Indices (> 0, ascending) of lines that start a top-level block with nothing open before them. */
  starts: number[];
}

function scan(text: string, lines: readonly SourceLine[]): Scan | undefined {
  if (text.charCodeAt(0) === 0xfeff || SPANS_BLANK_LINES.test(text)) return undefined;
  const runs: [number, number][] = [];
  const starts: number[] = [];
  // Whether the current line starts at top level with no block open (text start, after a blank line or
  // after a top-level ATX heading).
  let fresh = true;
  let i = 0;
  while (i < lines.length) {
    const line = (lines[i] as SourceLine).text;
    if (isMarkdownBlank(line)) {
      fresh = true;
      i++;
      continue;
    }
    if (fresh && isAtxHeading(line)) {
      if (i > 0) starts.push(i);
      i++;
      continue;
    }
    if (!fresh || !startsParagraph(line)) {
      fresh = false;
      i++;
      continue;
    }
    // A top-level paragraph starts here; it ends at a blank line or at an ATX heading that interrupts it.
    const first = i;
    if (i > 0) starts.push(i);
    let ok = true;
    let table = false;
    for (; i < lines.length; i++) {
      const text = (lines[i] as SourceLine).text;
      if (isMarkdownBlank(text) || (ok && i > first && isAtxHeading(text))) break;
      if (!ok) continue;
      if (mayBeDelimiterRow(text) || (i > first && !continuesParagraph(text))) ok = false;
      else if (!table) table = text.includes("\t") || hasTwoPipes(text);
    }
    if (ok && table) runs.push([first, i - 1]);
    fresh = ok;
  }
  return { runs, starts };
}

/**
 * The collapsed text of a Markdown input, or undefined when no run qualifies (remark then parses the
 * input itself). `lines` are the input's source lines.
 */
export function collapsePseudoTables(text: string, lines: readonly SourceLine[]): CollapsedText | undefined {
  const found = scan(text, lines);
  return found && found.runs.length > 0 ? new CollapsedText(text, lines, found.runs) : undefined;
}

/** Collapsed characters per remark call at least (remark's cost grows faster than its input). */
export const PIECE_CHARS = 2000;

/**
 * The input cut into stretches remark parses one by one (each collapsed), or undefined when there is
 * nothing to collapse or cut (remark then parses the input itself). Stretches are cut only before a line
 * that starts a top-level block with nothing open, and only when the input holds no definition (`]:`),
 * the one construct whose effect (a reference elsewhere) crosses blocks; a stretch holds at least
 * `pieceChars` collapsed characters ({@link PIECE_CHARS} by default), and the text after the last cut half
 * as many.
 */
export function markdownPieces(
  text: string,
  lines: readonly SourceLine[],
  pieceChars = PIECE_CHARS,
): CollapsedText[] | undefined {
  const found = scan(text, lines);
  if (!found) return undefined;
  const { runs, starts } = found;
  const cuts: number[] = [];
  if (!text.includes("]:")) {
    // Collapsed offset of each candidate start: its input offset less what runs before it removed.
    let run = 0;
    let removed = 0;
    let last = 0;
    const total = text.length - runs.reduce((sum, [a, b]) => sum + runLength(lines, a, b) - 1, 0);
    for (const start of starts) {
      for (; run < runs.length && (runs[run] as [number, number])[1] < start; run++) {
        const [a, b] = runs[run] as [number, number];
        removed += runLength(lines, a, b) - 1;
      }
      const at = (lines[start] as SourceLine).start - removed;
      if (at - last >= pieceChars && total - at >= pieceChars / 2) {
        cuts.push(start);
        last = at;
      }
    }
  }
  if (runs.length === 0 && cuts.length === 0) return undefined;
  const pieces: CollapsedText[] = [];
  let from = 0;
  let run = 0;
  for (const end of [...cuts, lines.length]) {
    const inside: [number, number][] = [];
    for (; run < runs.length && (runs[run] as [number, number])[0] < end; run++)
      inside.push(runs[run] as [number, number]);
    pieces.push(new CollapsedText(text, lines, inside, from, end));
    from = end;
  }
  return pieces;
}

/** Input characters of a run, from its first line's start to its last line's end (line break excluded). */
function runLength(lines: readonly SourceLine[], first: number, last: number): number {
  const end = lines[last] as SourceLine;
  return end.start + end.text.length - (lines[first] as SourceLine).start;
}
