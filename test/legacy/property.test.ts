import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { recognizeLegacy } from "../../src/recognize/legacy.js";
import { legacyLabelKey } from "../../src/recognize/legacy-match.js";
import { readDocument } from "../../src/shapes/index.js";
import { LEGACY_YN } from "../../src/templates/legacy.js";
import { legacyIdOf } from "../../src/templates/legacy-types.js";

interface GenRow {
  label: string;
  unit: string;
  raw: string;
  id: string | null;
}

const EXTRA_LABELS = ["办理人大代表建议数", "召开专题培训会次数", "编印宣传手册数"];
const keyCount = new Map<string, number>();
for (const r of LEGACY_YN.rows) {
  const k = `${legacyLabelKey(r.labels[0]!)}|${r.unit}`;
  keyCount.set(k, (keyCount.get(k) ?? 0) + 1);
}
const templateRows = LEGACY_YN.rows.map((r) => ({
  label: r.labels[0]!,
  unit: r.unit!,
  id: legacyIdOf(LEGACY_YN, r),
  unique: keyCount.get(`${legacyLabelKey(r.labels[0]!)}|${r.unit}`) === 1,
}));

const value = fc.oneof(fc.nat({ max: 100000 }).map(String), fc.constant(""), fc.constant("-"), fc.constant("/"));

/** A table: template rows kept in order (a random subset) with unknown rows slipped in, each with a value. */
const table = fc
  .tuple(
    fc.array(fc.boolean(), { minLength: templateRows.length, maxLength: templateRows.length }),
    fc.array(fc.tuple(fc.nat({ max: templateRows.length }), fc.constantFrom(...EXTRA_LABELS)), { maxLength: 3 }),
    fc.array(value, { minLength: templateRows.length + 3, maxLength: templateRows.length + 3 }),
  )
  .map(([keep, extras, values]) => {
    const rows: (GenRow & { unique: boolean })[] = [];
    templateRows.forEach((r, i) => {
      for (const [at, label] of extras)
        if (at === i) rows.push({ label, unit: "件", raw: "", id: null, unique: false });
      if (keep[i] || i < 6) rows.push({ label: r.label, unit: r.unit, raw: "", id: r.id, unique: r.unique });
    });
    return rows.map((r, i) => ({ ...r, raw: values[i % values.length]! }));
  });

const HEADER = ["工作项目", "单位", "数量", "备注"];
const render: Record<"pipe" | "tab" | "html", (rows: GenRow[]) => string> = {
  pipe: (rows) =>
    ["统计表", ...[HEADER, ...rows.map((r) => [r.label, r.unit, r.raw, ""])].map((c) => `| ${c.join(" | ")} |`)].join(
      "\n",
    ),
  tab: (rows) =>
    ["统计表", ...[HEADER, ...rows.map((r) => [r.label, r.unit, r.raw, "x"])].map((c) => c.join("\t"))].join("\n"),
  html: (rows) =>
    `<p>统计表</p><table>${[HEADER, ...rows.map((r) => [r.label, r.unit, r.raw, ""])]
      .map((c) => `<tr>${c.map((t) => `<td>${t}</td>`).join("")}</tr>`)
      .join("")}</table>`,
};

describe("recognizeLegacy keeps every value cell (property)", () => {
  for (const shape of ["pipe", "tab", "html"] as const) {
    it(`${shape}: one row per data row, values and units as written, typed ids where the label is unique`, () => {
      fc.assert(
        fc.property(table, (rows) => {
          const [found] = recognizeLegacy(readDocument(render[shape](rows), shape), []);
          expect(found).toBeDefined();
          expect(found!.rows).toHaveLength(rows.length);
          found!.rows.forEach((got, i) => {
            const want = rows[i]!;
            expect(got.label).toBe(want.label);
            expect(got.unit).toBe(want.unit);
            expect(got.cell.raw).toBe(want.raw);
            if (want.id === null) expect(got.id).toBeNull();
            else if (want.unique) expect(got.id).toBe(want.id);
          });
        }),
        { numRuns: 60 },
      );
    });
  }
});
