/**
 * Offset → line/column conversion for every shape reader: a line-start table built once per text and a
 * binary search per lookup. Lines end at `\r\n`, `\n` or a lone `\r`; columns count UTF-16 code units.
 */
import type { Point } from "../document.js";

/** The offsets where each line of a text starts (index 0 is line 1). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) starts.push(i + 1);
    else if (code === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Converts 0-based offsets of one text into {@link Point}s (1-based line and column). */
export class Locator {
  private table: number[] | undefined;

  /** A locator over `text`; its line-start table is built on first use (readers that never look up skip it). */
  constructor(private readonly text: string) {}

  /** Line-start offsets of the text. */
  get starts(): number[] {
    this.table ??= lineStarts(this.text);
    return this.table;
  }

  /** The point of a 0-based offset (offsets past the end clamp to the last line). */
  point(offset: number): Point {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1, offset };
  }
}
