/**
 * Per-object memoisation: data derived once from an object that never changes (a layout template, a list of
 * identities, one document's lines) and dropped with it (WeakMap).
 */

/** Wraps `derive` so that each object's result is computed on first use and then reused. */
export function perObject<K extends object, V>(derive: (key: K) => V): (key: K) => V {
  const memo = new WeakMap<K, V>();
  return (key) => {
    const known = memo.get(key);
    // One probe for a value made before (`has` only for a value that is undefined).
    if (known !== undefined || memo.has(key)) return known as V;
    const value = derive(key);
    memo.set(key, value);
    return value;
  };
}
