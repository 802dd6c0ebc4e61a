/** The registry of scheme mappings of the normalized view, and how a report's scheme is chosen. */
import { deepFrozen } from "../freeze.js";
import type { AnnualReport } from "../schema/report.js";
import { GB2019_MAPPING, GB2021_MAPPING } from "./gb-mappings.js";
import { LEGACY_NATIONAL_MAPPING, LEGACY_SH_MAPPING, LEGACY_YN_MAPPING } from "./legacy-mappings.js";
import { SCHEMES, type Scheme, type SchemeMapping } from "./types.js";

/** Every scheme's mapping table. */
export const NORMALIZE_MAPPINGS: Readonly<Record<Scheme, SchemeMapping>> = deepFrozen({
  gb2021: GB2021_MAPPING,
  gb2019: GB2019_MAPPING,
  legacy_national: LEGACY_NATIONAL_MAPPING,
  legacy_sh: LEGACY_SH_MAPPING,
  legacy_yn: LEGACY_YN_MAPPING,
});

/** gb2021-only cells: their presence decides gb2021 when the report's era is unknown. */
const GB2021_ONLY = [
  "active_disclosure.normative_documents.issued",
  "active_disclosure.regulations.issued",
  "applications.results.other.other.total",
];

/**
 * The scheme `id.slice(0, id.indexOf("."))` names, if any, without slicing: the text before the first point
 * (all but the last character when there is none).
 */
function schemePrefix(id: string): Scheme | null {
  for (const scheme of SCHEMES) {
    // No scheme holds a point: the first point of an id starting with one is right after it, if anywhere.
    const n = scheme.length;
    if (id.length <= n || !id.startsWith(scheme)) continue;
    if (id.charCodeAt(n) === 0x2e || id.length === n + 1) return scheme;
  }
  return null;
}

/** Each row id's scheme (`schemePrefix`) as an index into SCHEMES (-1: none): ids repeat across reports. */
const prefixIndex = new Map<string, number>();

/** `schemePrefix` as an index into SCHEMES, -1 for none; remembered per id (the memo is emptied when large). */
function schemeIndexOf(id: string): number {
  let index = prefixIndex.get(id);
  if (index === undefined) {
    const prefix = schemePrefix(id);
    index = prefix === null ? -1 : SCHEMES.indexOf(prefix);
    if (prefixIndex.size >= 4096) prefixIndex.clear();
    prefixIndex.set(id, index);
  }
  return index;
}

/**
 * The scheme a report's values are read with: its gb era; else the family prefix of its legacy tables'
 * typed ids (the table with most typed rows wins; between equal counts, the family seen first); else
 * gb2021/gb2019 guessed from the cells present; null when the report has no values at all.
 */
export function schemeOf(report: AnnualReport): Scheme | null {
  const era = report.meta.formatEra;
  if (era === "gb2021" || era === "gb2019") return era;
  const counts = new Int32Array(SCHEMES.length);
  /** Scheme indices in the order first seen. */
  const seen: number[] = [];
  for (const table of report.legacy) {
    for (const row of table.rows) {
      if (row.id === null) continue;
      const index = schemeIndexOf(row.id);
      if (index < 0) continue;
      if (counts[index] === 0) seen.push(index);
      counts[index]!++;
    }
  }
  let best = -1;
  for (const index of seen) if (best < 0 || counts[index]! > counts[best]!) best = index;
  if (best >= 0) return SCHEMES[best] as Scheme;
  const cells = Object.keys(report.cells);
  if (cells.length === 0) return null;
  return GB2021_ONLY.some((id) => cells.includes(id)) ? "gb2021" : "gb2019";
}
