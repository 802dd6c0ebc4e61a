/**
 * The one generic row matcher: finds, in a (joined, normalised) label run, the template row whose label
 * ends latest. Exact containment first, then containment across a trailing annotation, then a bounded
 * edit distance on the run's tail (typos), then the head of a wrapped label ending the run. Ties prefer
 * the current block, then template order.
 */
import { perObject } from "../memo.js";
import type { RowTemplate, TableTemplate } from "../templates/types.js";
import { boundedDistance, normalizeLabel, stripAnnotation } from "./labels.js";

/** A row found in a label run. */
export interface RowMatch {
  /** The template row. */
  row: RowTemplate;
  /** Index of the row in the template. */
  index: number;
  /** Where the matched label ends in the run (annotation-stripped run length for tail matches). */
  end: number;
  /** Length of the matched label. */
  length: number;
  /** Edit distance (0 for containment). */
  distance: number;
}

/** Where the matcher is in the table: the last matched row index and the current Table 二 block. */
export interface MatchContext {
  /** Template index of the previously matched row (-1 before any). */
  after: number;
  /** Current block id (Table 二), or null. */
  block: string | null;
}

/** The context of a table's start, no row matched yet and no block (matchRow only reads it). */
export const NO_CONTEXT: MatchContext = Object.freeze({ after: -1, block: null });

const MAX_DISTANCE = 2;
const MIN_FUZZY_LENGTH = 6;
/** Normalised labels of every row of a table template (cached per template object). */
export const rowLabels = perObject((table: TableTemplate): string[][] =>
  table.rows.map((r) => [...new Set(r.labels.map(normalizeLabel))]),
);

/** Compares the context-free keys of two matches: >0 when `a` is better (ends later, closer, longer). */
function compareKey(a: RowMatch, b: RowMatch): number {
  if (a.end !== b.end) return a.end - b.end;
  if (a.distance !== b.distance) return b.distance - a.distance;
  return a.length - b.length;
}

/** Breaks a tie of the context-free keys: the current block, then rows ahead of the last match. */
function betterInContext(a: RowMatch, b: RowMatch, ctx: MatchContext): boolean {
  const blockA = ctx.block !== null && a.row.block === ctx.block;
  const blockB = ctx.block !== null && b.row.block === ctx.block;
  if (blockA !== blockB) return blockA;
  const aheadA = a.index > ctx.after;
  const aheadB = b.index > ctx.after;
  if (aheadA !== aheadB) return aheadA;
  return aheadA ? a.index < b.index : a.index > b.index;
}

/**
 * Keeps the matches whose context-free key is best: `top` holds the tied best so far; returns the new list
 * (the context decides among them later, so one list serves every context).
 */
function keepBest(top: RowMatch[], m: RowMatch): RowMatch[] {
  const first = top[0];
  if (!first) return [m];
  const c = compareKey(m, first);
  if (c > 0) return [m];
  if (c === 0 && !top.some((t) => t.index === m.index)) top.push(m);
  return top;
}

/** The match the context prefers among matches tied on their context-free key (null for none). */
function pick(top: readonly RowMatch[], ctx: MatchContext): RowMatch | null {
  let best: RowMatch | null = null;
  for (const m of top) if (!best || betterInContext(m, best, ctx)) best = m;
  return best;
}

/** A table's row labels indexed by their last character (a label inside a run ends with a run character). */
const labelsByLastChar = perObject((table: TableTemplate): Map<string, { index: number; label: string }[]> => {
  const map = new Map<string, { index: number; label: string }[]>();
  rowLabels(table).forEach((labels, index) => {
    for (const label of labels) {
      const last = label.charAt(label.length - 1);
      const list = map.get(last) ?? [];
      list.push({ index, label });
      map.set(last, list);
    }
  });
  return map;
});

