/** validateReport wired to the library's own stages: legacy layouts, the normalized metrics the claims read, the cross-year rules. */

import { normalizeMetrics } from "../normalize/normalize.js";
import type { Finding } from "../schema/finding.js";
import { METRIC_IDS, type MetricId } from "../schema/normalized.js";
import type { AnnualReport } from "../schema/report.js";
import { LEGACY_TEMPLATES } from "../templates/legacy.js";
import { crossYearFindings } from "./cross-year.js";
import { validateWith } from "./index.js";
import type { ValidateOptions } from "./types.js";

/** The metrics of METRIC_IDS that are in a set, in METRIC_IDS order. */
const metricsIn = (metrics: ReadonlySet<MetricId>): MetricId[] => METRIC_IDS.filter((id) => metrics.has(id));

/**
 * Validates one report: the identities (勾稽关系) of its era's layout, the numbers its text states against
 * its tables, its metadata (year, period, dates) and its structure (sections, tables, rows). With
 * `options.previous` (the same body's report of the year before), the cross-year rules too. Returns
 * findings; never changes the report. Throws a RangeError when `options.rules` or `options.skipRules` holds an
 * item that names no rule (a programming error: a typo would otherwise switch every rule off, silently).
 */
export function validateReport(report: AnnualReport, options: ValidateOptions = {}): Finding[] {
  return validateWith(report, options, {
    legacyTemplates: LEGACY_TEMPLATES,
    normalize: (r, metrics, get) => normalizeMetrics(r, metricsIn(metrics), undefined, get),
    crossYear: (older, newer, o) =>
      crossYearFindings(older, newer, { blankAsZero: o.blankAsZero, rules: o.rules, skipRules: o.skipRules }),
  });
}
