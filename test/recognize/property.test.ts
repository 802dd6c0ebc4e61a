import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { recognizeText, report2021, T3_LABELS_2021, table3 } from "./helpers.js";

const numbered = (i: number) => [i + 1, 0, i % 3, 0, 0, 0, i + 1 + (i % 3)];
const baseline = recognizeText(report2021({ t3: table3(T3_LABELS_2021, numbered) })).report.cells;

/** Re-prints a label the way real reports vary it: spaces (ASCII, U+3000) inside, half-width brackets, 1、 for 1. */
function variant(label: string, spaces: number[], halfWidth: boolean, comma: boolean): string {
  let out = label;
  if (halfWidth) out = out.replace(/（/g, "(").replace(/）/g, ")");
  if (comma) out = out.replace(/^(\d)\./, "$1、");
  const chars = [...out];
  for (const at of spaces) {
    const i = at % (chars.length + 1);
    chars.splice(i, 0, at % 2 === 0 ? " " : "\u3000");
  }
  return chars.join("");
}

describe("property: label printing variants do not change the cells", () => {
  it("spaces, half-width brackets and 1、 in any Table 三 label leave every cell as it was", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(24), fc.array(fc.nat(60), { maxLength: 3 }), fc.boolean(), fc.boolean()), {
          maxLength: 6,
        }),
        (edits) => {
          const rows = T3_LABELS_2021.map((labels) => [...labels]);
          for (const [row, spaces, half, comma] of edits) {
            const labels = rows[row]!;
            const last = labels.length - 1;
            labels[last] = variant(labels[last]!, spaces, half, comma);
          }
          const { report } = recognizeText(report2021({ t3: table3(rows, numbered) }));
          const values = (cells: typeof baseline) =>
            Object.fromEntries(Object.entries(cells).map(([id, c]) => [id, [c!.value, c!.status]]));
          expect(values(report.cells)).toEqual(values(baseline));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("recognition is deterministic and never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 30 }), { maxLength: 20 }), (parts) => {
        const text = parts.join("\n");
        const a = recognizeText(text, "lines");
        const b = recognizeText(text, "lines");
        expect(a).toEqual(b);
        for (const c of Object.values(a.report.cells)) expect(c!.status).not.toBe("text");
      }),
      { numRuns: 100 },
    );
  });
});
