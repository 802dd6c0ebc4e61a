/**
 * The arithmetic cross-year rules (formats.md §6.1, severity X) as data: each rule is a pattern over the
 * official layouts' rows and columns, expanded into concrete equations over field ids by walking the
 * templates. A new layout with the same row / column ids gets the rules without new code.
 */
import type { Severity } from "../schema/common.js";
import type { TableId } from "../schema/report.js";
import { cellLabel } from "../templates/identities.js";
import { GB_TEMPLATES } from "../templates/index.js";
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

/** Expands rule patterns over layouts (default: the gb templates) into concrete cross-year rules. */
export function buildCrossRules(
  specs: readonly CrossRuleSpec[] = CROSS_RULE_SPECS,
  templates: readonly Template[] = GB_TEMPLATES,
): CrossRule[] {
  return specs.map((spec) => ({
    id: spec.id,
    severity: spec.severity,
    op: spec.op,
    description: spec.description,
    caveat: spec.caveat,
    equations: expand(spec, templates),
  }));
}

/** The arithmetic cross-year rules over the gb layouts, expanded once. */
export const CROSS_RULES: readonly CrossRule[] = buildCrossRules();
