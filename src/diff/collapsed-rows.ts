/**
 * A group printed as one row in one report and as its sub-rows in the other (（六）其他处理: one row in a
 * 2019-layout hybrid, three rows in the 2021 layout; meta.hybridBlocks): the field diff compares the one
 * printed row with the sum of the other report's sub-rows (formats.md T3-OTH) instead of listing every
 * cell as missing on one side. Read off the templates' `collapsedGroup` rows, so any layout with a
 * collapsed group gets it.
 */
import type { Cell } from "../schema/common.js";
import type { AnnualReport } from "../schema/report.js";
import { rowsUnder } from "../templates/identities.js";
import { GB_TEMPLATES } from "../templates/index.js";
import type { Bilingual, Template } from "../templates/types.js";
import { fieldIdOf } from "../templates/types.js";
import { yearTag } from "./cross-year-eval.js";
import type { FieldSide } from "./schema.js";

/** One column of a collapsible group: the one-row form's field and the sub-rows' fields it sums. */
export interface CollapsedCell {
  /** Field id of the one-row form (applications.results.other_total.natural_person). */
  total: string;
  /** Field ids of the sub-rows, same column (…results.other.overdue_correction.natural_person …). */
  parts: readonly string[];
  /** The group's printed label, e.g. （六）其他处理. */
  group: string;
}

/** Every collapsible group cell of the given layouts, once per one-row field id. */
export function collapsedCells(templates: readonly Template[] = GB_TEMPLATES): CollapsedCell[] {
  const out: CollapsedCell[] = [];
  const seen = new Set<string>();
  for (const template of templates) {
    for (const table of template.tables) {
      for (const row of table.rows) {
        if (!row.collapsedGroup) continue;
        const { group } = row.collapsedGroup;
        const subRows = rowsUnder(table, group).map((id) => table.rows.find((r) => r.id === id)!);
        const label = table.groups.find((g) => g.id === group)?.labels[0] ?? row.labels[0] ?? group;
        for (const column of row.columns) {
          const total = fieldIdOf(table, row, column);
          if (seen.has(total)) continue;
          seen.add(total);
          const parts = subRows.flatMap((r) => {
            const c = r.columns.find((x) => x.id === column.id);
            return c ? [fieldIdOf(table, r, c)] : [];
          });
          out.push({ total, parts, group: label });
        }
      }
    }
  }
  return out;
}

const COLLAPSED = collapsedCells();

const cellOf = (report: AnnualReport, id: string): Cell | undefined =>
  Object.hasOwn(report.cells, id) ? (report.cells as Record<string, Cell | undefined>)[id] : undefined;

/** A pair of reports printing one group in different forms: which report has the one row. */
export interface LayoutPair {
  cell: CollapsedCell;
  /** 0 when the older report prints the one row (and the newer the sub-rows), 1 the other way round. */
  oneRow: 0 | 1;
}

/**
 * The collapsible cells the two reports print in different forms: one report has the one-row cell and
 * none of the sub-rows, the other has sub-rows and not the one-row cell.
 */
export function layoutPairs(older: AnnualReport, newer: AnnualReport): LayoutPair[] {
  const out: LayoutPair[] = [];
  const form = (r: AnnualReport, c: CollapsedCell) => ({
    one: cellOf(r, c.total) !== undefined,
    sub: c.parts.some((id) => cellOf(r, id) !== undefined),
  });
  for (const cell of COLLAPSED) {
    const a = form(older, cell);
    const b = form(newer, cell);
    if (a.one && !a.sub && b.sub && !b.one) out.push({ cell, oneRow: 0 });
    else if (b.one && !b.sub && a.sub && !a.one) out.push({ cell, oneRow: 1 });
  }
  return out;
}

/**
 * The sub-rows' side of a layout pair: their sum when every sub-row is a number; else no value, with the
 * status of the first sub-row that is not a number (absent when one is missing). `raw` shows the sum.
 */
export function summedSide(report: AnnualReport, cell: CollapsedCell): FieldSide {
  const cells = cell.parts.map((id) => cellOf(report, id));
  const raw = cells.map((c) => c?.raw ?? "（无）").join(" + ");
  let sum = 0;
  for (const c of cells) {
    if (c === undefined) return { value: null, status: "absent", raw };
    if (c.status !== "number" || c.value === null) return { value: null, status: c.status, raw };
    sum += c.value;
  }
  return { value: sum, status: "number", raw };
}

/** Why a layout pair compares a row with a sum, naming the report that prints the sub-rows. */
export function layoutNote(pair: LayoutPair, older: AnnualReport, newer: AnnualReport): Bilingual {
  const subIndex = pair.oneRow === 0 ? 1 : 0;
  const tag = yearTag(subIndex === 0 ? older : newer, subIndex);
  const n = pair.cell.parts.length;
  return {
    zh: `${tag.zh}将${pair.cell.group}分 ${n} 行列示，另一年为一行：比较的是 ${n} 行之和`,
    en: `${tag.en} prints ${pair.cell.group} as ${n} sub-rows, the other year as one row: their sum is compared`,
  };
}
