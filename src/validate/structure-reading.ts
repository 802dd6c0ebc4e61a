/**
 * Structure rules on how the tables were read: a layout row printed but not read (STRUCT-ROW-UNREAD, at the
 * row's own line), a layout of another era than the report's year prescribes (STRUCT-ERA-YEAR), blocks or
 * tables in another era's layout (STRUCT-HYBRID), and a unit written in a cell that differs from its column's
 * (STRUCT-UNIT, formats.md D19).
 */
import { headerMoneyUnit } from "../diff/field-units.js";
import { normalizeLabel } from "../recognize/labels.js";
import type { Cell, Diagnostic, FormatEra } from "../schema/common.js";
import type { Finding } from "../schema/finding.js";
import type { AnnualReport, ExtraRow } from "../schema/report.js";
import { GB_TEMPLATES, templateOf } from "../templates/index.js";
import { fieldIdOf, type TableTemplate, type Template } from "../templates/types.js";
import type { CellReader } from "./cell-index.js";
import type { RowPlan } from "./structure-plans.js";
import { tablePlans } from "./structure-plans.js";
import { excerpt, messageFinding } from "./types.js";

/** Where a layout row the report lacks was printed, and how (an extra row of the wrong length, or a diagnostic). */
export interface UnreadRow {
  /** The row's plan. */
  plan: RowPlan;
  /** The extra row it was kept as, when it was. */
  extra?: ExtraRow;
  /** The parse diagnostic that names one of its cells, when no extra row holds it. */
  diagnostic?: Diagnostic;
}

/** Whether an extra row's printed label ends with one of a layout row's labels (normalised). */
function labelNames(extra: ExtraRow, plan: RowPlan): boolean {
  const label = normalizeLabel(extra.rawLabel);
  return plan.row.labels.some((l) => {
    const wanted = normalizeLabel(l);
    return wanted.length > 0 && label.endsWith(wanted);
  });
}

/**
 * The layout row a report lacks, found printed: kept among the extra rows of its table under its label (a row
 * of too few values), or named by a warning diagnostic on one of its cells (a row of too many). Undefined when
 * nothing shows it was printed. `taken` holds the extra rows already matched.
 */
export function findUnread(
  report: AnnualReport,
  table: TableTemplate,
  plan: RowPlan,
  diagnostics: readonly Diagnostic[],
  taken: ReadonlySet<ExtraRow>,
): UnreadRow | undefined {
  for (const extra of report.extraRows) {
    if (extra.table !== table.id || taken.has(extra) || extra.cells.length === 0) continue;
    if (extra.cells.length !== plan.ids.length && labelNames(extra, plan)) return { plan, extra };
  }
  for (const d of diagnostics) {
    if (d.severity === "info" || d.field === undefined || d.source === undefined) continue;
    if (plan.ids.includes(d.field)) return { plan, diagnostic: d };
  }
  return undefined;
}

/** The warning of a layout row printed but not read, at the row's line. */
export function unreadFinding(table: TableTemplate, unread: UnreadRow): Finding {
  const { plan, extra, diagnostic } = unread;
  const label = plan.row.labels[0] ?? plan.row.id;
  const expected = plan.ids.length;
  const consequence = "该行未读取，涉及它的勾稽关系无法核对";
  const enConsequence = "the row was not read, and the identities over it cannot be checked";
  if (extra) {
    const source = extra.cells[0]?.source ?? extra.source;
    const n = extra.cells.length;
    const finding = messageFinding(
      "STRUCT-ROW-UNREAD",
      "warning",
      `表${table.number}第${source.line}行“${label}”有${n}个数值，应为${expected}个：${consequence}`,
      `table ${table.number} line ${source.line} "${label}" (${table.id}.${plan.row.id}) has ${n} values where the layout has ${expected}: ${enConsequence}`,
      source,
    );
    finding.expected = expected;
    finding.actual = n;
    finding.delta = n - expected;
    return finding;
  }
  const source = diagnostic?.source;
  const line = source?.line ?? 0;
  return messageFinding(
    "STRUCT-ROW-UNREAD",
    "warning",
    `表${table.number}第${line}行“${label}”的数值个数与格式（${expected}列）不符：${consequence}`,
    `table ${table.number} line ${line} "${label}" (${table.id}.${plan.row.id}) does not hold the ${expected} value(s) of the layout: ${enConsequence}`,
    source,
  );
}

/** The layout a statistical year prescribes (templates' `years`), or undefined (before 2019). */
export function eraOfYear(year: number): Template | undefined {
  return GB_TEMPLATES.find((t) => year >= t.years.from && (t.years.to === null || year <= t.years.to));
}

/** A layout's short name in messages (2021版 / the 2021 layout). */
const layoutName = (era: FormatEra): { zh: string; en: string } => {
  const template = templateOf(era);
  if (!template) return { zh: era, en: era };
  return { zh: `${template.years.from}版`, en: `the ${template.years.from} layout` };
};

