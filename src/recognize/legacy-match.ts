/**
 * Maps raw legacy rows onto a family's typed ids (formats.md §4.2, §4.3, §5.5): labels are compared after
 * normalisation with their numbering (其中：1. / （一） / (1)) removed; a label printed with two units (2.新闻发布会 →
 * 场 and 条) is told apart by its unit; a label printed twice (1.检索费 under 收费 and under 减免) takes the
 * template's rows in order. Generic over `LegacyTemplate` data.
 */
import type { LegacyTemplate } from "../templates/legacy-types.js";
import { LEGACY_VALUE_COLUMNS, LEGACY_YEAR_COLUMN } from "../templates/legacy-types.js";
import { stripAnnotation } from "./labels.js";
import { norm } from "./legacy-cells.js";
import type { LegacyRawRow } from "./legacy-grid.js";
import { type IndexedRow, indexOf, legacyLabelKey, pick, type TemplateIndex } from "./legacy-index.js";

export { legacyLabelKey } from "./legacy-index.js";

const suffixes = new Map<string, string | null>();

function columnSuffix(column: string): string | null {
  let suffix = suffixes.get(column);
  if (suffix === undefined) {
    const key = norm(column);
    const found = LEGACY_VALUE_COLUMNS.find((c) => c.labels.some((l) => norm(l) === key));
    suffix = found ? found.suffix : LEGACY_YEAR_COLUMN.test(key) ? "period" : null;
    if (suffixes.size >= SUFFIX_CACHE_LIMIT) suffixes.clear();
    suffixes.set(column, suffix);
  }
  return suffix;
}
const SUFFIX_CACHE_LIMIT = 1024;

/**
 * Whether two raw rows' value cells stand in the same printed row: the same label and the same grid row
 * when known, else the same printed row of a grid read back from lines, else the same line; the value
 * columns of one printed row share it (a label printed with two units spans two printed rows).
 */
function samePhysicalRow(a: LegacyRawRow, b: LegacyRawRow): boolean {
  if (a.label !== b.label) return false;
  const s = a.cell.source;
  const t = b.cell.source;
  if (s.row !== undefined) return t.row === s.row && t.table === s.table;
  if (a.printedRow !== undefined || b.printedRow !== undefined) return a.printedRow === b.printedRow;
  return t.row === undefined && t.line === s.line;
}

/** What matching needs of the raw rows, computed once for every family. */
interface PreparedRows {
  rows: readonly LegacyRawRow[];
  /** Matching key of each row's label. */
  keys: string[];
  /** The keys without a trailing annotation. */
  stripped: string[];
  /** Normalised unit of each row. */
  units: (string | null)[];
  /** Whether each row continues the printed row before it with another value column. */
  sameRow: boolean[];
}

/** Matching key and stripped key per label seen. */
const labelKeys = new Map<string, { key: string; stripped: string }>();
const LABEL_CACHE_LIMIT = 4096;

function keysOf(label: string): { key: string; stripped: string } {
  let keys = labelKeys.get(label);
  if (keys === undefined) {
    const key = legacyLabelKey(label);
    keys = { key, stripped: stripAnnotation(key) };
    if (labelKeys.size >= LABEL_CACHE_LIMIT) labelKeys.clear();
    labelKeys.set(label, keys);
  }
  return keys;
}

function prepare(rows: readonly LegacyRawRow[]): PreparedRows {
  const keys: string[] = [];
  const stripped: string[] = [];
  const units: (string | null)[] = [];
  const sameRow: boolean[] = [];
  let previous: LegacyRawRow | null = null;
  for (const row of rows) {
    const key = keysOf(row.label);
    keys.push(key.key);
    stripped.push(key.stripped);
    units.push(row.unit === null ? null : norm(row.unit));
    sameRow.push(previous !== null && row.column !== null && samePhysicalRow(previous, row));
    previous = row;
  }
  return { rows, keys, stripped, units, sameRow };
}

function matchPrepared(prepared: PreparedRows, index: TemplateIndex): (string | null)[] {
  const { rows, keys, stripped, units, sameRow } = prepared;
  const used = new Set<IndexedRow>();
  const out: (string | null)[] = [];
  let entry: IndexedRow | null = null;
  // The template position of the last row matched: a repeated label prefers the rows after it.
  let after = -1;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const continued = sameRow[i]!;
    if (!continued) {
      entry = pick(index, used, keys[i]!, stripped[i]!, units[i]!, after);
      if (entry) {
        used.add(entry);
        after = entry.order;
      }
    }
    if (!entry) out.push(null);
    else if (!continued) out.push(entry.id);
    else {
      const suffix = columnSuffix(row.column!);
      out.push(suffix === null ? null : `${entry.id}.${suffix}`);
    }
  }
  return out;
}

/** The year a value column's header names (2016年, 2017年度), or null. */
function yearOf(column: string): number | null {
  const m = LEGACY_YEAR_COLUMN.exec(norm(column));
  return m ? Number(m[1]) : null;
}

