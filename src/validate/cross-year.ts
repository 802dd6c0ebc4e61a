/**
 * Cross-year checks on two reports of one body (formats.md §6, severity X): X-BODY, X-YEARS, the
 * arithmetic rules T3-CARRY-X, T2-INFORCE-X, T2-ITEMS-X, T4-AFTER-S (declared as data over the templates in
 * src/diff/cross-year-rules.ts), and the copy checks X-COPY-TABLE, X-COPY-TEXT. Operands carry
 * `report: 0` (older) or `1` (newer).
 */

import { append } from "../append.js";
import { type CopyOptions, copiedTables, copiedText } from "../diff/copy-checks.js";
import { evaluateCrossRules } from "../diff/cross-year-eval.js";
import { CROSS_RULES } from "../diff/cross-year-rules.js";
import { bodyCheck, yearsCheck } from "../diff/report-identity.js";
import type { Finding } from "../schema/finding.js";
import type { AnnualReport } from "../schema/report.js";
import { FINDING_IDS } from "./finding-ids.js";
import { namedRuleList } from "./rule-names.js";

/** Options of {@link crossYearFindings}. */
export interface CrossYearOptions extends CopyOptions {
  /** Take blank cells as 0 (operands marked `assumedZero`) in the arithmetic rules. Default false. */
  blankAsZero?: boolean;
  /** Evaluate only these rule ids. */
  rules?: readonly string[];
  /** Skip these rule ids. */
  skipRules?: readonly string[];
  /**
   * Evaluate the arithmetic rules even when the reports are of different bodies or not of consecutive
   * years (by default they are skipped then, and X-BODY / X-YEARS say why). Default false.
   */
  force?: boolean;
}

export { CROSS_YEAR_RULES, type CrossYearRuleInfo } from "./cross-year-info.js";

/**
 * Cross-year findings between an older and a newer report of (presumably) the same body. Pure: never
 * changes the reports. Arithmetic rules run only for the same body and consecutive (or unknown) years,
 * unless `force`.
 */
export function crossYearFindings(older: AnnualReport, newer: AnnualReport, options: CrossYearOptions = {}): Finding[] {
  // Read as validateReport reads them (any case, X-*, any finding id: validateReport passes its lists on).
  const rules = namedRuleList(options.rules, FINDING_IDS, "crossYearFindings: rules");
  const skip = namedRuleList(options.skipRules, FINDING_IDS, "crossYearFindings: skipRules") ?? [];
  const wanted = (id: string) => (rules === undefined || rules.includes(id)) && !skip.includes(id);
  const out: Finding[] = [];
  const body = bodyCheck(older, newer);
  const years = yearsCheck(older, newer);
  if (body.finding && wanted("X-BODY")) out.push(body.finding);
  if (years.finding && wanted("X-YEARS")) out.push(years.finding);
  if (options.force || (body.same && years.consecutive)) {
    const arithmetic = CROSS_RULES.filter((r) => wanted(r.id));
    append(out, evaluateCrossRules(older, newer, arithmetic, { blankAsZero: options.blankAsZero ?? false }));
  }
  if (wanted("X-COPY-TABLE")) append(out, copiedTables(older, newer, options));
  if (wanted("X-COPY-TEXT")) append(out, copiedText(older, newer, options));
  return out;
}
