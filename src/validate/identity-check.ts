/**
 * The fast path of the identity engine: a layout's identities compiled ONCE (module-level WeakMap keyed by
 * the identity list) into slots — every distinct field id of their plain equations read once per report —
 * and a check that reads only cell values and statuses. It answers whether `evaluateEquation` would report
 * the equation; only then is the finding (operands, labels, messages) built, by `evaluateEquation` itself.
 */
import type { Cell } from "../schema/common.js";
import type { Equation, Identity, Term } from "../templates/types.js";
import type { CellGetter } from "./cell-index.js";

/** One equation ready to check: slots of its field ids when every term is a plain field, else its terms. */
export interface CompiledEquation {
  /** The equation as declared (passed to the finding builder). */
  equation: Equation;
  /** eq, le or nonneg. */
  op: "eq" | "le" | "nonneg";
  /** Whether the values must be integers (nonneg). */
  integer: boolean;
  /** Slots (indices into the compiled list's `fields`), lhs then rhs, when no term is a `oneOf`; null otherwise. */
  slots: Int32Array | null;
  /** How many of `slots` are on the left side. */
  lhsCount: number;
}

/** One identity with its compiled equations. */
export interface CompiledIdentity {
  /** The identity as declared. */
  identity: Identity;
  /** Its equations, in declared order. */
  equations: readonly CompiledEquation[];
}

/** A list of identities compiled together: the distinct field ids of their plain equations, and the identities. */
export interface CompiledIdentities {
  /** Every field id a slot stands for, each once. */
  fields: readonly string[];
  /** The identities, in the list's order. */
  identities: readonly CompiledIdentity[];
}

const cache = new WeakMap<readonly Identity[], CompiledIdentities>();

/** Picks a `oneOf` term's alternative: the first fully present, else the first partly present, else the first. */
export function chooseAlternative(term: Exclude<Term, string>, has: (id: string) => boolean): readonly string[] {
  const full = term.oneOf.find((alt) => alt.length > 0 && alt.every(has));
  if (full) return full;
  return term.oneOf.find((alt) => alt.some(has)) ?? term.oneOf[0] ?? [];
}

function compileEquation(equation: Equation, slotOf: (id: string) => number): CompiledEquation {
  const terms = [...equation.lhs, ...equation.rhs];
  const plain = terms.every((t) => typeof t === "string");
  return {
    equation,
    op: equation.op ?? "eq",
    integer: equation.integer === true,
    slots: plain ? Int32Array.from(terms as string[], slotOf) : null,
    lhsCount: equation.lhs.length,
  };
}

/** A list of identities compiled, on first use, and cached for the list's lifetime (layouts keep theirs). */
export function compileIdentities(identities: readonly Identity[]): CompiledIdentities {
  let compiled = cache.get(identities);
  if (!compiled) {
    const fields: string[] = [];
    const slots = new Map<string, number>();
    const slotOf = (id: string): number => {
      let slot = slots.get(id);
      if (slot === undefined) {
        slot = fields.push(id) - 1;
        slots.set(id, slot);
      }
      return slot;
    };
    compiled = {
      fields,
      identities: identities.map((identity) => ({
        identity,
        equations: identity.equations.map((eq) => compileEquation(eq, slotOf)),
      })),
    };
    cache.set(identities, compiled);
  }
  return compiled;
}

/** A report's cells for the slots of a compiled list (undefined where the report lacks the field). */
export function slotCells(compiled: CompiledIdentities, get: CellGetter): (Cell | undefined)[] {
  const { fields } = compiled;
  const cells = new Array<Cell | undefined>(fields.length);
  for (let i = 0; i < fields.length; i++) cells[i] = get(fields[i] as string);
  return cells;
}

/** Appends a side's field ids for one report, resolving its `oneOf` terms. */
function pushResolved(out: string[], terms: readonly Term[], has: (id: string) => boolean): void {
  for (const t of terms) {
    if (typeof t === "string") out.push(t);
    else for (const id of chooseAlternative(t, has)) out.push(id);
  }
}

/** The cells of an equation with `oneOf` terms for one report, and how many are on the left. */
function resolvedCells(c: CompiledEquation, get: CellGetter): { cells: (Cell | undefined)[]; lhsCount: number } {
  const has = (id: string) => get(id) !== undefined;
  const ids: string[] = [];
  pushResolved(ids, c.equation.lhs, has);
  const lhsCount = ids.length;
  pushResolved(ids, c.equation.rhs, has);
  return { cells: ids.map(get), lhsCount };
}

const decimalsOf = (raw: string): number => /\.(\d+)/.exec(raw)?.[1]?.length ?? 0;

/** A nonneg equation fails when a present cell is text, negative, or (counts) not an integer. */
function nonNegViolated(cell: Cell | undefined, integer: boolean): boolean {
  if (!cell) return false;
  if (cell.status === "text") return true;
  const v = cell.value;
  return cell.status === "number" && v !== null && (v < 0 || (integer && !Number.isInteger(v)));
}

let range = new Int32Array(0);

/** Slots 0 … n−1 (shared; grown when a longer list of resolved cells needs them). */
function rangeOf(n: number): Int32Array {
  if (range.length < n) range = Int32Array.from({ length: Math.max(n, 2 * range.length) }, (_, i) => i);
  return range;
}

/**
 * Whether the operands (`count` slots, `lhsCount` of them on the left) make `evaluateEquation` report an
 * (in)equality: violated, or an operand that is not a number (unverified). False when any operand is
 * absent. Sums in the same order, same tolerance.
 */
function sumsViolated(
  op: "eq" | "le",
  slots: Int32Array,
  count: number,
  lhsCount: number,
  cells: readonly (Cell | undefined)[],
  blankAsZero: boolean,
): boolean {
  if (count === 0) return false;
  let lhs = 0;
  let rhs = 0;
  let notNumber = false;
  for (let i = 0; i < count; i++) {
    const cell = cells[slots[i] as number];
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
  if (op === "le" ? delta <= 1e-9 : Math.abs(delta) <= 1e-9) return false;
  let decimals = 0;
  for (let i = 0; i < count; i++) {
    const cell = cells[slots[i] as number];
    if (cell?.status === "number") decimals = Math.max(decimals, decimalsOf(cell.raw));
  }
  const tol = decimals === 0 ? 1e-9 : 10 ** -decimals + 1e-9;
  return op === "le" ? delta > tol : Math.abs(delta) > tol;
}

/**
 * Whether `evaluateEquation` reports this equation: a violated (in)equality, or an operand that is not a
 * number (unverified); for nonneg, a present cell that is text, negative or (counts) not an integer.
 * `cells` are the report's slot cells (`slotCells`); `get` resolves the `oneOf` terms.
 */
export function equationViolated(
  c: CompiledEquation,
  cells: readonly (Cell | undefined)[],
  get: CellGetter,
  blankAsZero: boolean,
): boolean {
  const { slots } = c;
  if (slots === null) {
    const resolved = resolvedCells(c, get);
    const list = resolved.cells;
    if (c.op === "nonneg") return list.some((cell) => nonNegViolated(cell, c.integer));
    return sumsViolated(c.op, rangeOf(list.length), list.length, resolved.lhsCount, list, blankAsZero);
  }
  if (c.op === "nonneg") {
    for (let i = 0; i < slots.length; i++) if (nonNegViolated(cells[slots[i] as number], c.integer)) return true;
    return false;
  }
  return sumsViolated(c.op, slots, slots.length, c.lhsCount, cells, blankAsZero);
}
