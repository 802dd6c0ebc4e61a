// A count typed in Chinese numerals in a value cell (一, 九十五) is kept as text in its own column in every shape
// (red team R16: it was read as part of the label and the row's values moved one column left, so the findings
// blamed the wrong cells; in PDF text the whole row was lost). Corpus 024 (洪泽区 2024).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  type AnnualReport,
  type Cell,
  parseReport,
  readCellValue,
  renderReport,
  validateReport,
} from "../../src/index.js";
import type { Token } from "../../src/recognize/lines.js";
import { keepNumeralValues, keepTextValues } from "../../src/recognize/row-values.js";

const pdf = readFileSync(new URL("../fixtures/corpus/024_2024_hongzequ.txt", import.meta.url), "utf8");
const base = parseReport(pdf).report;

/** Corpus 024 with one cell's text replaced, written in `shape` and read back. */
function typed(id: string, raw: string, shape: "pipe" | "tab" | "lines" | "markdown" | "html"): AnnualReport {
  const report = structuredClone(base);
  const cells = report.cells as Record<string, Cell>;
  cells[id] = { ...cells[id]!, raw, value: null, status: "text" };
  return parseReport(renderReport(report, shape)).report;
}

const SHAPES = ["pipe", "tab", "lines", "markdown", "html"] as const;

/** A row token as the line reader makes it (for the row-level passes). */
const token = (kind: "text" | "value", raw: string): Token => ({
  kind,
  raw,
  reading: readCellValue(raw),
  line: 0,
  source: { line: 1, column: 1, offset: 0 },
});

describe("counts in Chinese numerals in value cells", () => {
  it("the fixture: 三、（一）予以公开 自然人 50, 总计 50; 四、行政复议 结果维持 1, 总计 2", () => {
    expect(base.cells["applications.results.granted.natural_person"]?.value).toBe(50);
    expect(base.cells["applications.results.granted.total"]?.value).toBe(50);
    expect(base.cells["review_litigation.review.upheld"]?.value).toBe(1);
  });

  for (const shape of SHAPES) {
    it(`${shape}: 一 and 九十五 stay in their columns, as text`, () => {
      const granted = typed("applications.results.granted.natural_person", "一", shape).cells;
      expect(granted["applications.results.granted.natural_person"]).toMatchObject({ raw: "一", status: "text" });
      expect(granted["applications.results.granted.total"]?.value).toBe(50);
      const total = typed("applications.new.total", "九十五", shape).cells;
      expect(total["applications.new.total"]).toMatchObject({ raw: "九十五", status: "text" });
      expect(total["applications.new.natural_person"]?.value).toBe(95);
      // Table 四 has no row label: a numeral first in its row of 15 values is the first value.
      const review = typed("review_litigation.review.upheld", "一", shape).cells;
      expect(review["review_litigation.review.upheld"]).toMatchObject({ raw: "一", status: "text" });
      expect(review["review_litigation.review.pending"]?.value).toBe(
        base.cells["review_litigation.review.pending"]?.value,
      );
    });
  }

  it("PDF text: the row keeps its values and the numeral is named by the identities and a diagnostic", () => {
    const line = pdf.split("\n").find((l) => l.startsWith("一、本年新收政府信息公开申请数量"))!;
    const values = line.split(" ").slice(1);
    expect(values).toHaveLength(7);
    values[1] = "一";
    const { report, diagnostics } = parseReport(pdf.replace(line, [line.split(" ")[0], ...values].join(" ")));
    expect(report.cells["applications.new.commercial_enterprise"]).toMatchObject({ raw: "一", status: "text" });
    expect(report.cells["applications.new.total"]?.value).toBe(95);
    expect(diagnostics.find((d) => d.field === "applications.new.commercial_enterprise")?.code).toBe(
      "cell-not-a-number",
    );
    const unverified = validateReport(report).filter((f) => f.rule === "UNVERIFIED");
    expect(
      unverified.some((f) => f.message.zh.includes("本年新收政府信息公开申请数量 / 法人或其他组织/商业企业（非数字）")),
    ).toBe(true);
  });

  it("keepNumeralValues: a numeral after the label with only values after it is a value; a label or a word before words stays text", () => {
    const kinds = (raws: [string, string][]) => {
      const tokens = raws.map(([k, r]) => token(k as "text" | "value", r));
      keepNumeralValues(tokens);
      return tokens.map((t) => `${t.kind}:${t.raw}`).join(" ");
    };
    expect(
      kinds([
        ["text", "行政规范性文件"],
        ["text", "一"],
        ["value", "0"],
      ]),
    ).toBe("text:行政规范性文件 value:一 value:0");
    expect(
      kinds([
        ["text", "一"],
        ["text", "主动公开"],
        ["value", "5"],
      ]),
    ).toBe("text:一 text:主动公开 value:5");
    expect(
      kinds([
        ["text", "id"],
        ["text", "三"],
        ["text", "三/一、本年新收"],
      ]),
    ).toBe("text:id text:三 text:三/一、本年新收");
    expect(
      kinds([
        ["text", "规章"],
        ["text", "三"],
      ]),
    ).toBe("text:规章 text:三");
    // Table 四's row: a numeral and 14 values is all values; a numeral before Table 三's 7 values is a label's
    // character (三、本年度办理结果 printed one character per line).
    const row = [["text", "二"], ...Array.from({ length: 14 }, () => ["value", "0"])] as [string, string][];
    expect(kinds(row).startsWith("value:二")).toBe(true);
    expect(kinds(row.slice(0, 8)).startsWith("text:二")).toBe(true);
  });

  it("PDF text: a numeral alone before a row's values is a vertical label's character, not a value (review RV19)", () => {
    // Corpus 023, （二）部分公开 (line 97 in the file): 4 0 0 0 0 0 4; the vertical label 三、本年度办理结果 is printed
    // one character per line around it.
    const pdf023 = readFileSync(new URL("../fixtures/corpus/023_2023_hongzequ.txt", import.meta.url), "utf8");
    const clean = parseReport(pdf023).report.cells;
    expect(clean["applications.results.partially_granted.natural_person"]?.value).toBe(4);
    const lines = pdf023.split("\n");
    const at = lines.findIndex((l) => l === "4 0 0 0 0 0 4");
    expect(at).toBeGreaterThan(0);
    lines[at] = `三 ${lines[at]}`;
    const read = parseReport(lines.join("\n")).report.cells;
    expect(read["applications.results.partially_granted.natural_person"]?.value).toBe(4);
    expect(read["applications.results.partially_granted.total"]?.value).toBe(4);
  });

  it("a unit or a note after a value is no 本年增/减 amount (万元, 含二级单位; review RV19)", () => {
    const tokens = [token("text", "行政事业性收费"), token("value", "0"), token("text", "万元")];
    keepTextValues(tokens);
    expect(tokens[2]!.kind).toBe("text");
    const change = [token("text", "行政许可"), token("value", "73"), token("text", "减少三"), token("value", "764")];
    keepTextValues(change);
    expect(change[2]!.kind).toBe("value");
  });
});
