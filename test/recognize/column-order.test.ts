import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/index.js";

/**
 * A table whose header prints its value columns in another order than the layout (red team R22): the values go
 * into the columns the header names, with a diagnostic — never silently into the layout's positions.
 */
const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), "utf8");
const parse = (path: string) => parseReport(fixture(`messy/red-team/${path}`));
const value = (result: ReturnType<typeof parseReport>, id: string) =>
  (result.report.cells as Record<string, { value: number | null } | undefined>)[id]?.value;
const codes = (result: ReturnType<typeof parseReport>) => result.diagnostics.map((d) => d.code);

describe("Table 三 read by its printed header (HTML)", () => {
  it("总计 printed first: `一、本年新收… 219 177 184 191 198 205 212` is total 219, natural person 177 …", () => {
    const result = parse("r22-x-t3-total-first.html");
    expect(value(result, "applications.new.total")).toBe(219);
    expect(value(result, "applications.new.natural_person")).toBe(177);
    expect(value(result, "applications.new.commercial_enterprise")).toBe(184);
    expect(value(result, "applications.new.other_org")).toBe(212);
    // 7.属于行政执法案卷 709 667 674 681 688 695 702
    expect(value(result, "applications.results.withheld.enforcement_file.total")).toBe(709);
    expect(value(result, "applications.results.withheld.enforcement_file.natural_person")).toBe(667);
    const info = result.diagnostics.find((d) => d.code === "columns-reordered");
    expect(info?.severity).toBe("info");
    expect(info?.message).toContain("总计 | 自然人 | 商业企业");
  });

  it("科研机构 and 商业企业 swapped: `177 191 184 …` is commercial 184, research 191", () => {
    const result = parse("r22-x-t3-swap-sub.html");
    expect(value(result, "applications.new.natural_person")).toBe(177);
    expect(value(result, "applications.new.commercial_enterprise")).toBe(184);
    expect(value(result, "applications.new.research_institution")).toBe(191);
    expect(value(result, "applications.carried_over.commercial_enterprise")).toBe(233);
    expect(codes(result)).toContain("columns-reordered");
  });

  it("no 法律服务机构 column: its cells are absent, 其他 and 总计 stay theirs, one warning for the table", () => {
    const result = parse("r22-x-t3-drop-legal.html");
    // 一、本年新收… 177 184 191 198 212 219
    expect(value(result, "applications.new.other_org")).toBe(212);
    expect(value(result, "applications.new.total")).toBe(219);
    expect(value(result, "applications.new.legal_service_org")).toBeUndefined();
    expect(value(result, "applications.carried_over.legal_service_org")).toBeUndefined();
    const warnings = result.diagnostics.filter((d) => d.code === "columns-missing");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.severity).toBe("warning");
    expect(warnings[0]?.message).toContain("法律服务机构");
    // check's Chinese message names the table and the column (from the diagnostic's text).
    expect(warnings[0]?.text).toBe("表三无“法律服务机构”列");
    expect(codes(result)).not.toContain("row-missing-values");
  });
});

describe("a header label not recognised (review RV24)", () => {
  it("其它 for 其他, that column's zeros printed blank: the layout's order, as before (total was 4, 其他's value)", () => {
    const result = parse("rv24-t3-unknown-head-blank-zeros.html");
    expect(value(result, "applications.new.other_org")).toBe(4);
    expect(value(result, "applications.new.legal_service_org")).toBe(61);
    expect(value(result, "applications.new.total")).toBe(3119);
    expect(value(result, "applications.results.total.total")).toBe(3050);
    expect(codes(result)).not.toContain("columns-missing");
    expect(codes(result)).not.toContain("row-extra-values");
  });
});

describe("Table 三 under a note printed as a paragraph", () => {
  it("the paragraph between the heading and the table is no header row: the table's header still places the values", () => {
    const html = [
      "<h1>某县人民政府2023年政府信息公开工作年度报告</h1>",
      "<h2>三、收到和处理政府信息公开申请情况</h2>",
      "<p>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</p>",
      "<table><tr><td>申请人情况</td><td>总计</td><td>自然人</td><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>",
      "<tr><td>一、本年新收政府信息公开申请数量</td><td>21</td><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td><td>6</td></tr></table>",
    ].join("\n");
    const result = parseReport(html);
    expect(value(result, "applications.new.total")).toBe(21);
    expect(value(result, "applications.new.natural_person")).toBe(1);
    expect(codes(result)).toContain("columns-reordered");
  });
});

