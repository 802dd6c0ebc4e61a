import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readHtml } from "../../src/shapes/html.js";
import { readPipe } from "../../src/shapes/pipe.js";
import { Locator } from "../../src/shapes/positions.js";
import { readTab } from "../../src/shapes/tab.js";
import { expectConsistentPositions, tablesOf } from "./helpers.js";

const CHARS = ["规", "章", "许", "可", "（", "）", "、", ".", "0", "1", "7", "9", "a", "Z", "-", "/", "：", " "];
/** A trimmed cell text without doubled spaces (HTML collapses them). */
const cellText = fc
  .array(fc.constantFrom(...CHARS), { maxLength: 8 })
  .map((chars) => chars.join("").replace(/ +/g, " ").trim());
const grid = fc
  .array(fc.array(cellText, { minLength: 2, maxLength: 6 }), { minLength: 1, maxLength: 8 })
  .filter((rows) => rows.every((row) => row.some((c) => c !== "")));
const pad = fc.constantFrom("", " ", "  ", "\u3000");
const newline = fc.constantFrom("\n", "\r\n", "\r");

function expectGrid(text: string, read: (t: string) => ReturnType<typeof readPipe>, rows: string[][]): void {
  const doc = read(text);
  const tables = tablesOf(doc);
  expect(tables.length).toBe(1);
  expect(tables[0]?.rows.map((r) => r.map((c) => c.text))).toEqual(rows);
  for (const row of tables[0]?.rows ?? [])
    for (const cell of row)
      if (cell.text !== "") expect(text.slice(cell.position.offset).startsWith(cell.text)).toBe(true);
  expectConsistentPositions(doc);
}

describe("property: random grids read back with positions pointing at the cell text", () => {
  it("pipe shape (outer pipes or not, random padding and newlines)", () => {
    fc.assert(
      fc.property(grid, fc.boolean(), pad, newline, (rows, outer, space, nl) => {
        // without outer pipes, an empty first or last cell would read as an outer pipe
        fc.pre(outer || rows.every((row) => row[0] !== "" && row[row.length - 1] !== ""));
        const lines = rows.map((row) => {
          const inner = row.map((c) => `${space}${c}${space}`).join("|");
          return outer ? `|${inner}|` : inner;
        });
        const text = `前言${nl}${lines.join(nl)}${nl}结语`;
        expectGrid(text, readPipe, rows);
      }),
      { numRuns: 300 },
    );
  });

  it("tab shape (empty cells kept, leading ones included)", () => {
    fc.assert(
      fc.property(grid, newline, (rows, nl) => {
        const text = `前言${nl}${rows.map((row) => row.join("\t")).join(nl)}${nl}结语`;
        expectGrid(text, readTab, rows);
      }),
      { numRuns: 300 },
    );
  });

  it("html shape (cells with random whitespace, optional closing tags)", () => {
    fc.assert(
      fc.property(grid, fc.boolean(), newline, (rows, close, nl) => {
        const body = rows
          .map((row) => `<tr>${row.map((c) => `<td> ${c}${nl}${close ? "</td>" : ""}`).join("")}</tr>`)
          .join(nl);
        const text = `<p>前言</p>${nl}<table>${nl}${body}${nl}</table><p>结语</p>`;
        const doc = readHtml(text);
        const [table] = tablesOf(doc);
        expect(table?.rows.map((r) => r.map((c) => c.text))).toEqual(rows);
        for (const row of table?.rows ?? [])
          for (const cell of row)
            if (cell.text !== "") expect(text.slice(cell.position.offset).startsWith(cell.text)).toBe(true);
        expectConsistentPositions(doc);
      }),
      { numRuns: 300 },
    );
  });

  it("Locator agrees with a naive line/column count", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", "规", "\n", "\r", "\r\n", "\f", "\t")), fc.nat(), (parts, k) => {
        const text = parts.join("");
        const offset = text.length === 0 ? 0 : k % (text.length + 1);
        let line = 1;
        let column = 1;
        for (let i = 0; i < offset; i++) {
          const c = text[i];
          if (c === "\n" || (c === "\r" && text[i + 1] !== "\n")) {
            line++;
            column = 1;
          } else column++;
        }
        expect(new Locator(text).point(offset)).toEqual({ line, column, offset });
      }),
      { numRuns: 500 },
    );
  });
});
