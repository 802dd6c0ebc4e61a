/**
 * Reports the parser had never seen, written by red-team generators from the official layouts
 * (test/fixtures/messy/red-team): browser and Excel copies as tab text, pipe text with ASCII, MySQL and
 * box-drawing borders, Word save-as-text, PDF text from several extractors, Word and CMS HTML exports, and
 * Markdown from PDF converters (MinerU, marker, Docling styles); 2019 and 2021 layouts. Each generator wrote
 * its reports from a model, and the model is the expected.json kept beside them: every cell of Tables 二, 三
 * and 四, the metadata and the section ids. The models' values do not always satisfy the layout's identities
 * (audit R31: 24 of the files break T3-BAL, T3-RES or T4-*, as their models do), so the checker's errors on
 * these files are the models', not the parser's.
 * The cases under "fixes" failed before the fixes made for them.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import type { Cell } from "../../src/schema/common.js";
import { APPLICANT_COLUMNS } from "../helpers/cells.js";
import { SIX_SECTION_IDS as SIX } from "../helpers/sections.js";

interface Case {
  meta: Record<string, string | number | null>;
  sections: string[];
  /** The cell of each id of the era's list: a number, or its status (blank, na, text), or "absent". */
  values: (number | string)[];
}

const dir = new URL("../fixtures/messy/red-team/", import.meta.url);
const expected = JSON.parse(readFileSync(new URL("expected.json", dir), "utf8")) as {
  ids: Record<string, string[]>;
  cases: Record<string, Case>;
};
const parse = (file: string) => parseReport(readFileSync(new URL(file, dir)));
const cellsOf = (file: string) => parse(file).report.cells as Record<string, Cell | undefined>;
/** A cell as the expected values write it. */
const written = (cell: Cell | undefined): number | string =>
  cell === undefined ? "absent" : cell.status === "number" ? (cell.value as number) : cell.status;

describe("red-team reports: every cell, the metadata and the sections", () => {
  it("holds sixty-three cases", () => {
    expect(Object.keys(expected.cases)).toHaveLength(63);
  });

  for (const [file, want] of Object.entries(expected.cases)) {
    it(file, () => {
      const { report } = parse(file);
      const ids = expected.ids[want.meta.formatEra as string]!;
      const cells = report.cells as Record<string, Cell | undefined>;
      expect(Object.fromEntries(ids.map((id) => [id, written(cells[id])]))).toEqual(
        Object.fromEntries(ids.map((id, i) => [id, want.values[i]])),
      );
      // No cell is read that the report does not print.
      expect(Object.keys(cells).filter((id) => !ids.includes(id))).toEqual([]);
      for (const [field, value] of Object.entries(want.meta)) {
        expect(report.meta[field as keyof typeof report.meta], field).toEqual(value);
      }
      expect(report.sections.map((s) => s.id).filter((id) => id !== null)).toEqual(want.sections);
    });
  }
});

