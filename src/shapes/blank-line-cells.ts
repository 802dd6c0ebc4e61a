/**
 * Empty cells read from the blank lines of one-cell-per-line text. mammoth's `extractRawText` (and converters
 * like it) ends every paragraph, a table cell's included, with a blank line, so an empty cell is an empty
 * paragraph: between two cells such paragraph-spaced text has 1 + 2k blank lines for k empty cells, where any
 * other two paragraphs have one. Whether a text's blank lines are cells at all (PDF text has them between
 * paragraphs, blocks and pages) blank-cell-conventions.ts decides; this module collects the runs of blank lines,
 * puts the empty cells in place, and tells when empty cells alone make a table.
 */
import { isLoneNumber, type SplitLine } from "./pdf-trailing-numbers.js";
import type { SourceLine } from "./source-lines.js";

/** A run of blank lines: before which split line it stands, where it starts among the lines, its length. */
interface BlankRun {
  /** Index, among the split lines, of the line right after the run. */
  at: number;
  /** Index of its first blank line among the source lines. */
  first: number;
  /** How many blank lines it holds. */
  length: number;
  /** Whether the line before it is page furniture (a page number, a running header). */
  afterFurniture: boolean;
}

/**
 * The share of filled lines followed by an odd number of blank lines (a paragraph break, then empty
 * paragraphs each with its own break) that makes a text paragraph-spaced.
 */
const SPACED_SHARE = 0.8;
/** The fewest filled lines a text needs to be judged paragraph-spaced. */
const MIN_LINES = 20;

/**
 * Collects the runs of blank lines of a text as its lines are split (`blank` for each blank line, `filled`
 * for each other line), and tells whether the text is paragraph-spaced.
 */
export class BlankRuns {
  private readonly runs: BlankRun[] = [];
  private open: BlankRun | undefined;
  private filledLines = 0;
  private oddRuns = 0;
  private lastFurniture = false;

  /** A blank line, the `n`-th source line, standing before split line `at`. */
  blank(n: number, at: number): void {
    if (this.open) this.open.length++;
    else if (this.filledLines > 0) {
      this.open = { at, first: n, length: 1, afterFurniture: this.lastFurniture };
      this.runs.push(this.open);
    }
  }

  /** A line that is not blank (split, or skipped: `furniture` when it is page furniture). */
  filled(furniture: boolean): void {
    if (this.open !== undefined && this.open.length % 2 === 1) this.oddRuns++;
    this.open = undefined;
    this.filledLines++;
    this.lastFurniture = furniture;
  }

  /** Whether nearly every filled line is followed by an odd number of blank lines (see SPACED_SHARE). */
  spaced(): boolean {
    return this.filledLines >= MIN_LINES && this.oddRuns >= this.filledLines * SPACED_SHARE;
  }

  /**
   * The empty cells the runs of blank lines stand for in paragraph-spaced text, in order: a run of 1 + 2k blank
   * lines is k empty cells, each on its empty paragraph's line.
   */
  cells(lines: readonly SourceLine[]): BlankInsert[] {
    const out: BlankInsert[] = [];
    for (const run of this.runs) {
      const cells = run.length % 2 === 1 ? (run.length - 1) / 2 : 0;
      for (let k = 1; k <= cells; k++) out.push({ at: run.at, line: lines[run.first + 2 * k - 1]!, length: 0 });
    }
    return out;
  }

  /**
   * The empty cells of one-cell-per-line text whose cells stand one line apart (LibreOffice's text export): a
   * single blank line after a line that is no page furniture, right before a line of one number alone.
   */
  singleCells(splits: readonly SplitLine[], lines: readonly SourceLine[]): BlankInsert[] {
    const out: BlankInsert[] = [];
    for (const run of this.runs) {
      const after = splits[run.at];
      if (run.length !== 1 || run.afterFurniture || after?.line !== lines[run.first + 1] || !isLoneNumber(after))
        continue;
      out.push({ at: run.at, line: lines[run.first]!, length: 1 });
    }
    return out;
  }
}

/** An empty cell to put before split line `at`, on a blank line, with the length its line counts for. */
export interface BlankInsert {
  /** Index of the split line it stands before. */
  at: number;
  /** The blank line it stands on. */
  line: SourceLine;
  /** Its visible length (see lines-pdf.ts proseWidth: 0 leaves it out). */
  length: number;
}

/**
 * The split lines and their lengths with an empty cell put in place for each of `inserts` (in order of `at`;
 * several at one place in their order), in one pass.
 */
export function withBlankCells(
  splits: readonly SplitLine[],
  lengths: readonly number[],
  inserts: readonly BlankInsert[],
): { splits: SplitLine[]; lengths: number[] } {
  const outSplits: SplitLine[] = [];
  const outLengths: number[] = [];
  let k = 0;
  for (let i = 0; i <= splits.length; i++) {
    for (; k < inserts.length && inserts[k]!.at === i; k++) {
      outSplits.push(blankCell(inserts[k]!.line));
      outLengths.push(inserts[k]!.length);
    }
    if (i < splits.length) {
      outSplits.push(splits[i]!);
      outLengths.push(lengths[i]!);
    }
  }
  return { splits: outSplits, lengths: outLengths };
}

/** The fewest empty cells that make a run of short lines a table by themselves… */
const MIN_BLANK_CELLS = 6;
/** …standing in at least this many places (rows) MIN_BLANK_ROW or more together. */
const MIN_BLANK_GROUPS = 3;
/**
 * The fewest empty cells together that make a row of them (a contact block spaced by two empty paragraphs
 * has two between its lines); as many make a run a table's rows when a table ran just before it.
 */
const MIN_BLANK_ROW = 3;

/**
 * Whether the empty cells of a run of short lines make it a table: MIN_BLANK_CELLS of them with at least
 * MIN_BLANK_GROUPS places of MIN_BLANK_ROW together (a table printed blank), or MIN_BLANK_ROW when a table ran just before it
 * (`afterTable`: a row left blank, after a label long enough to be read as prose). Empty paragraphs set apart
 * from such places (before a signature, after a title) make no table.
 */
export function blankCellsMakeTable(run: readonly SplitLine[], afterTable: boolean): boolean {
  let blank = 0;
  /** Places holding MIN_BLANK_ROW empty cells or more. */
  let groups = 0;
  let group = 0;
  for (const s of run) {
    if (isBlankCell(s)) {
      blank++;
      if (++group === MIN_BLANK_ROW) groups++;
    } else group = 0;
  }
  return (blank >= MIN_BLANK_CELLS && groups >= MIN_BLANK_GROUPS) || (afterTable && blank >= MIN_BLANK_ROW);
}

/** Whether a split line is an empty cell (see {@link blankCell}). */
export const isBlankCell = (split: SplitLine): boolean =>
  split.label === undefined && split.numbers.length === 1 && split.numbers[0]!.text === "";

/** An empty cell standing on a blank line. */
export function blankCell(line: SourceLine): SplitLine {
  return { line, label: undefined, numbers: [{ text: "", offset: line.start }] };
}
