/**
 * The fast path of the identity engine: each identity's equations compiled ONCE (module-level WeakMap keyed
 * by the identity) into flat arrays of field ids, and a check that reads only cell values and statuses. It
 * answers whether `evaluateEquation` would report the equation; only then is the finding (operands, labels,
 * messages) built, by `evaluateEquation` itself.
 */
import type { Equation, Identity, Term } from "../templates/types.js";
import type { CellGetter } from "./cell-index.js";

/** One equation ready to check: its field ids when every term is a plain field, else its terms. */
export interface CompiledEquation {
  /** The equation as declared (passed to the finding builder). */
  equation: Equation;
  /** eq, le or nonneg. */
  op: "eq" | "le" | "nonneg";
  /** Whether the values must be integers (nonneg). */
  integer: boolean;
  /** Field ids, lhs then rhs, when no term is a `oneOf`; null otherwise. */
  ids: readonly string[] | null;
  /** How many of `ids` are on the left side. */
  lhsCount: number;
}

const cache = new WeakMap<Identity, readonly CompiledEquation[]>();

/** Picks a `oneOf` term's alternative: the first fully present, else the first partly present, else the first. */
export function chooseAlternative(term: Exclude<Term, string>, has: (id: string) => boolean): readonly string[] {
  const full = term.oneOf.find((alt) => alt.length > 0 && alt.every(has));
  if (full) return full;
  return term.oneOf.find((alt) => alt.some(has)) ?? term.oneOf[0] ?? [];
}

function compileEquation(equation: Equation): CompiledEquation {
  const plain = [...equation.lhs, ...equation.rhs].every((t) => typeof t === "string");
  return {
    equation,
    op: equation.op ?? "eq",
    integer: equation.integer === true,
    ids: plain ? ([...equation.lhs, ...equation.rhs] as string[]) : null,
    lhsCount: equation.lhs.length,
  };
}

/** An identity's equations, compiled on first use and cached for the identity's lifetime. */
export function compiledEquations(identity: Identity): readonly CompiledEquation[] {
  let compiled = cache.get(identity);
  if (!compiled) {
    compiled = identity.equations.map(compileEquation);
    cache.set(identity, compiled);
  }
  return compiled;
}

/** Appends a side's field ids for one report, resolving its `oneOf` terms. */
function pushResolved(out: string[], terms: readonly Term[], has: (id: string) => boolean): void {
  for (const t of terms) {
    if (typeof t === "string") out.push(t);
    else for (const id of chooseAlternative(t, has)) out.push(id);
  }
}

/** The field ids of an equation with `oneOf` terms for one report, and how many are on the left. */
function resolvedIds(c: CompiledEquation, get: CellGetter): { ids: readonly string[]; lhsCount: number } {
  const has = (id: string) => get(id) !== undefined;
  const ids: string[] = [];
  pushResolved(ids, c.equation.lhs, has);
  const lhsCount = ids.length;
  pushResolved(ids, c.equation.rhs, has);
  return { ids, lhsCount };
}

const decimalsOf = (raw: string): number => /\.(\d+)/.exec(raw)?.[1]?.length ?? 0;

/** A nonneg equation fails when a present cell is text, negative, or (counts) not an integer. */
function nonNegViolated(ids: readonly string[], integer: boolean, get: CellGetter): boolean {
  for (const id of ids) {
    const cell = get(id);
    if (!cell) continue;
    if (cell.status === "text") return true;
    const v = cell.value;
    if (cell.status === "number" && v !== null && (v < 0 || (integer && !Number.isInteger(v)))) return true;
  }
  return false;
}

/**
 * Whether `evaluateEquation` reports this equation: a violated (in)equality, or an operand that is not a
 * number (unverified). Skipped (false) when any operand is absent. Sums in the same order, same tolerance.
 */
export function equationViolated(c: CompiledEquation, get: CellGetter, blankAsZero: boolean): boolean {
  let ids = c.ids;
  let lhsCount = c.lhsCount;
  if (ids === null) ({ ids, lhsCount } = resolvedIds(c, get));
  if (c.op === "nonneg") return nonNegViolated(ids, c.integer, get);
  if (ids.length === 0) return false;
  let lhs = 0;
  let rhs = 0;
  let notNumber = false;
  for (let i = 0; i < ids.length; i++) {
    const cell = get(ids[i] as string);
    if (!cell) return false;
    let v = cell.value ?? 0;
    if (cell.status !== "number") {
      if (cell.status === "blank" && blankAsZero) v = 0;
      else notNumber = true;
    }
    if (i < lhsCount) lhs += v;
    else rhs += v;
  }
  if (notNumber) return true;
  const delta = lhs - rhs;
  if (c.op === "le" ? delta <= 1e-9 : Math.abs(delta) <= 1e-9) return false;
  let decimals = 0;
  for (const id of ids) {
    const cell = get(id);
    if (cell?.status === "number") decimals = Math.max(decimals, decimalsOf(cell.raw));
  }
  const tol = decimals === 0 ? 1e-9 : 10 ** -decimals + 1e-9;
  return c.op === "le" ? delta > tol : Math.abs(delta) > tol;
}
