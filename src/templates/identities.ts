/**
 * Builders that expand a layout's identities (勾稽关系) into concrete equations over field ids. They read
 * only template data, so every era states its identities once, next to its tables.
 */
import type { Bilingual, ColumnTemplate, Equation, Identity, RowTemplate, TableTemplate, Term } from "./types.js";
import { fieldIdOf } from "./types.js";

/** Finds a row of a table template by id; throws on a template authoring error. */
export function rowOf(table: TableTemplate, id: string): RowTemplate {
  const row = table.rows.find((r) => r.id === id);
  if (!row) throw new Error(`template ${table.id} has no row ${id}`);
  return row;
}

/** Official label of a row and column, e.g. 三、（七）总计 / 自然人. */
export function cellLabel(table: TableTemplate, row: RowTemplate, column: ColumnTemplate | undefined): Bilingual {
  const group = table.groups.find((g) => g.id === row.groups.at(-1));
  const rowLabel = group && !group.silent ? `${group.labels[0]} / ${row.labels[0]}` : row.labels[0];
  const zh = column
    ? `${table.number}、${rowLabel} / ${column.path ?? column.labels[0]}`
    : `${table.number}、${rowLabel}`;
  const en = column ? `${table.id}.${row.id}.${column.id}` : `${table.id}.${row.id}`;
  return { zh, en };
}

/** A row reference, optionally one of several alternatives (the first whose cells the report has). */
export type RowRef = string | { oneOf: readonly (readonly string[])[] };

function term(table: TableTemplate, ref: RowRef, column: ColumnTemplate): Term {
  if (typeof ref === "string") return fieldIdOf(table, rowOf(table, ref), column);
  return { oneOf: ref.oneOf.map((alt) => alt.map((r) => fieldIdOf(table, rowOf(table, r), column))) };
}

/** Rows whose id starts with a group prefix, in template order (e.g. all `results.withheld.*`). */
export function rowsUnder(table: TableTemplate, group: string): string[] {
  return table.rows.filter((r) => r.groups.includes(group) && !r.collapsedGroup).map((r) => r.id);
}

/** For each column: Σ lhs rows = Σ rhs rows (e.g. T3-BAL, T3-RES). */
export function perColumn(
  table: TableTemplate,
  spec: {
    id: string;
    description: Bilingual;
    lhs: readonly RowRef[];
    rhs: readonly RowRef[];
    /** The row whose columns the equations run over (and whose cell labels them, unless `label`). */
    labelRow: string;
    /** The equations' label before the column (一＋二 = （七）＋四 / 自然人), when no one row's label fits. */
    label?: Bilingual;
  },
): Identity {
  const labelRow = rowOf(table, spec.labelRow);
  const { label } = spec;
  const equations: Equation[] = labelRow.columns.map((column) => ({
    lhs: spec.lhs.map((r) => term(table, r, column)),
    rhs: spec.rhs.map((r) => term(table, r, column)),
    label: label
      ? { zh: `${table.number}、${label.zh} / ${column.path ?? column.labels[0]}`, en: `${label.en} (${column.id})` }
      : cellLabel(table, labelRow, column),
  }));
  return { id: spec.id, severity: "error", description: spec.description, equations };
}

/** A row's column by id; a layout naming a column its row lacks is a programming error (throws). */
function columnOf(row: RowTemplate, rowId: string, columnId: string): ColumnTemplate {
  const c = row.columns.find((x) => x.id === columnId);
  if (!c) throw new Error(`row ${rowId} has no column ${columnId}`);
  return c;
}

/** For each listed row: its total column = Σ of the part columns (e.g. T3-ROW, T4-REV). */
export function perRow(
  table: TableTemplate,
  spec: { id: string; description: Bilingual; rows: readonly string[]; total: string; parts: readonly string[] },
): Identity {
  const equations: Equation[] = spec.rows.map((id) => {
    const row = rowOf(table, id);
    const col = (cid: string) => columnOf(row, id, cid);
    return {
      lhs: [fieldIdOf(table, row, col(spec.total))],
      rhs: spec.parts.map((p) => fieldIdOf(table, row, col(p))),
      label: cellLabel(table, row, col(spec.total)),
    };
  });
  return { id: spec.id, severity: "error", description: spec.description, equations };
}

/** For each listed row: its `part` column ≤ its `whole` column (e.g. T2-PUB-S: 本年新公开数量 ≤ 对外公开总数量). */
export function perRowAtMost(
  table: TableTemplate,
  spec: {
    id: string;
    severity: Identity["severity"];
    description: Bilingual;
    rows: readonly string[];
    part: string;
    whole: string;
  },
): Identity {
  const equations: Equation[] = spec.rows.map((id) => {
    const row = rowOf(table, id);
    const col = (cid: string) => columnOf(row, id, cid);
    const [part, whole] = [col(spec.part), col(spec.whole)];
    const label = cellLabel(table, row, part);
    return {
      lhs: [fieldIdOf(table, row, part)],
      rhs: [fieldIdOf(table, row, whole)],
      op: "le",
      label: {
        zh: `${label.zh} ≤ ${whole.path ?? whole.labels[0]}`,
        en: `${label.en} ≤ ${whole.id}`,
      },
    };
  });
  return { id: spec.id, severity: spec.severity, description: spec.description, equations };
}

/** Every value cell is ≥ 0 (and an integer when counted), except `signed` columns. */
export function nonNegative(tables: readonly TableTemplate[]): Identity {
  const equations: Equation[] = [];
  for (const table of tables) {
    for (const row of table.rows) {
      for (const column of row.columns) {
        if (column.kind === "signed") continue;
        equations.push({
          lhs: [fieldIdOf(table, row, column)],
          rhs: [],
          op: "nonneg",
          integer: column.kind === "count",
          label: cellLabel(table, row, column),
        });
      }
    }
  }
  return {
    id: "NONNEG",
    severity: "error",
    description: {
      zh: "各项数量不得为负数，件数应为整数",
      en: "Counts and amounts are non-negative; counts are integers",
    },
    equations,
  };
}
