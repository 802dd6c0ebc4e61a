/** Freezing the library's exported data (layouts, mappings, id lists), so that no caller can change its behaviour for every other caller. */

/**
 * `value` with every plain object and array reachable from it frozen (in place), then returned. RegExps, Maps,
 * Sets and functions are left as they are (a global RegExp's lastIndex must stay writable).
 */
export function deepFrozen<T>(value: T): T {
  freeze(value);
  return value;
}

function freeze(value: unknown): void {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return;
  const proto = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return;
  Object.freeze(value);
  for (const key of Object.keys(value)) freeze((value as Record<string, unknown>)[key]);
}
