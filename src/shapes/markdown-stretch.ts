/**
 * A stretch of Markdown input as remark is given it: whole lines, each collapsed pseudo-table run replaced
 * by one stand-in character, with the mapping of remark's offsets and lines back to the input.
 */
import type { SourceLine } from "./source-lines.js";

/** The stand-in a collapsed run becomes: one character that starts no Markdown construct. */
const STAND_IN = "字";

/** The text remark parses instead of a stretch of the input, and the mapping of its positions back. */
export class CollapsedText {
  /** The stretch of input (whole lines) with each qualifying run replaced by the stand-in. */
  readonly text: string;
  /** Input offset of the stretch's first character. */
  private readonly start: number;
  /** 0-based index of the stretch's first line. */
  private readonly firstLine: number;
  /** Per run: its stand-in's offset in the collapsed text. */
  private readonly at: number[] = [];
  /** Per run: its stand-in's line in the collapsed text. */
  private readonly lineAt: number[] = [];
  /** Per run: characters removed up to and including that run. */
  private readonly removed: number[] = [];
  /** Per run: lines removed up to and including that run. */
  private readonly removedLines: number[] = [];

  /**
   * Builds the collapsed text of lines `firstLine` to `endLine` (exclusive; the last stretch runs to the
   * end of `source`) from the runs inside them (each `[first, last]`, indices into `lines`).
   */
  constructor(
    source: string,
    lines: readonly SourceLine[],
    runs: readonly (readonly [number, number])[],
    firstLine = 0,
    endLine = lines.length,
  ) {
    this.start = lines[firstLine]?.start ?? 0;
    this.firstLine = firstLine;
    const stop = endLine < lines.length ? (lines[endLine] as SourceLine).start : source.length;
    let out = "";
    let copied = this.start;
    let removed = 0;
    let removedLines = 0;
    for (const [first, last] of runs) {
      const from = (lines[first] as SourceLine).start;
      const end = lines[last] as SourceLine;
      const to = end.start + end.text.length;
      out += source.slice(copied, from) + STAND_IN;
      copied = to;
      this.at.push(from - this.start - removed);
      this.lineAt.push(first - firstLine + 1 - removedLines);
      removed += to - from - STAND_IN.length;
      removedLines += last - first;
      this.removed.push(removed);
      this.removedLines.push(removedLines);
    }
    this.text = out + source.slice(copied, stop);
  }

  /** Number of runs whose key is below `limit` (keys ascend). */
  private static count(keys: readonly number[], limit: number): number {
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((keys[mid] as number) < limit) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * The input offset of a collapsed-text offset: an offset in a stand-in maps to its run's start, the
   * offset just past it to the run's end.
   */
  offset(offset: number): number {
    // Runs whose stand-in ends at or before `offset`.
    const passed = CollapsedText.count(this.at, offset + 1 - STAND_IN.length);
    return this.start + offset + (passed === 0 ? 0 : (this.removed[passed - 1] as number));
  }

  /** The input line (1-based) of a collapsed-text line; a stand-in's line maps to its run's first line. */
  line(line: number): number {
    const passed = CollapsedText.count(this.lineAt, line);
    return this.firstLine + line + (passed === 0 ? 0 : (this.removedLines[passed - 1] as number));
  }

  /** Like {@link line}, but a stand-in's line maps to its run's last line (for end positions). */
  endLine(line: number): number {
    const passed = CollapsedText.count(this.lineAt, line + 1);
    return this.firstLine + line + (passed === 0 ? 0 : (this.removedLines[passed - 1] as number));
  }
}
