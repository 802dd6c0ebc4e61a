/**
 * Maps raw legacy rows onto a family's typed ids (formats.md §4.2, §4.3, §5.5): labels are compared after
 * normalisation with their numbering (其中：1. / （一） / (1)) removed; a label printed with two units (2.新闻发布会 →
 * 场 and 条) is told apart by its unit; a label printed twice (1.检索费 under 收费 and under 减免) takes the
 * template's rows in order. Generic over `LegacyTemplate` data.
 */
import type { LegacyRowTemplate, LegacyTemplate } from "../templates/legacy-types.js";
import { LEGACY_VALUE_COLUMNS, legacyIdOf } from "../templates/legacy-types.js";
import { boundedDistance, stripAnnotation } from "./labels.js";
import { norm } from "./legacy-cells.js";
import type { LegacyRawRow } from "./legacy-grid.js";

const NUMBERING = /^(?:其中:?|（[一二三四五六七八九十\d]+）|[一二三四五六七八九十]+、|\d+\.|\d+、)+/;

/** The matching key of a label: normalised, numbering and 其中 removed. */
export function legacyLabelKey(label: string): string {
  return norm(label).replace(NUMBERING, "");
}

interface IndexedRow {
  row: LegacyRowTemplate;
  keys: Set<string>;
  unit: string | null;
}

const indexCache = new WeakMap<LegacyTemplate, IndexedRow[]>();

function indexOf(template: LegacyTemplate): IndexedRow[] {
  let index = indexCache.get(template);
  if (!index) {
    index = template.rows.map((row) => {
      const keys = new Set<string>();
      for (const l of row.labels) {
        const k = legacyLabelKey(l);
        keys.add(k);
        keys.add(stripAnnotation(k));
      }
      return { row, keys, unit: row.unit === null ? null : norm(row.unit) };
    });
    indexCache.set(template, index);
  }
  return index;
}

/**
 * Cheap test before the edit distance: strings one edit apart share their first half or their last half
 * (the edit falls in one of them).
 */
function mayBeOneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  const h = Math.floor(Math.min(a.length, b.length) / 2);
  return a.slice(0, h) === b.slice(0, h) || a.slice(a.length - h) === b.slice(b.length - h);
}

function labelMatches(entry: IndexedRow, key: string, stripped: string, loose: boolean): boolean {
  if (entry.keys.has(key) || entry.keys.has(stripped)) return true;
  if (!loose || key.length < 6) return false;
  for (const k of entry.keys) {
    if (k.length >= 6 && mayBeOneEditApart(k, key) && boundedDistance(k, key, 1) <= 1) return true;
  }
  return false;
}

/** Picks the template row for one raw row, preferring an unused row with the same unit; null when none fits. */
function pick(
  index: readonly IndexedRow[],
  used: Set<IndexedRow>,
  key: string,
  unit: string | null,
): IndexedRow | null {
  const stripped = stripAnnotation(key);
  for (const loose of [false, true]) {
    const candidates = index.filter((e) => labelMatches(e, key, stripped, loose));
    if (candidates.length === 0) continue;
    const free = candidates.filter((e) => !used.has(e));
    const sameUnit = free.find((e) => unit !== null && e.unit === unit);
    const chosen = sameUnit ?? free.find((e) => unit === null || e.unit === null) ?? free[0];
    if (chosen) return chosen;
    return null;
  }
  return null;
}

function columnSuffix(column: string): string | null {
  const key = norm(column);
  const found = LEGACY_VALUE_COLUMNS.find((c) => c.labels.some((l) => norm(l) === key));
  if (found) return found.suffix;
  return /^\d{4}年度?$/.test(key) ? "period" : null;
}

/**
 * The printed row a raw row's value cell stands in: the grid row when known, else the line; the value
 * columns of one printed row share it (a label printed with two units spans two printed rows).
 */
function physicalRow(row: LegacyRawRow): string {
  const s = row.cell.source;
  return s.row !== undefined ? `${row.label}\u0000t${s.table}r${s.row}` : `${row.label}\u0000l${s.line}`;
}

/**
 * Assigns typed ids of `template` to `rows` (same order as `rows`; null where no template row fits). With
 * several value columns, the first column's row keeps the plain id and the others get `.<column suffix>`.
 */
export function matchLegacyRows(rows: readonly LegacyRawRow[], template: LegacyTemplate): (string | null)[] {
  const index = indexOf(template);
  const used = new Set<IndexedRow>();
  const out: (string | null)[] = [];
  let previous: { key: string; entry: IndexedRow | null } | null = null;
  for (const row of rows) {
    const key = physicalRow(row);
    const sameRow = previous !== null && previous.key === key && row.column !== null;
    let entry: IndexedRow | null;
    if (sameRow && previous) entry = previous.entry;
    else {
      entry = pick(index, used, legacyLabelKey(row.label), row.unit === null ? null : norm(row.unit));
      if (entry) used.add(entry);
    }
    previous = { key, entry };
    if (!entry) {
      out.push(null);
      continue;
    }
    const base = legacyIdOf(template, entry.row);
    if (!sameRow || row.column === null) {
      out.push(base);
      continue;
    }
    const suffix = columnSuffix(row.column);
    out.push(suffix === null ? null : `${base}.${suffix}`);
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

/** Scores every family against the rows (and title); the best fit first. */
export function rankLegacyFamilies(
  rows: readonly LegacyRawRow[],
  title: string | null,
  templates: readonly LegacyTemplate[],
): LegacyFit[] {
  const keys = rows.map((r) => legacyLabelKey(r.label));
  if (title) keys.push(norm(title));
  const fits = templates.map((template) => {
    const ids = matchLegacyRows(rows, template);
    const matched = ids.filter((id) => id !== null).length;
    const signals = template.signals.filter((s) => {
      const k = legacyLabelKey(s);
      return keys.some((key) => key.includes(k));
    }).length;
    return { template, matched, signals, ids };
  });
  return fits.sort((a, b) => b.matched + 2 * b.signals - (a.matched + 2 * a.signals));
}
