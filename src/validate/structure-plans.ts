/**
 * The layout's tables prepared once per template for the structure rules: each row's field ids and the
 * rows that print it in another form, kept in a module-level WeakMap keyed by the template.
 */
import type { Cell } from "../schema/common.js";
import { fieldIdOf, type RowTemplate, type TableTemplate, type Template } from "../templates/types.js";
import { type CellReader, fieldSlots } from "./cell-index.js";

/** A template row's field ids and the rows whose presence also covers it (collapsed / expanded forms). */
export interface RowPlan {
  /** The layout row. */
  row: RowTemplate;
  /** Field id of each column, in column order. */
  ids: readonly string[];
  /** The slot (`fieldSlot`) of each id. */
  slots: Int32Array;
  /** Indices of the rows that print this row in another form (any one present covers it). */
  alternatives: readonly number[];
}

/** A template table's rows as plans, and every field id of the table. */
export interface TablePlan {
  /** The layout table. */
  table: TableTemplate;
  /** Every field id of the table, row by row. */
  ids: readonly string[];
  /** The slot (`fieldSlot`) of each id. */
  slots: Int32Array;
  /** Its rows, in printed order. */
  rows: readonly RowPlan[];
}

const plans = new WeakMap<Template, readonly TablePlan[]>();

/**
 * The rows that cover a row when it is not printed itself: for another era's one-row form of a group, the
 * group's own rows; for a row of a group, the group's one-row form.
 */
function alternativesOf(table: TableTemplate, row: RowTemplate): number[] {
  const rows = table.rows;
  if (row.collapsedGroup) {
    const group = row.collapsedGroup.group;
    return rows.flatMap((r, i) => (r !== row && r.groups.includes(group) ? [i] : []));
  }
  const collapsed = rows.findIndex((r) => r.collapsedGroup && row.groups.includes(r.collapsedGroup.group));
  return collapsed >= 0 ? [collapsed] : [];
}

/** The layout's tables as plans, built once per template. */
export function tablePlans(template: Template): readonly TablePlan[] {
  let out = plans.get(template);
  if (!out) {
    out = template.tables.map((table) => {
      const rows = table.rows.map((row) => {
        const ids = row.columns.map((c) => fieldIdOf(table, row, c));
        return { row, ids, slots: fieldSlots(ids), alternatives: alternativesOf(table, row) };
      });
      const ids = rows.flatMap((r) => r.ids);
      return { table, ids, slots: fieldSlots(ids), rows };
    });
    plans.set(template, out);
  }
  return out;
}

/** Whether a cell is blank or the number 0. */
export const isZeroOrBlank = (c: Cell): boolean => c.status === "blank" || (c.status === "number" && c.value === 0);

/** Whether one of the layout's cells holds a value other than 0 or blank (a quick way to rule out all-zero). */
export function hasValue(cells: CellReader, template: Template | undefined): boolean {
  if (!template) return false;
  for (const { slots } of tablePlans(template)) {
    for (let i = 0; i < slots.length; i++) {
      const c = cells.cell(slots[i] as number);
      if (c !== undefined && !isZeroOrBlank(c)) return true;
    }
  }
  return false;
}
