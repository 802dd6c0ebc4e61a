/** The rule reference of the cross-year checks (crossYearFindings): ids, severities, descriptions. */
import { CROSS_RULES } from "../diff/cross-year-rules.js";
import { deepFrozen } from "../freeze.js";
import type { Severity } from "../schema/common.js";
import type { Bilingual } from "../templates/types.js";

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
