/**
 * Where each character of a reader's cleaned text came from, for readers whose text is not a verbatim
 * slice of the input (HTML collapses whitespace runs and decodes entities). Keyed by the Point object a
 * text block or grid cell starts at, so the Document's shape stays unchanged; positions of words inside
 * such a text are looked up here instead of being counted from the text.
 */
import type { Point } from "../document.js";

const OFFSETS = new WeakMap<Point, readonly number[]>();

/** Records the input offset of every character of the text that starts at `position`. */
export function recordOffsets(position: Point, offsets: readonly number[]): void {
  OFFSETS.set(position, offsets);
}

/**
 * The input offset of character `index` of the text that starts at `position`, or undefined when the
 * reader recorded no offsets for it (its text is then a verbatim slice of the input).
 */
export function recordedOffset(position: Point, index: number): number | undefined {
  const offsets = OFFSETS.get(position);
  if (!offsets) return undefined;
  return offsets[Math.min(index, offsets.length - 1)];
}

/** True when the reader recorded per-character offsets for the text that starts at `position`. */
export function hasRecordedOffsets(position: Point): boolean {
  return OFFSETS.has(position);
}

/** Every recorded offset of the text that starts at `position`, or undefined when none were recorded. */
export function recordedOffsets(position: Point): readonly number[] | undefined {
  return OFFSETS.get(position);
}
