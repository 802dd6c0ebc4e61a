/**
 * Blank cells of paragraph-spaced one-cell-per-line text: mammoth's `extractRawText` (and converters like it)
 * ends every paragraph, a table cell's included, with a blank line, so an empty cell is an empty paragraph.
 * Between two cells such text has 1 + 2k blank lines for k empty cells in between, where any other two
 * paragraphs have one: the runs of blank lines inside a table give back its empty cells, which text without
 * the spacing (one blank line or none between any two lines) cannot tell from a paragraph break.
 */
import type { SplitLine } from "./pdf-trailing-numbers.js";
import type { SourceLine } from "./source-lines.js";

/** A run of blank lines: before which split line it stands, where it starts among the lines, its length. */
interface BlankRun {
  /** Index, among the split lines, of the line right after the run. */
  at: number;
  /** Index of its first blank line among the source lines. */
  first: number;
  /** How many blank lines it holds. */
  length: number;
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

  /** A blank line, the `n`-th source line, standing before split line `at`. */
  blank(n: number, at: number): void {
    if (this.open) this.open.length++;
    else if (this.filledLines > 0) {
      this.open = { at, first: n, length: 1 };
      this.runs.push(this.open);
    }
  }

  /** A line that is not blank (split or skipped as page furniture). */
  filled(): void {
    if (this.open !== undefined && this.open.length % 2 === 1) this.oddRuns++;
    this.open = undefined;
    this.filledLines++;
  }

  /** Whether nearly every filled line is followed by an odd number of blank lines (see SPACED_SHARE). */
  spaced(): boolean {
    return this.filledLines >= MIN_LINES && this.oddRuns >= this.filledLines * SPACED_SHARE;
  }

  /**
   * Inserts an empty cell into `splits` (and a length of 0 into `lengths`, which runs beside them) for each
   * empty cell the runs of blank lines stand for: with `linesPerCell` 2 (paragraph-spaced text) a run of
   * 1 + 2k blank lines is k empty cells; with 1 (a blank line for an empty cell, none between cells) a run
   * of k lines is k cells.
   */
  insertBlankCells(splits: SplitLine[], lengths: number[], lines: readonly SourceLine[], linesPerCell: 1 | 2): void {
    for (let r = this.runs.length - 1; r >= 0; r--) {
      const run = this.runs[r]!;
      const cells = linesPerCell === 1 ? run.length : run.length % 2 === 1 ? (run.length - 1) / 2 : 0;
      for (let k = cells; k >= 1; k--) {
        splits.splice(run.at, 0, blankCell(lines[run.first + linesPerCell * k - 1]!));
        lengths.splice(run.at, 0, 0);
      }
    }
  }
}

/** The fewest empty cells that make a run of short lines a table by themselves… */
const MIN_BLANK_CELLS = 6;
/** …standing in at least this many places (rows). */
const MIN_BLANK_GROUPS = 3;
/** The fewest empty cells that make a run a table's rows when a table ran just before it. */
const MIN_BLANK_ROW = 3;

/**
 * Whether the empty cells of a run of short lines make it a table: MIN_BLANK_CELLS of them in at least
 * MIN_BLANK_GROUPS places (a table printed blank), or MIN_BLANK_ROW when a table ran just before it
 * (`afterTable`: a row left blank, after a label long enough to be read as prose). Empty paragraphs set apart
 * from such places (before a signature, after a title) make no table.
 */
export function blankCellsMakeTable(run: readonly SplitLine[], afterTable: boolean): boolean {
  let blank = 0;
  let groups = 0;
  let wasBlank = false;
  for (const s of run) {
    const blankCell = isBlankCell(s);
    if (blankCell && !wasBlank) groups++;
    if (blankCell) blank++;
    wasBlank = blankCell;
  }
  return (blank >= MIN_BLANK_CELLS && groups >= MIN_BLANK_GROUPS) || (afterTable && blank >= MIN_BLANK_ROW);
}

/** A split line holding one number and nothing else. */
export const isLoneNumber = (split: SplitLine | undefined): boolean =>
  split !== undefined && split.label === undefined && split.numbers.length === 1;

/** Whether a split line is an empty cell (see {@link blankCell}). */
export const isBlankCell = (split: SplitLine): boolean =>
  split.label === undefined && split.numbers.length === 1 && split.numbers[0]!.text === "";

/** An empty cell standing on a blank line. */
export function blankCell(line: SourceLine): SplitLine {
  return { line, label: undefined, numbers: [{ text: "", offset: line.start }] };
}