describe("Table 四 and Table 二 read by their printed headers", () => {
  it("Table 四 with 其他结果 and 尚未审结 swapped in every block", () => {
    const result = parse("r22-x-t4-swap.html");
    expect(value(result, "review_litigation.review.other")).toBe(1416);
    expect(value(result, "review_litigation.review.pending")).toBe(1423);
    expect(value(result, "review_litigation.litigation_direct.other")).toBe(1451);
    expect(value(result, "review_litigation.litigation_direct.pending")).toBe(1458);
    expect(codes(result)).toContain("columns-reordered");
  });

  it("Table 二's block 本年废止件数 | 本年制发件数: `规章 1 2 30` is issued 2, repealed 1", () => {
    const result = parse("r22-d0-t2-header-order.html");
    expect(value(result, "active_disclosure.regulations.issued")).toBe(2);
    expect(value(result, "active_disclosure.regulations.repealed")).toBe(1);
    expect(value(result, "active_disclosure.regulations.in_force")).toBe(30);
    expect(value(result, "active_disclosure.normative_documents.issued")).toBe(5);
    expect(codes(result)).toContain("columns-reordered");
  });
});

/** Table 三 in tab-separated text: three header rows, values from the third column (seed 001's layout). */
const tabTable = (header: string[], rows: string[]) =>
  ["某县人民政府2023年政府信息公开工作年度报告", "三、收到和处理政府信息公开申请情况", ...header, ...rows].join("\n");

describe("a header in text shapes", () => {
  it("a rowspan 总计 printed on the header's first row stands at the right: the layout's order, no diagnostic", () => {
    const text = tabTable(
      [
        "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t申请人情况\t\t\t\t\t\t总计",
        "\t\t自然人\t法人或其他组织\t\t\t\t\t",
        "\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t",
      ],
      [
        "一、本年新收政府信息公开申请数量\t\t1\t2\t3\t4\t5\t6\t21",
        "二、上年结转政府信息公开申请数量\t\t0\t1\t0\t0\t0\t0\t1",
      ],
    );
    const result = parseReport(text);
    expect(value(result, "applications.new.natural_person")).toBe(1);
    expect(value(result, "applications.new.other_org")).toBe(6);
    expect(value(result, "applications.new.total")).toBe(21);
    expect(codes(result)).not.toContain("columns-reordered");
  });

  it("总计 printed first in a pipe table whose header stands above its values", () => {
    const text = [
      "某县人民政府2023年政府信息公开工作年度报告",
      "三、收到和处理政府信息公开申请情况",
      "| 申请人情况 | 总计 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |",
      "| 一、本年新收政府信息公开申请数量 | 21 | 1 | 2 | 3 | 4 | 5 | 6 |",
      "| 二、上年结转政府信息公开申请数量 | 1 | 0 | 1 | 0 | 0 | 0 | 0 |",
    ].join("\n");
    const result = parseReport(text);
    expect(value(result, "applications.new.total")).toBe(21);
    expect(value(result, "applications.new.natural_person")).toBe(1);
    expect(value(result, "applications.carried_over.commercial_enterprise")).toBe(1);
    expect(codes(result)).toContain("columns-reordered");
  });

  it("a header flattened by a converter (its labels shifted left, not above the values) says nothing", () => {
    const text = [
      "某县人民政府2023年政府信息公开工作年度报告",
      "三、收到和处理政府信息公开申请情况",
      "总计 | 自然人 | 法人或其他组织 | | | | | |",
      "商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | | | |",
      "一、本年新收政府信息公开申请数量 | 1 | 2 | 3 | 4 | 5 | 6 | 21 |",
    ].join("\n");
    const result = parseReport(text);
    expect(value(result, "applications.new.natural_person")).toBe(1);
    expect(value(result, "applications.new.total")).toBe(21);
    expect(codes(result)).not.toContain("columns-reordered");
  });
});
