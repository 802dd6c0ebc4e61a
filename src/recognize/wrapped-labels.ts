/**
 * Row labels wrapped onto a grid row of their own. PDF-to-Markdown converters and Word exports split a
 * long label cell into two grid rows, its values on the first row (`| 一、本年新收政府信息 | 15 | 2 | … |`
 * then `| 公开申请数量 | | | … |`) or on the second; read row by row, neither half names its row. Two
 * consecutive labelled runs on reliable rows are read as one when the second label names no row alone,
 * the first names none (or holds no value), the joined label names a row, and at most one of the two
 * holds values.
 */
import type { TableTemplate } from "../templates/types.js";
import { matchBlock, matchRow, NO_CONTEXT } from "./match-row.js";
import type { LabelledRun } from "./rows.js";
import { isFilled } from "./runs.js";

/** Whether a label names a row of the table, whatever the context. */
const namesRow = (label: string, table: TableTemplate): boolean => matchRow(label, table, NO_CONTEXT) !== null;

/** Whether two consecutive runs are the halves of one wrapped label (see the module comment). */
function halves(a: LabelledRun, b: LabelledRun, table: TableTemplate): boolean {
  if (!a.reliable || !b.reliable || a.texts.length === 0 || b.texts.length === 0) return false;
  const aFilled = a.values.some(isFilled);
  if (aFilled && b.values.some(isFilled)) return false;
  if (namesRow(b.label, table)) return false;
  if (matchBlock(a.label, table) !== null || matchBlock(b.label, table) !== null) return false;
  if (aFilled && namesRow(a.label, table)) return false;
  return namesRow(a.label + b.label, table);
}

/** The runs of a region with each wrapped label's two halves joined into one run (the others as they are). */
export function joinWrappedLabels(runs: readonly LabelledRun[], table: TableTemplate): readonly LabelledRun[] {
  let out: LabelledRun[] | undefined;
  for (let i = 0; i < runs.length; i++) {
    const a = runs[i] as LabelledRun;
    const b = runs[i + 1];
    if (b !== undefined && halves(a, b, table)) {
      out ??= runs.slice(0, i);
      out.push({
        texts: [...a.texts, ...b.texts],
        values: a.values.some(isFilled) ? a.values : b.values,
        reliable: true,
        raw: `${a.raw} ${b.raw}`,
        label: a.label + b.label,
      });
      i++;
      continue;
    }
    out?.push(a);
  }
  return out ?? runs;
}
