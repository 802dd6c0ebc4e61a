/**
 * Structure rules (STRUCT-*), all of them gathered by structureFindings: the tables and template rows present;
 * extra rows; a table left as the template's blank; an unknown era; and the section rules of
 * structure-sections.ts (the official sections present, in order and numbered once).
 */

import { append } from "../append.js";
import type { Cell, Diagnostic } from "../schema/common.js";
import type { Finding, Operand } from "../schema/finding.js";
import type { AnnualReport, ExtraRow } from "../schema/report.js";
import { cellLabel } from "../templates/identities.js";
import { templateOf } from "../templates/index.js";
import type { TableTemplate, Template } from "../templates/types.js";
import { type CellReader, cellReader } from "./cell-index.js";
import { hasValue, isZeroOrBlank, type RowPlan, type TablePlan, tablePlans } from "./structure-plans.js";
import { eraFindings, findUnread, unitFindings, unreadFinding } from "./structure-reading.js";
import { numbering, officialSections, tablePosition } from "./structure-sections.js";
import { messageFinding } from "./types.js";

/** Whether some slot of a list names an own property of the report's cells. */
function hasSome(slots: Int32Array, cells: CellReader): boolean {
  for (let i = 0; i < slots.length; i++) if (cells.has(slots[i] as number)) return true;
  return false;
}

/**
 * The plan of a table as the report printed it: of the layout of the era the table was read in, when that is
 * another gb layout than the report's (a 2021 report printing the 2019 Table 二, formats.md D10).
 */
function planAsRead(report: AnnualReport, template: Template, plan: TablePlan): TablePlan {
  const info = report.tables.find((t) => t.id === plan.table.id);
  if (info === undefined || info.era === template.id) return plan;
  const own = templateOf(info.era);
  return (own && tablePlans(own).find((p) => p.table.id === plan.table.id)) || plan;
}

/**
 * Tables and template rows present (gb eras), each table by the layout it was read in. A row the report lacks
 * but printed (kept as an extra row of the wrong length, or named by a diagnostic) is STRUCT-ROW-UNREAD at its
 * line; the extra rows so explained are added to `explained`.
 */
function tablesAndRows(
  report: AnnualReport,
  template: Template,
  cells: CellReader,
  diagnostics: readonly Diagnostic[],
  explained: Set<ExtraRow>,
): Finding[] {
  const out: Finding[] = [];
  for (const planned of tablePlans(template)) {
    const { table, slots, rows } = planAsRead(report, template, planned);
    if (!hasSome(slots, cells)) {
      const info = report.tables.find((t) => t.id === table.id);
      out.push(
        messageFinding(
          "STRUCT-TABLE-MISSING",
          "warning",
          `缺少表格“${table.number}、${table.title}”（或未能识别其数据）`,
          `table ${table.number} "${table.title}" (${table.id}) is missing or none of its values were read`,
          info?.source ?? tablePosition(report, template, table),
        ),
      );
      continue;
    }
    // Rows the table lacks altogether: one finding for the table (a report that leaves out its all-zero rows
    // leaves out many), placed where the first of them would have been reported.
    const lacking: RowPlan[] = [];
    let lackingAt = -1;
    for (const plan of rows) {
      const { row } = plan;
      let count = 0;
      for (let i = 0; i < plan.slots.length; i++) if (cells.has(plan.slots[i] as number)) count++;
      if (count === plan.slots.length && count > 0) continue;
      let covered = count > 0;
      for (let a = 0; !covered && a < plan.alternatives.length; a++) {
        const alternative = rows[plan.alternatives[a] as number];
        covered = alternative !== undefined && hasSome(alternative.slots, cells);
      }
      if (!covered) {
        if (row.collapsedGroup) continue;
        const unread = findUnread(report, table, plan, diagnostics, explained);
        if (unread) {
          if (unread.extra) explained.add(unread.extra);
          out.push(unreadFinding(table, unread));
          continue;
        }
        if (lackingAt < 0) lackingAt = out.length;
        lacking.push(plan);
        continue;
      }
      if (count === 0) continue;
      const present = plan.ids.filter((_, i) => cells.has(plan.slots[i] as number));
      const missing = row.columns
        .filter((_, i) => !cells.has(plan.slots[i] as number))
        .map((c) => c.path ?? c.labels[0] ?? c.id);
      const finding = messageFinding(
        "STRUCT-ROW-MISSING",
        "warning",
        `表${table.number}“${row.labels[0]}”缺少列：${missing.join("、")}`,
        `table ${table.number} row ${table.id}.${row.id} lacks columns: ${missing.join(", ")}`,
        report.cells[present[0] as keyof AnnualReport["cells"]]?.source,
      );
      finding.operands = absentOperands(table, plan, cells);
      out.push(finding);
    }
    if (lackingAt >= 0) out.splice(lackingAt, 0, rowsMissing(report, table, lacking));
  }
  return out;
}

