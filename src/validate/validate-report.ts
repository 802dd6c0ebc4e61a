/** validateReport wired to the library's own stages: legacy layouts, normalizeReport and the cross-year rules. */

import { NORMALIZE_MAPPINGS } from "../normalize/mappings.js";
import { normalizeReport } from "../normalize/normalize.js";
import type { MetricRule, Scheme, SchemeMapping } from "../normalize/types.js";
import type { Finding } from "../schema/finding.js";
import type { MetricId } from "../schema/normalized.js";
import type { AnnualReport } from "../schema/report.js";
import { LEGACY_TEMPLATES } from "../templates/legacy.js";
import { crossYearFindings } from "./cross-year.js";
import { validateWith } from "./index.js";
import { NARRATIVE_METRICS } from "./narrative-patterns.js";
import type { ValidateOptions } from "./types.js";

/**
 * The normalize mapping tables cut down to the metrics the narrative rules read: each of those metrics is
 * evaluated exactly as by the full tables, and the others (never read by validation) are not evaluated.
 */
const NARRATIVE_MAPPINGS = Object.fromEntries(
  Object.entries(NORMALIZE_MAPPINGS).map(([scheme, mapping]) => {
    const rules: Partial<Record<MetricId, MetricRule>> = Object.create(null);
    for (const id of NARRATIVE_METRICS) {
      const rule = mapping.rules[id];
      if (rule) rules[id] = rule;
    }
    return [scheme, { ...mapping, rules }];
  }),
) as Record<Scheme, SchemeMapping>;

/**
 * Validates one report: the identities (勾稽关系) of its era's layout, the numbers its text states against
 * its tables, its metadata (year, period, dates) and its structure (sections, tables, rows). With
 * `options.previous` (the same body's report of the year before), the cross-year rules too. Returns
 * findings; never changes the report.
 */
export function validateReport(report: AnnualReport, options: ValidateOptions = {}): Finding[] {
  return validateWith(report, options, {
    legacyTemplates: LEGACY_TEMPLATES,
    normalize: (r) => normalizeReport(r, NARRATIVE_MAPPINGS),
    crossYear: (older, newer, o) =>
      crossYearFindings(older, newer, { blankAsZero: o.blankAsZero, rules: o.rules, skipRules: o.skipRules }),
  });
}
