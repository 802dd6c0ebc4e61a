/**
 * The round-trip property, shared by one test file per shape (so vitest runs the shapes in parallel):
 * parse(render(r, shape), { shape }) equals r on every cell (value, status, raw modulo whitespace), on the
 * era and on the hybrid blocks, for random valid reports of both eras; also on orgName, year and the
 * sections (ids in order; text of the sections without a table).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import { renderReport } from "../../src/render/index.js";
import type { Shape } from "../../src/schema/common.js";
import { type ReportArbOptions, reportArb } from "../helpers/arbitrary-report.js";
import { cellDifferences, textDifferences } from "./cell-differences.js";

/**
 * Random reports per shape, 1,000 in all: 350 gb2021, 350 gb2019, 100 hybrid gb2021 (one-row （六）), and
 * 100 of each era with whole rows left out (absent; each droppable row with probability 0.15).
 */
export const ROUND_TRIP_RUNS = [
  { era: "gb2021", options: {}, runs: 350, name: "gb2021" },
  { era: "gb2019", options: {}, runs: 350, name: "gb2019" },
  { era: "gb2021", options: { hybrid: true }, runs: 100, name: "gb2021 with a one-row （六） (hybrid)" },
  { era: "gb2021", options: { dropRows: 0.15 }, runs: 100, name: "gb2021 with absent rows" },
  { era: "gb2019", options: { dropRows: 0.15 }, runs: 100, name: "gb2019 with absent rows" },
] as const satisfies readonly { era: "gb2021" | "gb2019"; options: ReportArbOptions; runs: number; name: string }[];

/**
 * Declares the round-trip properties of one shape. CPU cost measured on this machine: ≈25 s for the
 * markdown file (remark parsing dominates) and ≈19 s for the four others together, so about 30 s of wall
 * time on two idle cores; the generous timeout keeps a loaded machine from failing them.
 */
export function roundTripSuite(shape: Shape): void {
  describe(`round trip through ${shape} (1,000 random reports)`, () => {
    for (const { era, options, runs, name } of ROUND_TRIP_RUNS) {
      it(`${name}: ${runs} random reports parse back to the same cells, era, hybrid blocks, org, year and sections`, () => {
        fc.assert(
          fc.property(reportArb(era, options), (report) => {
            const { report: parsed } = parseReport(renderReport(report, shape), { shape });
            expect(cellDifferences(report, parsed)).toEqual([]);
            expect(textDifferences(report, parsed)).toEqual([]);
          }),
          { numRuns: runs },
        );
      }, 180_000);
    }
  });
}
