/**
 * The text of one HTML run (a paragraph, a heading, a table cell) as the HTML reader collapses it, built
 * from whole pieces of the input rather than character by character. Whitespace runs that hold a line
 * break become one space; other runs become one space too unless the run is `verbatim` (table cells keep
 * `a\tb` or `a  b` as printed); `<br>` and block tags inside a cell are `\n`; outer breaks are dropped.
 * The input offset of every character is kept, but only materialised as an array once the text stops
 * being a run of consecutive offsets (a collapsed whitespace run, a decoded entity of several characters…).
 */
import { isSpaceCode } from "./source-lines.js";

/** A finished run: its text, the offset of its first character, and every character's offset when they are not consecutive. */
export interface RunText {
  /** The collapsed text. */
  text: string;
  /** Input offset of the first character (meaningless when `text` is empty). */
  first: number;
  /** Input offset of each character, present only when they are not `first`, `first + 1`, …. */
  offsets: number[] | undefined;
}

/** Text with the input offset of each character: consecutive from `base` until `offsets` is materialised. */
class MappedText {
  text = "";
  base = 0;
  offsets: number[] | undefined;

  /** Appends `piece`; character i comes from `at + i` when `exact`, else every character from `at`. */
  append(piece: string, at: number, exact: boolean): void {
    const n = piece.length;
    if (n === 0) return;
    const length = this.text.length;
    if (length === 0) {
      this.base = at;
      this.offsets = undefined;
      this.text = piece;
      if (!exact && n > 1) this.offsets = mappedOffsets(n, at, false);
      return;
    }
    let offsets = this.offsets;
    if (offsets === undefined) {
      if ((exact || n === 1) && at === this.base + length) {
        this.text += piece;
        return;
      }
      offsets = mappedOffsets(length, this.base, true);
      this.offsets = offsets;
    }
    for (let i = 0; i < n; i++) offsets.push(exact ? at + i : at);
    this.text += piece;
  }

  /** Appends another mapped text with its offsets. */
  appendMapped(other: MappedText): void {
    const offsets = other.offsets;
    if (offsets === undefined) {
      this.append(other.text, other.base, true);
      return;
    }
    for (let i = 0; i < offsets.length; i++) this.append(other.text.charAt(i), offsets[i] as number, true);
  }

  /** Empties the text. */
  clear(): void {
    this.text = "";
    this.offsets = undefined;
  }
}

/** The offsets of `n` characters from `at`: consecutive when `exact`, else all `at`. */
function mappedOffsets(n: number, at: number, exact: boolean): number[] {
  const offsets: number[] = [];
  for (let i = 0; i < n; i++) offsets.push(exact ? at + i : at);
  return offsets;
}

/**
 * Accumulated text of one run. Whitespace and `<br>` are held back until a visible character follows, so
 * the text never starts or ends with a break and a pending whitespace run is emitted as one space (or as
 * printed, in a `verbatim` run without line breaks) only between visible characters on the same line.
 */
export class TextRun {
  private readonly out = new MappedText();
  /** Offsets of `<br>`s seen since the last visible character (only after some text). */
  private breaks: number[] | undefined;
  /** Offset of the first pending whitespace character, or -1. */
  private spaceFirst = -1;
  private spaceBreaks = false;
  /** The pending whitespace characters (verbatim runs only, made on first use). */
  private space: MappedText | undefined;
  /** Offset of the first visible character. */
  first: number | undefined;

  /** Starts a run; `verbatim` keeps whitespace runs without line breaks as they are. */
  constructor(private readonly verbatim = false) {}

  /** Empties the run for reuse (the texts returned by {@link finish} stay as they were). */
  reset(): void {
    this.out.clear();
    this.breaks = undefined;
    this.dropSpace();
    this.first = undefined;
  }

  /** Adds a line break (`<br>`, a block tag inside a cell) at input offset `at`. */
  addBreak(at: number): void {
    this.dropSpace();
    if (this.out.text.length === 0) return;
    if (this.breaks === undefined) this.breaks = [at];
    else this.breaks.push(at);
  }

  /**
   * Adds a chunk of text that spans input offsets `start`…`end` (inclusive). A chunk as long as its span
   * is verbatim (character i at start + i); a decoded entity maps every character to its start.
   */
  add(chunk: string, start: number, end: number = start + chunk.length - 1): void {
    const exact = chunk.length === end - start + 1;
    const n = chunk.length;
    let i = 0;
    while (i < n) {
      const code = chunk.charCodeAt(i);
      if (isSpaceCode(code)) {
        this.addSpace(chunk, i, exact ? start + i : start, code);
        i++;
        continue;
      }
      const j = exact ? this.wordEnd(chunk, i + 1) : plainEnd(chunk, i + 1);
      this.addWord(chunk.substring(i, j), exact ? start + i : start, exact);
      i = j;
    }
  }

  /**
   * The end of the word starting before `i` in an exact chunk: visible characters and the whitespace
   * runs between them that would be emitted as printed (one plain space; in a verbatim run any run
   * without a line break).
   */
  private wordEnd(chunk: string, i: number): number {
    const n = chunk.length;
    let j = plainEnd(chunk, i);
    while (j < n) {
      let k = j;
      let kept = true;
      for (; k < n; k++) {
        const code = chunk.charCodeAt(k);
        if (!isSpaceCode(code)) break;
        if (this.verbatim ? code === 10 || code === 13 : code !== 32) kept = false;
      }
      if (k >= n || !kept || (!this.verbatim && k - j > 1)) return j;
      j = plainEnd(chunk, k + 1);
    }
    return j;
  }

  private addSpace(chunk: string, index: number, at: number, code: number): void {
    if (this.spaceFirst < 0) this.spaceFirst = at;
    if (code === 10 || code === 13) this.spaceBreaks = true;
    if (this.verbatim) {
      this.space ??= new MappedText();
      this.space.append(chunk.charAt(index), at, true);
    }
  }

  private addWord(word: string, at: number, exact: boolean): void {
    this.first ??= at;
    const out = this.out;
    const breaks = this.breaks;
    if (breaks !== undefined) {
      for (let k = 0; k < breaks.length; k++) out.append("\n", breaks[k] as number, true);
      this.breaks = undefined;
    } else if (this.spaceFirst >= 0 && out.text.length > 0) {
      if (this.space !== undefined && !this.spaceBreaks) out.appendMapped(this.space);
      else out.append(" ", this.spaceFirst, true);
    }
    this.dropSpace();
    out.append(word, at, exact);
  }

  private dropSpace(): void {
    if (this.spaceFirst < 0) return;
    this.spaceFirst = -1;
    this.spaceBreaks = false;
    this.space?.clear();
  }

  /** The collapsed text: whitespace runs → one space, `<br>` → `\n`, outer breaks removed. */
  finish(): RunText {
    return { text: this.out.text, first: this.out.base, offsets: this.out.offsets };
  }
}

/** The end of the visible characters from `i`. */
function plainEnd(chunk: string, i: number): number {
  const n = chunk.length;
  while (i < n && !isSpaceCode(chunk.charCodeAt(i))) i++;
  return i;
}
