import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LineCursor } from "../../src/shapes/html-cursor.js";
import { parseSpan } from "../../src/shapes/html-grid.js";
import { TextRun } from "../../src/shapes/html-text.js";
import { Locator } from "../../src/shapes/positions.js";

/** One event of a run: a text chunk spanning input offsets start…end, or a `<br>` at an offset. */
type Op = { chunk: string; start: number; end: number } | { br: number };

/**
 * The collapsing rules applied one character at a time (the reader's earlier algorithm, kept here as an
 * independent oracle): whitespace runs → one space at the run's first offset (verbatim runs without a
 * line break as printed), `<br>` → `\n`, outer breaks trimmed.
 */
function oracle(ops: Op[], verbatim: boolean): { text: string; offsets: number[] } {
  const chars: string[] = [];
  const offsets: number[] = [];
  let space: { char: string; offset: number }[] = [];
  let breaks = false;
  for (const op of ops) {
    if ("br" in op) {
      space = [];
      breaks = false;
      chars.push("\n");
      offsets.push(op.br);
      continue;
    }
    const exact = op.chunk.length === op.end - op.start + 1;
    for (let i = 0; i < op.chunk.length; i++) {
      const char = op.chunk.charAt(i);
      const offset = exact ? op.start + i : op.start;
      if (/\s/.test(char)) {
        space.push({ char, offset });
        if (char === "\n" || char === "\r") breaks = true;
        continue;
      }
      const last = chars[chars.length - 1];
      if (space.length > 0 && last !== undefined && last !== "\n") {
        const emitted = verbatim && !breaks ? space : [{ char: " ", offset: space[0]!.offset }];
        for (const s of emitted) {
          chars.push(s.char);
          offsets.push(s.offset);
        }
      }
      space = [];
      breaks = false;
      chars.push(char);
      offsets.push(offset);
    }
  }
  let a = 0;
  let b = chars.length;
  while (a < b && chars[a] === "\n") a++;
  while (b > a && chars[b - 1] === "\n") b--;
  return { text: chars.slice(a, b).join(""), offsets: offsets.slice(a, b) };
}

function runOf(ops: Op[], verbatim: boolean): TextRun {
  const run = new TextRun(verbatim);
  for (const op of ops) {
    if ("br" in op) run.addBreak(op.br);
    else run.add(op.chunk, op.start, op.end);
  }
  return run;
}

