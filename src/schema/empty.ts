/** A report with nothing in it: the starting point of the recognizer and of reports built by hand. */
import type { Shape } from "./common.js";
import type { AnnualReport } from "./report.js";

/** Returns a new report with no metadata, sections, tables or cells (era `unknown`). */
export function emptyReport(shape: Shape = "lines", encoding = "string"): AnnualReport {
  return {
    schemaVersion: 1,
    meta: {
      title: null,
      orgName: null,
      year: null,
      publishDate: null,
      reportDate: null,
      statPeriod: null,
      formatEra: "unknown",
      hybridBlocks: [],
      shape,
      encoding,
    },
    sections: [],
    tables: [],
    cells: {},
    extraRows: [],
    legacy: [],
  };
}
