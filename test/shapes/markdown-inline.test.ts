/** Words of Markdown paragraphs and headings point at themselves although remark drops the markup around them. */
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import type { Cell } from "../../src/schema/common.js";
import { inlineText, trimInline } from "../../src/shapes/markdown-inline.js";

function cellsOf(text: string): Cell[] {
  return Object.values(parseReport(text, { shape: "markdown" }).report.cells);
}

describe("offsets of Markdown inline text", () => {
  it("a value after inline HTML in a heading (fuzz counterexamples)", () => {
    for (const text of ["# 本年新收政府信息公开申请数量# <h2>/", "# 本年新收政府信息公开申请数量<br>- "]) {
      const cells = cellsOf(text);
      expect(cells).toHaveLength(1);
      const cell = cells[0]!;
      expect(text.slice(cell.source.offset, cell.source.offset + cell.raw.length)).toBe(cell.raw);
    }
  });

  it("values after bold, escaped and wrapped text in a paragraph", () => {
    const text = [
      "三、收到和处理政府信息公开申请情况",
      "",
      "**一、本年新收**政府信息公开申请数量 3 0 0 0 0 0 3",
      "",
      "二、上年结转政府信息公开申请数量\\* 1 0 0 0 0 0",
      "   1",
    ].join("\n");
    const cells = cellsOf(text);
    expect(cells.map((c) => c.raw).join(" ")).toBe("3 0 0 0 0 0 3 1 0 0 0 0 0 1");
    for (const cell of cells) expect(text.slice(cell.source.offset, cell.source.offset + 1)).toBe(cell.raw);
    expect(cells[13]!.source).toMatchObject({ line: 6, column: 4, offset: text.lastIndexOf("1") });
  });

  it("characters written as entities stand at their entity; the value after them at itself", () => {
    const text = "三、收到和处理政府信息公开申请情况\n\n一、本年新收政府信息公开申请数量&#32;5&nbsp;0 0 0 0 0 5";
    const cells = cellsOf(text);
    expect(cells.map((c) => c.raw).join(" ")).toBe("5 0 0 0 0 0 5");
    for (const cell of cells) expect(text.slice(cell.source.offset, cell.source.offset + 1)).toBe(cell.raw);
  });

  it("inlineText maps each character and says when the text is one verbatim slice", () => {
    const input = "a **b** c";
    const node = {
      type: "paragraph",
      position: { start: { offset: 0 }, end: { offset: 9 } },
      children: [
        { type: "text", value: "a ", position: { start: { offset: 0 }, end: { offset: 2 } } },
        {
          type: "strong",
          position: { start: { offset: 2 }, end: { offset: 7 } },
          children: [{ type: "text", value: "b", position: { start: { offset: 4 }, end: { offset: 5 } } }],
        },
        { type: "text", value: " c", position: { start: { offset: 7 }, end: { offset: 9 } } },
      ],
    } as Parameters<typeof inlineText>[0];
    const read = inlineText(node, input, (o) => o);
    expect(read).toEqual({ text: "a b c", offsets: [0, 1, 4, 7, 8], first: 0 });
    const first = { type: "text", value: "a ", position: { start: { offset: 0 }, end: { offset: 2 } } } as const;
    const plain = inlineText(first as Parameters<typeof inlineText>[0], input, (o) => o);
    expect(plain).toEqual({ text: "a ", offsets: undefined, first: 0 });
    expect(trimInline(plain)).toEqual({ text: "a", offsets: undefined, first: 0 });
    expect(trimInline({ text: " x ", offsets: [3, 5, 9], first: 3 })).toEqual({ text: "x", offsets: [5], first: 5 });
  });
});
