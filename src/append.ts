/**
 * Appending one array to another without spreading it into arguments: `target.push(...items)` passes every
 * item as an argument, and past about 125,000 of them (a report with that many unknown rows or findings)
 * the call overflows the stack.
 */

/** Appends every item to `target`, in order; returns `target`. */
export function append<T>(target: T[], items: readonly T[]): T[] {
  for (let i = 0; i < items.length; i++) target.push(items[i] as T);
  return target;
}
