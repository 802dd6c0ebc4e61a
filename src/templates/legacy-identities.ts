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
      ? { lhs: total, rhs: parts, label: rule.description }
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

/** NONNEG over every row of a family: counts are non-negative integers, amounts non-negative. */
export function legacyNonNegative(
  prefix: string,
  rows: readonly { id: string; kind?: "count" | "amount" }[],
): Identity {
  const counts = rows.filter((r) => r.kind !== "amount").map((r) => `${prefix}.${r.id}`);
  const amounts = rows.filter((r) => r.kind === "amount").map((r) => `${prefix}.${r.id}`);
  const equations: Equation[] = [
    {
      lhs: counts,
      rhs: [],
      op: "nonneg",
      integer: true,
      label: { zh: "计数为非负整数", en: "counts are non-negative integers" },
    },
  ];
  if (amounts.length > 0) {
    equations.push({ lhs: amounts, rhs: [], op: "nonneg", label: { zh: "金额非负", en: "amounts are non-negative" } });
  }
  return {
    id: "NONNEG",
    severity: "error",
    description: { zh: "所有统计数非负", en: "every statistic is non-negative" },
    equations,
  };
}
