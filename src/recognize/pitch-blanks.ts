/**
 * Blank cells of a one-line table row in layout-preserving PDF text (`pdftotext -layout`): the values stand in
 * columns of one width, so a gap of two or more column widths between two values is a column printed blank.
 * Used where no other row gives the columns (Table 四 printed as one row of 15 values).
 */
import type { SourcePosition } from "../schema/common.js";
import { cellReading } from "./cell-value.js";
import type { Token } from "./lines.js";

/** The narrowest column width read as layout (text without layout separates values by one space). */
const MIN_PITCH = 4;
/** How far a value's edge may stand from its column's (numbers of different widths, centred columns). */
const TOLERANCE = 1;

/** The most frequent of some numbers (the first of them on a tie). */
function mode(values: readonly number[]): number {
  const counts = new Map<number, number>();
  let best = values[0] ?? 0;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > (counts.get(best) ?? 0)) best = v;
  }
  return best;
}

/**
 * How many column widths `pitch` each gap spans (each ≥ 1), or null when a gap is no whole number of widths
 * (within TOLERANCE) or fewer than half of the gaps are one width.
 */
function widths(gaps: readonly number[], pitch: number): number[] | null {
  const out: number[] = [];
  let single = 0;
  for (const gap of gaps) {
    const k = Math.round(gap / pitch);
    if (k < 1 || Math.abs(gap - k * pitch) > TOLERANCE) return null;
    if (k === 1) single++;
    out.push(k);
  }
  return single * 2 >= gaps.length ? out : null;
}

/** The gaps between the values' right edges (`end`) or left edges (`start`), in order. */
function gapsOf(values: readonly Token[], edge: "end" | "start"): number[] {
  const at = (t: Token): number => t.source.column + (edge === "end" ? t.raw.length : 0);
  const gaps: number[] = [];
  for (let i = 1; i < values.length; i++) gaps.push(at(values[i] as Token) - at(values[i - 1] as Token));
  return gaps;
}

/** A blank cell `shift` characters right of a value's start, on its line. */
function blankAfter(value: Token, shift: number): Token {
  const { line, column, offset } = value.source;
  const source: SourcePosition = { line, column: column + shift, offset: offset + shift };
  return { kind: "value", raw: "", reading: cellReading(""), source, line: value.line };
}

/**
 * The values of one printed line with a blank cell in every column their gaps skip, when the values stand
 * in columns of one width (≥ MIN_PITCH characters, by their right or else their left edges) and the blanks
 * make exactly `count` cells; null otherwise (values on several lines, no such columns, another count: a
 * blank in the first or last column leaves no gap and cannot be placed).
 */
export function blanksByPitch(values: readonly Token[], count: number): Token[] | null {
  if (values.length < 3 || values.length >= count) return null;
  const line = values[0]!.source.line;
  if (values.some((t) => t.source.line !== line || t.raw === "")) return null;
  for (const edge of ["end", "start"] as const) {
    const gaps = gapsOf(values, edge);
    const pitch = mode(gaps);
    if (pitch < MIN_PITCH) continue;
    const spans = widths(gaps, pitch);
    if (spans === null || spans.reduce((a, b) => a + b, 1) !== count) continue;
    const out: Token[] = [values[0]!];
    spans.forEach((k, i) => {
      for (let j = 1; j < k; j++) out.push(blankAfter(values[i]!, j * pitch));
      out.push(values[i + 1]!);
    });
    return out;
  }
  return null;
}
