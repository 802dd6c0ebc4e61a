/** validateReport and its companions, wired to the library's own stages (legacy layouts, normalize, cross-year). */
import type { Finding } from "../schema/finding.js";
import type { AnnualReport } from "../schema/report.js";
import { validateWith } from "./index.js";
import type { ValidateOptions } from "./types.js";

/**
 * Validates one report: the identities (勾稽关系) of its era's layout, the numbers its text states against
 * its tables, its metadata (year, period, dates) and its structure (sections, tables, rows). With
 * `options.previous`, the cross-year rules too. Returns findings; never changes the report.
 */
export function validateReport(report: AnnualReport, options: ValidateOptions = {}): Finding[] {
  return validateWith(report, options, { legacyTemplates: [] });
}
