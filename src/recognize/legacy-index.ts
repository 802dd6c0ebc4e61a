/**
 * The legacy families' rows indexed for matching (formats.md §4.2, §4.3): each template's label keys once
 * (exact map, and typo buckets by length and first / last code unit), and the pick of a template row
 * for a raw row's key and unit. Generic over `LegacyTemplate` data.
 */
import type { LegacyRowTemplate, LegacyTemplate } from "../templates/legacy-types.js";
import { legacyIdOf } from "../templates/legacy-types.js";
import { stripAnnotation } from "./labels.js";
import { norm } from "./legacy-cells.js";
import { withinOneEdit } from "./legacy-edit.js";

const NUMBERING = /^(?:其中:?|（[一二三四五六七八九十\d]+）|[一二三四五六七八九十]+、|\d+\.|\d+、)+/;

/** The matching key of a label: normalised, numbering and 其中 removed. */
export function legacyLabelKey(label: string): string {
  return norm(label).replace(NUMBERING, "");
}

/** A template row with its matching keys. */
export interface IndexedRow {
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
export interface TemplateIndex {
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

/** The index of a template, built on first use and kept per template object. */
export function indexOf(template: LegacyTemplate): TemplateIndex {
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

/** The best unused candidate standing after template position `after`: same unit first, then unitless, then any. */
function bestFree(
  candidates: readonly IndexedRow[],
  used: Set<IndexedRow>,
  unit: string | null,
  after: number,
): IndexedRow | null {
  let firstFree: IndexedRow | undefined;
  let unitless: IndexedRow | undefined;
  for (const e of candidates) {
    if (used.has(e) || e.order <= after) continue;
    if (unit !== null && e.unit === unit) return e;
    firstFree ??= e;
    if (unitless === undefined && (unit === null || e.unit === null)) unitless = e;
  }
  return unitless ?? firstFree ?? null;
}

/**
 * Picks the template row for one raw row, preferring an unused row with the same unit; null when none fits.
 * Exact keys first; only when no row holds the key exactly, keys one edit away. A label the layout prints
 * under several parents (（二）被依法纠错数 under 四 and 五) takes the first such row after `after` (the template
 * position of the row matched before it), so a table that leaves out a block does not shift its rows upwards;
 * when none stands after it, the first free row anywhere.
 */
export function pick(
  index: TemplateIndex,
  used: Set<IndexedRow>,
  key: string,
  stripped: string,
  unit: string | null,
  after = -1,
): IndexedRow | null {
  let candidates = index.found.get(key);
  if (candidates === undefined) {
    candidates = exactCandidates(index, key, stripped);
    if (candidates.length === 0) candidates = looseCandidates(index, key);
    if (index.found.size >= FOUND_CACHE_LIMIT) index.found.clear();
    index.found.set(key, candidates);
  }
  if (candidates.length === 0) return null;
  return (after >= 0 ? bestFree(candidates, used, unit, after) : null) ?? bestFree(candidates, used, unit, -1);
}

/** Whether one of `templates` prints a label of this matching key exactly (with or without its annotation). */
export function isKnownLegacyLabel(label: string, templates: readonly LegacyTemplate[]): boolean {
  const key = legacyLabelKey(label);
  const stripped = stripAnnotation(key);
  for (const template of templates) {
    const { byKey } = indexOf(template);
    if (byKey.has(key) || byKey.has(stripped)) return true;
  }
  return false;
}
