/** Numeric change between two values, symmetric under swapping old and new (deltas negate exactly). */

function decimals(n: number): number {
  const s = String(n);
  if (s.includes("e")) return 10;
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : Math.min(10, s.length - dot - 1);
}

function roundTo(x: number, digits: number): number {
  // toFixed rounds the magnitude, so rounding commutes with negation; `+ 0` turns −0 into 0.
  return Number(x.toFixed(digits)) + 0;
}

/**
 * new − old, rounded to the precision written in the two values (7545 − 7730.28 = −185.28, not
 * −185.28000000000065); null when either is not a number.
 */
export function absoluteChange(oldValue: number | null, newValue: number | null): number | null {
  if (oldValue === null || newValue === null) return null;
  return roundTo(newValue - oldValue, Math.max(decimals(oldValue), decimals(newValue)));
}

/** (new − old) / |old|, rounded to 6 decimals; null when old is 0 or either is not a number. */
export function relativeChange(oldValue: number | null, newValue: number | null): number | null {
  const change = absoluteChange(oldValue, newValue);
  if (change === null || oldValue === null || oldValue === 0) return null;
  return roundTo(change / Math.abs(oldValue), 6);
}
