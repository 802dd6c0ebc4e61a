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
});
