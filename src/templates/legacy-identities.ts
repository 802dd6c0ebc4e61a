/** Builders for the identities of legacy statistics tables (formats.md §6.2, §6.3): data in, `Identity` out. */
import type { Severity } from "../schema/common.js";
import type { Bilingual, Equation, Identity, Term } from "./types.js";

/** A part of a legacy sum: a row id, or alternatives (the first the report has wins), all without prefix. */
export type LegacyPart = string | { oneOf: readonly (readonly string[])[] };

/** A total and the parts it is compared with, as row ids inside one family (no prefix). */
export interface LegacySumRule {
  /** Rule id (L-REC, S-REPLY, Y-CONS …). */
  id: string;
  severity: Severity;
  description: Bilingual;
  /** Row id of the total. */
  total: string;
  /** Row ids of the parts (or alternatives, e.g. tables printing six or seven numbered reasons). */
  parts: readonly LegacyPart[];
  /**
   * `eq`: total = Σ parts; `ge`: total ≥ Σ parts (其中 rows that need not be exhaustive); `le`: total ≤ Σ parts
   * (a de-duplicated total, e.g. one item published through several channels counts once).
   */
  op: "eq" | "ge" | "le";
  /**
   * For `eq`: a total above the parts is only a warning (`severity` must be `error`, which a total below
   * them is), e.g. L-REFUSE: refusals ≥ Σ reasons is hard, = is what the form normally holds.
   */
  totalAboveIsWarning?: boolean;
}

/** A `part ≤ whole` rule (其中 ≤ parent), as row ids inside one family. */
export interface LegacyLeRule {
  id: string;
  severity: Severity;
  description: Bilingual;
  /** Pairs of [part, whole] row ids. */
  pairs: readonly (readonly [string, string])[];
}

/** Expands a sum rule to an `Identity` over typed ids (`<prefix>.<row id>`). */
export function legacySum(prefix: string, rule: LegacySumRule): Identity {
  const id = (row: string) => `${prefix}.${row}`;
  const total = [id(rule.total)];
  const parts: Term[] = rule.parts.map((p) =>
    typeof p === "string" ? id(p) : { oneOf: p.oneOf.map((alt) => alt.map(id)) },
  );
  const equation: Equation =
    rule.op === "eq"
      ? rule.totalAboveIsWarning
        ? { lhs: total, rhs: parts, label: rule.description, warnWhen: "lhs>rhs" }
        : { lhs: total, rhs: parts, label: rule.description }
      : rule.op === "ge"
        ? { lhs: parts, rhs: total, op: "le", label: rule.description }
        : { lhs: total, rhs: parts, op: "le", label: rule.description };
  return { id: rule.id, severity: rule.severity, description: rule.description, equations: [equation] };
}

/** Expands a `part ≤ whole` rule to an `Identity` with one `le` equation per pair. */
export function legacyLe(prefix: string, rule: LegacyLeRule): Identity {
  return {
    id: rule.id,
    severity: rule.severity,
    description: rule.description,
    equations: rule.pairs.map(([part, whole]) => ({
      lhs: [`${prefix}.${part}`],
      rhs: [`${prefix}.${whole}`],
      op: "le" as const,
      label: { zh: `${rule.description.zh}：${part} ≤ ${whole}`, en: `${rule.description.en}: ${part} ≤ ${whole}` },
    })),
  };
}

/** A row as the legacy identity builders read it: its id, kind and printed labels (official first). */
export interface LegacyIdentityRow {
  id: string;
  kind?: "count" | "amount";
  labels?: readonly string[];
}

/** NONNEG over every row of a family, one equation per row named by its label: counts are non-negative integers, amounts non-negative. */
export function legacyNonNegative(prefix: string, rows: readonly LegacyIdentityRow[]): Identity {
  const equations: Equation[] = rows.map((row) => ({
    lhs: [`${prefix}.${row.id}`],
    rhs: [],
    op: "nonneg",
    integer: row.kind !== "amount",
    label: { zh: row.labels?.[0] ?? row.id, en: `${prefix}.${row.id}` },
  }));
  return {
    id: "NONNEG",
    severity: "error",
    description: { zh: "所有统计数非负", en: "every statistic is non-negative" },
    equations,
  };
}

/**
 * The value columns besides the report year's that a legacy table may print, by the suffix of their typed ids
 * (legacy-types.ts LEGACY_VALUE_COLUMNS): every identity of the family holds in each of them as well.
 */
export const LEGACY_OTHER_COLUMNS: readonly { suffix: string; label: Bilingual }[] = [
  { suffix: "year_to_date", label: { zh: "本年累计", en: "year-to-date column" } },
  { suffix: "cumulative", label: { zh: "历年累计", en: "cumulative column" } },
  { suffix: "previous_year", label: { zh: "上年", en: "previous-year column" } },
];

/** One identity over another value column: every id suffixed, every label naming the column. */
function inColumn(identity: Identity, column: (typeof LEGACY_OTHER_COLUMNS)[number]): Identity {
  const id = (field: string) => `${field}.${column.suffix}`;
  const term = (t: Term): Term => (typeof t === "string" ? id(t) : { oneOf: t.oneOf.map((alt) => alt.map(id)) });
  return {
    ...identity,
    equations: identity.equations.map((eq) => ({
      ...eq,
      lhs: eq.lhs.map(term),
      rhs: eq.rhs.map(term),
      label: { zh: `${eq.label.zh}（${column.label.zh}）`, en: `${eq.label.en} (${column.label.en})` },
    })),
  };
}

/**
 * A family's identities, then the same identities over each other value column (本年累计, 历年累计, 上年): a
 * table printing a second column checks it too (a column named by an older year, `year_<YYYY>`, is not). An equation over a column the report lacks is skipped (absent).
 */
export function inEveryColumn(identities: readonly Identity[]): Identity[] {
  return [...identities, ...LEGACY_OTHER_COLUMNS.flatMap((column) => identities.map((i) => inColumn(i, column)))];
}

/**
 * S-CUM (formats.md §6.3, the in-report half of S-CUM-X): where printed, 本期实际 ≤ 本年累计 ≤ 历年累计 in every
 * row — the period's value against the next wider column the report has, and 本年累计 against 历年累计.
 */
export function legacyCumulative(prefix: string, rows: readonly LegacyIdentityRow[]): Identity {
  const equations: Equation[] = [];
  for (const row of rows) {
    const plain = `${prefix}.${row.id}`;
    const label = row.labels?.[0] ?? row.id;
    equations.push(
      {
        lhs: [plain],
        rhs: [{ oneOf: [[`${plain}.year_to_date`], [`${plain}.cumulative`]] }],
        op: "le",
        label: { zh: `${label}：本期 ≤ 累计`, en: `${plain}: period ≤ cumulative` },
      },
      {
        lhs: [`${plain}.year_to_date`],
        rhs: [`${plain}.cumulative`],
        op: "le",
        label: { zh: `${label}：本年累计 ≤ 历年累计`, en: `${plain}: year to date ≤ cumulative` },
      },
    );
  }
  return {
    id: "S-CUM",
    severity: "error",
    description: {
      zh: "本期（本年）数不大于累计数：本期实际 ≤ 本年累计 ≤ 历年累计（印出时）",
      en: "a period's value does not exceed the cumulative one: period ≤ year to date ≤ cumulative (where printed)",
    },
    equations,
  };
}