/**
 * The report's layout against the one its year prescribes (a 2024 report printing the 2019 Table 二), and each
 * block of another era's layout: a whole table (warning: its columns are another layout's, so values land in
 * other fields) or a row group printed in its other form (info: read, formats.md D10 — Hongze 2023/2024 print
 * （六）其他处理 as one row).
 */
export function eraFindings(report: AnnualReport): Finding[] {
  const out: Finding[] = [];
  const { formatEra, year, hybridBlocks } = report.meta;
  const prescribed = year === null ? undefined : eraOfYear(year);
  const sourceOf = (table: string) => report.tables.find((t) => t.id === table)?.source;
  if (prescribed && templateOf(formatEra) && formatEra !== prescribed.id) {
    const [used, due] = [layoutName(formatEra), layoutName(prescribed.id)];
    out.push(
      messageFinding(
        "STRUCT-ERA-YEAR",
        "warning",
        `${year}年度报告应使用${due.zh}格式，表格却是${used.zh}格式（${formatEra}）`,
        `a report for ${year} should use ${due.en} (${prescribed.id}), but its tables follow ${used.en} (${formatEra})`,
        report.tables[0]?.source,
      ),
    );
  }
  for (const block of hybridBlocks) {
    const table = GB_TEMPLATES.flatMap((t) => t.tables).find((t) => t.id === block.table);
    const number = table?.number ?? block.table;
    const used = layoutName(block.era);
    if (block.block === "table") {
      out.push(
        messageFinding(
          "STRUCT-HYBRID",
          "warning",
          `表${number}使用${used.zh}格式（${block.era}），与报告其余部分的格式不同：请核对各列数值是否对应`,
          `table ${number} (${block.table}) follows ${used.en} (${block.era}), unlike the rest of the report: check that its columns hold what the layout says`,
          sourceOf(block.table),
        ),
      );
      continue;
    }
    const group = table?.groups.find((g) => g.id === block.block);
    const label = group?.labels[0] ?? block.block;
    // At the one-row form's first cell read, else the table.
    const row = table?.rows.find((r) => r.collapsedGroup?.group === block.block);
    const cells = report.cells as Readonly<Record<string, Cell | undefined>>;
    const first = table && row ? cells[fieldIdOf(table, row, row.columns[0]!)] : undefined;
    out.push(
      messageFinding(
        "STRUCT-HYBRID",
        "info",
        `表${number}“${excerpt(label)}”按${used.zh}格式印为一行（已读取）`,
        `table ${number} prints "${excerpt(label)}" (${block.block}) as one row, as ${used.en} does (read as such)`,
        first?.source ?? sourceOf(block.table),
      ),
    );
  }
  return out;
}

/**
 * Cells whose written unit differs from the money unit their column's header names (96171.6 written
 * "961716000元" under 本年收费金额（单位：万元）): the value is stored as written, in the wrong unit.
 */
export function unitFindings(template: Template, cells: CellReader): Finding[] {
  const out: Finding[] = [];
  for (const { table, plan, column, slot, header } of unitColumns(template)) {
    const cell = cells.cell(slot);
    // 0 is 0 in any unit.
    if (cell?.unit === undefined || cell.unit === header || cell.value === 0) continue;
    out.push(
      messageFinding(
        "STRUCT-UNIT",
        "warning",
        `表${table.number}“${plan.row.labels[0]}”写作“${cell.raw}”，单位${cell.unit}与该列单位${header}不符：数值${cell.value ?? ""}按所写读入，未换算`,
        `table ${table.number} "${plan.row.labels[0]}" (${plan.ids[column]}) is written "${cell.raw}": its unit ${cell.unit} differs from the column's ${header}; the value ${cell.value ?? ""} is stored as written, not converted`,
        cell.source,
      ),
    );
  }
  return out;
}

/** A layout column whose header names a money unit (本年收费金额（单位：万元）), with its row's plan and slot. */
interface UnitColumn {
  table: TableTemplate;
  plan: RowPlan;
  column: number;
  slot: number;
  header: string;
}

/** The columns of a layout whose header names a unit, found once per layout (a few of its ≈ 200 cells). */
const unitColumns = (template: Template): readonly UnitColumn[] => {
  let columns = UNIT_COLUMNS.get(template);
  if (!columns) {
    columns = [];
    for (const { table, rows } of tablePlans(template)) {
      for (const plan of rows) {
        plan.row.columns.forEach((c, column) => {
          const header = c.labels.map(headerMoneyUnit).find((u) => u !== null);
          if (header !== undefined) columns!.push({ table, plan, column, slot: plan.slots[column] as number, header });
        });
      }
    }
    UNIT_COLUMNS.set(template, columns);
  }
  return columns;
};
const UNIT_COLUMNS = new WeakMap<Template, UnitColumn[]>();
