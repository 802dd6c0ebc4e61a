import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AnnualReport, type Cell, emptyReport } from "../../src/index.js";
import { parseReport } from "../../src/parse.js";
import { lookupCell } from "../../src/records.js";
import { cellReader, fieldSlot } from "../../src/validate/cell-index.js";
import { applyCellEdits, cellEdit } from "../helpers/report-edits.js";

const read = (path: string): AnnualReport =>
  parseReport(readFileSync(new URL(`../fixtures/${path}`, import.meta.url))).report;

const CELL: Cell = { raw: "7", value: 7, status: "number", source: { line: 7, column: 1, offset: 30 } };

/** Every id a reader may be asked for: the report's own, its legacy rows', absent ones and prototype names. */
const idsOf = (report: AnnualReport): string[] => [
  ...Object.keys(report.cells),
  ...report.legacy.flatMap((t) => t.rows.map((r) => r.id ?? "")),
  "applications.new.total",
  "applications.results.granted.total",
  "legacy_national.nothing",
  "constructor",
  "__proto__",
  "toString",
];

/** Checks every reader answer against its plain definition. */
function expectPlainAnswers(report: AnnualReport, ids: readonly string[]): void {
  const reader = cellReader(report);
  // Twice: the second pass answers from the memo.
  for (let pass = 0; pass < 2; pass++) {
    for (const id of ids) {
      const slot = fieldSlot(id);
      expect(reader.at(slot), id).toBe(lookupCell(report, id)?.cell);
      expect(reader.get(id), id).toBe(lookupCell(report, id)?.cell);
      const own = Object.hasOwn(report.cells, id);
      expect(reader.cell(slot), id).toBe(own ? (report.cells as Record<string, Cell>)[id] : undefined);
      expect(reader.has(slot), id).toBe(own);
    }
  }
}

describe("cellReader", () => {
  it("gives the same slot to an id every time, and different slots to different ids", () => {
    const a = fieldSlot("applications.received");
    expect(fieldSlot("applications.received")).toBe(a);
    expect(fieldSlot("applications.handled")).not.toBe(a);
  });

  for (const path of ["corpus/025_2024_huaianshi.txt", "seeds/003_80aeb6f3312619ab.txt"]) {
    it(`${path}: answers as lookupCell (at, get), report.cells (cell) and Object.hasOwn (has), after random edits`, () => {
      const base = read(path);
      const ids = idsOf(base);
      fc.assert(
        fc.property(fc.array(cellEdit([CELL]), { maxLength: 6 }), (edits) => {
          expectPlainAnswers(applyCellEdits(base, edits), ids);
        }),
        { numRuns: 40 },
      );
    });
  }

  it("a legacy report with canonical cells too, and a cell set to undefined, still answer plainly", () => {
    const report = read("seeds/003_80aeb6f3312619ab.txt");
    const cells = report.cells as Record<string, Cell | undefined>;
    cells["applications.new.total"] = CELL;
    cells["applications.results.granted.total"] = undefined;
    expectPlainAnswers(report, idsOf(report));
  });

  it("never answers an inherited property, with or without a prototype on cells", () => {
    const plain = emptyReport();
    (plain.cells as Record<string, Cell>)["applications.new.total"] = CELL;
    const bare = structuredClone(plain);
    bare.cells = Object.assign(Object.create(null), plain.cells);
    const inherited = structuredClone(plain);
    inherited.cells = Object.assign(Object.create({ "applications.received": CELL }), plain.cells);
    for (const report of [plain, bare, inherited]) {
      const reader = cellReader(report);
      expect(reader.at(fieldSlot("applications.new.total"))?.value).toBe(7);
      expect(reader.at(fieldSlot("applications.received"))).toBeUndefined();
      expect(reader.has(fieldSlot("applications.received"))).toBe(false);
      for (const id of ["constructor", "toString", "__proto__", "hasOwnProperty"]) {
        expect(reader.at(fieldSlot(id))).toBeUndefined();
      }
    }
  });

  it("two readers in use at the same time each answer for their own report", () => {
    const a = read("corpus/025_2024_huaianshi.txt");
    const b = read("corpus/023_2023_hongzequ.txt");
    const ids = [...new Set([...idsOf(a), ...idsOf(b)])];
    const ra = cellReader(a);
    const rb = cellReader(b);
    let differ = 0;
    for (const id of ids) {
      const slot = fieldSlot(id);
      // Interleaved: each read by one reader overwrites the shared memo entry the other wrote.
      expect(ra.at(slot), id).toBe(lookupCell(a, id)?.cell);
      expect(rb.at(slot), id).toBe(lookupCell(b, id)?.cell);
      expect(ra.at(slot), id).toBe(lookupCell(a, id)?.cell);
      if (ra.at(slot) !== rb.at(slot)) differ++;
    }
    expect(differ).toBeGreaterThan(100);
  });
});
