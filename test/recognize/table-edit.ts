import type { AnnualReport } from "../../src/schema/report.js";
/**
 * Test helper: edits the table rows of a rendered report (renderReport) in any of the five shapes — pipe and
 * Markdown `| a | b |` lines, tab lines, `lines` (one cell a tab-indented line, rows apart by blank lines) and
 * HTML `<tr>` lines — as lists of cells, so one edit (add a column, add a row) is made the same in every shape.
 */

/** The shapes renderReport writes. */
export const SHAPES = ["pipe", "tab", "lines", "markdown", "html"] as const;
/** One of them. */
export type RenderShape = (typeof SHAPES)[number];

/** A table cell: its text, and in HTML its tag and attributes (` rowspan="2"`). */
export interface EditCell {
  text: string;
  tag?: "th" | "td";
  attrs?: string;
}

/** A piece of text: a table row (its cells) or lines of anything else, kept as they are. */
type Piece = { row: EditCell[] } | { lines: string[] };

const HTML_CELL = /<(th|td)([^>]*)>(.*?)<\/\1>/g;

function parse(text: string, shape: RenderShape): Piece[] {
  const out: Piece[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (
      (shape === "pipe" || shape === "markdown") &&
      line.startsWith("|") &&
      line.endsWith("|") &&
      !line.startsWith("| ---")
    )
      out.push({
        row: line
          .slice(1, -1)
          .split("|")
          .map((c) => ({ text: c.trim() })),
      });
    else if (shape === "tab" && line.includes("\t")) out.push({ row: line.split("\t").map((text) => ({ text })) });
    else if (shape === "lines" && line.startsWith("\t")) {
      const row: EditCell[] = [];
      while (i < lines.length && lines[i]!.startsWith("\t")) row.push({ text: lines[i++]!.slice(1) });
      i--;
      out.push({ row });
    } else if (shape === "html" && line.startsWith("<tr>"))
      out.push({
        row: [...line.matchAll(HTML_CELL)].map((m) => ({ tag: m[1] as "th" | "td", attrs: m[2]!, text: m[3]! })),
      });
    else out.push({ lines: [line] });
  }
  return out;
}

function write(pieces: readonly Piece[], shape: RenderShape): string {
  const out: string[] = [];
  for (const piece of pieces) {
    if ("lines" in piece) {
      out.push(...piece.lines);
      continue;
    }
    const cells = piece.row;
    if (shape === "pipe" || shape === "markdown") out.push(`| ${cells.map((c) => c.text).join(" | ")} |`);
    else if (shape === "tab") out.push(cells.map((c) => c.text).join("\t"));
    else if (shape === "lines") {
      // Rows of the lines shape stand apart by a blank line: an inserted row brings its own.
      const last = out.at(-1);
      if (last?.startsWith("\t")) out.push("");
      out.push(...cells.map((c) => `\t${c.text}`));
    } else {
      const tds = cells.map((c) => {
        const tag = c.tag ?? (/^[\d.]+$/.test(c.text) ? "td" : "th");
        return `<${tag}${c.attrs ?? ""}>${c.text}</${tag}>`;
      });
      out.push(`<tr>${tds.join("")}</tr>`);
    }
  }
  return out.join("\n");
}

/**
 * Rewrites every table row of `text` (a rendering in `shape`) by `edit`: given a row's cells and its index
 * among the rows, it returns the rows to put in its place (the row itself, changed or not, and any rows to add).
 */
export function editRows(
  text: string,
  shape: RenderShape,
  edit: (cells: EditCell[], index: number) => EditCell[][],
): string {
  let index = 0;
  const pieces = parse(text, shape).flatMap((piece): Piece[] =>
    "lines" in piece ? [piece] : edit(piece.row, index++).map((row) => ({ row })),
  );
  return write(pieces, shape);
}

/** Whether a cell holds a number (the tables' values). */
export const isNumberCell = (cell: EditCell): boolean => /^-?[\d.]+$/.test(cell.text);

/** The cells with `added` put before the cell at `at` (at = cells.length: at the end). */
export function insertAt(cells: readonly EditCell[], at: number, ...added: EditCell[]): EditCell[] {
  return [...cells.slice(0, at), ...added, ...cells.slice(at)];
}

/** The index of the first cell whose text is `text` (-1 when none). */
export const indexOfText = (cells: readonly EditCell[], text: string): number =>
  cells.findIndex((c) => c.text === text);

/** Every cell's raw text by field id. */
export const raws = (report: AnnualReport): Record<string, string> =>
  Object.fromEntries(Object.entries(report.cells).map(([id, cell]) => [id, cell!.raw]));
