/**
 * The readers that move values between rows and columns — column-major PDF text (pdfminer, PyMuPDF) and a
 * transposed Table 四 — on damaged copies of their red-team reports: lines dropped, doubled, swapped or
 * blanked, numbers edited. parseReport never throws and every value it reads stands in the input at its
 * position (checkResult); an intact copy still reads its hand-checked values.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAndCheck, prototypeSnapshot } from "./helpers.js";

let before = "";
beforeAll(() => {
  before = prototypeSnapshot();
});
afterAll(() => {
  expect(prototypeSnapshot()).toBe(before);
});

const dir = new URL("../fixtures/messy/red-team/", import.meta.url);
const READERS = [
  "r10-pdfminer-column-major-2021.txt",
  "r10-pymupdf-column-major-t2-2019.txt",
  "r10-pymupdf-column-major-t2-2021.txt",
  "m48-t4-transposed-2024.md",
].map((name) => ({ name, lines: readFileSync(new URL(name, dir), "utf8").split("\n") }));

/** One edit of a line list: drop, double, swap with the next, blank it, or change its digits. */
const editArb = fc.record({
  kind: fc.constantFrom("drop", "double", "swap", "blank", "digits"),
  at: fc.nat(),
  digit: fc.integer({ min: 0, max: 9 }),
});

function applyEdits(lines: readonly string[], edits: readonly { kind: string; at: number; digit: number }[]): string {
  const out = [...lines];
  for (const { kind, at, digit } of edits) {
    if (out.length === 0) break;
    const i = at % out.length;
    if (kind === "drop") out.splice(i, 1);
    else if (kind === "double") out.splice(i, 0, out[i]!);
    else if (kind === "swap" && i + 1 < out.length) [out[i], out[i + 1]] = [out[i + 1]!, out[i]!];
    else if (kind === "blank") out[i] = "";
    else out[i] = out[i]!.replace(/\d/g, String(digit));
  }
  return out.join("\n");
}

describe("column-major and transposed readers on damaged copies", () => {
  it.each(READERS)("$name: 80 copies with 1 to 6 edits each", ({ lines }) => {
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 1, maxLength: 6 }), (edits) => {
        parseAndCheck(applyEdits(lines, edits));
      }),
      { numRuns: 80 },
    );
  });

  it("an intact copy reads what the hand-checked tests read", () => {
    const pdfminer = parseAndCheck(READERS[0]!.lines.join("\n")).report;
    expect(pdfminer.cells["applications.new.total"]?.value).toBe(146);
    const transposed = parseAndCheck(READERS[3]!.lines.join("\n")).report;
    expect(transposed.cells["review_litigation.litigation_direct.total"]?.value).toBe(5);
  });
});
