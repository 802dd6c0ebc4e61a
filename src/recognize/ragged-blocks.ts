/**
 * The column order of each block of a sequence-layout table (Table 四: 行政复议, 未经复议直接起诉, 复议后起诉, five
 * outcomes each) read from a header whose labels do not stand above the values (a converter flattened its
 * spans: `| 结果维持 | 结果纠正 | 尚未审结 | 其他结果 | 总计 | 结果维持 | … |`). Such a header still prints one line
 * naming every block's outcomes in turn; the row sums cannot tell 其他结果 from 尚未审结, so that line is the
 * only evidence of which is which.
 */
import { perObject } from "../memo.js";
import type { ColumnTemplate } from "../templates/types.js";
import { normalizeLabel } from "./labels.js";
import type { Line } from "./lines.js";

/** The column (index) each normalised label of the columns names, built once per template's columns. */
const labelColumns = perObject((columns: readonly ColumnTemplate[]): ReadonlyMap<string, number> => {
  const out = new Map<string, number>();
  columns.forEach((column, i) => {
    for (const label of column.labels) out.set(normalizeLabel(label), i);
  });
  return out;
});

/**
 * The columns a header line names, in order (its text cells that are a column's label; other cells skipped),
 * split into runs of `n`, each naming every column once; null when the line's labels are not such runs.
 */
function runsOf(line: Line, byLabel: ReadonlyMap<string, number>, n: number): number[][] | null {
  const named: number[] = [];
  for (const token of line.tokens) {
    if (token.kind !== "text") continue;
    const column = byLabel.get(normalizeLabel(token.raw));
    if (column !== undefined) named.push(column);
  }
  if (named.length === 0 || named.length % n !== 0) return null;
  const runs: number[][] = [];
  for (let at = 0; at < named.length; at += n) {
    const run = named.slice(at, at + n);
    if (new Set(run).size !== n) return null;
    runs.push(run);
  }
  return runs;
}

/**
 * The printed column order of each of `blocks` blocks (in the order the header prints the blocks), from the
 * header lines (the lines before the first number): the first line naming every block's columns, else the
 * runs of all the lines in turn when they are one per block (the first block's outcomes on the line above the
 * others', as a span over two header rows leaves them); null otherwise.
 */
export function raggedBlockColumns(
  columns: readonly ColumnTemplate[],
  lines: readonly Line[],
  blocks: number,
): number[][] | null {
  const byLabel = labelColumns(columns);
  const all: number[][] = [];
  for (const line of lines) {
    if (line.tokens.some((t) => t.kind === "value" && t.reading.status === "number")) break;
    const runs = runsOf(line, byLabel, columns.length);
    if (runs === null) continue;
    if (runs.length === blocks) return runs;
    all.push(...runs);
  }
  return all.length === blocks ? all : null;
}
