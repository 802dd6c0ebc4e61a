/**
 * The generic identity engine: evaluates any layout's identities (Template.identities, legacy layouts
 * alike) against a report, resolving every field id through `lookupCell`. One equation → at most one finding.
 */
import { type LookedUpCell, lookupCell } from "../records.js";
import type { Cell } from "../schema/common.js";
import type { Finding, Operand } from "../schema/finding.js";
import type { AnnualReport } from "../schema/report.js";
import { fields } from "../templates/index.js";
import type { Equation, Identity, Term } from "../templates/types.js";
import { type CellReader, cellReader, fieldSlot } from "./cell-index.js";
import {
  boundViolated,
  type CompiledEquation,
  chooseAlternative,
  compileIdentities,
  decimalsOf,
  equationViolated,
  nonNegViolated,
  slotCells,
} from "./identity-check.js";
import {
  assumedNote,
  assumeZero,
  boundFinding,
  DASH_NOTE,
  isUnknown,
  nonNegFinding,
  type Side,
  sumFinding,
  UNVERIFIED_RULE,
  unverified,
} from "./identity-findings.js";
import { type EquationSides, type FixContext, suggestFixes, type Violation } from "./likely-fix.js";
import { ruleEnabled, type ValidateOptions } from "./types.js";

export { UNVERIFIED_RULE };

/** Looks a field id up in a report: the cell and its label, as `lookupCell` answers. */
export type CellLookup = (id: string) => LookedUpCell | undefined;

/** Resolves a term to field ids: a field, or the first `oneOf` alternative the report fully has. */
export function resolveTerm(
  report: AnnualReport,
  term: Term,
  lookup: CellLookup = (id) => lookupCell(report, id),
): readonly string[] {
  if (typeof term === "string") return [term];
  return chooseAlternative(term, (id) => lookup(id) !== undefined);
}

function operandOf(id: string, found: LookedUpCell | undefined, blankAsZero: boolean): Operand {
  if (!found) return { field: id, label: id, value: null, status: "absent" };
  const { cell, label } = found;
  const op: Operand = { field: id, label, value: cell.value, status: cell.status, source: cell.source };
  if (cell.status === "blank" && blankAsZero) {
    op.value = 0;
    op.assumedZero = true;
  }
  return op;
}

/** Appends the operand of one field id to a side. */
function addOperand(lookup: CellLookup, id: string, blankAsZero: boolean, out: Side): void {
  const found = lookup(id);
  const op = operandOf(id, found, blankAsZero);
  out.operands.push(op);
  out.sum += op.value ?? 0;
  if (found && op.status === "number") out.decimals = Math.max(out.decimals, decimalsOf(found.cell.raw));
}

function side(report: AnnualReport, terms: readonly Term[], blankAsZero: boolean, lookup: CellLookup): Side {
  const out: Side = { operands: [], sum: 0, decimals: 0 };
  for (const t of terms) {
    if (typeof t === "string") addOperand(lookup, t, blankAsZero, out);
    else for (const id of resolveTerm(report, t, lookup)) addOperand(lookup, id, blankAsZero, out);
  }
  return out;
}

/** Tolerance of a comparison: exact for integers, one unit of the finest written decimal place for money. */
const tolerance = (decimals: number): number => (decimals === 0 ? 1e-9 : 10 ** -decimals + 1e-9);

/**
 * Evaluates one equation of an identity; returns its finding, if any. `lookup` reads the report's cells
 * (`lookupCell` unless the caller has a faster one answering the same).
 */
