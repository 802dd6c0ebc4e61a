import type { Cell } from "../../src/schema/common.js";
import { emptyReport } from "../../src/schema/empty.js";
import type { AnnualReport } from "../../src/schema/report.js";
import { textCell } from "../helpers/cells.js";

let line = 1;
/** A cell read from raw text, at a fresh line. */
export function cell(raw: string): Cell {
  const c = textCell(raw, { line, offset: line * 10 });
  line++;
  return c;
}

/** A gb report built from field id → raw cell text. */
export function gbReport(era: "gb2021" | "gb2019", raw: Record<string, string>, year = 2024): AnnualReport {
  const report = emptyReport("pipe");
  report.meta.formatEra = era;
  report.meta.year = year;
  report.meta.orgName = "测试机关";
  const cells = report.cells as Record<string, Cell>;
  for (const [id, text] of Object.entries(raw)) cells[id] = cell(text);
  return report;
}
