// Blank cells in a Word report's text as mammoth's extractRawText writes it (red team R27, D2): every
// paragraph, a table cell's included, is followed by a blank line, so an empty cell is an empty paragraph and
// two cells with k empty cells between them stand 1 + 2k blank lines apart. docx2txt and LibreOffice's text
// export write a blank line for an empty cell and none between cells (not read: see below). The blank lines were
// not read: a row's later values moved left into the empty cells' places (024: 20 of 186 cells right, 18 wrong),
// and a report whose tables were left blank (formats.md D1) had no table at all.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { FieldId } from "../../src/index.js";
import { parseReport } from "../../src/parse.js";

const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/messy/r27/${name}`, import.meta.url), "utf8");

/** Each cell's status and value, by field id. */
const readings = (text: string): Map<string, string> =>
  new Map(Object.entries(parseReport(text).report.cells).map(([id, c]) => [id, `${c.status} ${c.value ?? ""}`.trim()]));

describe("empty cells in one-cell-per-line text of a Word report", () => {
  const raw = fixture("024-mammoth-raw-blank-cells.txt");

  it("places a row's empty cells between its values: 一、本年新收 95 | | | | | | 95", () => {
    // the row as the text holds it: 95, five empty paragraphs (11 blank lines), 95
    expect(raw).toContain("一、本年新收政府信息公开申请数量\n\n95\n\n\n\n\n\n\n\n\n\n\n\n95\n");
    const { cells } = parseReport(raw).report;
    const row = [
      "natural_person",
      "commercial_enterprise",
      "research_institution",
      "social_welfare_org",
      "legal_service_org",
      "other_org",
      "total",
    ].map((c) => cells[`applications.new.${c}` as FieldId]);
    expect(row.map((c) => c?.status)).toEqual(["number", "blank", "blank", "blank", "blank", "blank", "number"]);
    expect(row.map((c) => c?.value)).toEqual([95, null, null, null, null, null, 95]);
    // the first empty paragraph: line 214 ends 95's paragraph, 215 is the empty one
    expect(row[1]?.source.line).toBe(215);
  });

  it("reads a row left wholly blank as blank cells, not absent ones (二、上年结转)", () => {
    const { cells } = parseReport(raw).report;
    expect(cells["applications.carried_over.natural_person"]?.status).toBe("blank");
    expect(cells["applications.carried_over.total"]?.status).toBe("blank");
  });

  it.each([
    ["024-mammoth-raw-blank-cells.txt", "024-blank-cells.html", 186],
    // tables mostly left blank (formats.md D1): only 12 of 200 cells filled
    ["001-mammoth-raw-tables-blank.txt", "001-tables-blank.html", 200],
    // red team R28: every 0 printed blank (Table 四 wholly blank: 31 blank lines after its header), and Table 三
    // printed blank in a report with numbers elsewhere
    ["000-zeros-blank-mammoth-raw.txt", "000-zeros-blank.html", 200],
    ["025-table3-blank-mammoth-raw.txt", "025-table3-blank.html", 200],
  ])("reads every cell of %s as the same Word file's HTML does", (text, html, count) => {
    const fromHtml = readings(fixture(html));
    expect(fromHtml.size).toBe(count);
    expect(readings(fixture(text))).toEqual(fromHtml);
    const { diagnostics } = parseReport(fixture(text));
    expect(diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  });

  it("places the empty cells of Table 四 printed on one line with its header (word-extractor's .doc text)", () => {
    // word-extractor writes a .doc table as one line of tab-separated cells: the header words, then the values
    const text = fixture("024-word-extractor-doc-blank-cells.txt");
    expect(text).toContain("尚未审结\t总计\t\t1\t1\t0\t\t2\t1\t0\t\t0\t1\t2\t\t1\t0\t3\t\t五、");
    const html = readings(fixture("024-blank-cells.html"));
    const fromText = readings(text);
    const table4 = [...html.keys()].filter((id) => id.startsWith("review_litigation."));
    expect(table4).toHaveLength(15);
    expect(table4.map((id) => fromText.get(id))).toEqual(table4.map((id) => html.get(id)));
  });

  it("places the empty cells of Table 四's one row of 15 values", () => {
    const { cells } = parseReport(fixture("t4-mammoth-raw-blank-cells.txt")).report;
    const get = (block: string, column: string): number | null | undefined =>
      cells[`review_litigation.${block}.${column}` as FieldId]?.value;
    const columns = ["upheld", "corrected", "other", "pending", "total"];
    expect(columns.map((c) => get("review", c))).toEqual([1, 1, 0, null, 2]);
    expect(columns.map((c) => get("litigation_direct", c))).toEqual([1, 0, null, 0, 1]);
    expect(columns.map((c) => get("litigation_after_review", c))).toEqual([2, null, 1, 0, 3]);
    expect(cells["review_litigation.review.pending"]?.status).toBe("blank");
  });

  it("reads no empty cell from the blank line after each row of PDF text whose empty cells printed nothing", () => {
    // mutool's text of a PDF (a block per row, a blank line after it; a cell per line) with its cells of 0 left empty
    const text = fixture("025-mutool-zeros-unprinted.txt");
    expect(text).toContain("上年结转政府信息公开申请数量\n34\n34\n\n");
    const { report, diagnostics } = parseReport(text);
    expect(Object.values(report.cells).filter((c) => c.status === "blank")).toEqual([]);
    // the row's five empty cells left no trace: its two equal values are one part and the total, with a warning
    expect(report.cells["applications.carried_over.total"]?.value).toBe(34);
    expect(report.cells["applications.carried_over.commercial_enterprise"]).toBeUndefined();
    expect(diagnostics.some((d) => d.code === "row-part-and-total" && d.message.includes("上年结转"))).toBe(true);
  });

  it.each([
    // a blank line for each empty cell, none between cells: docx2txt (Debian's), LibreOffice's text export. PDF text
    // sets its blocks and pages apart by empty lines too, which no count told apart safely (reviews RV30, RV31):
    // such blank lines are not read, and a row whose values moved left says so
    ["024-docx2txt-blank-cells.txt", "024-blank-cells.html"],
    ["025-soffice-txt-blank-cells.txt", "025-blank-cells.html"],
  ])("reads no value of %s into another cell silently", (text, html) => {
    const reference = parseReport(fixture(html)).report.cells;
    const { report, diagnostics } = parseReport(fixture(text));
    // what a warning covers: its row, or Table 四 whole (read as one sequence of 15 values)
    const scope = (id: string): string =>
      id.startsWith("review_litigation.") ? "review_litigation" : id.split(".").slice(0, -1).join(".");
    const warned = new Set(diagnostics.filter((d) => d.severity === "warning" && d.field).map((d) => scope(d.field!)));
    const moved = Object.entries(report.cells).filter(([id, c]) => {
      const ref = reference[id as FieldId];
      return ref !== undefined && (ref.status !== c.status || ref.value !== c.value);
    });
    expect(moved.length).toBeGreaterThan(0);
    expect(moved.filter(([id]) => !warned.has(scope(id)))).toEqual([]);
  });

  it("reads PDF text whose blocks stand four empty lines apart as with one (review RV31)", () => {
    const text = fixture("pdf-blocks-four-empty-lines.txt");
    expect(text).toContain("\n\n\n\n\n");
    const spaced = readings(text);
    expect(readings(text.replace(/\n{3,}/g, "\n\n"))).toEqual(spaced);
    expect([...spaced.values()].filter((v) => v.startsWith("blank"))).toEqual([]);
  });

  it.each([
    // review RV30: poppler's pdftotext (no -layout) and pdfminer's pdf2txt.py of a narrow print set each block of
    // a table apart by an empty line, and many numbers stand after one: the blank-line rule read those as cells
    "024-pdftotext-narrow-blocks.txt",
    "025-pdfminer-narrow-blocks.txt",
  ])("reads no empty cell from the empty lines between the blocks of PDF text (%s)", (name) => {
    const { report } = parseReport(fixture(name));
    const statuses = Object.values(report.cells).map((c) => c.status);
    expect(statuses.length).toBeGreaterThan(20);
    expect(statuses.filter((s) => s !== "number")).toEqual([]);
  });

  it("makes no table of a contact block spaced by two empty paragraphs (review RV30)", () => {
    const text = fixture("024-mammoth-raw-contact-block.txt");
    expect(text).toMatch(/联系人：[^\n]*\n\n\n\n\n\n联系电话/);
    const { report } = parseReport(text);
    const body = report.sections.map((s) => s.text).join("\n");
    expect(body).toMatch(/联系人：[^\n]*\n联系电话/);
  });

  /** A report of prose paragraphs as mammoth writes them (each followed by a blank line), `extra` empty paragraphs after paragraph `at`. */
  const prose = (before: string[], after: string[], extra: Map<number, number>): string => {
    const lines = [...before, "一、总体情况"];
    for (let i = 0; i < 24; i++) lines.push(`第${i + 1}段。本段是叙述文字，说明本机关当年的政府信息公开工作情况。`);
    lines.push(...after);
    return lines.map((l, i) => `${l}\n\n${"\n\n".repeat(extra.get(i) ?? 0)}`).join("");
  };

  it("keeps empty paragraphs in prose out of the tables and the text", () => {
    // one empty paragraph after every fourth paragraph
    const extra = new Map(Array.from({ length: 7 }, (_, k) => [4 * k + 3, 1]));
    const { report } = parseReport(prose(["某某县人民政府2023年政府信息公开工作年度报告"], [], extra));
    expect(report.cells).toEqual({});
    const body = report.sections.map((s) => s.text).join("\n");
    expect(body).toContain("第24段。");
    expect(body).not.toMatch(/\n\n/);
  });

  it("keeps a signature set apart by eight empty paragraphs, and a title followed by four", () => {
    const text = prose(
      ["某某县人民政府", "2023年政府信息公开工作年度报告"],
      ["某某县人民政府办公室", "2024年1月20日"],
      new Map([
        [1, 4],
        [26, 8],
      ]),
    );
    const { report } = parseReport(text);
    expect(report.meta.title).toBe("某某县人民政府2023年政府信息公开工作年度报告");
    expect(report.meta.reportDate).toBe("2024-01-20");
    const body = report.sections.map((s) => s.text).join("\n");
    expect(body.endsWith("第24段。本段是叙述文字，说明本机关当年的政府信息公开工作情况。")).toBe(true);
  });
});
