// The library's exported data (layouts, mappings, id lists) is its own live state: a caller that changed it
// changed every later parse (red team R30: GB_TEMPLATES.length = 0 made parseReport throw; FIELD_IDS.length = 0
// made toRecords return nothing). README says the library holds no global state a caller can change.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as lib from "../../src/index.js";

/** Every plain object and array reachable from `value` that is not frozen, as paths. */
function unfrozen(value: unknown, path: string, out: string[] = [], seen = new Set<unknown>()): string[] {
  if (value === null || typeof value !== "object" || seen.has(value)) return out;
  seen.add(value);
  const proto = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return out;
  if (!Object.isFrozen(value)) out.push(path);
  for (const [k, v] of Object.entries(value)) unfrozen(v, `${path}.${k}`, out, seen);
  return out;
}

const DATA = [
  "GB_TEMPLATES",
  "GB2021",
  "GB2019",
  "LEGACY_TEMPLATES",
  "LEGACY_NATIONAL",
  "LEGACY_SH",
  "LEGACY_YN",
  "FIELD_IDS",
  "FORMAT_ERAS",
  "SHAPES",
  "METRIC_IDS",
  "METRIC_LABELS",
  "SECTION_IDS",
  "SUBSECTION_IDS",
  "JSON_SCHEMA_NAMES",
  "NORMALIZE_MAPPINGS",
  "NORMALIZED_COLUMNS",
  "DECODE_ERROR_CODES",
  "CROSS_YEAR_RULES",
  "RULES",
  "DIAGNOSTIC_CODES",
  "FINDING_COLUMNS",
  "fields",
] as const;

describe("the exported data is frozen, all the way down", () => {
  it.each(DATA)("%s", (name) => {
    const value = (lib as Record<string, unknown>)[name];
    expect(value, name).toBeTypeOf("object");
    expect(unfrozen(value, name)).toEqual([]);
  });

  it("a caller's change throws and leaves the next parse as it was", () => {
    const text = readFileSync(new URL("../fixtures/corpus/024_2024_hongzequ.txt", import.meta.url), "utf8");
    expect(() => {
      (lib.GB_TEMPLATES as unknown as unknown[]).length = 0;
    }).toThrow(TypeError);
    expect(() => {
      (lib.FIELD_IDS as unknown as string[]).length = 0;
    }).toThrow(TypeError);
    expect(() => {
      (lib.GB2021.tables[1]!.rows[0]!.labels as string[]).push("x");
    }).toThrow(TypeError);
    expect(lib.parseReport(text).report.cells["applications.new.total"]?.value).toBe(95);
  });
});
