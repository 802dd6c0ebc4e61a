import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectShape } from "../../src/input/detect.js";
import { recognizeDocument } from "../../src/recognize/index.js";
import { readDocument } from "../../src/shapes/index.js";
import { expectedCells } from "../fixtures/expected/cells.js";
import { CORPUS_023, CORPUS_024, CORPUS_025, CORPUS_D02, CORPUS_D03 } from "../fixtures/expected/corpus.js";
import { SEED_000, SEED_001, SEED_002, SEED_004 } from "../fixtures/expected/seeds.js";
import { SIX_SECTION_IDS } from "../helpers/sections.js";

const ALL = [SEED_000, SEED_001, SEED_002, SEED_004, CORPUS_023, CORPUS_024, CORPUS_025, CORPUS_D02, CORPUS_D03];

function recognize(file: string) {
  const text = readFileSync(new URL(`../fixtures/${file}`, import.meta.url), "utf8");
  return recognizeDocument(readDocument(text, detectShape(text)));
}

describe.each(ALL.map((e) => [e.file, e] as const))("fixture %s", (_file, e) => {
  const { report, diagnostics } = recognize(e.file);

  it("reads every cell of Tables 二, 三 and 四 as read by hand, and no other", () => {
    const expected = expectedCells(e);
    for (const [id, value] of expected) {
      const cell = report.cells[id as keyof typeof report.cells];
      expect(cell, id).toBeDefined();
      expect(cell!.value, id).toBe(value);
      expect(cell!.status, id).toBe(value === null ? "blank" : "number");
    }
    expect(Object.keys(report.cells).sort()).toEqual([...expected.keys()].sort());
  });

  it("reads the metadata", () => {
    const m = report.meta;
    expect(m.title).toBe(e.meta.title);
    expect(m.orgName).toBe(e.meta.orgName);
    expect(m.year).toBe(e.meta.year);
    expect(m.publishDate).toBe(e.meta.publishDate);
    expect(m.reportDate).toBe(e.meta.reportDate);
    expect(m.statPeriod ? { start: m.statPeriod.start, end: m.statPeriod.end } : null).toEqual(e.meta.statPeriod);
    expect(m.formatEra).toBe(e.meta.formatEra);
    expect(m.hybridBlocks).toEqual(e.meta.hybridBlocks);
  });

  it("finds the section headings in order and the three tables", () => {
    expect(report.sections.map((s) => s.heading)).toEqual(e.sections);
    expect(report.sections.map((s) => s.id)).toEqual([...SIX_SECTION_IDS]);
    expect(report.tables.map((t) => [t.id, t.era, t.rows === t.expectedRows])).toEqual([
      ["active_disclosure", e.meta.formatEra, true],
      ["applications", e.meta.formatEra, true],
      ["review_litigation", e.meta.formatEra, true],
    ]);
  });

  it("keeps raw text and positions of sampled cells", () => {
    for (const p of e.positions) {
      const cell = report.cells[p.field as keyof typeof report.cells];
      expect(cell?.raw, p.field).toBe(p.raw);
      expect([cell?.source.line, cell?.source.column], p.field).toEqual([p.line, p.column]);
    }
  });

  it("has no unplaced rows or value-count problems", () => {
    const problems = diagnostics.filter((d) => d.code.startsWith("row-") && d.severity !== "info");
    expect(problems).toEqual([]);
    expect(report.extraRows).toEqual([]);
  });
});
