/**
 * Text extracted from PDF (one line per printed line, no row separators): lines that end in numbers are
 * table rows (label cell + one cell per number), and the short lines around them (headers, labels wrapped
 * over lines, vertical labels one character per line) belong to the same table; long lines are prose, as
 * are enumerated headings (`二、…` without numbers) and runs of short lines with no numeric row. Row
 * boundaries are guesses, so tables are marked `rowsReliable: false`.
 */
import type { GridCell } from "../document.js";
import type { DocumentBuilder } from "./builder.js";
import type { Locator } from "./positions.js";
import { gridCell, isBlank, isPageFurniture, type SourceLine, trimSpan } from "./source-lines.js";

const NUMBER_TOKEN = /^(?:[+\-＋－]?[0-9０-９]+(?:[.,．][0-9０-９]+)*[%％]?|[-—–－/／]+)$/u;
const ENUMERATED_HEADING = /^[一二三四五六七八九十]+[、.．]\S/u;
const SENTENCE_END = /[。；！？;!?]$/u;
const FALLBACK_PROSE_WIDTH = 26;

/** A line split into an optional label and trailing numeric tokens, with offsets. */
interface SplitLine {
  line: SourceLine;
  label: { text: string; offset: number } | undefined;
  numbers: { text: string; offset: number }[];
}

/** Splits the trailing whitespace-separated numeric tokens off a line. */
export function splitTrailingNumbers(line: SourceLine): SplitLine {
  const tokens: { text: string; offset: number }[] = [];
  const re = /\S+/g;
  for (let m = re.exec(line.text); m; m = re.exec(line.text)) tokens.push({ text: m[0], offset: line.start + m.index });
  let cut = tokens.length;
  while (cut > 0 && NUMBER_TOKEN.test(tokens[cut - 1]?.text ?? "")) cut--;
  const numbers = tokens.slice(cut);
  const first = tokens[0];
  const lastLabel = tokens[cut - 1];
  const label =
    first && lastLabel
      ? {
          text: line.text.slice(first.offset - line.start, lastLabel.offset - line.start + lastLabel.text.length),
          offset: first.offset,
        }
      : undefined;
  return { line, label, numbers };
}

function visibleLength(text: string): number {
  return text.replace(/\s+/g, "").length;
}

/** The width of a full prose line: the 90th percentile of visible line lengths, scaled down a little. */
function proseWidth(lines: SourceLine[]): number {
  const lengths = lines.map((l) => visibleLength(l.text)).filter((n) => n > 0);
  if (lengths.length < 10) return FALLBACK_PROSE_WIDTH;
  lengths.sort((a, b) => a - b);
  const p90 = lengths[Math.floor(lengths.length * 0.9)] ?? FALLBACK_PROSE_WIDTH;
  return Math.max(12, Math.floor(p90 * 0.85));
}

type LineKind = "row" | "short" | "prose" | "heading";

function classify(split: SplitLine, width: number): LineKind {
  const labelLength = split.label ? visibleLength(split.label.text) : 0;
  if (split.numbers.length >= 2 || (split.numbers.length === 1 && labelLength < width) || !split.label) return "row";
  if (split.numbers.length === 0 && ENUMERATED_HEADING.test(split.label.text) && labelLength > 2) return "heading";
  if (split.numbers.length === 0 && SENTENCE_END.test(split.label.text)) return "prose";
  return visibleLength(split.line.text) >= width ? "prose" : "short";
}

function rowOf(split: SplitLine, locator: Locator): GridCell[] {
  const cells: GridCell[] = [];
  if (split.label) {
    // Layout-preserving extraction (pdftotext -layout) separates columns by runs of spaces.
    const re = /\S+(?: \S+)*/g;
    for (let m = re.exec(split.label.text); m; m = re.exec(split.label.text)) {
      cells.push(gridCell(m[0], split.label.offset + m.index, locator));
    }
  }
  for (const n of split.numbers) cells.push(gridCell(n.text, n.offset, locator));
  return cells;
}

/** A run of short lines is a table when it has a row of several numbers or at least three numeric rows. */
function isTableRun(run: SplitLine[]): boolean {
  let single = 0;
  for (const s of run) {
    if (s.numbers.length >= 2 || (!s.label && s.numbers.length > 0)) return true;
    if (s.numbers.length === 1) single++;
  }
  return single >= 3;
}

/** Adds the blocks of PDF-extracted lines to a builder. */
export function addPdfLines(builder: DocumentBuilder, lines: SourceLine[]): void {
  const locator = builder.locator;
  const kept = lines.filter((l) => !isBlank(l.text) && !isPageFurniture(l.text));
  const width = proseWidth(kept);
  const splits = kept.map(splitTrailingNumbers);
  const kinds = splits.map((s) => classify(s, width));
  const text = (s: SplitLine): void => {
    const span = trimSpan(s.line.text, 0, s.line.text.length);
    builder.addText(span.text, locator.point(s.line.start + span.offset));
  };
  let i = 0;
  while (i < splits.length) {
    const kind = kinds[i];
    if (kind === "prose" || kind === "heading") {
      text(splits[i] as SplitLine);
      i++;
      continue;
    }
    let j = i;
    while (j < splits.length && (kinds[j] === "row" || kinds[j] === "short")) j++;
    const run = splits.slice(i, j);
    if (isTableRun(run))
      builder.addTable(
        run.map((s) => rowOf(s, locator)),
        false,
      );
    else run.forEach(text);
    i = j;
  }
}
