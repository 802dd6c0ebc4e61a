/**
 * A row of a table read from a grid (HTML) whose value cell is merged across several columns that the header
 * prints apart (`<td>50</td><td colspan="5">0</td><td>50</td>` under five 法人或其他组织 columns): without its
 * span the row's last value (总计) would be read into the third column. The merged cell's value goes to the
 * first column it covers, the columns it also covers are blank (the table does not say what they hold).
 */
import type { Diagnostic, SourcePosition } from "../schema/common.js";
import { cellReading } from "./cell-value.js";
import type { Token } from "./lines.js";
import { diagnostic } from "./reading.js";

/** The row's values with each merged cell spread over the columns it spans, and the warnings; null when none is. */
export function spreadMergedValues(
  values: readonly Token[],
  columns: number,
  rowName: string,
): { values: Token[]; diagnostics: Diagnostic[] } | null {
  if (values.length >= columns) return null;
  let width = 0;
  let merged = false;
  for (const t of values) {
    const source = t.source;
    if (source.col === undefined) return null;
    width += source.colSpan ?? 1;
    if ((source.colSpan ?? 1) > 1) merged = true;
  }
  if (!merged || width !== columns) return null;
  const out: Token[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const t of values) {
    out.push(t);
    const span = t.source.colSpan ?? 1;
    if (span === 1) continue;
    for (let k = 1; k < span; k++) out.push(coveredColumn(t, k));
    diagnostics.push(
      diagnostic(
        "cell-merged",
        "warning",
        `Row ${rowName}: the cell 「${t.raw}」 is merged across ${span} columns that the table's header prints apart; its value is read into the first of them, the other ${span - 1} are blank`,
        t.source,
        { text: t.raw },
      ),
    );
  }
  return { values: out, diagnostics };
}

/** The blank token of column `k` of a merged cell's span (placed at the merged cell). */
function coveredColumn(merged: Token, k: number): Token {
  return {
    kind: "value",
    raw: "",
    reading: cellReading(""),
    line: merged.line,
    get source(): SourcePosition {
      const source = merged.source;
      return { ...source, col: (source.col ?? 0) + k };
    },
  };
}
