import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AnnualReport,
  type Cell,
  emptyReport,
  type Finding,
  type Identity,
  LEGACY_TEMPLATES,
} from "../../src/index.js";
import { parseReport } from "../../src/parse.js";
import { lookupCell } from "../../src/records.js";
import { cellGetter } from "../../src/validate/cell-index.js";
import { evaluateEquation, evaluateIdentities, UNVERIFIED_RULE } from "../../src/validate/identities.js";
import { identitySources } from "../../src/validate/index.js";
import { ruleEnabled, type ValidateOptions } from "../../src/validate/types.js";
import { applyCellEdits, cellEdit } from "../helpers/report-edits.js";

const read = (path: string): AnnualReport =>
  parseReport(readFileSync(new URL(`../fixtures/${path}`, import.meta.url))).report;

/** The engine without the compiled fast path: every equation evaluated with evaluateEquation. */
function reference(report: AnnualReport, identities: readonly Identity[], options: ValidateOptions): Finding[] {
  const keepUnverified = ruleEnabled(UNVERIFIED_RULE, { skipRules: options.skipRules });
  const out: Finding[] = [];
  for (const identity of identities) {
    if (!ruleEnabled(identity.id, options)) continue;
    for (const eq of identity.equations) {
      const f = evaluateEquation(report, identity, eq, options);
      if (f && (f.rule !== UNVERIFIED_RULE || keepUnverified)) out.push(f);
    }
  }
  return out;
}

const CELLS: Cell[] = [
  { raw: "", value: null, status: "blank", source: { line: 1, column: 1, offset: 0 } },
  { raw: "—", value: null, status: "na", source: { line: 2, column: 1, offset: 5 } },
  { raw: "若干", value: null, status: "text", source: { line: 3, column: 1, offset: 9 } },
  { raw: "-3", value: -3, status: "number", source: { line: 4, column: 1, offset: 14 } },
  { raw: "2.5", value: 2.5, status: "number", source: { line: 5, column: 1, offset: 20 } },
  { raw: "1.05", value: 1.05, status: "number", source: { line: 6, column: 1, offset: 26 } },
  { raw: "7", value: 7, status: "number", source: { line: 7, column: 1, offset: 30 } },
];

/** An edit of a report: a cell (by its index among the cells, or among the legacy rows) replaced or removed. */
const edit = cellEdit(CELLS);

describe("compiled identity checks agree with evaluateEquation on every equation", () => {
  const fixtures = [
    "seeds/000_cc43e5a43c1be886.txt",
    "seeds/002_d039ec262de9d514.txt",
    "seeds/003_80aeb6f3312619ab.txt",
    "corpus/025_2024_huaianshi.txt",
  ];
  for (const path of fixtures) {
    const base = read(path);
    const identities = identitySources(base, LEGACY_TEMPLATES).flatMap((s) => s.identities);

    it(`${path}: same findings after random edits, strict and blankAsZero`, () => {
      expect(identities.length).toBeGreaterThan(0);
      let found = 0;
      fc.assert(
        fc.property(fc.array(edit, { maxLength: 8 }), fc.boolean(), (edits, blankAsZero) => {
          const report = applyCellEdits(base, edits);
          const options = { blankAsZero };
          const fast = evaluateIdentities(report, identities, options);
          found += fast.length;
          expect(fast).toEqual(reference(report, identities, options));
        }),
        { numRuns: 150 },
      );
      expect(found).toBeGreaterThan(0);
    });
  }
});

describe("cellGetter", () => {
  it("answers as lookupCell for canonical ids, legacy ids (first row wins) and absent ids", () => {
    const report = read("seeds/003_80aeb6f3312619ab.txt");
    const ids = [
      ...Object.keys(report.cells),
      ...report.legacy.flatMap((t) => t.rows.map((r) => r.id ?? "")),
      "applications.new.total",
      "legacy_national.nothing",
      "constructor",
      "__proto__",
    ];
    const get = cellGetter(report);
    expect(report.legacy.length).toBeGreaterThan(0);
    for (const id of ids) expect(get(id)).toBe(lookupCell(report, id)?.cell);
  });

  it("answers as lookupCell for a legacy report that has canonical cells too", () => {
    const report = read("seeds/003_80aeb6f3312619ab.txt");
    const legacyIds = report.legacy.flatMap((t) => t.rows.map((r) => r.id ?? ""));
    expect(Object.keys(report.cells)).toEqual([]);
    (report.cells as Record<string, Cell>)["applications.new.total"] = CELLS[6]!;
    const get = cellGetter(report);
    expect(get("applications.new.total")?.value).toBe(7);
    for (const id of [...legacyIds, "applications.new.total", "applications.carried_over"])
      expect(get(id)).toBe(lookupCell(report, id)?.cell);
  });

  it("never answers an inherited property, with or without a prototype on cells", () => {
    const plain = emptyReport();
    (plain.cells as Record<string, Cell>)["applications.new.total"] = CELLS[6]!;
    const bare = structuredClone(plain);
    bare.cells = Object.assign(Object.create(null), plain.cells);
    for (const report of [plain, bare]) {
      const get = cellGetter(report);
      expect(get("applications.new.total")?.value).toBe(7);
      for (const id of ["constructor", "toString", "__proto__", "hasOwnProperty"]) expect(get(id)).toBeUndefined();
    }
  });
});
