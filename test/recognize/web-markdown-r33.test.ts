/**
 * Report pages turned into Markdown by the converters scrapers use (red team R33): node-html-markdown, turndown
 * with turndown-plugin-gfm, html2text. The fixtures in messy/r33/ are R33's smallest texts showing each defect:
 * before, each gave wrong values with no warning.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import type { AnnualReport } from "../../src/schema/report.js";
import { splitDelimited } from "../../src/shapes/source-lines.js";
import { APPLICANT_COLUMNS } from "../helpers/cells.js";

const read = (name: string) => readFileSync(`test/fixtures/messy/r33/${name}`);
/** The raw texts of some cells of a row (⍽ for blank, ∅ for absent). */
const rowOf = (report: AnnualReport, prefix: string, columns: readonly string[]) =>
  columns.map((column) => {
    const cell = report.cells[`${prefix}.${column}` as keyof typeof report.cells];
    return cell === undefined ? "∅" : cell.status === "blank" ? "⍽" : cell.raw;
  });
const OUTCOMES = ["upheld", "corrected", "other", "pending", "total"];
const APPLICANTS = APPLICANT_COLUMNS;

describe("Markdown of report pages (R33)", () => {
  it("drops a delimiter row GFM did not take (empty cells: node-html-markdown) instead of reading its dashes", () => {
    const { report } = parseReport(read("nhm-empty-delimiter-cells.md"));
    // Read off the text: 1 0 0 0 1 | 0 0 0 1 1 | five empty cells. Before: upheld and corrected read `--`, the
    // others two cells off.
    expect(rowOf(report, "review_litigation.review", OUTCOMES)).toEqual(["1", "0", "0", "0", "1"]);
    expect(rowOf(report, "review_litigation.litigation_direct", OUTCOMES)).toEqual(["0", "0", "0", "1", "1"]);
    expect(rowOf(report, "review_litigation.litigation_after_review", OUTCOMES)).toEqual(["⍽", "⍽", "⍽", "⍽", "⍽"]);
  });

  it("keeps a row of single dashes after a header: each dash is a value (none)", () => {
    const text = read("nhm-empty-delimiter-cells.md")
      .toString("utf8")
      .replace(/^\| ---- \| ---- .*$/m, "| - | - | - | - | - | - | - | - | - | - |  |  |  |  |  |");
    const { report } = parseReport(text);
    expect(report.cells["review_litigation.review.upheld"]).toMatchObject({ raw: "-", status: "na" });
  });

  it("drops a row's trailing padding cell when only so its total holds (node-html-markdown), and warns", () => {
    const { report, diagnostics } = parseReport(read("nhm-padded-rowspan-rows.md"));
    const prefix = "applications.results.not_processed";
    // `| 3.要求提供公开出版物 | | 3 | | 0 | | 1 | 4 | |`: ⍽ 3 ⍽ 0 ⍽ 1, total 4, one padding cell. Before: the
    // leading blank went, silently (3 ⍽ 0 ⍽ 1 4 ⍽).
    expect(rowOf(report, `${prefix}.publication`, APPLICANTS)).toEqual(["⍽", "3", "⍽", "0", "⍽", "1", "4"]);
    // The row above, padded too but with no leading blank: as before.
    expect(rowOf(report, `${prefix}.duplicate`, APPLICANTS)).toEqual(["12", "2", "2", "2", "2", "1", "21"]);
    const warned = diagnostics.filter((d) => d.code === "row-extra-values").map((d) => d.message);
    expect(warned).toEqual([
      expect.stringMatching(
        /^Row 三、3\.要求提供公开出版物 has 8 values for its 7 columns, blank ones first and last \(a cell padding the row\?\): 1 blank value\(s\) dropped, the last, as the row's total holds better so/,
      ),
    ]);
  });

  it("reads a Markdown-escaped sign in pipe text (`\\-8`, turndown)", () => {
    const { report } = parseReport(read("escaped-minus-pipe-shape.md"));
    expect(report.meta.shape).toBe("pipe");
    // Read off the text: 行政许可 18 \-8 356; 其他对外管理服务事项 25 +3 1204. Before: `\-8` was text, unwarned.
    expect(report.cells["active_disclosure.licensing.items_change"]).toMatchObject({
      raw: "\\-8",
      value: -8,
      status: "number",
    });
    expect(report.cells["active_disclosure.other_services.items_change"]?.value).toBe(3);
    const bare = parseReport(read("escaped-minus-pipe-shape.md").toString("utf8").replace("\\-8", "\\-"));
    expect(bare.report.cells["active_disclosure.licensing.items_change"]?.status).toBe("na");
  });

  it("reads each block's outcome order from a flattened Table 四 header (其他结果 and 尚未审结 swapped)", () => {
    const fixture = read("t4-swap-flattened-header.md").toString("utf8");
    const { report, diagnostics } = parseReport(fixture);
    // Every block prints 结果维持 结果纠正 尚未审结 其他结果 总计 over 1 2 3 4 10. Before: other 3, pending 4, silently.
    for (const block of ["review", "litigation_direct", "litigation_after_review"])
      expect(rowOf(report, `review_litigation.${block}`, OUTCOMES)).toEqual(["1", "2", "4", "3", "10"]);
    expect(diagnostics.find((d) => d.code === "columns-reordered")?.message).toMatch(/^Table 四 prints/);
    // The last block printed in the layout's order: each block is read by its own labels.
    const mixed = fixture.replace(
      "| 总计 | 结果维持 | 结果纠正 | 尚未审结 | 其他结果 | 总计 |",
      "| 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |",
    );
    const read2 = parseReport(mixed).report;
    expect(rowOf(read2, "review_litigation.review", OUTCOMES)).toEqual(["1", "2", "4", "3", "10"]);
    expect(rowOf(read2, "review_litigation.litigation_direct", OUTCOMES)).toEqual(["1", "2", "4", "3", "10"]);
    expect(rowOf(read2, "review_litigation.litigation_after_review", OUTCOMES)).toEqual(["1", "2", "3", "4", "10"]);
    // A header naming only some blocks' outcomes says nothing of the order: the layout's, as before.
    const partial = fixture.replace(
      /^\| 结果维持 \| 结果纠正 \| 尚未审结 \| 其他结果 \| 总计 \| 结果维持 .*$/m,
      "| 行政诉讼 |",
    );
    expect(rowOf(parseReport(partial).report, "review_litigation.review", OUTCOMES)).toEqual([
      "1",
      "2",
      "3",
      "4",
      "10",
    ]);
  });

  it("reads html2text's empty last cell (`规章| | |   `: a closing | before a hard break, no opening one)", () => {
    const { report, diagnostics } = parseReport(read("000-zeros-blank-html2text.md"));
    const page = parseReport(readFileSync("test/fixtures/messy/r27/000-zeros-blank.html")).report;
    // Before, GFM's optional closing pipe dropped each row's empty last cell: 161 of the page's 200 cells, the
    // rest absent with row-missing-values. Table 四 (its header apart from its values) is not found, as before.
    expect(rowOf(report, "active_disclosure.regulations", ["issued", "repealed", "in_force"])).toEqual(["⍽", "⍽", "⍽"]);
    const read2 = Object.entries(page.cells).filter(([id, cell]) => {
      const got = report.cells[id as keyof typeof report.cells];
      return got?.raw === cell.raw && got.status === cell.status;
    });
    expect(read2).toHaveLength(185);
    expect(Object.keys(report.cells)).toHaveLength(185);
    expect(diagnostics.map((d) => d.code)).not.toContain("row-missing-values");
  });

  it("keeps a closing | without a hard break after it a border (a row html2text wrapped; `a | b |`)", () => {
    const line = (text: string) => splitDelimited({ text, start: 0, number: 1 }, "|", true).map((c) => c.text);
    expect(line("规章| | |   ")).toEqual(["规章", "", "", ""]);
    expect(line("规章| 1| 2|")).toEqual(["规章", "1", "2"]);
    expect(line("| 规章 | 1 | |  ")).toEqual(["规章", "1", ""]);
    expect(line("规章 | 1 | 2 |")).toEqual(["规章", "1", "2"]);
  });

  it("warns when a flattened header moves 总计 and the rows' totals cannot say which order is right", () => {
    const { report, diagnostics } = parseReport(read("t3-total-first.md"));
    // The header prints 总计 first; 219 177 184 191 198 205 212 adds up neither way: read in the layout's order.
    expect(rowOf(report, "applications.new", APPLICANTS)).toEqual(["219", "177", "184", "191", "198", "205", "212"]);
    const unsure = diagnostics.filter((d) => d.code === "columns-order-unsure");
    expect(unsure.map((d) => [d.severity, d.message])).toEqual([
      [
        "warning",
        expect.stringMatching(/^Table 三's header prints its columns as 总计 \| 自然人 \| 商业企业 \| .* \| 其他 \(/),
      ],
    ]);
    // With totals that hold in the printed order, the header is believed, as before (no warning).
    const summed = read("t3-total-first.md")
      .toString("utf8")
      .replace("| 219 | 177 | 184 | 191 | 198 | 205 | 212 |", "| 6 | 1 | 1 | 1 | 1 | 1 | 1 |");
    const believed = parseReport(summed);
    expect(rowOf(believed.report, "applications.new", APPLICANTS)).toEqual(["1", "1", "1", "1", "1", "1", "6"]);
    expect(believed.diagnostics.map((d) => d.code)).not.toContain("columns-order-unsure");
  });
});
