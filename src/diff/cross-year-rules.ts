/**
 * The arithmetic cross-year rules (formats.md §6.1, severity X) as data: each rule is a pattern over the
 * official layouts' rows and columns, expanded into concrete equations over field ids by walking the
 * templates. A new layout with the same row / column ids gets the rules without new code.
 */
import type { Severity } from "../schema/common.js";
import type { TableId } from "../schema/report.js";
import { cellLabel } from "../templates/identities.js";
import { GB_TEMPLATES } from "../templates/index.js";
import { LEGACY_TEMPLATES, type LegacyTemplate, legacyIdOf } from "../templates/legacy.js";
import type { Bilingual, Template } from "../templates/types.js";
import { fieldIdOf } from "../templates/types.js";

/** Which report of the pair a term reads: 0 = the older report, 1 = the newer one. */
export type ReportIndex = 0 | 1;

/** A term of a cross-year pattern: a report, and optionally another row / column than the anchor cell's. */
export interface CrossTermSpec {
  /** 0 = older report, 1 = newer report. */
  report: ReportIndex;
  /** Row id; defaults to the anchor row. */
  row?: string;
  /** Column id; defaults to the anchor column. */
  column?: string;
  /** −1 subtracts the term. */
  sign?: -1;
}

/** A cross-year rule as a pattern: for each anchor cell of `table`, `lhs` (op) Σ `rhs`. */
export interface CrossRuleSpec {
  /** Stable rule id. */
  id: string;
  severity: Severity;
  /** `eq`: lhs = Σ rhs; `le`: lhs ≤ Σ rhs. */
  op: "eq" | "le";
  /** What the rule says. */
  description: Bilingual;
  /** When the rule legitimately fails; appended to every message. */
  caveat: Bilingual;
  /** Table the anchor cells belong to. */
  table: TableId;
  /** Anchor rows (default: every row of the table). */
  rows?: readonly string[];
  /** Anchor columns (default: every column of the anchor row). */
  columns?: readonly string[];
  lhs: CrossTermSpec;
  rhs: readonly CrossTermSpec[];
}

/** A concrete term: a field of one report of the pair, signed. */
export interface CrossTerm {
  report: ReportIndex;
  field: string;
  sign: 1 | -1;
  /** The value column, when the cell's label does not say it (历年累计 of a pre-2019 row). */
  column?: Bilingual;
}

/** A concrete cross-year equation (or inequality) over two reports. */
export interface CrossEquation {
  lhs: CrossTerm;
  rhs: readonly CrossTerm[];
  op: "eq" | "le";
  /** Label of the checked cell (the anchor), e.g. 三、二、上年结转政府信息公开申请数量 / 自然人. */
  label: Bilingual;
}

/** A cross-year rule with its equations expanded from the templates. */
export interface CrossRule extends Omit<CrossRuleSpec, "table" | "rows" | "columns" | "lhs" | "rhs"> {
  equations: readonly CrossEquation[];
}