export function evaluateEquation(
  report: AnnualReport,
  identity: Pick<Identity, "id" | "severity">,
  eq: Equation,
  options: ValidateOptions = {},
  lookup: CellLookup = (id) => lookupCell(report, id),
): Finding | undefined {
  const blankAsZero = options.blankAsZero === true;
  const lhs = side(report, eq.lhs, blankAsZero, lookup);
  const rhs = side(report, eq.rhs, blankAsZero, lookup);
  const all = lhs.operands.concat(rhs.operands);
  if (eq.op === "nonneg") {
    // Each cell stands alone: absent cells are left out, not the whole equation.
    const operands = all.filter((o) => o.status !== "absent");
    const text = operands.filter((o) => o.status === "text");
    if (text.length > 0) return unverified(identity.id, eq, text);
    return nonNegFinding(identity.id, identity.severity, eq, operands);
  }
  const operands = all;
  if (operands.length === 0) return undefined;
  const op = eq.op === "le" ? "le" : "eq";
  const tol = tolerance(Math.max(lhs.decimals, rhs.decimals));
  const text = operands.some((o) => o.status === "text");
  if (!text) {
    // Blank, dash and absent cells are counts: at least 0. Known sums may break the equation whatever they hold.
    const lhsOpen = lhs.operands.some(isUnknown);
    const rhsOpen = rhs.operands.some(isUnknown);
    if ((lhsOpen || rhsOpen) && boundViolated(op, lhs.sum, rhs.sum, lhsOpen, rhsOpen, tol)) {
      return boundFinding(directed(identity, eq, lhs.sum - rhs.sum), eq, lhs, rhs, lhsOpen);
    }
  }
  if (operands.some((o) => o.status === "absent")) return undefined;
  if (text) return unverified(identity.id, eq, operands);
  if (operands.some(isUnknown)) {
    // A blank was not filled in: unverified. Dashes (-, —, 无, /) say "none": unverified when, taken as 0,
    // they keep the equation; a warning when they break it.
    const delta = lhs.sum - rhs.sum;
    const holds = op === "le" ? delta <= tol : Math.abs(delta) <= tol;
    if (holds || operands.some((o) => o.status === "blank" && o.assumedZero !== true)) {
      return unverified(identity.id, eq, operands);
    }
    const severity = identity.severity === "info" ? "info" : "warning";
    return sumFinding(identity, eq, assumeZero(lhs), assumeZero(rhs), severity, DASH_NOTE);
  }
  const delta = lhs.sum - rhs.sum;
  const ok = op === "le" ? delta <= tol : Math.abs(delta) <= tol;
  if (ok) return undefined;
  return sumFinding(identity, eq, lhs, rhs, directed(identity, eq, delta).severity, assumedNote(operands));
}

/** The identity with the severity of a violation by `delta` (lhs − rhs): a warning in the `warnWhen` direction. */
function directed(
  identity: Pick<Identity, "id" | "severity">,
  eq: Equation,
  delta: number,
): Pick<Identity, "id" | "severity"> {
  const soft = eq.warnWhen === "lhs>rhs" ? delta > 0 : eq.warnWhen === "lhs<rhs" ? delta < 0 : false;
  return soft && identity.severity === "error" ? { id: identity.id, severity: "warning" } : identity;
}

/** `lookupCell` over a report's cell reader: a canonical cell with its label (`fields` dictionary, else the id), else `lookupCell`. */
function readerLookup(report: AnnualReport, cells: CellReader): CellLookup {
  return (id) => {
    const cell = cells.cell(fieldSlot(id));
    if (cell === undefined) return lookupCell(report, id);
    return { cell, label: fields[id as keyof typeof fields]?.label ?? id };
  };
}

/**
 * Evaluates every enabled identity of the given layouts; findings in identity and equation order. When
 * several violations share the one cell whose change mends them all, each names it (likely-fix.ts). `cells`
 * is the report's cell reader (`cellReader`), when the caller already has one.
 */
export function identityFindings(
  report: AnnualReport,
  identities: readonly Identity[],
  options: ValidateOptions = {},
  cells: CellReader = cellReader(report),
): Finding[] {
  const violations: Violation[] = [];
  const out = evaluateIdentities(report, identities, options, cells, violations);
  if (violations.length > 1) suggestFixes(violations, fixContext(report, identities, cells));
  return out;
}

/**
 * `identityFindings` without the likely-typo hint: each equation is first checked on the compiled fast path
 * (identity-check.ts: compiled once per identity list, so pass a layout's own `identities` array to reuse it);
 * only a reported one is built. The violated (in)equalities over numbers only are added to `violations`.
 */
