// A footnote mark after a table value (5<sup>1</sup> in HTML, 233¹ or 2① in text) is a mark, not a digit of the
// value (red team R14: 5<sup>1</sup> read as 51). The cell keeps what it shows and is read as text; the
// identities over it then say they cannot verify, instead of checking a number the table does not state.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import { renderReport } from "../../src/render/index.js";
import { validateReport } from "../../src/validate/validate-report.js";

const seed = readFileSync(new URL("../fixtures/seeds/000_cc43e5a43c1be886.txt", import.meta.url), "utf8");
const report = parseReport(seed).report;
const NEW = "applications.new.natural_person";

describe("footnote marks after table values (red team R14)", () => {
  it("seed 000: 一、本年新收 自然人 is 2", () => {
    expect(report.cells[NEW]).toMatchObject({ raw: "2", value: 2, status: "number" });
  });

  it("HTML: 2<sup>1</sup> is 2¹ (text), not 21; 2<sub>3</sub> is 2₃", () => {
    const html = renderReport(report, "html");
    for (const [mark, raw] of [
      ["<sup>1</sup>", "2¹"],
      ["<sub>3</sub>", "2₃"],
      ["<sup><b>12</b></sup>", "2¹²"],
    ] as const) {
      const edited = html.replace(/(本年新收[\s\S]*?<td[^>]*>)2(<\/td>)/, `$12${mark}$2`);
      expect(edited).not.toBe(html);
      const read = parseReport(edited).report;
      expect(read.cells[NEW], mark).toMatchObject({ raw, value: null, status: "text" });
      expect(read.cells["applications.new.total"]?.value).toBe(2);
      expect(validateReport(read).some((f) => f.rule === "UNVERIFIED")).toBe(true);
    }
  });

  it("HTML: a <sup> in a label or in prose leaves the values as they are", () => {
    const html = renderReport(report, "html").replace(
      "一、本年新收政府信息公开申请数量",
      "一、本年新收政府信息公开申请数量<sup>注1</sup>",
    );
    const read = parseReport(html).report;
    expect(read.cells[NEW]).toMatchObject({ value: 2, status: "number" });
  });

  it("pipe text: 2① is text, not 21", () => {
    const pipe = renderReport(report, "pipe").replace(/(本年新收[^\n]*?\| )2( \|)/, "$12①$2");
    expect(parseReport(pipe).report.cells[NEW]).toMatchObject({ raw: "2①", value: null, status: "text" });
  });

  it("PDF text rows: a marked value keeps its column, a mark set off after the values is no value (review RV17)", () => {
    const pdf = readFileSync(new URL("../fixtures/corpus/023_2023_hongzequ.txt", import.meta.url), "utf8");
    expect(pdf).toContain("\n行政规范性文件 0 5 5\n");
    expect(pdf).toContain("\n行政许可 550\n");
    const cells = (text: string) => parseReport(text).report.cells;
    const marked = cells(pdf.replace("\n行政规范性文件 0 5 5\n", "\n行政规范性文件 0 5① 5\n"));
    expect(marked["active_disclosure.normative_documents.issued"]).toMatchObject({ value: 0, status: "number" });
    expect(marked["active_disclosure.normative_documents.repealed"]).toMatchObject({ raw: "5①", status: "text" });
    expect(marked["active_disclosure.normative_documents.in_force"]).toMatchObject({ value: 5, status: "number" });
    for (const row of ["行政许可 550¹", "行政许可 550 ①"]) {
      const read = cells(pdf.replace("\n行政许可 550\n", `\n${row}\n`))["active_disclosure.licensing.decisions"];
      expect(read, row).toMatchObject(row.endsWith("¹") ? { raw: "550¹", status: "text" } : { value: 550 });
    }
  });

  it("a sign mark (72*, 10※) keeps the value in its column in every shape, with a cell-footnote-mark warning", () => {
    // Corpus 025: 行政复议 结果维持 72 (read off the PDF text), 结果纠正 64. Before, 72* was taken for a
    // label and every value of the row moved one column left: 结果维持 read 64.
    const city = parseReport(
      readFileSync(new URL("../fixtures/corpus/025_2024_huaianshi.txt", import.meta.url), "utf8"),
    ).report;
    const UPHELD = "review_litigation.review.upheld";
    expect(city.cells[UPHELD]).toMatchObject({ raw: "72", value: 72 });
    for (const shape of ["pipe", "tab", "lines", "markdown", "html"] as const) {
      const text = renderReport(city, shape);
      const at = parseReport(text).report.cells[UPHELD]!.source.offset + 2;
      for (const mark of ["*", "※", "＊"]) {
        const { report: read, diagnostics } = parseReport(text.slice(0, at) + mark + text.slice(at));
        expect(read.cells[UPHELD], `${shape} ${mark}`).toMatchObject({ raw: `72${mark}`, value: null, status: "text" });
        expect(read.cells["review_litigation.review.corrected"], `${shape} ${mark}`).toMatchObject({ value: 64 });
        expect(read.cells["review_litigation.review.total"], `${shape} ${mark}`).toMatchObject({ value: 351 });
        expect(diagnostics.filter((d) => d.code === "cell-footnote-mark").map((d) => d.field)).toEqual([UPHELD]);
        expect(validateReport(read).some((f) => f.rule === "UNVERIFIED")).toBe(true);
      }
    }
  });

  it("PDF text rows of bare numbers (Table 四): a marked value inside the row keeps every column", () => {
    // Corpus 023's Table 四 is one line of 15 numbers: 10 1 0 0 0 0 0 0 0 0 5 0 0 0 0.
    const pdf = readFileSync(new URL("../fixtures/corpus/023_2023_hongzequ.txt", import.meta.url), "utf8");
    const ROW = "\n10 1 0 0 0 0 0 0 0 0 5 0 0 0 0\n";
    expect(pdf).toContain(ROW);
    for (const [row, field, raw] of [
      ["10 1 0 0 0① 0 0 0 0 0 5 0 0 0 0", "review_litigation.review.total", "0①"],
      ["10* 1 0 0 0 0 0 0 0 0 5 0 0 0 0", "review_litigation.review.upheld", "10*"],
      ["10 1 0 0 0 0 0 0 0 0 5¹ 0 0 0 0", "review_litigation.litigation_after_review.upheld", "5¹"],
    ] as const) {
      const read = parseReport(pdf.replace(ROW, `\n${row}\n`)).report.cells;
      expect(read[field], row).toMatchObject({ raw, status: "text" });
      const values = Object.entries(read)
        .filter(([id]) => id.startsWith("review_litigation.") && id !== field)
        .map(([, cell]) => cell.value);
      expect(values, row).toHaveLength(14);
      expect(values.filter((v) => v !== 0).sort(), row).toEqual(
        [10, 1, 5].filter((v) => `${v}` !== raw.replace(/\D+$/, "")).sort(),
      );
    }
  });
});