/** The arithmetic cross-year rules, as patterns over the official layouts (formats.md §6.1). */
export const CROSS_RULE_SPECS: readonly CrossRuleSpec[] = [
  {
    id: "T3-CARRY-X",
    severity: "warning",
    op: "eq",
    description: {
      zh: "本年“上年结转政府信息公开申请数量” = 上年“结转下年度继续办理”（每一列）",
      en: "carried over this year = carried forward last year (each applicant column)",
    },
    caveat: {
      zh: "机构改革（合并、拆分）后可能合理不等",
      en: "may legitimately differ after an institutional reform (merged or split bodies)",
    },
    table: "applications",
    rows: ["carried_over"],
    lhs: { report: 1 },
    rhs: [{ report: 0, row: "carried_forward" }],
  },
  {
    id: "T2-INFORCE-X",
    severity: "warning",
    op: "eq",
    description: {
      zh: "本年现行有效件数 = 上年现行有效件数 + 本年制发件数 − 本年废止件数",
      en: "in force this year = in force last year + issued this year − repealed this year",
    },
    caveat: {
      zh: "文件有效期届满失效或集中清理后可能合理不等",
      en: "may legitimately differ when documents expire (有效期届满) or after a clean-up (清理)",
    },
    table: "active_disclosure",
    columns: ["in_force"],
    lhs: { report: 1 },
    rhs: [{ report: 0 }, { report: 1, column: "issued" }, { report: 1, column: "repealed", sign: -1 }],
  },
  {
    id: "T2-ITEMS-X",
    severity: "warning",
    op: "eq",
    description: {
      zh: "本年“上一年项目数量” = 上年“上一年项目数量” + 上年“本年增/减”（2019 年格式）",
      en: "previous-year items this year = previous-year items last year + last year's change (2019 format)",
    },
    caveat: {
      zh: "事项目录调整口径时可能合理不等",
      en: "may legitimately differ when the item catalogue was redefined",
    },
    table: "active_disclosure",
    columns: ["prev_year_items"],
    lhs: { report: 1 },
    rhs: [{ report: 0 }, { report: 0, column: "items_change" }],
  },
  {
    id: "T4-AFTER-S",
    severity: "warning",
    op: "le",
    description: {
      zh: "复议后起诉总计 ≤ 本年行政复议总计 + 上年行政复议总计",
      en: "litigation after review ≤ reviews this year + reviews last year",
    },
    caveat: {
      zh: "弱规则：复议后起诉也可能涉及更早的复议",
      en: "a weak rule: a suit may follow a reconsideration from an earlier year",
    },
    table: "review_litigation",
    rows: ["litigation_after_review"],
    columns: ["total"],
    lhs: { report: 1 },
    rhs: [
      { report: 1, row: "review" },
      { report: 0, row: "review" },
    ],
  },
];

function expand(spec: CrossRuleSpec, templates: readonly Template[]): CrossEquation[] {
  const out: CrossEquation[] = [];
  const seen = new Set<string>();
  for (const template of templates) {
    const table = template.tables.find((t) => t.id === spec.table);
    if (!table) continue;
    const resolve = (t: CrossTermSpec, row: string, column: string): CrossTerm | undefined => {
      const r = table.rows.find((x) => x.id === (t.row ?? row) && !x.collapsedGroup);
      const c = r?.columns.find((x) => x.id === (t.column ?? column));
      if (!r || !c) return undefined;
      return { report: t.report, field: fieldIdOf(table, r, c), sign: t.sign ?? 1 };
    };
    for (const row of table.rows) {
      if (row.collapsedGroup || (spec.rows && !spec.rows.includes(row.id))) continue;
      for (const column of row.columns) {
        if (spec.columns && !spec.columns.includes(column.id)) continue;
        const lhs = resolve(spec.lhs, row.id, column.id);
        const rhs = spec.rhs.map((t) => resolve(t, row.id, column.id));
        if (!lhs || rhs.some((t) => t === undefined)) continue;
        const key = [lhs, ...rhs].map((t) => `${t?.report}:${t?.sign}:${t?.field}`).join("|");
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ lhs, rhs: rhs as CrossTerm[], op: spec.op, label: cellLabel(table, row, column) });
      }
    }
  }
  return out;
}

/** A term of a pre-2019 cross-year pattern: a report, and the value column's id suffix (none: the year's). */
export interface LegacyCrossTermSpec {
  /** 0 = older report, 1 = newer report. */
  report: ReportIndex;
  /** Typed-id suffix of the value column (`cumulative` = 历年累计, `previous_year` = 上年数); none = the year's column. */
  suffix?: string;
  /** −1 subtracts the term. */
  sign?: -1;
}

/** A cross-year rule over pre-2019 tables: for each row of every legacy layout, `lhs` (op) Σ `rhs`. */
export interface LegacyCrossRuleSpec extends Omit<CrossRuleSpec, "table" | "rows" | "columns" | "lhs" | "rhs"> {
  /** Column words of the suffixed terms (历年累计 / cumulative). */
  column: Bilingual;
  /** Column words of the terms of the report year's own column (本年数 / this year). */
  ownColumn: Bilingual;
  lhs: LegacyCrossTermSpec;
  rhs: readonly LegacyCrossTermSpec[];
}

