// 无 and 不适用 written for an empty count in PDF text rows (red team R13): a correct 2019-layout report
// (test/fixtures/messy/red-team/tab_2019_unicode_minus.txt) as PDF text, its cells split by spaces.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import type { FieldId } from "../../src/templates/index.js";
import { validateReport } from "../../src/validate/validate-report.js";

const tab = readFileSync(new URL("../fixtures/messy/red-team/tab_2019_unicode_minus.txt", import.meta.url), "utf8");
const pdf = tab.replaceAll("\t", " ");
const ROW = "二、上年结转政府信息公开申请数量 0 0 2 0 0 4 6";

describe("无 / 不适用 among a PDF text row's values", () => {
  it.each(["无", "不适用"])("%s is a value of its own column (na), the numbers stay in theirs", (na) => {
    expect(pdf).toContain(ROW);
    const { report } = parseReport(pdf.replace(ROW, `二、上年结转政府信息公开申请数量 ${na} ${na} 2 ${na} ${na} 4 6`));
    const cell = (id: FieldId) => [report.cells[id]?.raw, report.cells[id]?.status];
    expect(Object.keys(report.cells)).toHaveLength(198);
    expect(cell("applications.carried_over.natural_person")).toEqual([na, "na"]);
    expect(cell("applications.carried_over.commercial_enterprise")).toEqual([na, "na"]);
    expect(cell("applications.carried_over.research_institution")).toEqual(["2", "number"]);
    expect(cell("applications.carried_over.social_welfare_org")).toEqual([na, "na"]);
    expect(cell("applications.carried_over.legal_service_org")).toEqual([na, "na"]);
    expect(cell("applications.carried_over.other_org")).toEqual(["4", "number"]);
    expect(cell("applications.carried_over.total")).toEqual(["6", "number"]);
    expect(validateReport(report).filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("无 as a row's first value, the numbers after it in their own columns (review RV13)", () => {
    const row = "二、上年结转政府信息公开申请数量 无 0 2 0 0 4 6";
    const { report } = parseReport(pdf.replace(ROW, row));
    expect(report.cells["applications.carried_over.natural_person"]?.status).toBe("na");
    expect(report.cells["applications.carried_over.commercial_enterprise"]?.value).toBe(0);
    expect(report.cells["applications.carried_over.total"]?.value).toBe(6);
  });

  it("a row of 无 only is a row of na values", () => {
    const { report } = parseReport(pdf.replace(ROW, `二、上年结转政府信息公开申请数量${" 无".repeat(7)}`));
    expect(report.cells["applications.carried_over.total"]?.status).toBe("na");
    expect(report.cells["applications.carried_over.natural_person"]?.status).toBe("na");
  });

  it("one 无 after words stays part of the text", () => {
    const { report } = parseReport(
      pdf.replace("六、其他需要报告的事项\n", "六、其他需要报告的事项\n本年度其他需要报告的事项 无\n"),
    );
    const other = report.sections.find((s) => s.id === "other_matters");
    expect(other?.text).toContain("本年度其他需要报告的事项 无");
    expect(report.extraRows).toEqual([]);
  });
});

// A one-value row of Table 二 whose value is the word 无 or 不适用, in PDF text (the Hongze 2023 report, corpus 023).
const hongze = readFileSync(new URL("../fixtures/corpus/023_2023_hongzequ.txt", import.meta.url), "utf8");

describe("无 / 不适用 as a row's only value after its label (PDF text)", () => {
  const read = (text: string) => parseReport(text);
  const cell = (report: ReturnType<typeof read>["report"], id: FieldId) => [
    report.cells[id]?.raw,
    report.cells[id]?.status,
  ];

  it("行政事业性收费 无, 行政许可 不适用: na cells, no row-missing, the rows around them as before", () => {
    const clean = read(hongze).report;
    expect(clean.cells["active_disclosure.fees.amount_10k_yuan"]?.raw).toBe("7730.28");
    const text = hongze
      .replace("行政事业性收费 7730.28", "行政事业性收费 无")
      .replace("行政许可 550", "行政许可 不适用");
    const { report, diagnostics } = read(text);
    expect(cell(report, "active_disclosure.fees.amount_10k_yuan")).toEqual(["无", "na"]);
    expect(cell(report, "active_disclosure.licensing.decisions")).toEqual(["不适用", "na"]);
    expect(cell(report, "active_disclosure.penalty.decisions")).toEqual(["4119", "number"]);
    expect(cell(report, "active_disclosure.coercion.decisions")).toEqual(["195", "number"]);
    expect(Object.keys(report.cells)).toHaveLength(Object.keys(clean.cells).length);
    expect(diagnostics.filter((d) => d.code === "row-missing")).toEqual([]);
    // The value stands where the word is printed.
    const at = text.indexOf("行政事业性收费 无") + "行政事业性收费 ".length;
    expect(report.cells["active_disclosure.fees.amount_10k_yuan"]?.source.offset).toBe(at);
  });

  it("three such rows in a row: each its own na value, the last row's number its own", () => {
    const text = hongze.replace("行政处罚 4119\n行政强制 195", "行政处罚 无\n行政强制 无");
    const { report } = read(text.replace("行政许可 550", "行政许可 无"));
    expect(cell(report, "active_disclosure.licensing.decisions")).toEqual(["无", "na"]);
    expect(cell(report, "active_disclosure.penalty.decisions")).toEqual(["无", "na"]);
    expect(cell(report, "active_disclosure.coercion.decisions")).toEqual(["无", "na"]);
    expect(cell(report, "active_disclosure.fees.amount_10k_yuan")).toEqual(["7730.28", "number"]);
  });

  it("无 after a multi-column row's label: its first column, the others absent with row-missing-values", () => {
    const { report, diagnostics } = read(hongze.replace("规章 0 0 0", "规章 无"));
    expect(cell(report, "active_disclosure.regulations.issued")).toEqual(["无", "na"]);
    expect(report.cells["active_disclosure.regulations.in_force"]).toBeUndefined();
    expect(diagnostics.map((d) => d.code)).toContain("row-missing-values");
  });

  it("无 after the first line of a wrapped label is no value: the row keeps the numbers printed for it", () => {
    const pdf025 = readFileSync(new URL("../fixtures/corpus/025_2024_huaianshi.txt", import.meta.url), "utf8");
    const texts = (report: ReturnType<typeof read>["report"]) =>
      Object.entries(report.cells).map(([id, c]) => `${id}=${c.status}:${c.raw}`);
    const clean = texts(read(pdf025).report);
    expect(clean).toHaveLength(200);
    for (const line of ["（二）部分公开（区分处理的，只计这一情", "1、申请人无正当理由逾期不补"]) {
      expect(pdf025).toContain(`\n${line}\n`);
      const { report } = read(pdf025.replace(`\n${line}\n`, `\n${line} 无\n`));
      expect(texts(report)).toEqual(clean);
    }
  });

  it("a line holding only 无 under a row's label, in text read line by line, is the row's value", () => {
    // The gb2021 counterexample of the flattened-text property (random report, seed 20261122) once unflattened:
    // `行政事业性收费` then `无` then the heading of section 三, read as text lines (no grid found).
    const lines = readFileSync(new URL("../fixtures/messy/na-words/lone-na-line.txt", import.meta.url), "utf8");
    expect(lines).toContain("\n行政事业性收费\n无\n三、");
    const { report, diagnostics } = read(lines);
    expect(cell(report, "active_disclosure.fees.amount_10k_yuan")).toEqual(["无", "na"]);
    expect(Object.keys(report.cells)).toHaveLength(200);
    expect(diagnostics).toEqual([]);
  });
});

describe("a line holding only 无 inside a table read as a sequence (Table 四)", () => {
  it("is text, not a value: a stray one moves no value", () => {
    const pipe = readFileSync(new URL("../fixtures/seeds/000_cc43e5a43c1be886.txt", import.meta.url), "utf8");
    const lines = pipe.split("\n");
    const at = lines.findIndex((l) => l.startsWith("行政复议 | 行政诉讼"));
    expect(at).toBeGreaterThan(0);
    const clean = parseReport(pipe);
    lines.splice(at, 0, "无");
    const { report, diagnostics } = parseReport(lines.join("\n"));
    const review = (cells: typeof report.cells) =>
      Object.entries(cells)
        .filter(([id]) => id.startsWith("review_litigation."))
        .map(([, c]) => c.raw);
    expect(review(report.cells)).toHaveLength(15);
    expect(review(report.cells)).toEqual(review(clean.report.cells));
    expect(diagnostics.map((d) => d.code)).toEqual(clean.diagnostics.map((d) => d.code));
  });
});

describe("a table's section holding only 无 (nothing to report)", () => {
  it("四 / 无 instead of Table 四: the section's text is 无, no cell, table-not-found as for any missing table", () => {
    const lines = hongze.split("\n");
    const from = lines.indexOf("四、政府信息公开行政复议、行政诉讼情况");
    const to = lines.indexOf("五、存在的主要问题及改进情况");
    expect([from, to].every((i) => i > 0)).toBe(true);
    const text = [...lines.slice(0, from + 1), "无", ...lines.slice(to)].join("\n");
    const { report, diagnostics } = parseReport(text);
    expect(report.sections.find((s) => s.id === "review_litigation")?.text).toBe("无");
    expect(Object.keys(report.cells).filter((id) => id.startsWith("review_litigation."))).toEqual([]);
    expect(diagnostics.filter((d) => d.severity !== "info").map((d) => d.code)).toEqual(["table-not-found"]);
  });
});
