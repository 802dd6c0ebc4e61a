/**
 * Where a number the prose states stands in the input: its offset in the section text (undoing the join of
 * wrapped lines), then the source position of the line holding it (`Section.lines`). Used only for findings;
 * each stretch is mapped once and the line breaks found once, so a text of many findings costs its length.
 */

import { countBelow } from "../clauses.js";
import type { SourcePosition } from "../schema/common.js";
import { isSpaceCode } from "../shapes/source-lines.js";
import type { ClaimPlace } from "./narrative-claims.js";
import { joinWrapped } from "./wrapped-lines.js";

/**
 * For each index of `joinWrapped(text, from, to)`, the offset in `text` of that character. The join only
 * removes whitespace, so the two are walked side by side: a whitespace character of the text that the joined
 * stretch lacks at that point is skipped.
 */
export function joinedOffsets(text: string, from: number, to: number): Int32Array {
  const joined = joinWrapped(text, from, to);
  const out = new Int32Array(joined.length);
  let j = from;
  for (let i = 0; i < joined.length; i++) {
    if (!isSpaceCode(joined.charCodeAt(i))) while (j < to - 1 && isSpaceCode(text.charCodeAt(j))) j++;
    out[i] = j++;
  }
  return out;
}

/** The prose claims were read from, and where its lines start: answers where each claim's number stands. */
export class ClaimLocator {
  /** The stretch last mapped (its start), and its map (`joinedOffsets`). */
  private from = -1;
  private offsets: Int32Array = new Int32Array(0);
  /** The offsets of the text's line breaks, once found. */
  private breaks: number[] | undefined;

  /**
   * `text`, the prose read; `lines`, where each of its lines starts (`Section.lines`); `heading`, the position
   * given when the line is not known.
   */
  constructor(
    readonly text: string,
    readonly lines: readonly SourcePosition[] | undefined,
    readonly heading: SourcePosition,
  ) {}

  /** The offset in the text of a claim's number. */
  offset(place: ClaimPlace): number {
    if (place.from !== this.from) {
      this.offsets = joinedOffsets(this.text, place.from, place.to);
      this.from = place.from;
    }
    return this.offsets[place.index] ?? place.from;
  }

  /** The start of the line holding a claim's number (`heading` without a place or line map). */
  source(place: ClaimPlace | undefined): SourcePosition {
    if (place === undefined || this.lines === undefined) return this.heading;
    if (this.breaks === undefined) {
      this.breaks = [];
      for (let at = this.text.indexOf("\n"); at >= 0; at = this.text.indexOf("\n", at + 1)) this.breaks.push(at);
    }
    return this.lines[countBelow(this.breaks, this.offset(place))] ?? this.heading;
  }
}
