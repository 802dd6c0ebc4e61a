/**
 * A report's cells by field id, built once per validation: canonical ids from `report.cells`, legacy ids
 * from one Map over the legacy tables' rows (the first row of an id wins). Answers exactly as
 * `lookupCell(report, id)?.cell`, without its scan of the legacy rows on every call.
 *
 * Compiled checks (identities, structure plans) name their fields by slot (`fieldSlot`, numbered once for the
 * process), and read them through a `CellReader`, which looks each field up in the report at most once per
 * validation: a report's cells object holds ≈ 200 ids, and every lookup by id is a hash probe.
 */
import type { Cell } from "../schema/common.js";
import type { AnnualReport } from "../schema/report.js";

/** Reads a report's cell by field id (canonical or legacy); undefined when the report lacks it. */
export type CellGetter = (id: string) => Cell | undefined;

/** Builds the cell getter of one report; the report must not change while the getter is in use. */
export function cellGetter(report: AnnualReport): CellGetter {
  const legacy = report.legacy.length === 0 ? undefined : legacyCells(report);
  return getterOf(report, legacy, legacy !== undefined && Object.getOwnPropertyNames(report.cells).length === 0);
}

/** The getter over a report's cells and its legacy rows' cells (`noCells`: the report has no canonical cell). */
function getterOf(report: AnnualReport, legacy: Map<string, Cell> | undefined, noCells: boolean): CellGetter {
  const cells = report.cells as Readonly<Record<string, Cell | undefined>>;
  const own: CellGetter = (id) => (Object.hasOwn(cells, id) ? cells[id] : undefined);
  if (legacy === undefined) return own;
  // A legacy report usually has no canonical cell: then only the legacy rows can answer (reading an id the
  // cells object lacks costs a string-table probe per read).
  if (noCells) return (id) => legacy.get(id);
  return (id) => own(id) ?? legacy.get(id);
}

/** The legacy rows' cells by typed id, the first row of an id winning. */
function legacyCells(report: AnnualReport): Map<string, Cell> {
  const legacy = new Map<string, Cell>();
  for (const table of report.legacy) {
    for (const row of table.rows) if (row.id !== null && !legacy.has(row.id)) legacy.set(row.id, row.cell);
  }
  return legacy;
}

/** Field id of each slot. */
const FIELDS: string[] = [];
/** Slot of each field id. */
const SLOTS = new Map<string, number>();
/** Whether a slot's id holds a point (no built-in property of Object.prototype does). */
const DOTTED: boolean[] = [];

/** The slot of a field id: a number given once for the process, the same for every layout naming the id. */
export function fieldSlot(id: string): number {
  let slot = SLOTS.get(id);
  if (slot === undefined) {
    slot = FIELDS.push(id) - 1;
    SLOTS.set(id, slot);
    DOTTED.push(id.includes("."));
    growMemo(FIELDS.length);
  }
  return slot;
}

/** The slots of some field ids, in order. */
export const fieldSlots = (ids: readonly string[]): Int32Array => Int32Array.from(ids, fieldSlot);

/** One report's cells read by slot, each field looked up at most once (while no other reader is in use). */
export interface CellReader {
  /** The report's cell getter (by field id, canonical or legacy). */
  readonly get: CellGetter;
  /** What `get` answers for the slot's field id. */
  at(slot: number): Cell | undefined;
  /** The canonical cell of the slot's field id (`report.cells` only, never a legacy row). */
  cell(slot: number): Cell | undefined;
  /** Whether `report.cells` has an own property named by the slot's field id (the canonical cells only). */
  has(slot: number): boolean;
  /** Sets `out[i]` to `at(slots[i])` for every i. */
  readAll(slots: Int32Array, out: (Cell | undefined)[]): void;
}

/**
 * Whether reading `cells[id]` for an id holding a point answers as `Object.hasOwn(cells, id) ? cells[id] :
 * undefined`: the object has no prototype, or the plain one with no property whose name holds a point.
 */
function plainReads(cells: object): boolean {
  const proto: unknown = Object.getPrototypeOf(cells);
  if (proto === null) return true;
  if (proto !== Object.prototype) return false;
  for (const name of Object.getOwnPropertyNames(proto)) if (name.includes(".")) return false;
  return true;
}