/** The pre-2019 cross-year rules (formats.md §6.3 S-CUM-X), as patterns over the legacy layouts' rows. */
export const LEGACY_CROSS_RULE_SPECS: readonly LegacyCrossRuleSpec[] = [
  {
    id: "S-CUM-X",
    severity: "warning",
    op: "eq",
    description: {
      zh: "本年“历年累计” = 上年“历年累计” + 本年数（2019 年前统计表）",
      en: "cumulative (历年累计) this year = cumulative last year + this year's figure (pre-2019 tables)",
    },
    caveat: {
      zh: "统计口径调整或更正往年数据后可能合理不等",
      en: "may legitimately differ after a redefinition or a correction of earlier years",
    },
    column: { zh: "历年累计", en: "cumulative" },
    ownColumn: { zh: "本年数", en: "this year" },
    lhs: { report: 1, suffix: "cumulative" },
    rhs: [{ report: 0, suffix: "cumulative" }, { report: 1 }],
  },
  {
    id: "L-PREV-X",
    severity: "warning",
    op: "eq",
    description: {
      zh: "本年报告的“上年数” = 上年报告的本年数（2019 年前统计表）",
      en: "the newer report's previous-year column (上年数) = the older report's own figure (pre-2019 tables)",
    },
    caveat: {
      zh: "上年数据事后更正时可能合理不等",
      en: "may legitimately differ when last year's figure was corrected afterwards",
    },
    column: { zh: "上年数", en: "previous year" },
    ownColumn: { zh: "本年数", en: "this year" },
    lhs: { report: 1, suffix: "previous_year" },
    rhs: [{ report: 0 }],
  },
];

function expandLegacy(spec: LegacyCrossRuleSpec, templates: readonly LegacyTemplate[]): CrossEquation[] {
  const out: CrossEquation[] = [];
  for (const template of templates) {
    for (const row of template.rows) {
      const base = legacyIdOf(template, row);
      const term = (t: LegacyCrossTermSpec): CrossTerm => {
        const field = t.suffix === undefined ? base : `${base}.${t.suffix}`;
        const column = t.suffix === undefined ? spec.ownColumn : spec.column;
        return { report: t.report, field, sign: t.sign ?? 1, column };
      };
      const lhs = term(spec.lhs);
      const label = { zh: `${row.labels[0] ?? row.id}（${lhs.column?.zh}）`, en: lhs.field };
      out.push({ lhs, rhs: spec.rhs.map(term), op: spec.op, label });
    }
  }
  return out;
}

/** Expands pre-2019 rule patterns over the legacy layouts (default: all of them) into concrete rules. */
export function buildLegacyCrossRules(
  specs: readonly LegacyCrossRuleSpec[] = LEGACY_CROSS_RULE_SPECS,
  templates: readonly LegacyTemplate[] = LEGACY_TEMPLATES,
): CrossRule[] {
  return specs.map((spec) => ruleOf(spec, expandLegacy(spec, templates)));
}

/** Expands rule patterns over layouts (default: the gb templates) into concrete cross-year rules. */
export function buildCrossRules(
  specs: readonly CrossRuleSpec[] = CROSS_RULE_SPECS,
  templates: readonly Template[] = GB_TEMPLATES,
): CrossRule[] {
  return specs.map((spec) => ruleOf(spec, expand(spec, templates)));
}

/** A rule from its pattern's declared parts and its expanded equations. */
function ruleOf(
  spec: Pick<CrossRule, "id" | "severity" | "op" | "description" | "caveat">,
  equations: CrossRule["equations"],
): CrossRule {
  const { id, severity, op, description, caveat } = spec;
  return { id, severity, op, description, caveat, equations };
}

/** The pre-2019 cross-year rules (S-CUM-X, L-PREV-X) over the legacy layouts, expanded once. */
export const LEGACY_CROSS_RULES: readonly CrossRule[] = buildLegacyCrossRules();

/** The arithmetic cross-year rules over the gb layouts, then over the pre-2019 layouts, expanded once. */
export const CROSS_RULES: readonly CrossRule[] = [...buildCrossRules(), ...LEGACY_CROSS_RULES];
