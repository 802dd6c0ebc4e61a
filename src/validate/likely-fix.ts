/**
 * The one cell a typo most likely hides in. A clerk who types 96 for 95 in （七）总计 / 自然人 breaks three
 * identities at once (T3-BAL, T3-ROW, T3-RES), and each finding points at a different cell. When one cell is in
 * every violated identity of such a group, one change of it mends them all, and that change breaks no identity
 * that holds now, it is named in each of the group's findings (message, `suggestion`, and `source` at the cell):
 * a hint about where to look first, never a change of the report.
 */

import type { SourcePosition } from "../schema/common.js";
import type { Finding } from "../schema/finding.js";
import type { Equation } from "../templates/types.js";
import { cellName } from "./cell-names.js";
import { boundViolated } from "./identity-check.js";

/** A violated (in)equality and its finding (every operand a number). */
export interface Violation {
  finding: Finding;
  equation: Equation;
}

/** The field ids of an equation's two sides, `oneOf` terms resolved as the evaluation resolved them. */
export interface EquationSides {
  lhs: readonly string[];
  rhs: readonly string[];
}

/** What the search reads of the report and its layout. */
export interface FixContext {
  /** The (in)equalities of the layout (not nonneg) that name a field, in any of their terms' alternatives. */
  equationsWith: (field: string) => readonly Equation[];
  /** An equation's sides. */
  sides: (equation: Equation) => EquationSides;
  /** A field's number (undefined when the cell is absent or not a number). */
  valueOf: (field: string) => number | undefined;
  /** A field's label and source, for the message. */
  cellOf: (field: string) => { label: string; source?: SourcePosition } | undefined;
}

const TOLERANCE = 1e-9;

/** Each hinted finding's message and place before the hint: `withdrawHint` gives them back. */
const BEFORE_HINT = new WeakMap<Finding, Pick<Finding, "message" | "source">>();

/**
 * Takes back the likely-typo hint of a finding (its `suggestion`, the hint in its message, its place at the
 * cell) and appends `why` to the message instead: for a hint the report's own prose contradicts. A finding
 * without a hint is left as it is.
 */
export function withdrawHint(finding: Finding, why: { zh: string; en: string }): void {
  const before = BEFORE_HINT.get(finding);
  if (!before || !finding.suggestion) return;
  finding.message = { zh: `${before.message.zh}${why.zh}`, en: `${before.message.en}${why.en}` };
  if (before.source) finding.source = before.source;
  else delete finding.source;
  delete finding.suggestion;
  BEFORE_HINT.delete(finding);
}

/** How many times a field is on the left, minus on the right. */
function coefficient(sides: EquationSides, field: string): number {
  let c = 0;
  for (const f of sides.lhs) if (f === field) c++;
  for (const f of sides.rhs) if (f === field) c--;
  return c;
}

/**
 * Whether an equation can hold with one field changed by `change`: over numbers, whether it holds; with
 * cells that are not numbers (blank, dash, absent: counts, at least 0), whether the known sums leave it
 * possible (`boundViolated`).
 */
function canHold(equation: Equation, sides: EquationSides, ctx: FixContext, field: string, change: number): boolean {
  let lhs = 0;
  let rhs = 0;
  let lhsOpen = false;
  let rhsOpen = false;
  for (const f of sides.lhs) {
    const v = ctx.valueOf(f);
    if (v === undefined) lhsOpen = true;
    else lhs += f === field ? v + change : v;
  }
  for (const f of sides.rhs) {
    const v = ctx.valueOf(f);
    if (v === undefined) rhsOpen = true;
    else rhs += f === field ? v + change : v;
  }
  const op = equation.op === "le" ? "le" : "eq";
  if (lhsOpen || rhsOpen) return !boundViolated(op, lhs, rhs, lhsOpen, rhsOpen, TOLERANCE);
  return op === "le" ? lhs - rhs <= TOLERANCE : Math.abs(lhs - rhs) <= TOLERANCE;
}

/** Groups of violations that share a field (each group listed by index). */
function groups(violations: readonly Violation[], sides: readonly EquationSides[]): number[][] {
  const parent = violations.map((_, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] as number;
    parent[i] = r;
    return r;
  };
  const owner = new Map<string, number>();
  sides.forEach((s, i) => {
    for (const f of [...s.lhs, ...s.rhs]) {
      const j = owner.get(f);
      if (j === undefined) owner.set(f, i);
      else parent[root(i)] = root(j);
    }
  });
  const out = new Map<number, number[]>();
  violations.forEach((_, i) => {
    const r = root(i);
    const list = out.get(r) ?? [];
    list.push(i);
    out.set(r, list);
  });
  return [...out.values()];
}

/** The change of `field` that mends every violation of a group, if one does and it breaks nothing that holds. */
function mendingChange(
  field: string,
  group: readonly number[],
  violations: readonly Violation[],
  sides: readonly EquationSides[],
  ctx: FixContext,
): number | undefined {
  let change: number | undefined;
  for (const i of group) {
    const c = coefficient(sides[i] as EquationSides, field);
    const { equation, finding } = violations[i] as Violation;
    if (c === 0 || equation.op === "le" || finding.delta === null) return undefined;
    const d = -finding.delta / c;
    if (change !== undefined && Math.abs(change - d) > TOLERANCE) return undefined;
    change = d;
  }
  const value = ctx.valueOf(field);
  if (change === undefined || Math.abs(change) <= TOLERANCE || value === undefined) return undefined;
  const mended = value + change;
  if (mended < 0 || (Number.isInteger(value) && !Number.isInteger(Math.round(mended * 1e9) / 1e9))) return undefined;
  for (const equation of ctx.equationsWith(field)) {
    const s = ctx.sides(equation);
    if (!s.lhs.includes(field) && !s.rhs.includes(field)) continue;
    if (!canHold(equation, s, ctx, field, change)) return undefined;
  }
  return change;
}

/**
 * Names, in each group of violations sharing cells, the one cell whose change mends them all (see the module
 * comment). Changes the findings in place; a group of one violation, or with several such cells, is left as
 * it is.
 */
export function suggestFixes(violations: readonly Violation[], ctx: FixContext): void {
  if (violations.length < 2) return;
  const sides = violations.map((v) => ctx.sides(v.equation));
  for (const group of groups(violations, sides)) {
    if (group.length < 2) continue;
    const first = sides[group[0] as number] as EquationSides;
    const fields = new Set([...first.lhs, ...first.rhs]);
    const found: { field: string; value: number }[] = [];
    for (const field of fields) {
      if (!group.every((i) => coefficient(sides[i] as EquationSides, field) !== 0)) continue;
      const change = mendingChange(field, group, violations, sides, ctx);
      if (change === undefined) continue;
      found.push({ field, value: Math.round(((ctx.valueOf(field) as number) + change) * 1e9) / 1e9 });
      if (found.length > 1) break;
    }
    if (found.length !== 1) continue;
    const { field, value } = found[0] as { field: string; value: number };
    const cell = ctx.cellOf(field);
    for (const i of group) {
      const finding = (violations[i] as Violation).finding;
      BEFORE_HINT.set(finding, { message: finding.message, ...(finding.source ? { source: finding.source } : {}) });
      finding.message = {
        zh: `${finding.message.zh}；若只有一处填错，最可能是“${cell?.label ?? field}”，应为${value}`,
        en: `${finding.message.en}; if one cell is wrong, it is most likely ${cellName(field, cell?.label, "en")}, which should be ${value}`,
      };
      finding.suggestion = { field, value };
      if (cell?.source) finding.source = cell.source;
    }
  }
}