/**
 * The cells of a layout row the report lacks, as operands of status `absent` (field id, official label, no
 * value), in column order: what a program reads of a STRUCT-ROW-MISSING finding.
 */
function absentOperands(table: TableTemplate, plan: RowPlan, cells: CellReader | undefined): Operand[] {
  const out: Operand[] = [];
  for (let i = 0; i < plan.ids.length; i++) {
    if (cells?.has(plan.slots[i] as number)) continue;
    const label = cellLabel(table, plan.row, plan.row.columns[i]).zh;
    out.push({ field: plan.ids[i] as string, label, value: null, status: "absent" });
  }
  return out;
}

/** The finding of the rows a table lacks altogether, each row's cells among its operands (`absent`). */
function rowsMissing(report: AnnualReport, table: TableTemplate, lacking: readonly RowPlan[]): Finding {
  const labels = lacking.map(({ row }) => `“${row.labels[0] ?? row.id}”`);
  const ids = lacking.map(({ row }) => `${table.id}.${row.id} "${row.labels[0] ?? row.id}"`);
  const source = report.tables.find((t) => t.id === table.id)?.source;
  const finding =
    labels.length === 1
      ? messageFinding(
          "STRUCT-ROW-MISSING",
          "warning",
          `表${table.number}缺少行${labels[0]}`,
          `table ${table.number} lacks row ${ids[0]}`,
          source,
        )
      : messageFinding(
          "STRUCT-ROW-MISSING",
          "warning",
          `表${table.number}缺少${labels.length}行：${labels.join("、")}`,
          `table ${table.number} lacks ${labels.length} rows: ${ids.join(", ")}`,
          source,
        );
  finding.operands = lacking.flatMap((plan) => absentOperands(table, plan, undefined));
  return finding;
}

/**
 * Extra rows (info; but those `explained` as a layout row not read) and a report whose table values are all
 * zero or all blank (info).
 */
function extrasAndBlank(
  report: AnnualReport,
  template: Template | undefined,
  reader: CellReader,
  explained: ReadonlySet<ExtraRow>,
): Finding[] {
  const extras = explained.size === 0 ? report.extraRows : report.extraRows.filter((row) => !explained.has(row));
  const out: Finding[] = extras.map((row) =>
    messageFinding(
      "STRUCT-EXTRA-ROW",
      "info",
      `表格中有格式之外的行“${row.rawLabel}”（${row.cells.map((c) => c.raw).join(" ")}）`,
      `extra row not in the layout: "${row.rawLabel}" (${row.cells.map((c) => c.raw).join(" ")})`,
      row.source,
    ),
  );
  // The layout's cells first (no key listing), then one pass over every cell, stopping at the first value
  // that is neither 0 nor blank.
  if (hasValue(reader, template)) return out;
  const cells = report.cells as Readonly<Record<string, Cell | undefined>>;
  let count = 0;
  let allBlank = true;
  for (const id of Object.keys(cells)) {
    const c = cells[id];
    if (c === undefined) continue;
    if (!isZeroOrBlank(c)) return out;
    if (c.status !== "blank") allBlank = false;
    count++;
  }
  if (count > 0) {
    out.push(
      messageFinding(
        "STRUCT-ALL-ZERO",
        "info",
        allBlank ? `表格的${count}个数据单元格全部空白` : `表格的${count}个数据全部为0或空白`,
        allBlank
          ? `all ${count} table values are blank (the template printed empty)`
          : `all ${count} table values are 0 or blank`,
        report.tables[0]?.source,
      ),
    );
  }
  return out;
}

/**
 * Every structure finding of a report; `template` is the gb layout of its era, when it has one; `cells` the
 * report's cell reader, when the caller already has one; `diagnostics` the report's parse diagnostics, when
 * known (a row they name that the report lacks is reported as printed but not read).
 */
export function structureFindings(
  report: AnnualReport,
  template: Template | undefined,
  cells: CellReader = cellReader(report),
  diagnostics: readonly Diagnostic[] = [],
): Finding[] {
  const out: Finding[] = [];
  if (report.meta.formatEra === "unknown") {
    out.push(
      messageFinding(
        "STRUCT-ERA",
        "warning",
        "无法判断报告所用的格式（2021版、2019版或2019年以前的统计表）",
        "the report's format era could not be determined",
      ),
    );
  }
  append(out, eraFindings(report));
  append(out, numbering(report, template === undefined));
  const explained = new Set<ExtraRow>();
  if (template) {
    append(out, officialSections(report, template));
    append(out, tablesAndRows(report, template, cells, diagnostics, explained));
    append(out, unitFindings(template, cells));
  }
  append(out, extrasAndBlank(report, template, cells, explained));
  return out;
}
