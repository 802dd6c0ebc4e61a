// A row's values that a PDF library ran together without spaces (red team R26: pdf-parse 1 joins a line's text
// items with nothing between them, `（六）其他处理0000000`, or a converter ran a row's cells into one): digits after a leading 0 are no count. They were read
// as 0 (or 007 as 7), silently; now text with `cell-not-a-number`, in the current layouts' tables and in pre-2019 ones.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import { readCellValue } from "../../src/recognize/cell-value.js";
import { renderReport } from "../../src/render/index.js";
import { KUNMING_HEAD } from "../helpers/kunming-table.js";

describe("digits after a leading 0 in a value cell", () => {
  it("are text with a warning in Table 三 (| 3.要求提供公开出版物 | 0000000 |)", () => {
    const text = readFileSync(new URL("../fixtures/corpus/025_2024_huaianshi.txt", import.meta.url), "utf8");
    const lines = renderReport(parseReport(text).report, "pipe").split("\n");
    const at = lines.indexOf("| 3.要求提供公开出版物 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |");
    expect(at).toBeGreaterThan(0);
    lines[at] = "| 3.要求提供公开出版物 | 0000000 |";
    const { report, diagnostics } = parseReport(lines.join("\n"));
    const id = "applications.results.not_processed.publication.natural_person";
    expect(report.cells[id]).toMatchObject({ raw: "0000000", value: null, status: "text" });
    const warning = diagnostics.find((d) => d.field === id);
    expect([warning?.code, warning?.severity]).toEqual(["cell-not-a-number", "warning"]);
    expect(warning?.message).toContain("digits after a leading 0");
  });

  it("are text in full-width digits too (| 3.要求提供公开出版物 | ０２１ |: review RV28, it was 21)", () => {
    const text = readFileSync(new URL("../fixtures/corpus/025_2024_huaianshi.txt", import.meta.url), "utf8");
    const lines = renderReport(parseReport(text).report, "pipe").split("\n");
    const at = lines.indexOf("| 3.要求提供公开出版物 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |");
    lines[at] = "| 3.要求提供公开出版物 | ０２１ | 0 | 0 | 0 | 0 | 0 | 0 |";
    const cell = parseReport(lines.join("\n")).report.cells[
      "applications.results.not_processed.publication.natural_person"
    ];
    expect(cell).toMatchObject({ raw: "０２１", value: null, status: "text" });
  });

  it.each([["007件"], ["-007"], ["+007"], ["00.5"], ["0,011"]])(
    "are text with a sign, a unit, a decimal or a comma too (%s: review RV29, it was a number)",
    (raw) => {
      expect(readCellValue(raw)).toEqual({ value: null, status: "text" });
      const text = readFileSync(new URL("../fixtures/corpus/025_2024_huaianshi.txt", import.meta.url), "utf8");
      const lines = renderReport(parseReport(text).report, "pipe").split("\n");
      const at = lines.indexOf("| 3.要求提供公开出版物 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |");
      lines[at] = `| 3.要求提供公开出版物 | ${raw} | 0 | 0 | 0 | 0 | 0 | 0 |`;
      const { report, diagnostics } = parseReport(lines.join("\n"));
      const id = "applications.results.not_processed.publication.natural_person";
      expect(report.cells[id]).toMatchObject({ raw, value: null, status: "text" });
      expect(diagnostics.find((d) => d.field === id)?.message).toContain("digits after a leading 0");
    },
  );

  it("leaves 0, 0.5 and 0件 numbers", () => {
    expect([readCellValue("0").value, readCellValue("0.5").value, readCellValue("0件").value]).toEqual([0, 0.5, 0]);
  });

  it("are text with a warning in a pre-2019 table (a row code, 01, stands in its own column: legacy/r18 fixtures)", () => {
    const text = [
      ...KUNMING_HEAD,
      "项目 单位 数量 备注",
      "一、主动公开政府信息情况",
      "1.政府(部门)网站公开(不含政府信息公开网站) 条 502",
      "2.新闻发布会 场 0000000",
      "3.政府公报 期 007",
      "全年收到政府信息公开申请数 件 2",
    ].join("\n");
    const { report, diagnostics } = parseReport(text);
    const rows = report.legacy.flatMap((t) => t.rows);
    expect(rows.map((r) => [r.cell.raw, r.cell.status, r.cell.value])).toEqual([
      ["502", "number", 502],
      ["0000000", "text", null],
      ["007", "text", null],
      ["2", "number", 2],
    ]);
    expect(diagnostics.filter((d) => d.code === "cell-not-a-number").map((d) => d.text)).toEqual(["0000000", "007"]);
  });
});
