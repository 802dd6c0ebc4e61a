/**
 * The fast path of the identity engine: a layout's identities compiled ONCE (module-level WeakMap keyed by
 * the identity list) into slots — every distinct field id of their equations, `oneOf` alternatives too,
 * read once per report — and a check that reads only cell values and statuses. It answers whether
 * `evaluateEquation` would report the equation; only then is the finding (operands, labels, messages)
 * built, by `evaluateEquation` itself.
 */
import type { Cell } from "../schema/common.js";
import type { Equation, Identity, Term } from "../templates/types.js";
import { type CellReader, fieldSlots } from "./cell-index.js";

/** One term compiled: a slot, or the slots of each `oneOf` alternative. */
type CompiledTerm = number | readonly Int32Array[];

/** One equation ready to check. */
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
  /** Left and right terms compiled, for an equation with `oneOf` terms (null otherwise). */
  terms: { lhs: readonly CompiledTerm[]; rhs: readonly CompiledTerm[] } | null;
}

/** One identity with its compiled equations. */
export interface CompiledIdentity {
  /** The identity as declared. */
  identity: Identity;
  /** Its equations, in declared order. */
  equations: readonly CompiledEquation[];
  /**
   * When every equation is a `nonneg` over one plain field: the slot of each equation, in order (checked in
   * one loop); null otherwise.
   */
  nonNegSlots: Int32Array | null;
}

/** A list of identities compiled together: the distinct field ids of their equations, and the identities. */
export interface CompiledIdentities {
  /** Every field id a slot stands for, each once. */
  fields: readonly string[];
  /** The process-wide slot (`fieldSlot`) of each field, read through a report's `CellReader`. */
  fieldSlots: Int32Array;
  /** The identities, in the list's order. */
  identities: readonly CompiledIdentity[];
}

/**
 * Compiled lists, keyed by the identities array: a list (and the identities in it) must not change once it has
 * been validated with — the library's layouts never do; a caller's own list (options.templates) must be a new
 * array to take effect.
 */
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
  const compileTerm = (t: Term): CompiledTerm =>
    typeof t === "string" ? slotOf(t) : t.oneOf.map((alt) => Int32Array.from(alt, slotOf));
  return {
    equation,
    op: equation.op ?? "eq",
    integer: equation.integer === true,
    slots: plain ? Int32Array.from(terms as string[], slotOf) : null,
    lhsCount: equation.lhs.length,
    terms: plain ? null : { lhs: equation.lhs.map(compileTerm), rhs: equation.rhs.map(compileTerm) },
  };
}

function compileIdentity(identity: Identity, slotOf: (id: string) => number): CompiledIdentity {
  const equations = identity.equations.map((eq) => compileEquation(eq, slotOf));
  const flat = equations.every((c) => c.op === "nonneg" && c.slots !== null && c.slots.length === 1);
  return {
    identity,
    equations,
    nonNegSlots: flat ? Int32Array.from(equations, (c) => c.slots?.[0] as number) : null,
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
    const compiledIdentities = identities.map((identity) => compileIdentity(identity, slotOf));
    compiled = { fields, fieldSlots: fieldSlots(fields), identities: compiledIdentities };
    cache.set(identities, compiled);
  }
  return compiled;
}

/**
 * A report's cells for the slots of a compiled list (undefined where the report lacks the field), in an array
 * of its own: a shared one would be refilled if validation re-entered (an `options.rules` getter validating
 * another report) while the first report's cells were still being read.
 */
export function slotCells(compiled: CompiledIdentities, reader: CellReader): (Cell | undefined)[] {
  const slots = compiled.fieldSlots;
  const cells = new Array<Cell | undefined>(slots.length);
  reader.readAll(slots, cells);
  return cells;
}

const NO_SLOTS = new Int32Array(0);

/** Whether every slot (`all`) or some slot (not `all`) of a list has a cell. */
function present(slots: Int32Array, cells: readonly (Cell | undefined)[], all: boolean): boolean {
  for (let i = 0; i < slots.length; i++) if ((cells[slots[i] as number] !== undefined) !== all) return !all;
  return all;
}

/** `chooseAlternative` over slots: the first alternative fully present, else the first partly present, else the first. */
function chosenSlots(alternatives: readonly Int32Array[], cells: readonly (Cell | undefined)[]): Int32Array {
  for (const alt of alternatives) if (alt.length > 0 && present(alt, cells, true)) return alt;
  for (const alt of alternatives) if (present(alt, cells, false)) return alt;
  return alternatives[0] ?? NO_SLOTS;
}

/** The slots of an equation with alternatives, resolved for one call at a time (grown when too short). */
let scratch = new Int32Array(64);