export function evaluateIdentities(
  report: AnnualReport,
  identities: readonly Identity[],
  options: ValidateOptions = {},
  cells: CellReader = cellReader(report),
  violations: Violation[] = [],
): Finding[] {
  const out: Finding[] = [];
  const keepUnverified = ruleEnabled(UNVERIFIED_RULE, { skipRules: options.skipRules });
  const blankAsZero = options.blankAsZero === true;
  const compiledList = compileIdentities(identities);
  const slotted = slotCells(compiledList, cells);
  const lookup = readerLookup(report, cells);
  const addFinding = (identity: Identity, equation: Equation): void => {
    const finding = evaluateEquation(report, identity, equation, options, lookup);
    if (!finding) return;
    if (finding.rule === UNVERIFIED_RULE && !keepUnverified) return;
    out.push(finding);
    // A violated (in)equality over numbers only: a candidate for the likely-typo hint.
    if (finding.rule !== UNVERIFIED_RULE && finding.delta !== null && equation.op !== "nonneg") {
      if (finding.operands.every((o) => o.status === "number")) violations.push({ finding, equation });
    }
  };
  for (const { identity, equations, nonNegSlots } of compiledList.identities) {
    if (!ruleEnabled(identity.id, options)) continue;
    if (nonNegSlots !== null) {
      // Every equation checks one cell: one loop over the slots.
      for (let i = 0; i < nonNegSlots.length; i++) {
        const compiled = equations[i] as CompiledEquation;
        if (nonNegViolated(slotted[nonNegSlots[i] as number], compiled.integer))
          addFinding(identity, compiled.equation);
      }
      continue;
    }
    for (const compiled of equations) {
      if (equationViolated(compiled, slotted, blankAsZero)) addFinding(identity, compiled.equation);
    }
  }
  return out;
}

const NO_EQUATIONS: readonly Equation[] = [];

/** The (in)equalities of each identity list, by every field their terms name (alternatives too); built once per list. */
const fieldIndex = new WeakMap<readonly Identity[], Map<string, Equation[]>>();

/** The (in)equalities (not nonneg) of an identity list by field, from the cache. */
function equationsByField(identities: readonly Identity[]): Map<string, Equation[]> {
  let index = fieldIndex.get(identities);
  if (index) return index;
  index = new Map();
  for (const identity of identities) {
    for (const equation of identity.equations) {
      if (equation.op === "nonneg") continue;
      const named = new Set<string>();
      for (const term of [...equation.lhs, ...equation.rhs]) {
        if (typeof term === "string") named.add(term);
        else for (const alternative of term.oneOf) for (const id of alternative) named.add(id);
      }
      for (const id of named) {
        const list = index.get(id);
        if (list) list.push(equation);
        else index.set(id, [equation]);
      }
    }
  }
  fieldIndex.set(identities, index);
  return index;
}

/** What the likely-typo search reads: the layout's (in)equalities, their sides and the cells' numbers. */
function fixContext(report: AnnualReport, identities: readonly Identity[], cells: CellReader): FixContext {
  const lookup = readerLookup(report, cells);
  const byField = equationsByField(identities);
  // A cell without the label object `lookup` makes (these are read many times over).
  const cellOf = (id: string): Cell | undefined => cells.cell(fieldSlot(id)) ?? lookupCell(report, id)?.cell;
  const has = (id: string): boolean => cellOf(id) !== undefined;
  const resolve = (terms: readonly Term[]): string[] => {
    const out: string[] = [];
    for (const t of terms) {
      if (typeof t === "string") out.push(t);
      else for (const id of chooseAlternative(t, has)) out.push(id);
    }
    return out;
  };
  const known = new Map<Equation, EquationSides>();
  return {
    equationsWith: (field) => byField.get(field) ?? NO_EQUATIONS,
    sides: (equation) => {
      let s = known.get(equation);
      if (!s) {
        s = { lhs: resolve(equation.lhs), rhs: resolve(equation.rhs) };
        known.set(equation, s);
      }
      return s;
    },
    valueOf: (field) => {
      const cell = cellOf(field);
      return cell?.status === "number" && cell.value !== null ? cell.value : undefined;
    },
    cellOf: (field) => {
      const found = lookup(field);
      return found ? { label: found.label, source: found.cell.source } : undefined;
    },
  };
}