/**
 * The memo of the readers, shared so that a validation allocates none: by slot, the reader (its number)
 * that stored the entry, and the entry. A reader trusts only its own entries, so readers in use at the
 * same time stay correct (each re-reads what another overwrote).
 */
let canonicalBy = new Int32Array(256);
const canonicalMemo: (Cell | undefined)[] = [];
let mergedBy = new Int32Array(256);
const mergedMemo: (Cell | undefined)[] = [];
let readers = 0;

/** A new reader's number (1 … 2^30 − 1; after the last, the memo is cleared and numbering starts again). */
function nextReader(): number {
  if (readers === 0x3fffffff) {
    // Entries of earlier readers with the numbers about to be reused must not be trusted.
    canonicalBy.fill(0);
    mergedBy.fill(0);
    readers = 0;
  }
  readers++;
  return readers;
}

/**
 * Keeps the memo one entry per slot: the lists grow by one entry at a time (never written past their end,
 * which would turn them into slow sparse lists), the reader numbers by doubling.
 */
function growMemo(slots: number): void {
  while (canonicalMemo.length < slots) {
    canonicalMemo.push(undefined);
    mergedMemo.push(undefined);
  }
  if (canonicalBy.length >= slots) return;
  const size = Math.max(slots, canonicalBy.length * 2);
  const grownCanonical = new Int32Array(size);
  grownCanonical.set(canonicalBy);
  canonicalBy = grownCanonical;
  const grownMerged = new Int32Array(size);
  grownMerged.set(mergedBy);
  mergedBy = grownMerged;
}

class SlotReader implements CellReader {
  readonly get: CellGetter;
  private readonly cells: Readonly<Record<string, Cell | undefined>>;
  private readonly legacy: Map<string, Cell> | undefined;
  /** A legacy report without canonical cells: no lookup in the cells object at all. */
  private readonly noCells: boolean;
  /** Reads of ids holding a point need no own-property test. */
  private readonly plain: boolean;
  private readonly id: number;

  constructor(report: AnnualReport) {
    this.cells = report.cells as Readonly<Record<string, Cell | undefined>>;
    const hasLegacy = report.legacy.length > 0;
    this.legacy = hasLegacy ? legacyCells(report) : undefined;
    this.noCells = hasLegacy && Object.getOwnPropertyNames(this.cells).length === 0;
    this.get = getterOf(report, this.legacy, this.noCells);
    this.plain = plainReads(this.cells);
    this.id = nextReader();
  }

  cell(slot: number): Cell | undefined {
    if (canonicalBy[slot] === this.id) return canonicalMemo[slot];
    let cell: Cell | undefined;
    if (!this.noCells) {
      const id = FIELDS[slot] as string;
      const { cells } = this;
      cell = this.plain && DOTTED[slot] === true ? cells[id] : Object.hasOwn(cells, id) ? cells[id] : undefined;
    }
    canonicalBy[slot] = this.id;
    canonicalMemo[slot] = cell;
    return cell;
  }

  at(slot: number): Cell | undefined {
    const { legacy } = this;
    if (legacy === undefined) return this.cell(slot);
    if (mergedBy[slot] === this.id) return mergedMemo[slot];
    const cell = this.cell(slot) ?? legacy.get(FIELDS[slot] as string);
    mergedBy[slot] = this.id;
    mergedMemo[slot] = cell;
    return cell;
  }

  readAll(slots: Int32Array, out: (Cell | undefined)[]): void {
    const { id } = this;
    if (this.legacy !== undefined) {
      for (let i = 0; i < slots.length; i++) out[i] = this.at(slots[i] as number);
      return;
    }
    // The canonical memo read in place: one call for the whole list.
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i] as number;
      out[i] = canonicalBy[slot] === id ? canonicalMemo[slot] : this.cell(slot);
    }
  }

  has(slot: number): boolean {
    return this.cell(slot) !== undefined || (!this.noCells && Object.hasOwn(this.cells, FIELDS[slot] as string));
  }
}

/** The cell reader of one report; the report must not change while the reader is in use. */
export const cellReader = (report: AnnualReport): CellReader => new SlotReader(report);
