/**
 * Cheap probes of the legacy recognizer: tests read off raw code units, without building cells or
 * normalising, that rule a row out before the full reading would (and agree with it).
 */

import type { GridCell } from "../document.js";
import { isSpaceCode as isSpace } from "../shapes/source-lines.js";

/** Digits only (a count): no header role, no unit, not a label, nothing to split. */
function isDigits(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** How many whitespace-separated tokens `text[from, to)` holds (from and to at non-space units), up to 3. */
export function tokensUpTo3(text: string, from: number, to: number): number {
  let tokens = 1;
  for (let i = from + 1; i < to && tokens < 3; i++) {
    if (isSpace(text.charCodeAt(i - 1)) && !isSpace(text.charCodeAt(i))) tokens++;
  }
  return tokens;
}

/**
 * True when a grid row can neither be a header nor a "label unit value" row, read off the raw cells without
 * building anything: every filled cell digits only (a row of counts: no role, no label, nothing to split),
 * or a single filled cell of fewer than three tokens (too few to split into label / unit / value, and one
 * cell is no header).
 */
export function isInertRow(row: readonly GridCell[]): boolean {
  let filled = 0;
  let words = 0;
  let tokens = 0;
  for (const cell of row) {
    const text = cell.text;
    let from = 0;
    let to = text.length;
    while (from < to && isSpace(text.charCodeAt(from))) from++;
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
    if (from === to) continue;
    if (++filled > 1 && words > 0) return false;
    if (isDigits(text, from, to)) continue;
    words++;
    tokens = tokensUpTo3(text, from, to);
  }
  return words === 0 || (filled === 1 && tokens < 3);
}

/** How many whitespace-separated tokens a trimmed text holds, up to 3 (0 for ""). */
export function tokenCount(trimmed: string): number {
  return trimmed === "" ? 0 : tokensUpTo3(trimmed, 0, trimmed.length);
}
