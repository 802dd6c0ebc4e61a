/**
 * renderReport: an AnnualReport written back as text in any shape, in the official layout of its era.
 * Cells are written from `cell.raw` (blank stays blank, "-" stays "-", "251000元" keeps its unit).
 */
import type { Shape } from "../schema/common.js";
import type { AnnualReport } from "../schema/report.js";
import { writeCsv } from "./csv.js";
import { layoutReport } from "./document-layout.js";
import { writeHtml } from "./html.js";
import { writeLines } from "./lines.js";
import { writeMarkdown } from "./markdown.js";
import { writePipe } from "./pipe.js";
import { writeTab } from "./tab.js";
import type { AbsentPolicy } from "./table-layout.js";

export { layoutReport, legacyGrid, type RenderItem, reportTitle } from "./document-layout.js";
export { expandGrid, type GridSlot, type RenderCell, type RenderGrid } from "./grid.js";
export type { AbsentPolicy } from "./table-layout.js";

/** Options of renderReport. */
export interface RenderOptions {
  /**
   * Cells the report lacks. `omit` (default): rows without any cell (and tables without any cell) are left
   * out, so they are absent again after a round trip; an absent cell in a printed row is an empty cell and
   * reads back as `blank`. `blank`: the whole official form is printed, absent cells as empty cells.
   */
  absent?: AbsentPolicy;
  /** HTML only: write a fragment instead of a standalone page. */
  fragment?: boolean;
}

/**
 * Renders a report as text in the given shape (markdown, html, pipe, tab, lines, csv), in its era's official layout.
 * Extra rows are printed after the rows of their table (or block); one whose label names a layout row not printed
 * before it (a row of PDF text whose cells could not be told, `row-values-unplaced`) is printed as a line of text
 * after its table instead, so that parsing the text again keeps it an extra row rather than filling that row's cells.
 */
export function renderReport(report: AnnualReport, shape: Shape, options: RenderOptions = {}): string {
  const items = layoutReport(report, options.absent ?? "omit");
  switch (shape) {
    case "markdown":
      return writeMarkdown(items);
    case "html":
      return writeHtml(items, options.fragment ?? false);
    case "pipe":
      return writePipe(items);
    case "tab":
      return writeTab(items);
    case "lines":
      return writeLines(items);
    case "csv":
      return writeCsv(items);
    default:
      throw new TypeError(`renderReport: unknown shape ${String(shape)}`);
  }
}
