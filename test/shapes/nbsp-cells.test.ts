/**
 * Empty cells written `&nbsp;` (Word's HTML export puts one in every empty cell), in a page's text taken with
 * its text nodes as they stand (BeautifulSoup's `get_text()`, cheerio's `.text()`): a cell per line, an empty
 * cell a line of whitespace holding a no-break space. The fixtures in messy/html-text/ are the text nodes of
 * red-team page w01 (a Word HTML export) and of red-team page h14 rendered with `<p>&nbsp;</p>` in its empty
 * cells and after each table and paragraph, joined as they stand.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import type { AnnualReport } from "../../src/schema/report.js";

const read = (path: string) => readFileSync(`test/fixtures/${path}`);
const text = (path: string) => read(path).toString("utf8");
const cellTexts = (report: AnnualReport) =>
  Object.fromEntries(Object.entries(report.cells).map(([id, c]) => [id, `${c.status}:${c.raw}`]));

describe("a page's text nodes, an empty cell a line holding &nbsp;", () => {
  it("reads every cell of a Word HTML page's text as the page itself (w01): its blank cells in place", () => {
    const page = parseReport(read("messy/red-team/w01-word-2021-town.html")).report;
    const { report, diagnostics } = parseReport(text("messy/html-text/w01-word-html-text-content.txt"));
    expect(report.meta.shape).toBe("lines");
    // Before, the 21 empty cells left no trace: 155 of 200 cells right, the others a cell off or absent.
    expect(cellTexts(report)).toEqual(cellTexts(page));
    expect(Object.keys(report.cells)).toHaveLength(200);
    // Read off the page: 上年结转 法律服务机构 empty, 其他 2; 予以公开 商业企业 empty, 科研机构 0.
    expect(report.cells["applications.carried_over.legal_service_org"]).toMatchObject({ raw: "", status: "blank" });
    expect(report.cells["applications.carried_over.other_org"]).toMatchObject({ raw: "2", value: 2 });
    expect(report.cells["applications.results.granted.commercial_enterprise"]?.status).toBe("blank");
    expect(report.cells["applications.results.granted.research_institution"]).toMatchObject({ raw: "0", value: 0 });
    expect(diagnostics.filter((d) => d.severity !== "info").map((d) => d.code)).toEqual([]);
  });

  it("drops an empty paragraph after Table 四 rather than its first, empty cell, and warns of the guess (h14)", () => {
    const { report, diagnostics } = parseReport(text("messy/html-text/h14-text-content-nbsp-spacers.txt"));
    const cell = (id: string) => report.cells[id as keyof typeof report.cells];
    // Read off the page: 行政复议 ⍽ 0 ⍽ 0 ⍽; 未经复议直接起诉 2 1 2 2 7; 复议后起诉 2 2 ⍽ 1 5; then an empty paragraph.
    expect(cell("review_litigation.review.upheld")?.status).toBe("blank");
    expect(cell("review_litigation.review.corrected")?.raw).toBe("0");
    expect(cell("review_litigation.litigation_direct.upheld")?.raw).toBe("2");
    expect(cell("review_litigation.litigation_direct.total")?.raw).toBe("7");
    expect(cell("review_litigation.litigation_after_review.other")?.status).toBe("blank");
    expect(cell("review_litigation.litigation_after_review.total")?.raw).toBe("5");
    const warned = diagnostics.filter((d) => d.code === "row-extra-values");
    expect(warned).toHaveLength(1);
    expect(warned[0]?.message).toMatch(
      /^Table 四 has 16 values for its 15 cells, blank ones first and last .*: 1 blank value\(s\) dropped, the last, as the table's sums hold better so/,
    );
    // The empty paragraphs between the sections' paragraphs are no text of them.
    for (const section of report.sections) expect(section.text).not.toContain("\u00a0");
  });

  it("drops an empty paragraph after Table 三's last row rather than its first, empty cell, and warns (w01 edited)", () => {
    const fixture = text("messy/html-text/w01-word-html-text-content.txt");
    const at = fixture.indexOf("四、结转下年度继续办理");
    // The row 四、结转下年度继续办理 as printed is 21 3 1 ⍽ 2 ⍽ 27; here 自然人 is empty and 总计 6, and an empty
    // paragraph follows the table.
    const edit = (total: string) =>
      fixture.slice(0, at) +
      fixture.slice(at).replace("  21\n", "  \u00a0\n").replace("  27\n", `  ${total}\n  \u00a0\n`);
    const row = (report: AnnualReport) =>
      ["natural_person", "commercial_enterprise", "other_org", "total"].map(
        (column) => report.cells[`applications.carried_forward.${column}` as keyof typeof report.cells]?.raw,
      );
    const summed = parseReport(edit("6"));
    // Before, the leading blank went, silently: 3 | 1 | … | 6 | ⍽, every value a column off.
    expect(row(summed.report)).toEqual(["", "3", "", "6"]);
    const warned = summed.diagnostics.filter((d) => d.code === "row-extra-values").map((d) => d.message);
    expect(warned).toEqual([
      expect.stringMatching(
        /^Row 三、四、结转下年度继续办理 has 8 values for its 7 columns, blank ones first and last .*: 1 blank value\(s\) dropped, the last, as the row's total holds better so/,
      ),
    ]);
    // A total that tells neither (blank): the first blank goes, as before, now warned.
    const blankTotal = parseReport(edit("\u00a0"));
    expect(row(blankTotal.report)).toEqual(["3", "1", "", ""]);
    expect(blankTotal.diagnostics.filter((d) => d.code === "row-extra-values").map((d) => d.message)).toEqual([
      expect.stringMatching(/: 1 blank value\(s\) dropped, the first; if that was the wrong end/),
    ]);
  });

  it("leaves whitespace lines without a no-break space blank lines, as before", () => {
    const plain = text("messy/html-text/w01-word-html-text-content.txt").replace(/\u00a0/g, " ");
    const { report } = parseReport(plain);
    // The empty cells then leave no trace: the values after them move up, which the rows' warnings report.
    expect(report.cells["applications.carried_over.legal_service_org"]?.raw).toBe("2");
    expect(parseReport(plain).diagnostics.some((d) => d.code === "row-part-and-total")).toBe(true);
  });
});
