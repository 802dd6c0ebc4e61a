/**
 * Maps raw legacy rows onto a family's typed ids (formats.md §4.2, §4.3, §5.5): labels are compared after
 * normalisation with their numbering (其中：1. / （一） / (1)) removed; a label printed with two units (2.新闻发布会 →
 * 场 and 条) is told apart by its unit; a label printed twice (1.检索费 under 收费 and under 减免) takes the
 * template's rows in order. Generic over `LegacyTemplate` data.
 */
import type { LegacyRowTemplate, LegacyTemplate } from "../templates/legacy-types.js";
import { LEGACY_VALUE_COLUMNS, legacyIdOf } from "../templates/legacy-types.js";
import { stripAnnotation } from "./labels.js";
import { norm } from "./legacy-cells.js";
import { withinOneEdit } from "./legacy-edit.js";
import type { LegacyRawRow } from "./legacy-grid.js";

const NUMBERING = /^(?:其中:?|（[一二三四五六七八九十\d]+）|[一二三四五六七八九十]+、|\d+\.|\d+、)+/;

/** The matching key of a label: normalised, numbering and 其中 removed. */
export function legacyLabelKey(label: string): string {
  return norm(label).replace(NUMBERING, "");
}

interface IndexedRow {
  row: LegacyRowTemplate;
  /** Position in the template (candidates are tried in template order). */
  order: number;
  keys: Set<string>;
  unit: string | null;
  /** The typed id, `<template id>.<row id>`. */
  id: string;
}

/** A fuzzy key (6 characters or more) and the row holding it. */
interface LooseKey {
  key: string;
  entry: IndexedRow;
}

/**
 * A template's rows indexed once: by exact key, and the fuzzy keys by length and first code unit and by
 * length and last code unit (strings one edit apart share their first or their last code unit).
 */
interface TemplateIndex {
  byKey: Map<string, IndexedRow[]>;
  /** Candidates found per matching key (reports of one family print the same labels). */
  found: Map<string, readonly IndexedRow[]>;
  byHead: Map<number, LooseKey[]>;
  byTail: Map<number, LooseKey[]>;
  /** Matching keys of the template's signal labels. */
  signals: string[];
}

/** How many keys' candidates a template remembers. */
const FOUND_CACHE_LIMIT = 4096;

/** Keys shorter than this are matched exactly only. */
const LOOSE_MIN = 6;

const indexCache = new WeakMap<LegacyTemplate, TemplateIndex>();

function addTo(map: Map<number, LooseKey[]>, at: number, key: LooseKey): void {
  const list = map.get(at);
  if (list) list.push(key);
  else map.set(at, [key]);
}

/** The head bucket of keys of `length` sharing `key`'s first code unit. */
function headOf(key: string, length: number): number {
  return length * 0x10000 + key.charCodeAt(0);
}

/** The tail bucket of keys of `length` sharing `key`'s last code unit. */
function tailOf(key: string, length: number): number {
  return length * 0x10000 + key.charCodeAt(key.length - 1);
}

function buildIndex(template: LegacyTemplate): TemplateIndex {
  const byKey = new Map<string, IndexedRow[]>();
  const byHead = new Map<number, LooseKey[]>();
  const byTail = new Map<number, LooseKey[]>();
  template.rows.forEach((row, order) => {
    const keys = new Set<string>();
    for (const l of row.labels) {
      const k = legacyLabelKey(l);
      keys.add(k);
      keys.add(stripAnnotation(k));
    }
    const entry: IndexedRow = {
      row,
      order,
      keys,
      unit: row.unit === null ? null : norm(row.unit),
      id: legacyIdOf(template, row),
    };
    for (const k of keys) {
      const rows = byKey.get(k);
      if (rows) rows.push(entry);
      else byKey.set(k, [entry]);
      if (k.length < LOOSE_MIN) continue;
      const loose: LooseKey = { key: k, entry };
      addTo(byHead, headOf(k, k.length), loose);
      addTo(byTail, tailOf(k, k.length), loose);
    }
  });
  return { byKey, found: new Map(), byHead, byTail, signals: template.signals.map(legacyLabelKey) };
}

function indexOf(template: LegacyTemplate): TemplateIndex {
  let index = indexCache.get(template);
  if (!index) {
    index = buildIndex(template);
    indexCache.set(template, index);
  }
  return index;
}

const byOrder = (a: IndexedRow, b: IndexedRow) => a.order - b.order;

/** The rows holding `key` or `stripped` exactly, in template order. */
function exactCandidates(index: TemplateIndex, key: string, stripped: string): readonly IndexedRow[] {
  const a = index.byKey.get(key);
  const b = stripped === key ? undefined : index.byKey.get(stripped);
  if (!b) return a ?? [];
  if (!a) return b;
  return [...new Set([...a, ...b])].sort(byOrder);
}

