/**
 * A Word one-cell-per-line cell whose first line is empty and whose text follows on the next, unindented line
 * (`\t` / `（二）人大代表建议…`): the cell's position is where its text stands. It named the empty line, so the cell's
 * raw text was not at its source offset (found by the shuffled-lines fuzz test once such a cell could be read as a
 * text value).
 */
import { describe, expect, it } from "vitest";
import { readDocument } from "../../src/shapes/index.js";

describe("Word cell-per-line text: a cell continued after an empty first line", () => {
  it("points the cell at its text", () => {
    const text = "表\n\t信息内容\n\t\n（二）人大代表建议\n\t0\n\n\t规章\n\t1\n";
    const doc = readDocument(text, "lines");
    const cells = doc.blocks.flatMap((b) => (b.kind === "table" ? b.rows.flat() : []));
    const cell = cells.find((c) => c.text === "（二）人大代表建议")!;
    expect(text.slice(cell.position.offset, cell.position.offset + cell.text.length)).toBe("（二）人大代表建议");
    expect(cell.position).toMatchObject({ line: 4, column: 1 });
    // A cell with text on its first line keeps its position and gains the next line's text.
    const two = readDocument("表\n\t信息\n内容\n\t0\n\n\t规章\n\t1\n", "lines");
    const joined = two.blocks
      .flatMap((b) => (b.kind === "table" ? b.rows.flat() : []))
      .find((c) => c.text.startsWith("信息"))!;
    expect([joined.text, joined.position.line, joined.position.column]).toEqual(["信息\n内容", 2, 2]);
  });
});
