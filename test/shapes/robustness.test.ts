import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeInput } from "../../src/input/decode.js";
import { detectShape } from "../../src/input/detect.js";
import { SHAPES } from "../../src/schema/common.js";
import { readDocument } from "../../src/shapes/index.js";
import { expectConsistentPositions } from "./helpers.js";

const PIECES = [
  "|",
  "||",
  "\t",
  "\n",
  "\r\n",
  "\r",
  "\f",
  " ",
  "\u3000",
  "<td>",
  "</td>",
  "<tr>",
  "<table>",
  "</table>",
  "<br>",
  '<td rowspan="3">',
  '<td colspan="0">',
  "&nbsp;",
  "&amp;",
  "# ",
  "|---|---|",
  "- 3 -",
  "[bookmark: x]",
  "—#—",
  "规章",
  "0",
  "12",
  "1.5",
  "-",
  "/",
  "一、",
  "（二）",
  "<script>",
  "<!--",
  "```",
  "*",
  "> ",
];
const messy = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })), { maxLength: 60 })
  .map((p) => p.join(""));

describe("robustness: every reader accepts any text", () => {
  it("never throws, and every position is consistent with its offset", () => {
    fc.assert(
      fc.property(messy, fc.constantFrom(...SHAPES), (text, shape) => {
        const doc = readDocument(text, shape);
        expect(doc.shape).toBe(shape);
        expect(doc.text).toBe(text);
        doc.blocks.forEach((b) => {
          expect(b.position.offset).toBeGreaterThanOrEqual(0);
          expect(b.position.offset).toBeLessThanOrEqual(text.length);
        });
        const tables = doc.blocks.filter((b) => b.kind === "table");
        expect(tables.map((t) => t.index)).toEqual(tables.map((_, i) => i));
        expectConsistentPositions(doc);
      }),
      { numRuns: 3000 },
    );
  });

  it("a cell with an entity inside reads decoded and points at its first character (fast-check counterexample)", () => {
    const doc = readDocument("<table><td>!&amp;!", "html");
    const cell = doc.blocks[0]?.kind === "table" ? doc.blocks[0].rows[0]?.[0] : undefined;
    expect(cell?.text).toBe("!&!");
    expect(cell?.position).toEqual({ line: 1, column: 12, offset: 11 });
    expectConsistentPositions(doc);
  });

  it("the position check decodes references: a cell pointed at another cell's encoded text is caught", () => {
    const doc = readDocument(
      "<table><tr><td>A&amp;B</td><td>A&amp;C</td><td>&lt;x</td><td>y</td></tr></table>",
      "html",
    );
    expectConsistentPositions(doc);
    const table = doc.blocks[0];
    const row = table?.kind === "table" ? table.rows[0] : undefined;
    expect(row?.map((cell) => cell.text)).toEqual(["A&B", "A&C", "<x", "y"]);
    const swapped = structuredClone(doc);
    const cells = swapped.blocks[0]?.kind === "table" ? swapped.blocks[0].rows[0] : undefined;
    cells![1]!.position = { ...cells![0]!.position };
    expect(() => expectConsistentPositions(swapped)).toThrow();
    const other = structuredClone(doc);
    const more = other.blocks[0]?.kind === "table" ? other.blocks[0].rows[0] : undefined;
    more![3]!.position = { ...more![2]!.position };
    expect(() => expectConsistentPositions(other)).toThrow();
  });

  it("detectShape and decodeInput never throw", () => {
    fc.assert(
      fc.property(messy, fc.uint8Array({ maxLength: 200 }), (text, bytes) => {
        expect(SHAPES).toContain(detectShape(text));
        const r = decodeInput(bytes);
        expect(typeof r.ok).toBe("boolean");
      }),
      { numRuns: 1000 },
    );
  });
});
