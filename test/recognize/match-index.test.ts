import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stripAnnotation } from "../../src/recognize/labels.js";
import { type MatchContext, matchRow, type RowMatch, rowLabels } from "../../src/recognize/match-row.js";
import { GB_TEMPLATES } from "../../src/templates/index.js";
import type { TableTemplate } from "../../src/templates/types.js";

/** Brute force: every label of every row, the one ending latest (ties as documented on matchRow). */
function oracle(run: string, table: TableTemplate, ctx: MatchContext): { index: number; end: number } | null {
  const stripped = stripAnnotation(run);
  const found: { index: number; end: number; length: number; block: boolean }[] = [];
  rowLabels(table).forEach((labels, index) => {
    const block = ctx.block !== null && table.rows[index]!.block === ctx.block;
    for (const label of labels) {
      const pos = stripped.lastIndexOf(label);
      if (pos >= 0) found.push({ index, end: pos + label.length, length: label.length, block });
      const at = run.lastIndexOf(label);
      if (stripped !== run && at >= 0 && at < stripped.length && at + label.length > stripped.length) {
        found.push({ index, end: stripped.length, length: label.length, block });
      }
    }
  });
  found.sort(
    (a, b) =>
      b.end - a.end ||
      b.length - a.length ||
      Number(b.block) - Number(a.block) ||
      Number(b.index > ctx.after) - Number(a.index > ctx.after) ||
      (a.index > ctx.after ? a.index - b.index : b.index - a.index),
  );
  return found[0] ? { index: found[0].index, end: found[0].end } : null;
}

const tables = GB_TEMPLATES.flatMap((t) => t.tables.filter((table) => table.layout === "rows"));

describe("matchRow's last-character label index finds what a scan of every label finds", () => {
  it("exact matches in random runs built from template labels, noise and annotations", () => {
    fc.assert(
      fc.property(
        fc.nat(tables.length - 1),
        fc.array(fc.tuple(fc.nat(200), fc.nat(2)), { minLength: 1, maxLength: 3 }),
        fc.constantFrom("", "其中", "（注）", "xx"),
        fc.integer({ min: -1, max: 30 }),
        (t, picks, noise, after) => {
          const table = tables[t]!;
          const labels = rowLabels(table).flat();
          const run = picks.map(([i, cut]) => labels[i % labels.length]!.slice(cut)).join(noise) + noise;
          const ctx: MatchContext = { after, block: null };
          const expected = oracle(run, table, ctx);
          const got: RowMatch | null = matchRow(run, table, ctx);
          if (expected && stripAnnotation(run).length - expected.end <= 3) {
            expect(got && { index: got.index, end: got.end }).toEqual(expected);
          }
        },
      ),
      { numRuns: 600 },
    );
  });
});