describe("red-team reports: fixes", () => {
  it("reads U+2212 (minus sign) as a sign in tab text and PDF text", () => {
    const tab = cellsOf("tab_2019_unicode_minus.txt");
    // 行政许可	81	−3	1582 ; 行政事业性收费	5	−1
    expect(tab["active_disclosure.licensing.items_change"]).toMatchObject({ value: -3, status: "number", raw: "−3" });
    expect(tab["active_disclosure.licensing.decisions"]?.value).toBe(1582);
    expect(tab["active_disclosure.fees.items_change"]?.value).toBe(-1);
    const pdf = cellsOf("pdf_rows_2019_unicode_minus.txt");
    // 行政许可 85 −3 915
    expect(pdf["active_disclosure.licensing.prev_year_items"]?.value).toBe(85);
    expect(pdf["active_disclosure.licensing.items_change"]?.value).toBe(-3);
    expect(pdf["active_disclosure.licensing.decisions"]?.value).toBe(915);
  });

  it("matches a PDF row whose label wraps past its numbers (`5.要求行政机关确认或重新出 7 2 0 0 0 0 9` / `具已获取信息`)", () => {
    const { report, diagnostics } = parse("pdf_rows_numbers_middle_line.txt");
    const row = "applications.results.not_processed.confirm_or_reissue";
    const cells = report.cells as Record<string, Cell | undefined>;
    expect(cells[`${row}.natural_person`]?.value).toBe(7);
    expect(cells[`${row}.commercial_enterprise`]?.value).toBe(2);
    expect(cells[`${row}.total`]?.value).toBe(9);
    expect(report.extraRows).toEqual([]);
    expect(diagnostics.filter((d) => d.code === "row-unrecognized")).toEqual([]);
  });

  it("finds a section heading wrapped over two lines (`三、收到和处理政府信息公开申` / `请情况`)", () => {
    const { report } = parse("pdf_rows_wrapped_headings.txt");
    const applications = report.sections.find((s) => s.id === "applications");
    // The heading is joined with its continuation line (which is no section text and no table line).
    expect(applications?.heading).toBe("三、收到和处理政府信息公开申请情况");
    expect(applications?.source.line).toBe(31);
    expect(report.sections.find((s) => s.id === "review_litigation")?.heading).toBe(
      "四、政府信息公开行政复议、行政诉讼情况",
    );
  });

  it("takes the issuing body from before the title key when the year follows it (…年度报告（2024年度）)", () => {
    const { meta } = parse("meta_title_year_suffix.txt").report;
    expect(meta.orgName).toBe("泗洪县青阳街道办事处");
    expect(meta.year).toBe(2024);
    expect(meta.title).toBe("泗洪县青阳街道办事处政府信息公开工作年度报告（2024年度）");
  });

  it("reads tables drawn with box-drawing verticals (│) as pipe rows, positions in the original text", () => {
    const text = readFileSync(new URL("pipe_box_drawing_2021.txt", dir), "utf8");
    const { report } = parseReport(text);
    expect(report.meta.shape).toBe("pipe");
    const cells = report.cells as Record<string, Cell | undefined>;
    // │一、本年新收政府信息公开申请数量│││328│3│4│16│10│6│367│ (line 48)
    const natural = cells["applications.new.natural_person"]!;
    expect(natural).toMatchObject({ value: 328, raw: "328" });
    expect(natural.source.line).toBe(48);
    expect(text.slice(natural.source.offset, natural.source.offset + 3)).toBe("328");
    expect(cells["applications.new.total"]?.value).toBe(367);
  });

  it("reports a table it could not read in a 2019+ report even when no other table was read", () => {
    // The same box-drawing report with every table row removed: the table headings stay, no row is read.
    const text = readFileSync(new URL("pipe_box_drawing_2021.txt", dir), "utf8")
      .split("\n")
      .map((line) => (line.startsWith("│") ? "" : line))
      .join("\n");
    const { report, diagnostics } = parseReport(text);
    expect(Object.keys(report.cells)).toEqual([]);
    const missing = diagnostics.filter((d) => d.code === "table-not-found").map((d) => d.message);
    expect(missing).toEqual([
      "Table 二 (active_disclosure) was not found",
      "Table 三 (applications) was not found",
      "Table 四 (review_litigation) was not found",
    ]);
  });

  it("puts the blank cells of layout-preserving PDF text where their columns are (`pdftotext -layout`)", () => {
    const cells = cellsOf("pdftotext_layout_blanks_2023.txt");
    // 一、本年新收政府信息公开申请数量   12   4   (blank)   0   3   2   21
    const row = (id: string) =>
      APPLICANT_COLUMNS.map((column) => {
        const cell = cells[`applications.${id}.${column}`];
        return cell ? [cell.value, cell.status] : "absent";
      });
    expect(row("new")).toEqual([
      [12, "number"],
      [4, "number"],
      [null, "blank"],
      [0, "number"],
      [3, "number"],
      [2, "number"],
      [21, "number"],
    ]);
    // （一）予以公开   26   3   1   1   1   (blank)   32
    expect(row("results.granted")).toEqual([
      [26, "number"],
      [3, "number"],
      [1, "number"],
      [1, "number"],
      [1, "number"],
      [null, "blank"],
      [32, "number"],
    ]);
    // The blank cell's source is on its row, where its column ends.
    const blank = cells["applications.new.research_institution"]!;
    expect(blank.raw).toBe("");
    expect(blank.source.line).toBe(42);
  });

  it("leaves PDF text without layout as it is: a blank printed as nothing leaves no trace to place it by", () => {
    const text = readFileSync(new URL("pdftotext_layout_blanks_2023.txt", dir), "utf8").replace(/ {2,}/g, " ");
    const cells = parseReport(text).report.cells as Record<string, Cell | undefined>;
    // The row reads `一、本年新收政府信息公开申请数量 12 4 0 3 2 21` (科研机构 printed blank): its last value is the sum
    // of the others, as in most short rows of the table, so it is the total (row-part-and-total); the parts fill
    // the first five columns, the blank cell's place cannot be told and 其他 stays absent.
    expect(cells["applications.new.research_institution"]?.value).toBe(0);
    expect(cells["applications.new.legal_service_org"]?.value).toBe(2);
    expect(cells["applications.new.other_org"]).toBeUndefined();
    expect(cells["applications.new.total"]?.value).toBe(21);
  });

  it("reads Markdown whose tables are HTML blocks (MinerU's `<html><body><table>`) as Markdown, not as a page", () => {
    const { report } = parse("m04-mineru-2024.md");
    expect(report.meta.shape).toBe("markdown");
    expect(report.meta.title).toBe("某某县人民政府2024年政府信息公开工作年度报告");
    expect(report.sections.map((s) => s.id)).toContain("overview");
    const cells = report.cells as Record<string, Cell | undefined>;
    // <td colspan="3">一、本年新收政府信息公开申请数量</td><td>22</td>…<td>29</td> (line 33)
    expect(cells["applications.new.natural_person"]).toMatchObject({ value: 22, source: { line: 33 } });
    expect(cells["applications.new.total"]?.value).toBe(29);
  });

  it("splits a run-in section heading from the text after it on its line", () => {
    for (const file of ["t35-word-copy-indent-2022.txt", "t35c-runin-period.txt", "h37-bold-runin-heading.html"]) {
      const overview = parse(file).report.sections.find((s) => s.id === "overview");
      expect(overview?.heading, file).toBe("一、总体情况");
      expect(overview?.text.startsWith("2023年，本"), file).toBe(true);
    }
    // 　　一、总体情况　2023年，本机关通过门户网站主动公开政府信息356条。 (line 5)
    const overview = parse("t35-word-copy-indent-2022.txt").report.sections[0]!;
    expect(overview.source.line).toBe(5);
    expect(overview.text.split("\n")[0]).toBe("2023年，本机关通过门户网站主动公开政府信息356条。");
  });

  it("joins a label wrapped onto a second grid row that holds the values (`| 一、本年新收政府 |` / `| 信息公开申请数量 | 15 | …`)", () => {
    const { report, diagnostics } = parse("m42-gfm-wrapped-labels-values-below-2024.md");
    const cells = report.cells as Record<string, Cell | undefined>;
    // | 信息公开申请数量 |  |  | 15 | 3 | 1 | 1 | 2 | 2 | 24 | (line 56)
    expect(cells["applications.new.natural_person"]).toMatchObject({ value: 15, status: "number" });
    expect(cells["applications.new.total"]?.value).toBe(24);
    expect(cells["applications.carried_over.total"]?.value).toBe(17);
    expect(report.extraRows).toEqual([]);
    expect(diagnostics.filter((d) => d.code === "row-unrecognized")).toEqual([]);
  });

  it("skips a 2019 Table 二 block header whose empty header cells print dashes", () => {
    const { report, diagnostics } = parse("t38-2019-t2-dash-fourth-col.txt");
    expect(report.extraRows).toEqual([]);
    expect(diagnostics.filter((d) => d.code === "row-unrecognized")).toEqual([]);
    const cells = report.cells as Record<string, Cell | undefined>;
    // 行政事业性收费	105	-4	— : the 2019 fees row has two columns, the dash is a third cell.
    expect(cells["active_disclosure.fees.prev_year_items"]?.value).toBe(105);
    expect(cells["active_disclosure.fees.items_change"]?.value).toBe(-4);
  });

  it("drops a bare page number a PDF converter left between two parts of a table", () => {
    const { report, diagnostics } = parse("m05-marker-split-2023.md");
    // Line 64 holds only `3`, between the two GFM tables Table 三 was split into.
    expect(report.extraRows).toEqual([]);
    expect(diagnostics.filter((d) => d.code === "row-unrecognized")).toEqual([]);
    expect(report.sections.flatMap((s) => s.text.split("\n")).includes("3")).toBe(false);
  });

  it("reads the report date and the body from a last line printing both (`泗洪县青阳街道办事处　　2025年1月20日`)", () => {
    const { report } = parse("meta_sign_same_line.txt");
    expect(report.meta.reportDate).toBe("2025-01-20");
    const last = report.sections.at(-1)!;
    expect(last.id).toBe("other_matters");
    expect(last.text).toBe("本年度未收取信息处理费。");
  });

  it("joins a body's name wrapped over two lines above the title (`徐州市贾汪区` / `青山泉镇人民政府`)", () => {
    const { meta } = parse("meta_title_three_lines_pdf.txt").report;
    expect(meta.orgName).toBe("徐州市贾汪区青山泉镇人民政府");
    expect(meta.title).toBe("徐州市贾汪区青山泉镇人民政府2022年政府信息公开工作年度报告");
    expect(meta.year).toBe(2022);
  });

  it("reads a converter's duplicated spans as one cell (Docling: `| 行政事业性收费 | 268 | 268 | 2 | 2 |`)", () => {
    const { report, diagnostics } = parse("m16-docling-dup-2019.md");
    const cells = report.cells as Record<string, Cell | undefined>;
    // Under `| 信息内容 | 上一年项目数量 | 上一年项目数量 | 本年增/减 | 本年增/减 |` (line 41).
    expect(cells["active_disclosure.fees.prev_year_items"]).toMatchObject({ value: 268, source: { line: 42 } });
    expect(cells["active_disclosure.fees.items_change"]).toMatchObject({ value: 2, source: { line: 42 } });
    expect(cells["active_disclosure.procurement.projects"]?.value).toBe(96);
    expect(cells["active_disclosure.procurement.amount"]?.value).toBe(65.8);
    expect(diagnostics.filter((d) => d.code === "row-extra-values")).toEqual([]);
  });

  it("reads a GFM report whose cells hold <br> as Markdown (marker), not HTML", () => {
    const { report } = parse("r6-m65-br-cells-bold-headings.md");
    expect(report.meta.shape).toBe("markdown");
    expect(report.meta.title).toBe("连云港市灌南县司法局2024年政府信息公开工作年度报告");
    expect(Object.keys(report.cells)).toHaveLength(200);
  });

  it("splits a cell holding a row's values (`| 217 7 6 7 7 2 246 |` then empty cells) instead of running its digits together", () => {
    const cells = cellsOf("r6-m28-values-one-cell.md");
    // | 一、本年新收政府信息公开申请数量 |  |  | 217 7 6 7 7 2 246 |  |  |  |  |  |  | (line 43)
    expect(cells["applications.new.natural_person"]).toMatchObject({ value: 217, raw: "217", source: { line: 43 } });
    expect(cells["applications.new.total"]).toMatchObject({ value: 246, source: { line: 43 } });
    // One-digit values side by side (`0 1 1 0 0 1 3`) are spread the same way when empty cells follow.
    expect(cells["applications.carried_over.natural_person"]?.value).toBe(0);
    expect(cells["applications.carried_over.total"]?.value).toBe(3);
  });

  it("places each spread value where it stands in the input, past an HTML cell's entities and leading space", () => {
    const html = [
      "<html><body><h1>某县人民政府2023年政府信息公开工作年度报告</h1><p>三、收到和处理政府信息公开申请情况</p><table>",
      "<tr><td>一、本年新收政府信息公开申请数量</td><td>　217&nbsp;7&nbsp;&nbsp;6 7 7 2 246</td><td></td><td></td><td></td><td></td><td></td><td></td></tr>",
      "<tr><td>二、上年结转政府信息公开申请数量</td><td>0&nbsp;1&nbsp;1&nbsp;0&nbsp;0&nbsp;1&nbsp;3</td><td>&nbsp;</td><td></td><td></td><td></td><td></td><td></td></tr>",
      "</table></body></html>",
    ].join("\n");
    const cells = parseReport(html).report.cells as Record<string, Cell | undefined>;
    const at = (id: string) => {
      const cell = cells[id]!;
      return html.slice(cell.source.offset, cell.source.offset + cell.raw.length);
    };
    const row = (prefix: string) => APPLICANT_COLUMNS.map((column) => `applications.${prefix}.${column}`);
    expect(row("new").map((id) => cells[id]?.value)).toEqual([217, 7, 6, 7, 7, 2, 246]);
    expect(row("new").map(at)).toEqual(["217", "7", "6", "7", "7", "2", "246"]);
    expect(row("carried_over").map(at)).toEqual(["0", "1", "1", "0", "0", "1", "3"]);
    // Row 二's second value is the `1` after the first `&nbsp;`: line 3, column 8 + 16 + 9 + 1 + 6 + 1 = 41.
    expect(cells["applications.carried_over.commercial_enterprise"]?.source).toMatchObject({ line: 3, column: 41 });
  });

  it("places a blank of Table 四 printed as one row in layout text by the gap its column leaves", () => {
    const cells = cellsOf("r5-pdf-layout-t4-one-row-blank.txt");
    // `       4           0     6    10     0     4 …` (line 64): 12 characters between 4 and 0, 6 between the others.
    expect(cells["review_litigation.review.upheld"]).toMatchObject({ value: 4, source: { line: 64, column: 8 } });
    expect(cells["review_litigation.review.corrected"]).toMatchObject({
      status: "blank",
      raw: "",
      source: { line: 64 },
    });
    expect(cells["review_litigation.review.other"]).toMatchObject({ value: 0, source: { line: 64, column: 20 } });
    expect(cells["review_litigation.review.total"]?.value).toBe(10);
    expect(cells["review_litigation.litigation_after_review.total"]?.value).toBe(2);
  });

  it("keeps Table 四's values in order when a wider column, not a blank, makes the double gap (the identities decide)", () => {
    const file = readFileSync(new URL("r5-pdf-layout-t4-one-row-blank.txt", dir), "utf8");
    // 14 values, one column 12 wide; the blank is the last cell: 复议 4 + 1 + 0 + 6 = 11 holds only in order.
    const line = "     4     1     0     6          11     0     4     4     0     8     0     1     0     1";
    const text = file.replace(/^ {7}4 {11}0 .*$/m, line);
    expect(text).toContain(line);
    const cells = parseReport(text).report.cells as Record<string, Cell | undefined>;
    expect(cells["review_litigation.review.total"]?.value).toBe(11);
    expect(cells["review_litigation.litigation_direct.total"]?.value).toBe(8);
    expect(cells["review_litigation.litigation_after_review.pending"]?.value).toBe(1);
    expect(cells["review_litigation.litigation_after_review.total"]).toBeUndefined();
  });

  it("reads a first value a converter glued to its label, the row's other values one cell to the left", () => {
    const cells = cellsOf("r6-m51-first-value-glued-to-label.md");
    // | 一、本年新收政府信息公开申请数量 199 |  |  | 3 | 3 | 4 | 19 | 3 | 231 |  | (line 43)
    const row = (prefix: string) => APPLICANT_COLUMNS.map((column) => cells[`applications.${prefix}.${column}`]?.value);
    expect(row("new")).toEqual([199, 3, 3, 4, 19, 3, 231]);
    // | 二、上年结转政府信息公开申请数量 0 |  |  | 0 | 0 | 1 | 4 | 4 | 9 |  | (line 44)
    expect(row("carried_over")).toEqual([0, 0, 0, 1, 4, 4, 9]);
    expect(cells["applications.new.natural_person"]).toMatchObject({ raw: "199", source: { line: 43 } });
  });

  it("drops an empty column a converter added at the right, not a row's leading blank", () => {
    const cells = cellsOf("r6-m62-combo-2021-dup-split-note-extra-cols.md");
    // | 三、本年度办理结果 | （三）不予公开 | 3.危及“三安全一稳定” |  | 0 | 0 |  | 0 | 4 | 4 |  | (line 51)
    const row = "applications.results.withheld.security_stability";
    expect(cells[`${row}.natural_person`]?.status).toBe("blank");
    expect(cells[`${row}.commercial_enterprise`]?.value).toBe(0);
    expect(cells[`${row}.total`]?.value).toBe(4);
  });

  it("finds section headings a converter printed without their Chinese ordinal or as list items", () => {
    for (const [file, line] of [
      ["r6-m14-h2-arabic-numbered.md", 5],
      ["r6-m24-headings-ordered-list.md", 5],
      ["r6-m25-headings-numbering-lost.md", 5],
      ["r6-m68-tables-indented-in-list.md", 5],
    ] as const) {
      const { sections } = parse(file).report;
      expect(
        sections.map((s) => s.id),
        file,
      ).toEqual([...SIX]);
      expect(sections[0]!.source.line, file).toBe(line);
      expect(sections[0]!.number, file).toBe("一");
    }
  });

  it("keeps a 本年增/减 cell written in words (`减少3`) as that column's text value; the row's other values are read", () => {
    const cells = cellsOf("r6-m55-t2-2019-sign-glued.md");
    // | 行政许可 | 73 | 减少3 | 764 | (line 28)
    expect(cells["active_disclosure.licensing.prev_year_items"]?.value).toBe(73);
    expect(cells["active_disclosure.licensing.items_change"]).toMatchObject({
      raw: "减少3",
      status: "text",
      value: null,
    });
    expect(cells["active_disclosure.licensing.decisions"]?.value).toBe(764);
  });

  it("keeps 本年增/减 written without an ASCII digit (持平, 减少三, 减少３, 增加两项) as that column's text (red team R15)", () => {
    const text = readFileSync(new URL("r6-m55-t2-2019-sign-glued.md", dir), "utf8");
    expect(text).toContain("| 行政许可 | 73 | 减少3 | 764 |");
    for (const word of ["持平", "无变化", "不变", "减少三", "增加两项", "减少３"]) {
      const cells = parseReport(text.replace("| 行政许可 | 73 | 减少3 | 764 |", `| 行政许可 | 73 | ${word} | 764 |`))
        .report.cells;
      expect(cells["active_disclosure.licensing.items_change"], word).toMatchObject({ raw: word, status: "text" });
      expect(cells["active_disclosure.licensing.decisions"]?.value, word).toBe(764);
    }
    // A word that states no amount, in a value column of a row short of it, is that column's text too (the row's
    // width says so: 73 | 调整 | 764 are its three cells); before withTrailingTextValues it opened a run of its own.
    const other = parseReport(text.replace("| 行政许可 | 73 | 减少3 | 764 |", "| 行政许可 | 73 | 调整 | 764 |")).report
      .cells;
    expect(other["active_disclosure.licensing.items_change"]).toMatchObject({ raw: "调整", status: "text" });
    expect(other["active_disclosure.licensing.decisions"]?.value).toBe(764);
  });

  describe("second review", () => {
    const m62 = readFileSync(new URL("r6-m62-combo-2021-dup-split-note-extra-cols.md", dir), "utf8");
    const cellsIn = (text: string) => parseReport(text).report.cells as Record<string, Cell | undefined>;

    it("takes a label-only line for a sub-heading, not a section, in a report that numbers its headings", () => {
      for (const caption of ["1.基本情况", "基本情况", "**总体情况**", "收到和处理政府信息公开申请情况"]) {
        const text = m62.replace(
          "## 三、收到和处理政府信息公开申请情况\n",
          `## 三、收到和处理政府信息公开申请情况\n\n${caption}\n`,
        );
        const { report } = parseReport(text);
        expect(
          Object.keys(report.cells).filter((id) => id.startsWith("applications.")),
          caption,
        ).toHaveLength(175);
        expect(
          report.sections.map((s) => s.id),
          caption,
        ).toEqual([...SIX]);
      }
    });

    it("keeps a number with a stray space in its own column (`| 14 8 |`), the row's other columns aligned", () => {
      const cells = cellsIn(m62.replace("| 148 | 4 | 18 |", "| 14 8 | 4 | 18 |"));
      expect(cells["applications.new.natural_person"]).toMatchObject({ raw: "14 8", status: "text", value: null });
      expect(cells["applications.new.commercial_enterprise"]?.value).toBe(4);
      expect(cells["applications.new.total"]?.value).toBe(195);
    });

    it("spreads one-digit numbers only when they fill the rest of the row", () => {
      // `| 1 1 |` followed by more empty cells than it has numbers: one letter-spaced number, 11.
      const cells = cellsIn(m62.replace("| 0 | 2 | 4 | 5 |  | 0 | 11 |", "| 1 1 |  |  |  |  |  |  |"));
      expect(cells["applications.carried_over.natural_person"]?.value).toBe(11);
      expect(cells["applications.carried_over.commercial_enterprise"]?.status).toBe("blank");
    });
  });

  it("reads a pandoc grid table whose cells wrap over lines: the lines between two borders are one row", () => {
    const { report } = parse("r6-m39-pandoc-grid-multiline.md");
    const cells = report.cells as Record<string, Cell | undefined>;
    // | 行政规范 | 3 | 2 | 46 | over | 性文件 | | | | (lines 31–32)
    expect(cells["active_disclosure.normative_documents.issued"]).toMatchObject({ value: 3, source: { line: 31 } });
    expect(cells["active_disclosure.normative_documents.in_force"]?.value).toBe(46);
    expect(report.extraRows).toEqual([]);
  });
});
