/**
 * Blank cells of a one-line table row in layout-preserving PDF text (`pdftotext -layout`): the values stand in
 * columns of one width, so a gap of two or more column widths between two values is a column printed blank.
 * Used where no other row gives the columns (Table 四 printed as one row of 15 values).
 */
import type { SourcePosition } from "../schema/common.js";
import { fieldIdOf, type Identity, type TableTemplate } from "../templates/types.js";
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

/** The equations (Σ = Σ over plain field ids) of some identities that stand wholly in one table. */
function tableEquations(table: TableTemplate, identities: readonly Identity[]): { lhs: string[]; rhs: string[] }[] {
  const prefix = `${table.id}.`;
  const out: { lhs: string[]; rhs: string[] }[] = [];
  for (const identity of identities) {
    for (const eq of identity.equations) {
      if ((eq.op ?? "eq") !== "eq") continue;
      const terms = [...eq.lhs, ...eq.rhs];
      if (terms.every((t) => typeof t === "string" && t.startsWith(prefix))) {
        out.push({ lhs: eq.lhs as string[], rhs: eq.rhs as string[] });
      }
    }
  }
  return out;
}

/**
 * How many of the table's own equations (`identities`) the values break when they fill its cells in order
 * (the table's rows × columns; cells past the values absent): an equation with an absent or non-number cell
 * is not counted. Decides between two readings of one row of values.
 */
export function identityMisses(
  table: TableTemplate,
  identities: readonly Identity[],
  values: readonly Token[],
): number {
  const at = new Map<string, Token>();
  let i = 0;
  for (const row of table.rows)
    for (const column of row.columns) {
      const token = values[i++];
      if (token) at.set(fieldIdOf(table, row, column), token);
    }
  const sum = (ids: readonly string[]): number | null => {
    let total = 0;
    for (const id of ids) {
      const reading = at.get(id)?.reading;
      if (reading?.status !== "number" || reading.value === null) return null;
      total += reading.value;
    }
    return total;
  };
  let misses = 0;
  for (const eq of tableEquations(table, identities)) {
    const lhs = sum(eq.lhs);
    const rhs = sum(eq.rhs);
    if (lhs !== null && rhs !== null && Math.abs(lhs - rhs) > 1e-9) misses++;
  }
  return misses;
}
