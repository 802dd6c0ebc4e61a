/**
 * The recognizer: Document → AnnualReport. Pure: it reads only the document it is given, and reports
 * every problem as a Diagnostic.
 */
import type { Document } from "../document.js";
import type { Diagnostic, FormatEra } from "../schema/common.js";
import { emptyReport } from "../schema/empty.js";
import type { AnnualReport } from "../schema/report.js";
import { recognizeLegacy } from "./legacy.js";
import { documentLines } from "./lines.js";
import { recognizeMeta } from "./meta.js";
import { recognizeSections } from "./sections.js";
import { recognizeTables } from "./tables.js";

/** Options of the recognizer. */
export interface RecognizeOptions {
  /** Statistical year, a prior for era ties when the title has none. */
  year?: number;
  /** Force a template (`gb2021` or `gb2019`). */
  era?: FormatEra;
  /** Encoding the document text was decoded from (recorded in meta). */
  encoding?: string;
}

/** What the recognizer returns. */
export interface Recognition {
  report: AnnualReport;
  diagnostics: Diagnostic[];
}

/** Recognises a report in a Document: metadata, narrative sections, Tables 二/三/四 and legacy tables. */
export function recognizeDocument(document: Document, options: RecognizeOptions = {}): Recognition {
  const diagnostics: Diagnostic[] = [...(document.diagnostics ?? [])];
  const report = emptyReport(document.shape, options.encoding ?? "string");
  const lines = documentLines(document);
  const meta = recognizeMeta(document, lines);
  const year = meta.year ?? options.year ?? null;
  const tableOptions = options.era ? { era: options.era, year } : { year };
  const tables = recognizeTables(lines, tableOptions);
  const skip = new Set(tables.tableLines);
  report.meta = { ...report.meta, ...meta, year, hybridBlocks: tables.hybridBlocks };
  report.sections = recognizeSections(lines, skip);
  report.tables = tables.tables;
  report.cells = tables.cells as AnnualReport["cells"];
  report.extraRows = tables.extraRows;
  diagnostics.push(...tables.diagnostics);
  report.legacy = tables.tables.length === 0 ? recognizeLegacy(document, diagnostics) : [];
  report.meta.formatEra = tables.era ?? report.legacy[0]?.family ?? "unknown";
  return { report, diagnostics };
}
