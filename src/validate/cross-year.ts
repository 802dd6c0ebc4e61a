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
import { deepFrozen } from "../freeze.js";
import type { Severity } from "../schema/common.js";
import type { Finding } from "../schema/finding.js";
import type { AnnualReport } from "../schema/report.js";
import type { Bilingual } from "../templates/types.js";

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

/** One cross-year rule, for the rule reference. */
export interface CrossYearRuleInfo {
  id: string;
  severity: Severity;
  description: Bilingual;
  scope: "cross-year";
}

/** Every rule id {@link crossYearFindings} can emit, with its (highest) severity and description. */
export const CROSS_YEAR_RULES: readonly CrossYearRuleInfo[] = deepFrozen([
  {
    id: "X-BODY",
    severity: "warning",
    description: {
      zh: "两份报告为同一机关（名称规范化后比较）",
      en: "both reports are of the same body (normalised names)",
    },
    scope: "cross-year",
  },
  {
    id: "X-YEARS",
    severity: "error",
    description: {
      zh: "两份报告为相邻年度（较新年度不得早于或等于较早年度）",
      en: "the reports are of consecutive years (error when the newer year is not after the older)",
    },
    scope: "cross-year",
  },
  ...CROSS_RULES.map((r) => ({
    id: r.id,
    severity: r.severity,
    description: r.description,
    scope: "cross-year" as const,
  })),
  {
    id: "X-COPY-TABLE",
    severity: "warning",
    description: {
      zh: "本年统计表与上年完全相同（且非全零）",
      en: "a statistics table repeats the older report's exactly (and is not all zero)",
    },
    scope: "cross-year",
  },
  {
    id: "X-COPY-TEXT",
    severity: "warning",
    description: {
      zh: "叙述段落与上年逐字相同（忽略空白、年份及短于 40 字的段落）",
      en: "narrative paragraphs repeated verbatim from the older report (whitespace, years and paragraphs < 40 chars ignored)",
    },
    scope: "cross-year",
  },
]);

/**
 * Cross-year findings between an older and a newer report of (presumably) the same body. Pure: never
 * changes the reports. Arithmetic rules run only for the same body and consecutive (or unknown) years,
 * unless `force`.
 */
export function crossYearFindings(older: AnnualReport, newer: AnnualReport, options: CrossYearOptions = {}): Finding[] {
  const wanted = (id: string) =>
    (options.rules === undefined || options.rules.includes(id)) && !(options.skipRules ?? []).includes(id);
  const out: Finding[] = [];
  const body = bodyCheck(older, newer);
  const years = yearsCheck(older, newer);
  if (body.finding && wanted("X-BODY")) out.push(body.finding);
  if (years.finding && wanted("X-YEARS")) out.push(years.finding);
  if (options.force || (body.same && years.consecutive)) {
    const rules = CROSS_RULES.filter((r) => wanted(r.id));
    append(out, evaluateCrossRules(older, newer, rules, { blankAsZero: options.blankAsZero ?? false }));
  }
  if (wanted("X-COPY-TABLE")) append(out, copiedTables(older, newer, options));
  if (wanted("X-COPY-TEXT")) append(out, copiedText(older, newer, options));
  return out;
}
