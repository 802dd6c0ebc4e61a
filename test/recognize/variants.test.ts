import { describe, expect, it } from "vitest";
import {
  APPLICANT,
  cell,
  OUTCOME,
  recognizeText,
  report2021,
  rowValues,
  T3_LABELS_2021,
  tab,
  table2,
  table3,
  table4,
} from "./helpers.js";

/** Row i of Table 三 gets natural person = total = i + 1 (so every row is told apart). */
const numbered = (i: number) => [i + 1, 0, 0, 0, 0, 0, i + 1];
const relabel = (index: number, labels: string[]) => T3_LABELS_2021.map((l, i) => (i === index ? labels : l));

describe("label variants (formats.md D8, D13, D14)", () => {
  it("reads an unseen typo within edit distance 2 (其他法律行政法规禁正公开, 属于三类内部事物信息)", () => {
    let rows = relabel(5, ["", "", "2.其他法律行政法规禁正公开"]);
    rows = rows.map((l, i) => (i === 8 ? ["", "", "5.属于三类内部事物信息"] : l));
    const { report, diagnostics } = recognizeText(report2021({ t3: table3(rows, numbered) }));
    expect(rowValues(report, "applications.results.withheld.prohibited_by_law", APPLICANT)).toEqual([
      6, 0, 0, 0, 0, 0, 6,
    ]);
    expect(rowValues(report, "applications.results.withheld.internal_affairs", APPLICANT)).toEqual([
      9, 0, 0, 0, 0, 0, 9,
    ]);
    expect(diagnostics.filter((d) => d.code === "row-unrecognized")).toEqual([]);
  });

  it("reads the known variant 2.其他法律行政止公开", () => {
    const rows = relabel(5, ["", "", "2.其他法律行政止公开"]);
    const { report } = recognizeText(report2021({ t3: table3(rows, numbered) }));
    expect(cell(report, "applications.results.withheld.prohibited_by_law.total")?.value).toBe(6);
  });

  it("accepts half-width brackets, inner spaces and full-width spaces in labels", () => {
    let rows = relabel(2, ["三、本年度办理结果", "(一) 予以公开"]);
    rows = rows.map((l, i) => (i === 4 ? ["", "（三） 不予公开", "1. 属于国家秘密"] : l));
    rows = rows.map((l, i) => (i === 23 ? ["", "（七）总\u3000\u3000计"] : l));
    const { report } = recognizeText(report2021({ t3: table3(rows, numbered) }));
    expect(cell(report, "applications.results.granted.natural_person")?.value).toBe(3);
    expect(cell(report, "applications.results.withheld.state_secret.total")?.value).toBe(5);
    expect(cell(report, "applications.results.total.total")?.value).toBe(24);
  });

  it.each([["七、总计"], ["总计（7）"], ["（七）合计"]])("maps %s to results.total", (label) => {
    const rows = relabel(23, [label, ""]);
    const { report } = recognizeText(report2021({ t3: table3(rows, numbered) }));
    expect(rowValues(report, "applications.results.total", APPLICANT)).toEqual([24, 0, 0, 0, 0, 0, 24]);
    expect(cell(report, "applications.results.other.other.total")?.value).toBe(23);
  });

  it("maps 结转下一年度继续办理 to carried_forward", () => {
    const rows = relabel(24, ["四、结转下一年度继续办理", ""]);
    const { report } = recognizeText(report2021({ t3: table3(rows, numbered) }));
    expect(rowValues(report, "applications.carried_forward", APPLICANT)).toEqual([25, 0, 0, 0, 0, 0, 25]);
  });

  it("re-joins labels split one character per line (PDF text)", () => {
    const text = [
      "某区人民政府2023年政府信息公开工作年度报告",
      "三、收到和处理政府信息公开申请情况",
      "申请人情况",
      "一、本年新收政府信息公开申请数量 7 0 0 0 0 0 7",
      ..."三、本年度办理结果".split(""),
      "（一）予以公开 3 0 0 0 0 0 3",
      "（二）部分公开（区分处理的，只计这一情 形，不",
      "计其他情形）",
      "2 0 0 0 0 0 2",
      "（四）无",
      "1.本机关不掌握相关政府信息 1 0 0 0 0 0 1",
      "- 4 -",
      "法提供 2.没有现成信息需要另行制作 1 0 0 0 0 0 1",
      "四、政府信息公开行政复议、行政诉讼情况",
    ].join("\n");
    const { report } = recognizeText(text, "lines");
    expect(cell(report, "applications.new.total")?.value).toBe(7);
    expect(cell(report, "applications.results.granted.total")?.value).toBe(3);
    expect(cell(report, "applications.results.partially_granted.natural_person")?.value).toBe(2);
    expect(cell(report, "applications.results.unable.not_held.total")?.value).toBe(1);
    expect(cell(report, "applications.results.unable.needs_creation.total")?.value).toBe(1);
  });
});

