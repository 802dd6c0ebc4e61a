/** validateReport wired to the library's own stages: legacy layouts, normalizeReport and the cross-year rules. */

import { normalizeReport } from "../normalize/normalize.js";
import type { Finding } from "../schema/finding.js";
import type { AnnualReport } from "../schema/report.js";
import { LEGACY_TEMPLATES } from "../templates/legacy.js";
import { crossYearFindings } from "./cross-year.js";
import { validateWith } from "./index.js";
import type { ValidateOptions } from "./types.js";

/**
 * Validates one report: the identities (勾稽关系) of its era's layout, the numbers its text states against
 * its tables, its metadata (year, period, dates) and its structure (sections, tables, rows). With
 * `options.previous` (the same body's report of the year before), the cross-year rules too. Returns
 * findings; never changes the report.
 */
export function validateReport(report: AnnualReport, options: ValidateOptions = {}): Finding[] {
  return validateWith(report, options, {
    legacyTemplates: LEGACY_TEMPLATES,
    normalize: (r) => normalizeReport(r),
    crossYear: (older, newer, o) =>
      crossYearFindings(older, newer, { blankAsZero: o.blankAsZero, rules: o.rules, skipRules: o.skipRules }),
  });
}
