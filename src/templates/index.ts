/** The registry of official layouts and the field dictionary derived from them. */
import { deepFrozen } from "../freeze.js";
import type { FormatEra } from "../schema/common.js";
import { FIELD_IDS, type FieldId } from "./field-ids.js";
import { GB2019 } from "./gb2019.js";
import { GB2021 } from "./gb2021.js";
import { cellLabel } from "./identities.js";
import type { ColumnTemplate, RowTemplate, TableTemplate, Template } from "./types.js";
import { fieldIdOf } from "./types.js";

export { FIELD_IDS, type FieldId } from "./field-ids.js";
export { GB2019 } from "./gb2019.js";
export { GB2021 } from "./gb2021.js";
export type * from "./types.js";

/** The current-format layouts, newest first. */
export const GB_TEMPLATES: readonly Template[] = Object.freeze([GB2021, GB2019]);

/** What the field dictionary says of one field id. */
export interface FieldInfo {
  /** The canonical id. */
  id: FieldId;
  /** Eras whose official layout prints this cell. */
  eras: ("gb2021" | "gb2019")[];
  /** Table id. */
  table: TableTemplate["id"];
  /** Table number as printed (二, 三, 四). */
  tableNumber: string;
  /** Official row label (with its group, e.g. （三）不予公开 / 1.属于国家秘密). */
  rowLabel: string;
  /** Official column label (with its parent, e.g. 法人或其他组织/商业企业). */
  columnLabel: string;
  /** Label for messages: 三、（七）总计 / 自然人. */
  label: string;
  /** count | amount | signed. */
  kind: ColumnTemplate["kind"];
}

/** Walks every (template, table, row, column) cell of the given templates. */
export function* templateCells(
  templates: readonly Template[] = GB_TEMPLATES,
): Generator<{ template: Template; table: TableTemplate; row: RowTemplate; column: ColumnTemplate; id: string }> {
  for (const template of templates) {
    for (const table of template.tables) {
      for (const row of table.rows) {
        for (const column of row.columns) yield { template, table, row, column, id: fieldIdOf(table, row, column) };
      }
    }
  }
}

function buildFields(): Readonly<Record<FieldId, FieldInfo>> {
  const out = Object.create(null) as Record<string, FieldInfo>;
  for (const { template, table, row, column, id } of templateCells()) {
    const existing = out[id];
    const printed = !row.collapsedGroup;
    if (existing) {
      if (printed && !existing.eras.includes(template.id as "gb2021")) existing.eras.push(template.id as "gb2021");
      continue;
    }
    const innermost = table.groups.find((g) => g.id === row.groups.at(-1));
    const group = innermost && !innermost.silent ? innermost.labels[0] : undefined;
    out[id] = {
      id: id as FieldId,
      eras: printed ? [template.id as "gb2021" | "gb2019"] : [],
      table: table.id,
      tableNumber: table.number,
      rowLabel: group ? `${group} / ${row.labels[0]}` : (row.labels[0] ?? row.id),
      columnLabel: column.path ?? column.labels[0] ?? column.id,
      label: cellLabel(table, row, column).zh,
      kind: column.kind,
    };
  }
  // Keep fields.tsv order.
  const ordered = Object.create(null) as Record<FieldId, FieldInfo>;
  for (const id of FIELD_IDS) {
    const info = out[id];
    if (!info) throw new Error(`field ${id} is in fields.tsv but in no template`);
    ordered[id] = info;
  }
  for (const id of Object.keys(out)) {
    if (!(id in ordered)) throw new Error(`template field ${id} is not in fields.tsv`);
  }
  return deepFrozen(ordered);
}

/** The field dictionary: every canonical field id with its official labels, eras and kind. */
export const fields: Readonly<Record<FieldId, FieldInfo>> = buildFields();

/** Whether a string is a canonical field id. */
export function isFieldId(id: string): id is FieldId {
  return Object.hasOwn(fields, id);
}

/** The gb template of an era, if it is one. */
export function templateOf(era: FormatEra): Template | undefined {
  return GB_TEMPLATES.find((t) => t.id === era);
}

/** A cell's labels as one layout prints them (the field dictionary keeps the newest layout's). */
export type FieldLabels = Pick<FieldInfo, "rowLabel" | "columnLabel" | "label">;

const labelsByEra = new Map<string, ReadonlyMap<string, FieldLabels>>();

/**
 * The labels of a field id in an era's layout (a 2019 Table 二 cell is 处理决定数量 there, 本年处理决定数量 in the
 * dictionary); undefined when the era has no gb layout printing the field.
 */
export function fieldLabelsIn(era: FormatEra, id: string): FieldLabels | undefined {
  const template = templateOf(era);
  if (!template) return undefined;
  let labels = labelsByEra.get(template.id);
  if (!labels) {
    const map = new Map<string, FieldLabels>();
    for (const { table, row, column, id: field } of templateCells([template])) {
      if (map.has(field)) continue;
      const innermost = table.groups.find((g) => g.id === row.groups.at(-1));
      const group = innermost && !innermost.silent ? innermost.labels[0] : undefined;
      map.set(field, {
        rowLabel: group ? `${group} / ${row.labels[0]}` : (row.labels[0] ?? row.id),
        columnLabel: column.path ?? column.labels[0] ?? column.id,
        label: cellLabel(table, row, column).zh,
      });
    }
    labels = map;
    labelsByEra.set(template.id, labels);
  }
  return labels.get(id);
}
