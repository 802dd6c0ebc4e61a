/**
 * Offset → Point lookups for a reader that asks mostly in reading order: the line of the previous answer
 * (and the one after it) is tried before a binary search, so most lookups cost two comparisons. Answers
 * are the same as {@link Locator.point}.
 */
import type { Point } from "../document.js";
import type { Locator } from "./positions.js";

/** Converts offsets to Points through a {@link Locator}, remembering the last line found. */
export class LineCursor {
  private line = 0;

  /** Looks offsets up in `locator`'s line-start table. */
  constructor(private readonly locator: Locator) {}

  /** The point of a 0-based offset (as `locator.point(offset)`). */
  point(offset: number): Point {
    const starts = this.locator.starts;
    let line = this.line;
    const start = starts[line] ?? 0;
    if (offset >= start) {
      const next = starts[line + 1];
      if (next === undefined || offset < next) return { line: line + 1, column: offset - start + 1, offset };
      const after = starts[line + 2];
      if (after === undefined || offset < after) {
        line++;
        this.line = line;
        return { line: line + 1, column: offset - next + 1, offset };
      }
    }
    const point = this.locator.point(offset);
    this.line = point.line - 1;
    return point;
  }
}
