/**
 * Which rows of a layout end in their own total, read off the layout's identities (T3-ROW: 每行总计 = 六类申请人之和)
 * rather than off a column's name, so that a layout declaring its totals otherwise is read the same way.
 */
import { fieldIdOf, type Identity, type RowTemplate, type TableTemplate } from "../templates/types.js";

const cache = new WeakMap<readonly Identity[], Map<RowTemplate, boolean>>();

/** Whether one of `identities` equates the field `total` with the sum of exactly the fields `parts`. */
function isSumOf(identities: readonly Identity[], total: string, parts: ReadonlySet<string>): boolean {
  for (const identity of identities) {
    for (const eq of identity.equations) {
      if ((eq.op ?? "eq") !== "eq" || eq.lhs.length !== 1 || eq.lhs[0] !== total) continue;
      if (eq.rhs.length === parts.size && eq.rhs.every((t) => typeof t === "string" && parts.has(t))) return true;
    }
  }
  return false;
}

/**
 * Whether a row's last column is its total: an identity of the layout says it equals the sum of all the row's
 * other columns. Decided once per identities × row.
 */
export function endsInTotal(table: TableTemplate, row: RowTemplate, identities: readonly Identity[]): boolean {
  let rows = cache.get(identities);
  if (!rows) {
    rows = new Map();
    cache.set(identities, rows);
  }
  let ends = rows.get(row);
  if (ends === undefined) {
    const ids = row.columns.map((column) => fieldIdOf(table, row, column));
    ends = ids.length >= 2 && isSumOf(identities, ids.at(-1)!, new Set(ids.slice(0, -1)));
    rows.set(row, ends);
  }
  return ends;
}