/** Adds the rows of `bucket` holding a key one edit away from `key` to `found` (made when first needed). */
function collectLoose(
  bucket: readonly LooseKey[] | undefined,
  key: string,
  found: Set<IndexedRow> | null,
): Set<IndexedRow> | null {
  if (bucket === undefined) return found;
  let out = found;
  for (const { key: k, entry } of bucket) {
    if (out?.has(entry) || !withinOneEdit(k, key)) continue;
    out ??= new Set();
    out.add(entry);
  }
  return out;
}

/** The rows holding a key one edit away from `key` (6 characters or more), in template order. */
function looseCandidates(index: TemplateIndex, key: string): readonly IndexedRow[] {
  if (key.length < LOOSE_MIN) return [];
  let found: Set<IndexedRow> | null = null;
  for (let length = key.length - 1; length <= key.length + 1; length++) {
    found = collectLoose(index.byHead.get(headOf(key, length)), key, found);
    found = collectLoose(index.byTail.get(tailOf(key, length)), key, found);
  }
  if (found === null) return [];
  return found.size > 1 ? [...found].sort(byOrder) : [...found];
}

/**
 * Picks the template row for one raw row, preferring an unused row with the same unit; null when none fits.
 * Exact keys first; only when no row holds the key exactly, keys one edit away.
 */
function pick(
  index: TemplateIndex,
  used: Set<IndexedRow>,
  key: string,
  stripped: string,
  unit: string | null,
): IndexedRow | null {
  let candidates = index.found.get(key);
  if (candidates === undefined) {
    candidates = exactCandidates(index, key, stripped);
    if (candidates.length === 0) candidates = looseCandidates(index, key);
    if (index.found.size >= FOUND_CACHE_LIMIT) index.found.clear();
    index.found.set(key, candidates);
  }
  let firstFree: IndexedRow | undefined;
  let unitless: IndexedRow | undefined;
  for (const e of candidates) {
    if (used.has(e)) continue;
    if (unit !== null && e.unit === unit) return e;
    firstFree ??= e;
    if (unitless === undefined && (unit === null || e.unit === null)) unitless = e;
  }
  return unitless ?? firstFree ?? null;
}

const suffixes = new Map<string, string | null>();

function columnSuffix(column: string): string | null {
  let suffix = suffixes.get(column);
  if (suffix === undefined) {
    const key = norm(column);
    const found = LEGACY_VALUE_COLUMNS.find((c) => c.labels.some((l) => norm(l) === key));
    suffix = found ? found.suffix : /^\d{4}年度?$/.test(key) ? "period" : null;
    if (suffixes.size >= SUFFIX_CACHE_LIMIT) suffixes.clear();
    suffixes.set(column, suffix);
  }
  return suffix;
}
const SUFFIX_CACHE_LIMIT = 1024;

/**
 * The printed row a raw row's value cell stands in: the grid row when known, else the line; the value
 * columns of one printed row share it (a label printed with two units spans two printed rows).
 */
function physicalRow(row: LegacyRawRow): string {
  const s = row.cell.source;
  return s.row !== undefined ? `${row.label}\u0000t${s.table}r${s.row}` : `${row.label}\u0000l${s.line}`;
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
  let previous: string | null = null;
  for (const row of rows) {
    const key = keysOf(row.label);
    keys.push(key.key);
    stripped.push(key.stripped);
    units.push(row.unit === null ? null : norm(row.unit));
    const physical = physicalRow(row);
    sameRow.push(previous === physical && row.column !== null);
    previous = physical;
  }
  return { rows, keys, stripped, units, sameRow };
}

function matchPrepared(prepared: PreparedRows, index: TemplateIndex): (string | null)[] {
  const { rows, keys, stripped, units, sameRow } = prepared;
  const used = new Set<IndexedRow>();
  const out: (string | null)[] = [];
  let entry: IndexedRow | null = null;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const continued = sameRow[i]!;
    if (!continued) {
      entry = pick(index, used, keys[i]!, stripped[i]!, units[i]!);
      if (entry) used.add(entry);
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

/**
 * Assigns typed ids of `template` to `rows` (same order as `rows`; null where no template row fits). With
 * several value columns, the first column's row keeps the plain id and the others get `.<column suffix>`.
 */
export function matchLegacyRows(rows: readonly LegacyRawRow[], template: LegacyTemplate): (string | null)[] {
  return matchPrepared(prepare(rows), indexOf(template));
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
    count ??= signalCounter(title ? [...new Set(prepared.keys), norm(title)] : [...new Set(prepared.keys)]);
    c.fit.signals = count(c.index.signals);
    const score = c.fit.matched + 2 * c.fit.signals;
    if (!best || score > best.score || (score === best.score && c.order < best.order)) {
      best = { fit: c.fit, order: c.order, score };
    }
  }
  return best?.fit;
}
