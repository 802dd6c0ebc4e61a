// A sentence of PDF text that names a Table 二 row and states its count, ending in a number that is no value
// (red team R26: `…其中行政许可 9 项、行政处罚 55 条。二是…及时细化了《太康县 2023` / `年政务公开工作要点…》`, a
// line pdf2json moved into section 二). It was read as the row 行政处罚 with the value 2023, and the real row
// after it dropped as a duplicate ("the first one is kept"); with no real row, 2023 was read silently.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";

const PROSE =
  "全年公开政府信息 64 条，其中 行政许可 9 项、行政处罚 55 条。二是持续强化政府信息管理工作。及时细化了《太康县 2023";

describe("a row's label inside a sentence stating its count", () => {
  it("is no row: the real row after it is read (行政处罚 55, not 2023), and no row-duplicate", () => {
    const text = readFileSync(new URL("../fixtures/pdf-js/prose-before-table2.txt", import.meta.url), "utf8");
    expect(text).toContain(`\n${PROSE.replace("其中 行政许可", "其中行政许可")}\n`);
    const { report, diagnostics } = parseReport(text);
    expect(report.cells["active_disclosure.penalty.decisions"]).toMatchObject({ raw: "55", value: 55 });
    expect(report.cells["active_disclosure.licensing.decisions"]?.value).toBe(9);
    expect(diagnostics.map((d) => d.code)).not.toContain("row-duplicate");
  });

  it("reads no value from such a sentence alone in the section, and keeps it in the section's text", () => {
    const text = [
      "太康县卫健委2023年政府信息公开工作年度报告",
      "二、主动公开政府信息情况",
      PROSE,
      "年政务公开工作要点责任分工》。",
    ].join("\n");
    const { report } = parseReport(text);
    expect(report.cells["active_disclosure.penalty.decisions"]).toBeUndefined();
    expect(report.sections.find((s) => s.id === "active_disclosure")?.text).toContain("行政处罚 55 条。");
  });

  it("is no row with a comma between its count and the sentence's end (55 条，同比下降。二是…)", () => {
    // Review RV29: the pattern stopped at the comma, and 2023 was read as 行政处罚 again.
    const text = readFileSync(
      new URL("../fixtures/pdf-js/prose-before-table2.txt", import.meta.url),
      "utf8",
    ).replaceAll("行政处罚 55 条。二是", "行政处罚 55 条，同比下降。二是");
    expect(text).toContain("行政处罚 55 条，同比下降。二是");
    expect(parseReport(text).report.cells["active_disclosure.penalty.decisions"]?.raw).toBe("55");
  });

  it("still reads a row whose label has a note stating a count (行政许可（其中 3 项。下同） 550)", () => {
    // Review RV28: the note matched as a sentence, and 行政许可's 550 was lost with an info row-missing.
    const text = readFileSync(
      new URL("../fixtures/corpus/D02_2023_hongzequ_pdftotext-layout.txt", import.meta.url),
      "utf8",
    )
      .replace("\n行政许可                      550\n", "\n行政许可（其中 3 项。下同）                     550\n")
      .replace(/\n行政处罚( +)4119\n/, "\n行政处罚（含简易程序 12 件；不含警告）$14119\n");
    expect(text).toContain("行政许可（其中 3 项。下同）");
    expect(text).toContain("行政处罚（含简易程序 12 件；不含警告）");
    const { report } = parseReport(text);
    expect(report.cells["active_disclosure.licensing.decisions"]?.value).toBe(550);
    expect(report.cells["active_disclosure.penalty.decisions"]?.value).toBe(4119);
  });

  it("still reads a row whose label OCR followed with a stray 。 (行政强制 。 84)", () => {
    const text = readFileSync(new URL("../fixtures/pdf-js/prose-before-table2.txt", import.meta.url), "utf8").replace(
      /\n ?行政强制 0\n/,
      "\n行政强制 。 84\n",
    );
    expect(text).toContain("\n行政强制 。 84\n");
    expect(parseReport(text).report.cells["active_disclosure.coercion.decisions"]?.raw).toBe("84");
  });
});
