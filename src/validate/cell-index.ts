/**
 * A report's cells by field id, built once per validation: canonical ids from `report.cells`, legacy ids
 * from one Map over the legacy tables' rows (the first row of an id wins). Answers exactly as
 * `lookupCell(report, id)?.cell`, without its scan of the legacy rows on every call.
 *
 * Compiled checks (identities, structure plans) name their fields by slot (`fieldSlot`, numbered once for the
 * process), and read them through a `CellReader`, which looks each field up in the report at most once per
 * validation: a report's cells object holds ≈ 200 ids, and every lookup by id is a hash probe.
 */
import { legacyRowsById } from "../records.js";
import type { Cell } from "../schema/common.js";
import type { AnnualReport, LegacyRow } from "../schema/report.js";

/** Reads a report's cell by field id (canonical or legacy); undefined when the report lacks it. */
export type CellGetter = (id: string) => Cell | undefined;

/** Builds the cell getter of one report; the report must not change while the getter is in use. */
export function cellGetter(report: AnnualReport): CellGetter {
  const legacy = report.legacy.length === 0 ? undefined : legacyRowsById(report);
  return getterOf(report, legacy, legacy !== undefined && Object.getOwnPropertyNames(report.cells).length === 0);
}

/** The getter over a report's cells and its legacy rows (`noCells`: the report has no canonical cell). */
function getterOf(report: AnnualReport, legacy: Map<string, LegacyRow> | undefined, noCells: boolean): CellGetter {
  const cells = report.cells as Readonly<Record<string, Cell | undefined>>;
  const own: CellGetter = (id) => (Object.hasOwn(cells, id) ? cells[id] : undefined);
  if (legacy === undefined) return own;
  // A legacy report usually has no canonical cell: then only the legacy rows can answer (reading an id the
  // cells object lacks costs a string-table probe per read).
  if (noCells) return (id) => legacy.get(id)?.cell;
  return (id) => own(id) ?? legacy.get(id)?.cell;
}

/** Field id of each slot. */
const FIELDS: string[] = [];
/** Slot of each field id. */
const SLOTS = new Map<string, number>();

/** The slot of a field id: a number given once for the process, the same for every layout naming the id. */
export function fieldSlot(id: string): number {
  let slot = SLOTS.get(id);
  if (slot === undefined) {
    slot = FIELDS.push(id) - 1;
    SLOTS.set(id, slot);
  }
  return slot;
}

/** The slots of some field ids, in order. */
export const fieldSlots = (ids: readonly string[]): Int32Array => Int32Array.from(ids, fieldSlot);

/** One report's cells read by slot, each field looked up at most once. */
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

/** A memo entry not read yet. */
const UNREAD: unique symbol = Symbol("unread");
type Memo = (Cell | undefined | typeof UNREAD)[];

/** A memo with one UNREAD entry per slot known when the reader is made (slots given later are not memoised). */
const newMemo = (): Memo => new Array<Cell | undefined | typeof UNREAD>(FIELDS.length).fill(UNREAD);

class SlotReader implements CellReader {
  private readonly report: AnnualReport;
  private readonly cells: Readonly<Record<string, Cell | undefined>>;
  /** A legacy report without canonical cells: no lookup in the cells object at all. */
  private readonly noCells: boolean;
  /** The canonical cell of each slot, as read so far. */
  private readonly canonical: Memo;
  /**
   * Legacy reports: the first legacy row's cell of each slot known when the reader is made, filled in one pass
   * over the rows (the legacy layouts name hundreds of ids, a report holds a few dozen rows).
   */
  private readonly legacySlots: (Cell | undefined)[] | undefined;
  private rows: Map<string, LegacyRow> | undefined;
  private getter: CellGetter | undefined;

  constructor(report: AnnualReport) {
    this.report = report;
    this.cells = report.cells as Readonly<Record<string, Cell | undefined>>;
    const hasLegacy = report.legacy.length > 0;
    this.noCells = hasLegacy && Object.getOwnPropertyNames(this.cells).length === 0;
    this.canonical = newMemo();
    this.legacySlots = hasLegacy ? legacyBySlot(report) : undefined;
  }

  /** The report's cell getter, made on first use. */
  get get(): CellGetter {
    this.getter ??= getterOf(this.report, this.legacyRows(), this.noCells);
    return this.getter;
  }

  /** The legacy rows by id (legacy reports only), made on first use. */
  private legacyRows(): Map<string, LegacyRow> | undefined {
    if (this.legacySlots === undefined) return undefined;
    this.rows ??= legacyRowsById(this.report);
    return this.rows;
  }

  cell(slot: number): Cell | undefined {
    if (this.noCells) return undefined;
    const memo = this.canonical;
    const known = slot < memo.length ? memo[slot] : UNREAD;
    if (known !== UNREAD) return known;
    const id = FIELDS[slot] as string;
    const cell = Object.hasOwn(this.cells, id) ? this.cells[id] : undefined;
    if (slot < memo.length) memo[slot] = cell;
    return cell;
  }

  at(slot: number): Cell | undefined {
    const legacy = this.legacySlots;
    if (legacy === undefined) return this.cell(slot);
    const cell = this.cell(slot);
    if (cell !== undefined) return cell;
    // A slot given after the reader was made (the process's first validation with a layout) is looked up by id.
    return slot < legacy.length ? legacy[slot] : this.legacyRows()?.get(FIELDS[slot] as string)?.cell;
  }

  readAll(slots: Int32Array, out: (Cell | undefined)[]): void {
    for (let i = 0; i < slots.length; i++) out[i] = this.at(slots[i] as number);
  }

  has(slot: number): boolean {
    return this.cell(slot) !== undefined || (!this.noCells && Object.hasOwn(this.cells, FIELDS[slot] as string));
  }
}

/** The cell of the first legacy row of each id that has a slot, by slot (undefined where no row has it). */
function legacyBySlot(report: AnnualReport): (Cell | undefined)[] {
  const out = new Array<Cell | undefined>(FIELDS.length).fill(undefined);
  for (const table of report.legacy) {
    for (const row of table.rows) {
      const slot = row.id === null ? undefined : SLOTS.get(row.id);
      if (slot !== undefined && out[slot] === undefined) out[slot] = row.cell;
    }
  }
  return out;
}

/** The cell reader of one report; the report must not change while the reader is in use. */
export const cellReader = (report: AnnualReport): CellReader => new SlotReader(report);