/**
 * Which value column of one printed row holds the report year's value: the latest year column (2016年 |
 * 2017年), else the first `period` column (上年数 | 本年数, 合计), else the first column — unless no column
 * names a period, a year or a known kind (区政府 | 区直单位 | 乡镇街道: a breakdown with no total), then none (-1).
 */
function primaryColumn(columns: readonly string[], years: readonly (number | null)[]): number {
  let primary = -1;
  years.forEach((y, k) => {
    if (y !== null && (primary < 0 || y > years[primary]!)) primary = k;
  });
  if (primary >= 0) return primary;
  const suffixes = columns.map(columnSuffix);
  if (suffixes.every((x) => x === null)) return -1;
  return Math.max(0, suffixes.indexOf("period"));
}

/**
 * Gives the plain id of one printed row (raw rows `first`…`last`, one per value column, the first holding
 * `id`) to the column holding the report year's value and its suffix to every other column; an older year
 * column gets `year_<YYYY>`; a breakdown with no total (区政府 | 区直单位 | 乡镇街道) gets no typed id at all.
 */
function retypeRow(rows: readonly LegacyRawRow[], out: (string | null)[], first: number, last: number, id: string) {
  const columns = rows.slice(first, last + 1).map((r) => r.column ?? "");
  const years = columns.map(yearOf);
  const primary = primaryColumn(columns, years);
  if (primary === 0 && years.every((y) => y === null)) return;
  columns.forEach((column, k) => {
    const year = years[k];
    const suffix = year !== null && year !== undefined ? `year_${year}` : columnSuffix(column);
    out[first + k] = k === primary ? id : suffix === null || primary < 0 ? null : `${id}.${suffix}`;
  });
}

/**
 * The ids of a family's fit with every printed row of several value columns retyped (see `retypeRow`): the
 * plain id goes to the report year's column, not always the first. Run once the family is chosen (a fit
 * counts the rows matched by label).
 */
export function retypeColumns(rows: readonly LegacyRawRow[], ids: readonly (string | null)[]): (string | null)[] {
  const out = [...ids];
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    const continued = i < rows.length && rows[i]!.column !== null && samePhysicalRow(rows[i - 1]!, rows[i]!);
    if (continued) continue;
    const id = ids[start];
    if (i - 1 > start && id !== null && id !== undefined) retypeRow(rows, out, start, i - 1, id);
    start = i;
  }
  return out;
}

/** How well a family fits a table: matched rows and signal labels found. */
export interface LegacyFit {
  template: LegacyTemplate;
  /** Rows that received a typed id. */
  matched: number;
  /** Signal labels present among the rows' labels or the table title. */
  signals: number;
  ids: (string | null)[];
}

const SEPARATOR = "\u0000";

/** Counts the signal keys found inside some key (of the rows' labels and the title). */
function signalCounter(keys: readonly string[]): (signals: readonly string[]) => number {
  // One string for every key: a signal found in it lies inside one key, as no key holds the separator.
  const joined = keys.length > 0 && !keys.some((k) => k.includes(SEPARATOR)) ? keys.join(SEPARATOR) : null;
  const found = (k: string) =>
    joined !== null && !k.includes(SEPARATOR) ? joined.includes(k) : keys.some((key) => key.includes(k));
  return (signals) => signals.filter(found).length;
}

/**
 * The family that fits the rows (and title) best: the highest score, matched rows + 2 × signals found,
 * the earlier family on a tie; undefined without families. Signals are only counted for a family whose
 * score could still reach the best one (matched + 2 × all its signals).
 */
export function bestLegacyFamily(
  rows: readonly LegacyRawRow[],
  title: string | null,
  templates: readonly LegacyTemplate[],
): LegacyFit | undefined {
  const prepared = prepare(rows);
  const fits = templates.map((template, order) => {
    const index = indexOf(template);
    const ids = matchPrepared(prepared, index);
    let matched = 0;
    for (const id of ids) if (id !== null) matched++;
    return { fit: { template, matched, signals: 0, ids }, index, order, bound: matched + 2 * index.signals.length };
  });
  let count: ((signals: readonly string[]) => number) | null = null;
  let best: { fit: LegacyFit; order: number; score: number } | undefined;
  for (const c of [...fits].sort((a, b) => b.bound - a.bound || a.order - b.order)) {
    if (best && (c.bound < best.score || (c.bound === best.score && c.order > best.order))) break;
    // Repeated keys change no containment test, so the keys are passed as they are (the title's key last).
    count ??= signalCounter(title ? [...prepared.keys, norm(title)] : prepared.keys);
    c.fit.signals = count(c.index.signals);
    const score = c.fit.matched + 2 * c.fit.signals;
    if (!best || score > best.score || (score === best.score && c.order < best.order)) {
      best = { fit: c.fit, order: c.order, score };
    }
  }
  return best?.fit;
}