/** Writes the slots of compiled terms into `scratch` from `count`, each `oneOf` resolved; returns the new count. */
function resolveSlots(terms: readonly CompiledTerm[], cells: readonly (Cell | undefined)[], count: number): number {
  let n = count;
  for (const t of terms) {
    const slots = typeof t === "number" ? null : chosenSlots(t, cells);
    const need = n + (slots === null ? 1 : slots.length);
    if (need > scratch.length) {
      const grown = new Int32Array(Math.max(need, scratch.length * 2));
      grown.set(scratch.subarray(0, n));
      scratch = grown;
    }
    if (slots === null) scratch[n++] = t as number;
    else for (let i = 0; i < slots.length; i++) scratch[n++] = slots[i] as number;
  }
  return n;
}

/** The decimal places written in a number's raw text (0 without a decimal point). */
export const decimalsOf = (raw: string): number => (raw.includes(".") ? (/\.(\d+)/.exec(raw)?.[1]?.length ?? 0) : 0);

/** A nonneg equation fails when a present cell is text, negative, or (counts) not an integer. */
export function nonNegViolated(cell: Cell | undefined, integer: boolean): boolean {
  if (!cell) return false;
  if (cell.status === "text") return true;
  const v = cell.value;
  return cell.status === "number" && v !== null && (v < 0 || (integer && !Number.isInteger(v)));
}

/**
 * Whether known sums already break an (in)equality whatever the unknown cells hold: a side with an unknown
 * cell (blank, dash, absent — a count, so at least 0) is at least its known sum, a side without one is its
 * sum. `lhs = rhs` is broken when a side without unknowns is below the other side's known sum; `lhs ≤ rhs`
 * when the right side has no unknown and is below the left side's known sum. `tol` is the comparison's
 * tolerance.
 */
export function boundViolated(
  op: "eq" | "le",
  lhs: number,
  rhs: number,
  lhsOpen: boolean,
  rhsOpen: boolean,
  tol: number,
): boolean {
  if (op === "le") return !rhsOpen && lhs - rhs > tol;
  return (!lhsOpen && rhs - lhs > tol) || (!rhsOpen && lhs - rhs > tol);
}

/** The tolerance of a comparison over some cells: exact for integers, one unit of the finest written decimal place. */
function toleranceOf(slots: Int32Array, count: number, cells: readonly (Cell | undefined)[]): number {
  let decimals = 0;
  for (let i = 0; i < count; i++) {
    const cell = cells[slots[i] as number];
    if (cell?.status === "number") decimals = Math.max(decimals, decimalsOf(cell.raw));
  }
  return decimals === 0 ? 1e-9 : 10 ** -decimals + 1e-9;
}

/**
 * Whether the operands (slots, `lhsCount` of them on the left) make `evaluateEquation` report an
 * (in)equality: violated; broken by the known sums whatever the blank, dash or absent cells hold
 * (`boundViolated`); or, with no operand absent, an operand that is not a number (a warning when the
 * blanks and dashes taken as 0 break it, else unverified). Sums in the same order, same tolerance.
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
  let lhsOpen = false;
  let rhsOpen = false;
  let absent = false;
  let text = false;
  for (let i = 0; i < count; i++) {
    const cell = cells[slots[i] as number];
    const left = i < lhsCount;
    if (cell === undefined || cell.status === "na" || (cell.status === "blank" && !blankAsZero)) {
      // Unknown, and at least 0: the side is open.
      if (cell === undefined) absent = true;
      if (left) lhsOpen = true;
      else rhsOpen = true;
    } else if (cell.status === "text") text = true;
    else if (cell.status === "number") {
      if (left) lhs += cell.value ?? 0;
      else rhs += cell.value ?? 0;
    }
  }
  if (text) return !absent;
  if (lhsOpen || rhsOpen) {
    return boundViolated(op, lhs, rhs, lhsOpen, rhsOpen, toleranceOf(slots, count, cells)) || !absent;
  }
  const delta = lhs - rhs;
  if (op === "le" ? delta <= 1e-9 : Math.abs(delta) <= 1e-9) return false;
  const tol = toleranceOf(slots, count, cells);
  return op === "le" ? delta > tol : Math.abs(delta) > tol;
}

/**
 * Whether `evaluateEquation` reports this equation: a violated (in)equality, or an operand that is not a
 * number (unverified); for nonneg, a present cell that is text, negative or (counts) not an integer.
 * `cells` are the report's slot cells (`slotCells`).
 */
export function equationViolated(
  c: CompiledEquation,
  cells: readonly (Cell | undefined)[],
  blankAsZero: boolean,
): boolean {
  let slots = c.slots;
  let count = slots === null ? 0 : slots.length;
  let lhsCount = c.lhsCount;
  if (slots === null) {
    // One scratch list for every call: the slots are read here and never kept.
    lhsCount = resolveSlots(c.terms?.lhs ?? [], cells, 0);
    count = resolveSlots(c.terms?.rhs ?? [], cells, lhsCount);
    slots = scratch;
  }
  if (c.op === "nonneg") {
    for (let i = 0; i < count; i++) if (nonNegViolated(cells[slots[i] as number], c.integer)) return true;
    return false;
  }
  return sumsViolated(c.op, slots, count, lhsCount, cells, blankAsZero);
}
