// A page that prints each table twice (a desktop and a mobile copy, both visible): the copy equal in every cell
// is left out with an info diagnostic (red team R15: 31 row-duplicate warnings and as many extra rows).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport, readDocument, renderReport, validateReport } from "../../src/index.js";

const city = parseReport(readFileSync(new URL("../fixtures/corpus/025_2024_huaianshi.txt", import.meta.url))).report;
const html = renderReport(city, "html");
const twice = html.replace(/<table[\s\S]*?<\/table>/g, (t) => `${t}\n<div class="mobile">${t}</div>`);

describe("tables printed twice in HTML", () => {
  it("the copies are left out: same cells, no row-duplicate, one table-duplicate note per copy", () => {
    expect(twice.match(/<table/g)).toHaveLength(2 * (html.match(/<table/g)?.length ?? 0));
    const clean = parseReport(html);
    const { report, diagnostics } = parseReport(twice);
    const values = (r: typeof report) => Object.fromEntries(Object.entries(r.cells).map(([k, c]) => [k, c.raw]));
    expect(values(report)).toEqual(values(clean.report));
    expect(diagnostics.filter((d) => d.code === "row-duplicate")).toEqual([]);
    const copies = diagnostics.filter((d) => d.code === "table-duplicate");
    expect(copies).toHaveLength(html.match(/<table/g)!.length);
    // Each note points at its copy (the first at the second <table>).
    const second = twice.indexOf("<table", twice.indexOf("</table>"));
    expect(copies[0]!.source!.offset).toBe(second);
    expect(validateReport(report).filter((f) => f.rule === "STRUCT-EXTRA-ROW")).toEqual([]);
  });

  it("tables differing in one cell are both kept; a copy in text shapes is never left out", () => {
    const changed = twice.replace(/(<div class="mobile">[\s\S]*?<td[^>]*>)447228</, "$1447229<");
    expect(changed).not.toBe(twice);
    const blocks = (text: string, shape: "html" | "pipe") =>
      readDocument(text, shape).blocks.filter((b) => b.kind === "table").length;
    expect(blocks(changed, "html")).toBe(blocks(twice, "html") + 1);
    const zeros = "| 0 | 0 | 0 | 0 |\n\n文字\n\n| 0 | 0 | 0 | 0 |\n";
    expect(blocks(zeros, "pipe")).toBe(2);
  });
});