function exactMatches(run: string, table: TableTemplate): RowMatch[] {
  const stripped = stripAnnotation(run);
  let top: RowMatch[] = [];
  const byLast = labelsByLastChar(table);
  // Each distinct character of the run picks the labels ending with it; "" keys (empty labels) are
  // contained in every run.
  const seen = new Set<string>();
  for (let i = -1; i < run.length; i++) {
    const ch = i < 0 ? "" : run.charAt(i);
    if (seen.has(ch)) continue;
    seen.add(ch);
    const labels = byLast.get(ch);
    if (!labels) continue;
    for (const { index, label } of labels) {
      const row = table.rows[index]!;
      const pos = stripped.lastIndexOf(label);
      if (pos >= 0) top = keepBest(top, { row, index, end: pos + label.length, length: label.length, distance: 0 });
      if (stripped !== run) {
        // A label that runs into the trailing parenthesis (总计（7）) counts as ending at the run's end.
        const at = run.lastIndexOf(label);
        if (at >= 0 && at < stripped.length && at + label.length > stripped.length) {
          top = keepBest(top, { row, index, end: stripped.length, length: label.length, distance: 0 });
        }
      }
    }
  }
  return top;
}

/**
 * Cheap necessary condition for an edit distance ≤ MAX_DISTANCE: the tail window shares all but
 * MAX_DISTANCE of the label's characters (counted with multiplicity).
 */
function mayBeClose(tail: ReadonlyMap<string, number>, candidate: FuzzyCandidate): boolean {
  const need = candidate.label.length - MAX_DISTANCE;
  let shared = 0;
  for (const [ch, n] of candidate.counts) {
    shared += Math.min(n, tail.get(ch) ?? 0);
    if (shared >= need) return true;
  }
  return shared >= need;
}

/** The code units of a text with their multiplicity. */
function charCounts(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    out.set(ch, (out.get(ch) ?? 0) + 1);
  }
  return out;
}

/** A row label long enough for the fuzzy matcher, with its character counts (computed once per template). */
interface FuzzyCandidate {
  row: RowTemplate;
  index: number;
  label: string;
  counts: [string, number][];
}

const fuzzyCandidates = perObject((table: TableTemplate): FuzzyCandidate[] => {
  const list: FuzzyCandidate[] = [];
  rowLabels(table).forEach((labels, index) => {
    const row = table.rows[index]!;
    for (const label of labels) {
      if (label.length >= MIN_FUZZY_LENGTH) list.push({ row, index, label, counts: [...charCounts(label)] });
    }
  });
  // Shortest first, so one tail window grows leftward (ties in `better` never depend on the order).
  return list.sort((a, b) => a.label.length - b.label.length);
});

function fuzzyMatches(run: string, table: TableTemplate): RowMatch[] {
  const stripped = stripAnnotation(run);
  let top: RowMatch[] = [];
  const tail = new Map<string, number>();
  let counted = 0;
  for (const candidate of fuzzyCandidates(table)) {
    const { row, index, label } = candidate;
    const width = Math.min(label.length + MAX_DISTANCE, stripped.length);
    for (; counted < width; counted++) {
      const ch = stripped.charAt(stripped.length - 1 - counted);
      tail.set(ch, (tail.get(ch) ?? 0) + 1);
    }
    if (!mayBeClose(tail, candidate)) continue;
    for (let k = label.length - MAX_DISTANCE; k <= label.length + MAX_DISTANCE; k++) {
      if (k <= 0 || k > stripped.length) continue;
      const distance = boundedDistance(stripped.slice(-k), label, MAX_DISTANCE);
      if (distance > MAX_DISTANCE) continue;
      top = keepBest(top, { row, index, end: stripped.length, length: label.length, distance });
    }
  }
  return top;
}

/**
 * The context-free part of matching a run against a table: the tied best matches (exact when they leave a
 * short tail, else fuzzy, else a label's head ending the run, else the exact ones). Runs recur across candidate eras and reports, so it is
 * cached per table (bounded).
 */
function candidates(run: string, table: TableTemplate): readonly RowMatch[] {
  if (run.length > MATCH_CACHE_MAX_LENGTH) return computeCandidates(run, table);
  const memo = matchCache(table);
  let top = memo.get(run);
  if (top === undefined) {
    top = computeCandidates(run, table);
    if (memo.size >= MATCH_CACHE_LIMIT) memo.clear();
    memo.set(run, top);
  }
  return top;
}

