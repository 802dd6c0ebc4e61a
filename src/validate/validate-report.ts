/** validateReport wired to the library's own stages: legacy layouts, normalizeReport and the cross-year rules. */

import { NORMALIZE_MAPPINGS } from "../normalize/mappings.js";
import { normalizeReport } from "../normalize/normalize.js";
import type { MetricRule, Scheme, SchemeMapping } from "../normalize/types.js";
import type { Finding } from "../schema/finding.js";
import { METRIC_IDS, type MetricId } from "../schema/normalized.js";
import type { AnnualReport } from "../schema/report.js";
import { LEGACY_TEMPLATES } from "../templates/legacy.js";
import { crossYearFindings } from "./cross-year.js";
import { validateWith } from "./index.js";
import type { ValidateOptions } from "./types.js";

const subsets = new Map<string, Readonly<Record<Scheme, SchemeMapping>>>();
const MAX_SUBSETS = 256;

/**
 * The normalize mapping tables cut down to some metrics: each of them is evaluated exactly as by the full
 * tables, and the others (not read by validation) are not evaluated at all. Cached per set of metrics.
 */
function mappingsFor(metrics: ReadonlySet<MetricId>): Readonly<Record<Scheme, SchemeMapping>> {
  const ids = METRIC_IDS.filter((id) => metrics.has(id));
  const key = ids.join(" ");
  let cut = subsets.get(key);
  if (!cut) {
    cut = Object.fromEntries(
      Object.entries(NORMALIZE_MAPPINGS).map(([scheme, mapping]) => {
        const rules: Partial<Record<MetricId, MetricRule>> = Object.create(null);
        for (const id of ids) {
          const rule = mapping.rules[id];
          if (rule) rules[id] = rule;
        }
        return [scheme, { ...mapping, rules }];
      }),
    ) as Record<Scheme, SchemeMapping>;
    if (subsets.size >= MAX_SUBSETS) subsets.clear();
    subsets.set(key, cut);
  }
  return cut;
}

/**
 * Validates one report: the identities (勾稽关系) of its era's layout, the numbers its text states against
 * its tables, its metadata (year, period, dates) and its structure (sections, tables, rows). With
 * `options.previous` (the same body's report of the year before), the cross-year rules too. Returns
 * findings; never changes the report.
 */
export function validateReport(report: AnnualReport, options: ValidateOptions = {}): Finding[] {
  return validateWith(report, options, {
    legacyTemplates: LEGACY_TEMPLATES,
    normalize: (r, metrics) => normalizeReport(r, mappingsFor(metrics)),
    crossYear: (older, newer, o) =>
      crossYearFindings(older, newer, { blankAsZero: o.blankAsZero, rules: o.rules, skipRules: o.skipRules }),
  });
}