describe("TextRun: collapsed text with the input offset of every character", () => {
  it("collapses a double space outside cells and keeps it inside cells, as a slice", () => {
    const loose = runOf([{ chunk: "a  b", start: 10, end: 13 }], false).finish();
    expect(loose).toEqual({ text: "a b", first: 10, offsets: [10, 11, 13] });
    const cell = runOf([{ chunk: "a  b", start: 10, end: 13 }], true).finish();
    expect(cell).toEqual({ text: "a  b", first: 10, offsets: undefined });
  });

  it("turns a whitespace run holding a line break into one space, even in a cell", () => {
    expect(runOf([{ chunk: "a \n b", start: 0, end: 4 }], true).finish()).toEqual({
      text: "a b",
      first: 0,
      offsets: [0, 1, 4],
    });
  });

  it("maps a decoded entity to its source start: `a&amp;b` and a two-unit `&#x1F600;`", () => {
    const amp: Op[] = [
      { chunk: "a", start: 0, end: 0 },
      { chunk: "&", start: 1, end: 5 },
      { chunk: "b", start: 6, end: 6 },
    ];
    expect(runOf(amp, false).finish()).toEqual({ text: "a&b", first: 0, offsets: [0, 1, 6] });
    expect(runOf([{ chunk: "😀", start: 3, end: 11 }], false).finish()).toEqual({
      text: "😀",
      first: 3,
      offsets: [3, 3],
    });
  });

  it("keeps inner breaks, drops outer ones and the spaces after a break", () => {
    const ops: Op[] = [
      { br: 0 },
      { chunk: "x", start: 4, end: 4 },
      { br: 5 },
      { br: 9 },
      { chunk: " y", start: 13, end: 14 },
      { br: 20 },
    ];
    const run = runOf(ops, false);
    expect(run.finish()).toEqual({ text: "x\n\ny", first: 4, offsets: [4, 5, 9, 14] });
    expect(run.first).toBe(4);
  });

  it("reset empties the run without touching an earlier result", () => {
    const run = runOf([{ chunk: "p  q", start: 0, end: 3 }], false);
    const before = run.finish();
    run.reset();
    run.add("r", 7);
    expect(before).toEqual({ text: "p q", first: 0, offsets: [0, 1, 3] });
    expect(run.finish()).toEqual({ text: "r", first: 7, offsets: undefined });
    expect(run.first).toBe(7);
  });

  it("property: agrees with the per-character oracle on random chunks, entities and breaks", () => {
    const piece = fc.constantFrom("a", "规", " ", "  ", "\t", "\n", "\r\n", "\u3000", "\u00a0", "\f", "7", "x y");
    const op = fc.oneof(
      fc.array(piece, { minLength: 1, maxLength: 5 }).map((parts) => ({ chunk: parts.join(""), entity: false })),
      fc.constantFrom("&", "\u00a0", "😀", "\n", " ").map((chunk) => ({ chunk, entity: true })),
      fc.constant({ chunk: "", entity: false, br: true }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 12 }), fc.boolean(), fc.nat(3), (parts, verbatim, gap) => {
        const ops: Op[] = [];
        let at = 0;
        for (const p of parts) {
          if ("br" in p) {
            ops.push({ br: at });
            at += 4;
          } else {
            // a decoded entity spans more input than its text (`&amp;` → `&`)
            const span = p.entity ? p.chunk.length + 4 : p.chunk.length;
            ops.push({ chunk: p.chunk, start: at, end: at + span - 1 });
            at += span;
          }
          at += gap;
        }
        const expected = oracle(ops, verbatim);
        const got = runOf(ops, verbatim).finish();
        expect(got.text).toBe(expected.text);
        if (got.text === "") return;
        expect(got.first).toBe(expected.offsets[0]);
        const offsets = got.offsets ?? Array.from(got.text, (_, i) => got.first + i);
        expect(offsets).toEqual(expected.offsets);
        // offsets are only materialised when they are not consecutive
        const consecutive = expected.offsets.every((o, i) => o === expected.offsets[0]! + i);
        expect(got.offsets === undefined).toBe(consecutive);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("parseSpan (HTML rules: leading digits after whitespace, 0 or invalid → 1)", () => {
  it("reads real attribute values", () => {
    expect([undefined, "", "3", " 2x", "0", "007", "\u30005", "-1", "+3", "abc", "1e3"].map(parseSpan)).toEqual([
      1, 1, 3, 2, 1, 7, 5, 1, 1, 1, 1,
    ]);
    expect(parseSpan("9".repeat(400))).toBe(1);
    expect(parseSpan("12345678901234567890")).toBe(12345678901234567000);
  });

  it("property: agrees with the regular-expression reading", () => {
    const reference = (value: string): number => {
      const m = /^\s*(\d+)/.exec(value);
      const n = m ? Number.parseInt(m[1] ?? "1", 10) : 1;
      return Number.isFinite(n) && n >= 1 ? n : 1;
    };
    const text = fc
      .array(fc.constantFrom("0", "1", "5", "9", " ", "\t", "\u3000", "x", "-", "."), { maxLength: 25 })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, (value) => {
        expect(parseSpan(value)).toBe(reference(value));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("LineCursor", () => {
  it("finds lines and columns like the Locator, in any order of lookups", () => {
    const text = "ab\r\ncd\n\nefg\rh";
    const cursor = new LineCursor(new Locator(text));
    expect(cursor.point(9)).toEqual({ line: 4, column: 2, offset: 9 });
    expect(cursor.point(0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(cursor.point(4)).toEqual({ line: 2, column: 1, offset: 4 });
    expect(cursor.point(7)).toEqual({ line: 3, column: 1, offset: 7 });
    expect(cursor.point(12)).toEqual({ line: 5, column: 1, offset: 12 });
    expect(cursor.point(40)).toEqual({ line: 5, column: 29, offset: 40 });
  });

  it("property: agrees with Locator.point on random texts and lookup sequences", () => {
    const text = fc
      .array(fc.constantFrom("a", "规", "\n", "\r", "\r\n", "\f"), { maxLength: 40 })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, fc.array(fc.nat(50), { maxLength: 30 }), (t, offsets) => {
        const locator = new Locator(t);
        const cursor = new LineCursor(locator);
        for (const offset of offsets) expect(cursor.point(offset)).toEqual(locator.point(offset));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("readHtml records per-character offsets only for texts that are not consecutive", () => {
  it("a plain paragraph and a cell are slices; collapsed runs and entities are mapped", async () => {
    const { readHtml } = await import("../../src/shapes/html.js");
    const { hasRecordedOffsets, recordedOffset } = await import("../../src/shapes/offsets.js");
    const html = "<p>2024 年，全市</p>\n<p>a  b&amp;c</p><table><tr><td>规章</td><td>x\n  y</td></tr></table>";
    const doc = readHtml(html);
    const [plain, mapped, table] = doc.blocks;
    expect(plain).toMatchObject({ kind: "text", text: "2024 年，全市", position: { line: 1, column: 4, offset: 3 } });
    expect(hasRecordedOffsets(plain!.position)).toBe(false);
    expect(mapped).toMatchObject({ kind: "text", text: "a b&c", position: { line: 2, column: 4, offset: 20 } });
    // "a" 20, " " 21 (the first of two spaces), "b" 23, "&" 24 (`&amp;`), "c" 29
    expect([0, 1, 2, 3, 4].map((i) => recordedOffset(mapped!.position, i))).toEqual([20, 21, 23, 24, 29]);
    expect(html.charAt(29)).toBe("c");
    if (table?.kind !== "table") throw new Error("expected a table");
    const [name, wrapped] = table.rows[0]!;
    expect(name).toMatchObject({ text: "规章", position: { line: 2, column: 33, offset: 49 } });
    expect(hasRecordedOffsets(name!.position)).toBe(false);
    // a whitespace run holding a line break reads as one space at the run's start; "y" is on line 3
    expect(wrapped).toMatchObject({ text: "x y", position: { line: 2, column: 44, offset: 60 } });
    expect([0, 1, 2].map((i) => recordedOffset(wrapped!.position, i))).toEqual([60, 61, 64]);
    expect(html.charAt(64)).toBe("y");
  });
});