describe("era per table", () => {
  const oneRowOther = T3_LABELS_2021.slice(0, 20).concat([["", "（六）其他处理"]], T3_LABELS_2021.slice(23));
  const text = (year: number) =>
    [`某局${year}年政府信息公开工作年度报告`, ...table3(oneRowOther, numbered), "五、存在的主要问题及改进情况"].join(
      "\n",
    );

  it("a Table 三 that fits both layouts takes the year as prior: 2020 → gb2019, no hybrid", () => {
    const { report } = recognizeText(text(2020));
    expect([report.meta.formatEra, report.tables[0]?.era, report.meta.hybridBlocks]).toEqual(["gb2019", "gb2019", []]);
    expect(cell(report, "applications.results.other_total.total")?.value).toBe(21);
  });

  it("the same table in a 2023 report is gb2021 with a hybrid one-row （六）", () => {
    const { report } = recognizeText(text(2023));
    expect([report.meta.formatEra, report.meta.hybridBlocks]).toEqual([
      "gb2021",
      [{ table: "applications", block: "results.other", era: "gb2019" }],
    ]);
    expect(report.tables[0]?.expectedRows).toBe(23);
  });

  it("labels outweigh the year: 2021 sub-rows of （六） in a 2020 report make Table 三 gb2021", () => {
    const t = [`某局2020年政府信息公开工作年度报告`, ...table3(T3_LABELS_2021, numbered)].join("\n");
    const { report } = recognizeText(t);
    expect(report.tables[0]?.era).toBe("gb2021");
    expect(cell(report, "applications.results.other.other.total")?.value).toBe(23);
  });
});

describe("Table 四", () => {
  it("reads 15 numbers in one row after the header, in order review / direct / after review", () => {
    const values = [1, 2, 3, 4, 10, 5, 6, 7, 8, 26, 9, 0, 1, 2, 12];
    const { report } = recognizeText(report2021({ t4: table4(values) }));
    expect(rowValues(report, "review_litigation.review", OUTCOME)).toEqual([1, 2, 3, 4, 10]);
    expect(rowValues(report, "review_litigation.litigation_direct", OUTCOME)).toEqual([5, 6, 7, 8, 26]);
    expect(rowValues(report, "review_litigation.litigation_after_review", OUTCOME)).toEqual([9, 0, 1, 2, 12]);
  });

  it("reads a Table 四 given as 15 numbers in one pipe row", () => {
    const text = [
      "四、政府信息公开行政复议、行政诉讼情况",
      "行政复议 | 行政诉讼 |",
      "1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 2 | 0 | 0 | 0 | 2 |",
      "五、存在的主要问题及改进情况",
    ].join("\n");
    const { report } = recognizeText(text, "pipe");
    expect(rowValues(report, "review_litigation.review", OUTCOME)).toEqual([1, 0, 0, 0, 1]);
    expect(rowValues(report, "review_litigation.litigation_after_review", OUTCOME)).toEqual([2, 0, 0, 0, 2]);
  });

  it("with fewer than 15 numbers: the missing cells are absent and a diagnostic says so", () => {
    const { report, diagnostics } = recognizeText(report2021({ t4: table4([1, 0, 0, 0, 1, 0, 0, 0, 0, 0]) }));
    expect(cell(report, "review_litigation.litigation_direct.total")?.value).toBe(0);
    expect(cell(report, "review_litigation.litigation_after_review.upheld")).toBeUndefined();
    expect(diagnostics.some((d) => d.code === "row-missing-values")).toBe(true);
  });
});

