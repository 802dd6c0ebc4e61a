/**
 * Clauses of a sentence (the stretches between commas, full-width or not), for the readers of report prose that
 * judge a clause once however many numbers it holds (validate's narrative rules, normalize's narrative fee).
 */

/** Whether a code unit ends a clause: a comma, full-width (，) or not. */
export const isComma = (code: number): boolean => code === 0xff0c || code === 0x2c;

/** The positions of a text's commas, ascending. */
export function commaPositions(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) if (isComma(text.charCodeAt(i))) out.push(i);
  return out;
}

/** How many entries of an ascending list are below `limit` (binary search). */
export function countBelow(list: readonly number[], limit: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
