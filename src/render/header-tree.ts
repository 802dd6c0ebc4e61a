/**
 * Column header rows built from label paths: adjacent columns that share a path prefix are merged into one
 * spanning cell (法人或其他组织 over 商业企业 … 其他; 行政诉讼 over 未经复议直接起诉 and 复议后起诉), and a path that
 * ends above the last header row spans down to it (自然人, 总计 and Table 四's first 结果维持 … 总计).
 */
import { headerCell, type RenderCell } from "./grid.js";

/** The header rows (top to bottom) of columns given by their label paths, outermost label first. */
export function headerRowsOf(paths: readonly (readonly string[])[]): RenderCell[][] {
  const depth = Math.max(0, ...paths.map((p) => p.length));
  const rows: RenderCell[][] = [];
  for (let level = 0; level < depth; level++) {
    const row: RenderCell[] = [];
    let c = 0;
    while (c < paths.length) {
      const path = paths[c] ?? [];
      const label = path[level];
      if (label === undefined || level >= path.length) {
        c++;
        continue;
      }
      const isLeaf = level === path.length - 1;
      let span = 1;
      if (!isLeaf) {
        while (c + span < paths.length && samePrefix(paths[c + span] ?? [], path, level + 1)) span++;
      }
      row.push(headerCell(label, span, isLeaf ? depth - level : 1));
      c += span;
    }
    rows.push(row);
  }
  return rows;
}

function samePrefix(a: readonly string[], b: readonly string[], length: number): boolean {
  if (a.length <= length) return false;
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return false;
  return true;
}