describe("cells: na, blank, units, missing and extra", () => {
  it("reads a dash as na and an empty cell as blank, never 0", () => {
    const rows = T3_LABELS_2021;
    const values = (i: number) => (i === 0 ? [3, "", 0, 0, 0, 0, 3] : [0, 0, 0, 0, 0, 0, 0]);
    const { report } = recognizeText(report2021({ t2: table2({ coercion: "-" }), t3: table3(rows, values) }));
    const coercion = cell(report, "active_disclosure.coercion.decisions");
    expect([coercion?.status, coercion?.value, coercion?.raw]).toEqual(["na", null, "-"]);
    const blank = cell(report, "applications.new.commercial_enterprise");
    expect([blank?.status, blank?.value]).toEqual(["blank", null]);
    expect(cell(report, "applications.new.total")?.value).toBe(3);
  });

  it("keeps a unit written in the cell (7.5万元)", () => {
    const { report } = recognizeText(report2021({ t2: table2({ fees: "7.5万元" }) }));
    const fees = cell(report, "active_disclosure.fees.amount_10k_yuan");
    expect([fees?.value, fees?.unit, fees?.raw]).toEqual([7.5, "万元", "7.5万元"]);
  });

  it("a missing block leaves its cells absent with a row-missing diagnostic", () => {
    const t2 = table2({}).slice(0, 12);
    const { report, diagnostics } = recognizeText(report2021({ t2 }));
    expect(cell(report, "active_disclosure.coercion.decisions")?.value).toBe(0);
    expect(cell(report, "active_disclosure.fees.amount_10k_yuan")).toBeUndefined();
    expect(diagnostics.find((d) => d.code === "row-missing")?.field).toBe("active_disclosure.fees.amount_10k_yuan");
  });

  it("fewer values than columns: missing cells absent + row-missing-values; more: row-extra-values", () => {
    const values = (i: number) => (i === 0 ? [2, 0, 0, 2] : i === 1 ? [1, 0, 0, 0, 0, 0, 1, 9] : [0, 0, 0, 0, 0, 0, 0]);
    const rows = relabel(0, ["一、本年新收政府信息公开申请数量"]);
    const { report, diagnostics } = recognizeText(report2021({ t3: table3(rows, values) }));
    expect(rowValues(report, "applications.new", APPLICANT)).toEqual([2, 0, 0, 2, undefined, undefined, undefined]);
    expect(rowValues(report, "applications.carried_over", APPLICANT)).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(diagnostics.filter((d) => d.code === "row-missing-values").map((d) => d.field)).toEqual([
      "applications.new.legal_service_org",
    ]);
    const extra = diagnostics.find((d) => d.code === "row-extra-values");
    expect(extra?.message).toContain("9");
    expect(extra?.source?.line).toBe(24);
  });

  it("aligns values from the numbers: shifted rows with empty cells at either end", () => {
    const rows = T3_LABELS_2021.map((l, i) => (i === 22 ? ["3.其他", ""] : i === 23 ? ["（七）总计"] : l));
    const values = (i: number) => (i === 23 ? [5, 0, 0, 0, 0, 0, 5, "", ""] : [0, 0, 0, 0, 0, 0, 0, ""]);
    const { report, diagnostics } = recognizeText(report2021({ t3: table3(rows, values) }));
    expect(rowValues(report, "applications.results.total", APPLICANT)).toEqual([5, 0, 0, 0, 0, 0, 5]);
    expect(rowValues(report, "applications.results.other.other", APPLICANT)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(diagnostics.filter((d) => d.code.startsWith("row-") && d.severity !== "info")).toEqual([]);
  });

  it("keeps an annotated extra row (Hubei 其他主动公开文件) as an extra row with a diagnostic", () => {
    const t2 = table2({
      docs: [
        [1, 0, 4],
        [2, 1, 9],
      ],
    });
    t2.splice(5, 0, tab("其他主动公开文件（含以本单位名义正式签发的、除规范性文件以外的主动公开文件）", 12, 3, 40));
    const { report, diagnostics } = recognizeText(report2021({ t2 }));
    expect(rowValues(report, "active_disclosure.normative_documents", ["issued", "repealed", "in_force"])).toEqual([
      2, 1, 9,
    ]);
    expect(report.extraRows).toHaveLength(1);
    const extra = report.extraRows[0]!;
    expect([extra.table, extra.block, extra.label]).toEqual([
      "active_disclosure",
      "art20_1",
      "其他主动公开文件（含以本单位名义正式签发的、除规范性文件以外的主动公开文件）",
    ]);
    expect(extra.cells.map((c) => c.value)).toEqual([12, 3, 40]);
    const d = diagnostics.find((x) => x.code === "row-unrecognized");
    expect(d?.source?.line).toBe(9);
  });

  it("reports a duplicated row and keeps the first", () => {
    const rows = [...T3_LABELS_2021.slice(0, 2), ["二、上年结转政府信息公开申请数量", ""], ...T3_LABELS_2021.slice(2)];
    const values = (i: number) => (i === 2 ? [9, 0, 0, 0, 0, 0, 9] : [0, 0, 0, 0, 0, 0, 0]);
    const { report, diagnostics } = recognizeText(report2021({ t3: table3(rows, values) }));
    expect(cell(report, "applications.carried_over.total")?.value).toBe(0);
    expect(diagnostics.some((d) => d.code === "row-duplicate")).toBe(true);
    expect(report.extraRows.map((r) => r.cells.map((c) => c.value))).toEqual([[9, 0, 0, 0, 0, 0, 9]]);
  });

  it("locates tables whose section headings are missing by their labels", () => {
    const text = report2021({ t4: table4([3, 0, 0, 0, 3, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1]) })
      .replace("二、主动公开政府信息情况\n", "")
      .replace("四、政府信息公开行政复议、行政诉讼情况\n", "");
    const { report } = recognizeText(text);
    expect(report.tables.map((t) => [t.id, t.rows])).toEqual([
      ["active_disclosure", 6],
      ["applications", 25],
      ["review_litigation", 3],
    ]);
    expect(rowValues(report, "review_litigation.review", OUTCOME)).toEqual([3, 0, 0, 0, 3]);
    expect(cell(report, "active_disclosure.licensing.decisions")?.value).toBe(0);
  });

  it("says table-not-found for a table that is missing", () => {
    const text = report2021({}).replace(/四、政府信息公开行政复议[\s\S]*?(?=五、)/, "");
    const { report, diagnostics } = recognizeText(text);
    expect(report.tables.map((t) => t.id)).toEqual(["active_disclosure", "applications"]);
    expect(diagnostics.find((d) => d.code === "table-not-found")?.message).toContain("review_litigation");
  });
});
