/** parseReport on damaged real reports: truncated (as text and as bytes), shuffled and duplicated lines. */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import { renderReport } from "../../src/render/index.js";
import { SHAPES } from "../../src/schema/common.js";
import { FIXTURES, parseAndCheck, prototypeSnapshot } from "./helpers.js";

let before = "";
beforeAll(() => {
  before = prototypeSnapshot();
});
afterAll(() => {
  expect(prototypeSnapshot()).toBe(before);
});

const TEXT_GRID = 12;
const BYTE_GRID = 6;
const encoder = new TextEncoder();

describe(`truncated real reports (${FIXTURES.length} reports)`, () => {
  it(`every prefix on a ${TEXT_GRID}-point grid of the text (${FIXTURES.length * TEXT_GRID} parses)`, () => {
    for (const { name, text } of FIXTURES) {
      const counts: number[] = [];
      for (let i = 1; i <= TEXT_GRID; i++) {
        const prefix = text.slice(0, Math.floor((text.length * i) / TEXT_GRID));
        const { report } = parseAndCheck(prefix);
        counts.push(Object.keys(report.cells).length + report.legacy.reduce((n, t) => n + t.rows.length, 0));
      }
      // A longer prefix never holds fewer table values, and the whole text holds some.
      expect(counts, name).toEqual([...counts].sort((a, b) => a - b));
      expect(counts.at(-1), name).toBeGreaterThan(0);
    }
  });

  it(`UTF-8 bytes cut mid-character on a ${BYTE_GRID}-point grid (${FIXTURES.length * BYTE_GRID} parses)`, () => {
    for (const { text } of FIXTURES) {
      const bytes = encoder.encode(text);
      for (let i = 1; i <= BYTE_GRID; i++) {
        // +1 so that most cuts land inside a 3-byte CJK character.
        const end = Math.min(bytes.length, Math.floor((bytes.length * i) / BYTE_GRID) + 1);
        parseAndCheck(bytes.subarray(0, end));
      }
    }
  });
});

describe(`shuffled and duplicated lines of real reports (${FIXTURES.length} reports)`, () => {
  it(`each report reversed, each line doubled, every other line dropped (${FIXTURES.length * 3} parses)`, () => {
    for (const { text } of FIXTURES) {
      const lines = text.split("\n");
      parseAndCheck([...lines].reverse().join("\n"));
      parseAndCheck(lines.flatMap((l) => [l, l]).join("\n"));
      parseAndCheck(lines.filter((_, i) => i % 2 === 0).join("\n"));
    }
  });

  it("the whole report twice in one document keeps the first copy's values", () => {
    for (const { name, text } of FIXTURES) {
      const once = parseAndCheck(text).report;
      const twice = parseAndCheck(`${text}\n${text}`).report;
      for (const [id, cell] of Object.entries(once.cells)) {
        expect(twice.cells[id as keyof typeof twice.cells]?.raw, `${name} ${id}`).toBe(cell?.raw);
      }
    }
  });

  it("60 random line sequences (lines picked with repetition, in random order) of a random report", () => {
    const fixture = fc.constantFrom(...FIXTURES.map((f) => f.text.split("\n")));
    const mutated = fixture.chain((lines) =>
      fc
        .array(fc.nat(lines.length - 1), { minLength: 1, maxLength: lines.length * 2 })
        .map((picks) => picks.map((i) => lines[i] ?? "").join("\n")),
    );
    fc.assert(
      fc.property(mutated, (text) => {
        parseAndCheck(text);
      }),
      { numRuns: 60 },
    );
  });

  it("60 random shuffles of the table lines of a random report (text lines kept in place)", () => {
    const fixture = fc.constantFrom(...FIXTURES.map((f) => f.text.split("\n")));
    const mutated = fixture.chain((lines) =>
      fc.shuffledSubarray(lines, { minLength: lines.length, maxLength: lines.length }).map((shuffled) => {
        // Keep the first 10 lines (title, org, period) so the report stays recognisable.
        return [...lines.slice(0, 10), ...shuffled].join("\n");
      }),
    );
    fc.assert(
      fc.property(mutated, (text) => {
        parseAndCheck(text);
      }),
      { numRuns: 60 },
    );
  });

  it("60 random single-character edits of a random report (insert a separator, delete or replace one character)", () => {
    const edit = fc
      .tuple(fc.constantFrom(...FIXTURES.map((f) => f.text)), fc.double({ min: 0, max: 1, noNaN: true }))
      .chain(([text, at]) =>
        fc.constantFrom("|", "\t", "\n", "", "1", "-", "<td>", "\u3000").map((s) => {
          const i = Math.floor(at * text.length);
          return text.slice(0, i) + s + text.slice(i + 1);
        }),
      );
    fc.assert(
      fc.property(edit, (text) => {
        parseAndCheck(text);
      }),
      { numRuns: 60 },
    );
  });
});

/** Every fixture rendered in each of the five shapes. */
const RENDERED = FIXTURES.flatMap((f) => {
  const report = parseReport(f.text).report;
  return SHAPES.map((shape) => ({ shape, text: renderReport(report, shape) }));
});

describe(`edited real reports in every shape (${RENDERED.length} rendered texts)`, () => {
  it("150 random edits (separator, markup, entity, blank) of a rendered report, some truncated, shape detected or forced", () => {
    const edit = fc
      .tuple(
        fc.constantFrom(...RENDERED),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom("|", "\t", "\n", "", "1", "-", "<td>", "</tr>", "&nbsp;", "\u3000", " ", "<!--", "```", "\\|"),
      )
      .map(([t, at, cut, insert]) => {
        const i = Math.floor(at * t.text.length);
        const text = t.text.slice(0, i) + insert + t.text.slice(i + 1);
        return { shape: t.shape, text: cut > 0.7 ? text.slice(0, Math.floor(cut * text.length)) : text };
      });
    fc.assert(
      fc.property(edit, fc.boolean(), ({ text, shape }, force) => {
        parseAndCheck(text, force ? { shape } : {});
      }),
      { numRuns: 150 },
    );
  });
});