function computeCandidates(run: string, table: TableTemplate): RowMatch[] {
  const exact = exactMatches(run, table);
  const stripped = stripAnnotation(run);
  const tail = stripped.length - (exact[0]?.end ?? 0);
  if (exact.length > 0 && tail <= 3) return exact;
  const fuzzy = fuzzyMatches(run, table);
  if (fuzzy.length > 0) return fuzzy;
  const heads = headMatches(run, table);
  if (heads.length > 0) return heads;
  // A label inside a note that closes before more words (`…等，一般情况下属于规范性文件） 其他主动公开文件`: the wrapped
  // end of the row above's note, then a row of its own) names no row of this one.
  return exact.length > 0 && closesNote(stripped, exact[0]!.end) ? [] : exact;
}

/** Whether a closing bracket follows `at` in a run (spaces between): the words before it end a bracketed note. */
function closesNote(run: string, at: number): boolean {
  let i = at;
  while (i < run.length && run.charCodeAt(i) === 0x20) i++;
  return run[i] === "）" || run[i] === ")";
}

/** Whether a match is a label's head ending the run (the matcher's last resort), not the whole label. */
export const isHeadMatch = (match: RowMatch): boolean => match.distance > MAX_DISTANCE;

/** The shortest head of a row label that may stand for the whole label (row labels are distinctive from here on). */
const MIN_HEAD = 8;

/**
 * Rows whose label's head — at least MIN_HEAD characters, not the whole label — ends the run: a label
 * wrapped over lines in PDF text or a converted table, its tail printed after the row's values (vertically
 * centred cells: `5.要求行政机关确认或重新出 7 2 0 …` then `具已获取信息`). The last resort of the matcher:
 * ranked below every fuzzy match (distance MAX_DISTANCE + 1), longer heads first.
 */
function headMatches(run: string, table: TableTemplate): RowMatch[] {
  const stripped = stripAnnotation(run);
  let top: RowMatch[] = [];
  rowLabels(table).forEach((labels, index) => {
    const row = table.rows[index]!;
    for (const label of labels) {
      for (let k = Math.min(label.length - 1, stripped.length); k >= MIN_HEAD; k--) {
        if (!stripped.endsWith(label.slice(0, k))) continue;
        top = keepBest(top, { row, index, end: stripped.length, length: k, distance: MAX_DISTANCE + 1 });
        break;
      }
    }
  });
  return top;
}

const matchCache = perObject((_table: TableTemplate) => new Map<string, RowMatch[]>());
const MATCH_CACHE_LIMIT = 4096;
/** Longer runs (prose a region swept up) are matched without being cached. */
const MATCH_CACHE_MAX_LENGTH = 256;

/**
 * Finds the template row a normalised label run stands for: the row label that ends latest in the run
 * (so a run that also carries its group label or header text still resolves to the innermost row).
 * Falls back to a bounded edit distance (≤ 2, labels ≥ 6 characters) on the run's tail when no label is
 * contained or the contained one leaves a long unexplained tail, then to a label's head (≥ 8 characters)
 * ending the run (a label wrapped past its values). Returns null when nothing matches.
 */
export function matchRow(run: string, table: TableTemplate, ctx: MatchContext): RowMatch | null {
  return pick(candidates(run, table), ctx);
}

/** The block (Table 二) whose label ends latest in a normalised run, if any. */
export function matchBlock(run: string, table: TableTemplate): string | null {
  const labels = blockLabels(table);
  let best: { id: string; end: number } | null = null;
  for (const { id, label } of labels) {
    const pos = run.lastIndexOf(label);
    if (pos < 0) continue;
    const end = pos + label.length;
    if (!best || end > best.end) best = { id, end };
  }
  return best?.id ?? null;
}

const blockLabels = perObject((table: TableTemplate) =>
  table.blocks.flatMap((b) => b.labels.map((l) => ({ id: b.id, label: normalizeLabel(l) }))),
);
