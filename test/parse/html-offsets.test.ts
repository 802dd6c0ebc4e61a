import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";

const TITLE = "<h1>某局2023年政府信息公开工作年度报告</h1>";
const LABEL = "本年新收政府信息公开申请数量";

/** The cell the report read for new applications by natural persons. */
function newApplications(html: string) {
  const cell = parseReport(html, { shape: "html" }).report.cells["applications.new.natural_person"];
  expect(cell).toBeDefined();
  return cell!;
}

describe("HTML source offsets after collapsed whitespace and decoded entities", () => {
  it("a value after a run of spaces points at the value", () => {
    const html = `${TITLE}<p>${LABEL}    17</p>`;
    const cell = newApplications(html);
    expect(cell.value).toBe(17);
    expect(html.slice(cell.source!.offset, cell.source!.offset + 2)).toBe("17");
    expect(cell.source!.column).toBe(html.indexOf("17") + 1);
  });

  it("a value after &nbsp; entities and a line break points at the value", () => {
    const html = `${TITLE}\n<p>${LABEL}&nbsp;&nbsp;\n  &nbsp;21</p>`;
    const cell = newApplications(html);
    expect(cell.value).toBe(21);
    expect(cell.source).toMatchObject({ line: 3, column: 9, offset: html.indexOf("21") });
  });

  it("a value after an entity inside a table cell points at the value", () => {
    const html = `${TITLE}<table><tr><td>${LABEL}&amp; &nbsp;  5</td></tr></table>`;
    const cell = newApplications(html);
    expect(cell.value).toBe(5);
    expect(html.charAt(cell.source!.offset)).toBe("5");
  });
});

describe("HTML table cells keep their inner whitespace as printed", () => {
  it("a tab or a double space inside a cell is kept, so the cell text is a slice of the input", async () => {
    const { readHtml } = await import("../../src/shapes/html.js");
    const html = '<table><tr><td colspan="0">\'\t|</td><td> a  b\n  c </td></tr></table>';
    const table = readHtml(html).blocks.find((b) => b.kind === "table");
    const cells = table?.kind === "table" ? table.rows[0]! : [];
    expect(cells.map((c) => c.text)).toEqual(["'\t|", "a  b c"]);
    expect(html.slice(cells[0]!.position.offset, cells[0]!.position.offset + 3)).toBe("'\t|");
    expect(cells[1]!.position.offset).toBe(html.indexOf("a  b"));
  });
});
