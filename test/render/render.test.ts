import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import { renderReport } from "../../src/render/index.js";
import type { LegacyTable } from "../../src/schema/report.js";
import { cellOf, fullReport, reportOf } from "../helpers/arbitrary-report.js";
import { cellByText, htmlTables } from "./html-tables.js";

const numbered = (era: "gb2021" | "gb2019") => {
  let n = 0;
  return fullReport(era, () => String(n++));
};
const lineOf = (text: string, start: string) => text.split("\n").find((l) => l.startsWith(start));

describe("renderReport html", () => {
  const t2021 = htmlTables(renderReport(numbered("gb2021"), "html"));
  const t2019 = htmlTables(renderReport(numbered("gb2019"), "html"));

  it("writes the three tables", () => {
    expect(t2021).toHaveLength(3);
    expect(t2019).toHaveLength(3);
  });

  it("lays Table 三 out with the official spans (2021)", () => {
    const table = t2021[1] ?? [];
    const note = table[0]?.[0];
    expect(note?.text).toBe("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
    expect([note?.colSpan, note?.rowSpan]).toEqual([3, 3]);
    expect(cellByText(table, "申请人情况")?.colSpan).toBe(7);
    expect(cellByText(table, "自然人")?.rowSpan).toBe(2);
    expect(cellByText(table, "法人或其他组织")?.colSpan).toBe(5);
    expect(cellByText(table, "三、本年度办理结果")?.rowSpan).toBe(22);
    expect(cellByText(table, "（三）不予公开")?.rowSpan).toBe(8);
    expect(cellByText(table, "（四）无法提供")?.rowSpan).toBe(3);
    expect(cellByText(table, "（五）不予处理")?.rowSpan).toBe(5);
    expect(cellByText(table, "（六）其他处理")?.rowSpan).toBe(3);
    expect(cellByText(table, "（七）总计")?.colSpan).toBe(2);
    expect(cellByText(table, "一、本年新收政府信息公开申请数量")?.colSpan).toBe(3);
    // 3 header rows + 25 value rows; the 本年新收 row holds cells 10 … 16 (numbered in template order).
    expect(table).toHaveLength(28);
    expect(table[3]?.slice(1).map((c) => [c.tag, c.text])).toEqual(
      ["10", "11", "12", "13", "14", "15", "16"].map((t) => ["td", t]),
    );
  });

  it("lays Table 三 out with the official spans (2019: （六） one row)", () => {
    const table = t2019[1] ?? [];
    expect(cellByText(table, "三、本年度办理结果")?.rowSpan).toBe(20);
    const other = cellByText(table, "（六）其他处理");
    expect([other?.rowSpan, other?.colSpan]).toEqual([1, 2]);
    expect(table).toHaveLength(26);
  });

  it("lays Table 二 out in blocks with colspans", () => {
    const table = t2021[0] ?? [];
    expect(table[0]).toEqual([{ tag: "th", text: "第二十条第（一）项", rowSpan: 1, colSpan: 4 }]);
    const licensing = table.find((r) => r[0]?.text === "行政许可");
    expect(licensing?.[1]).toEqual({ tag: "td", text: "6", rowSpan: 1, colSpan: 3 });
    const fees2019 = (t2019[0] ?? []).find((r) => r[0]?.text === "行政事业性收费");
    expect(fees2019?.map((c) => [c.text, c.colSpan])).toEqual([
      ["行政事业性收费", 1],
      ["18", 1],
      ["19", 2],
    ]);
  });

  it("lays Table 四 out with its three header rows and 15 values", () => {
    const table = t2021[2] ?? [];
    expect(table).toHaveLength(4);
    expect(table[0]?.map((c) => [c.text, c.colSpan])).toEqual([
      ["行政复议", 5],
      ["行政诉讼", 10],
    ]);
    expect(table[1]?.map((c) => [c.text, c.rowSpan, c.colSpan])).toEqual([
      ["结果维持", 2, 1],
      ["结果纠正", 2, 1],
      ["其他结果", 2, 1],
      ["尚未审结", 2, 1],
      ["总计", 2, 1],
      ["未经复议直接起诉", 1, 5],
      ["复议后起诉", 1, 5],
    ]);
    expect(table[2]).toHaveLength(10);
    expect(table[3]?.map((c) => c.text)).toEqual(Array.from({ length: 15 }, (_, i) => String(185 + i)));
  });

  it("escapes text and writes a standalone page or a fragment", () => {
    const report = reportOf("gb2021", { "active_disclosure.penalty.decisions": "<b>&5" }, { orgName: "<script>甲&乙" });
    const page = renderReport(report, "html");
    expect(page.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(page).not.toContain("<script>");
    expect(page).toContain("<h1>&#60;script&#62;甲&#38;乙2023年政府信息公开工作年度报告</h1>");
    expect(cellByText(htmlTables(page)[0] ?? [], "<b>&5")?.tag).toBe("td");
    const fragment = renderReport(report, "html", { fragment: true });
    expect(fragment.startsWith("<h1>")).toBe(true);
  });

  it("renders a hybrid 2021 report's one-row （六） (rowspan 20)", () => {
    const raws: Record<string, string> = {};
    for (const col of ["natural_person", "total"]) {
      raws[`applications.results.granted.${col}`] = "1";
      raws[`applications.results.other_total.${col}`] = "2";
    }
    const table = htmlTables(renderReport(reportOf("gb2021", raws), "html", { absent: "blank" }))[1] ?? [];
    // blank mode prints the whole form, with （六） in the report's one-row form instead of its three sub-rows.
    expect(cellByText(table, "三、本年度办理结果")?.rowSpan).toBe(20);
    expect(cellByText(table, "3.其他")).toBeUndefined();
    const omitted = htmlTables(renderReport(reportOf("gb2021", raws), "html"))[0] ?? [];
    expect(cellByText(omitted, "三、本年度办理结果")?.rowSpan).toBe(2);
    const other = omitted.find((r) => r[0]?.text === "（六）其他处理");
    expect(other?.map((c) => c.text)).toEqual(["（六）其他处理", "2", "", "", "", "", "", "2"]);
  });
});

describe("renderReport flat shapes", () => {
  const report2019 = numbered("gb2019");
  report2019.cells["active_disclosure.procurement.amount"] = cellOf("251000元");
  report2019.cells["active_disclosure.licensing.items_change"] = cellOf("-8");
  report2019.cells["active_disclosure.penalty.items_change"] = cellOf("");
  report2019.cells["active_disclosure.coercion.items_change"] = cellOf("/");

  it("pipe: one line per row, anchors only, raw texts kept", () => {
    const text = renderReport(report2019, "pipe");
    expect(lineOf(text, "| 政府集中采购")).toBe("| 政府集中采购 | 20 | 251000元 |");
    expect(lineOf(text, "| 行政许可")).toBe("| 行政许可 | 6 | -8 | 8 |");
    expect(lineOf(text, "| 行政处罚")).toBe("| 行政处罚 | 12 |  | 14 |");
    expect(lineOf(text, "| 行政强制")).toBe("| 行政强制 | 15 | / | 17 |");
    expect(lineOf(text, "| 三、本年度办理结果")).toBe(
      "| 三、本年度办理结果 | （一）予以公开 | 36 | 37 | 38 | 39 | 40 | 41 | 42 |",
    );
    expect(lineOf(text, "| （六）其他处理")).toBe("| （六）其他处理 | 162 | 163 | 164 | 165 | 166 | 167 | 168 |");
    expect(text.split("\n")[0]).toBe("某某市某某局2019年政府信息公开工作年度报告");
  });

  it("tab: cells joined by tabs, one-cell rows keep a trailing tab", () => {
    const text = renderReport(report2019, "tab");
    expect(lineOf(text, "第二十条第（九）项")).toBe("第二十条第（九）项\t");
    expect(lineOf(text, "行政处罚\t")).toBe("行政处罚\t12\t\t14");
    expect(text).toContain("\n二、主动公开政府信息情况\n");
  });

  it("lines: a tab-indented line per cell, rows separated by blank lines (seed 002 shape)", () => {
    const lines = renderReport(report2019, "lines").split("\n");
    const at = lines.indexOf("\t行政处罚");
    expect(lines.slice(at - 1, at + 5)).toEqual(["", "\t行政处罚", "\t12", "\t", "\t14", ""]);
    expect(lines).toContain("五、存在的主要问题及改进情况");
  });

  it("markdown: headings and GFM tables, spans as empty covered cells (a row-end value span left out), pipes escaped", () => {
    const report = reportOf("gb2021", {
      "active_disclosure.licensing.decisions": "3|4",
      "review_litigation.review.upheld": "1",
    });
    const text = renderReport(report, "markdown");
    expect(text.startsWith("# 某某市某某局2023年政府信息公开工作年度报告\n\n## 一、总体情况\n")).toBe(true);
    expect(lineOf(text, "| 行政许可")).toBe("| 行政许可 | 3\\|4 |");
    expect(lineOf(text, "| 行政复议")).toBe(`| 行政复议 |${"  |".repeat(4)} 行政诉讼 |${"  |".repeat(9)}`);
    const delimiter = text.split("\n").filter((l) => l.startsWith("| --- |"));
    expect(delimiter.map((l) => l.split("---").length - 1)).toEqual([4, 15]);
  });

  it("markdown: a blank value before a spanning one stays in its column (2019 （九）)", () => {
    const report = reportOf("gb2019", {
      "active_disclosure.procurement.projects": "",
      "active_disclosure.procurement.amount": "7173",
    });
    const text = renderReport(report, "markdown");
    expect(lineOf(text, "| 政府集中采购")).toBe("| 政府集中采购 |  | 7173 |");
    expect(lineOf(text, "| 信息内容")).toBe("| 信息内容 | 采购项目数量 | 采购总金额 |  |");
    expect(lineOf(text, "| 第二十条")).toBe("| 第二十条第（九）项 |  |  |  |");
  });

  it("uses meta.title when set", () => {
    const report = reportOf("gb2021", {});
    report.meta.title = "兰溪市卫生健康局2023年政府信息公开工作年度报告";
    expect(renderReport(report, "pipe").split("\n")[0]).toBe(report.meta.title);
  });

  it("renders legacy tables as label | unit | value | remark", () => {
    const report = reportOf("gb2021", {});
    report.meta.formatEra = "legacy_national";
    report.sections = [];
    const source = { line: 1, column: 1, offset: 0 };
    const row = (label: string, unit: string, raw: string, remark: string | null) => ({
      id: null,
      section: "一、主动公开情况",
      label,
      normalizedLabel: label,
      unit,
      column: null,
      cell: cellOf(raw),
      remark,
      source,
    });
    const legacy: LegacyTable = {
      family: "legacy_national",
      title: "2014年度政府信息公开情况统计表",
      rows: [row("（一）主动公开政府信息数", "条", "1200", null), row("其中：主动公开规范性文件数", "条", "", "无")],
      source,
    };
    report.legacy = [legacy];
    const text = renderReport(report, "pipe");
    expect(text.split("\n").slice(1, 7)).toEqual([
      "2014年度政府信息公开情况统计表",
      "| 项目 | 单位 | 数量 | 备注 |",
      "| 一、主动公开情况 |",
      "| （一）主动公开政府信息数 | 条 | 1200 |  |",
      "| 其中：主动公开规范性文件数 | 条 |  | 无 |",
      "",
    ]);
  });
});

describe("renderReport extra rows", () => {
  it("prints an extra row after its block's rows and it parses back as the same extra row", () => {
    let n = 0;
    const report = fullReport("gb2019", () => String(n++));
    const source = { line: 1, column: 1, offset: 0 };
    report.extraRows = [
      {
        table: "active_disclosure",
        block: "art20_1",
        label: "其他主动公开文件",
        rawLabel: "其他主动公开文件",
        cells: [cellOf("12"), cellOf("3"), cellOf("40")],
        source,
      },
    ];
    const text = renderReport(report, "pipe");
    const lines = text.split("\n");
    const at = lines.indexOf("| 其他主动公开文件 | 12 | 3 | 40 |");
    expect(lines[at - 1]).toBe("| 规范性文件 | 3 | 4 | 5 |");
    expect(lines[at + 1]).toBe("| 第二十条第（五）项 |");
    const again = parseReport(text, { shape: "pipe" }).report;
    expect(again.extraRows.map((e) => [e.table, e.rawLabel, e.cells.map((c) => c.raw)])).toEqual([
      ["active_disclosure", "其他主动公开文件", ["12", "3", "40"]],
    ]);
    expect(again.cells["active_disclosure.normative_documents.total_published"]?.value).toBe(5);
  });
});

describe("renderReport extra rows wider than the layout", () => {
  it("keeps every value of an extra row with more cells than Table 三 has columns", () => {
    const report = reportOf("gb2021", { "applications.new.total": "5" });
    const source = { line: 1, column: 1, offset: 0 };
    const values = ["1", "2", "3", "4", "5", "6", "7", "8"];
    report.extraRows = [
      {
        table: "applications",
        block: null,
        label: "其中：网上申请",
        rawLabel: "其中：网上申请",
        cells: values.map(cellOf),
        source,
      },
    ];
    const html = htmlTables(renderReport(report, "html"))[0] ?? [];
    const extra = html.find((r) => r[0]?.text === "其中：网上申请");
    expect(extra?.map((c) => c.text)).toEqual(["其中：网上申请", ...values]);
    expect(renderReport(report, "pipe").split("\n")).toContain("| 其中：网上申请 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 |");
  });
});

describe("renderReport legacy tables with several value columns", () => {
  it("prints one row per label with its columns, and the rows parse back with their columns", () => {
    const report = reportOf("gb2021", {});
    report.meta.formatEra = "legacy_provincial";
    report.sections = [];
    const source = { line: 1, column: 1, offset: 0 };
    const row = (label: string, column: string, raw: string) => ({
      id: null,
      section: "一、公开情况",
      label,
      normalizedLabel: label,
      unit: "条",
      column,
      cell: cellOf(raw),
      remark: null,
      source,
    });
    report.legacy = [
      {
        family: "unknown",
        title: "2012年政府信息公开情况统计表",
        rows: [
          row("公开政府信息数", "区政府", "120"),
          row("公开政府信息数", "区直单位", "340"),
          row("其中：网站公开数", "区政府", "7"),
          row("其中：网站公开数", "区直单位", ""),
        ],
        source,
      },
    ];
    const text = renderReport(report, "pipe");
    expect(text.split("\n").slice(2, 6)).toEqual([
      "| 项目 | 单位 | 区政府 | 区直单位 | 备注 |",
      "| 一、公开情况 |",
      "| 公开政府信息数 | 条 | 120 | 340 |  |",
      "| 其中：网站公开数 | 条 | 7 |  |  |",
    ]);
    const again = parseReport(text, { shape: "pipe" }).report;
    expect(again.legacy.flatMap((t) => t.rows.map((r) => [r.label, r.column, r.cell.raw]))).toEqual([
      ["公开政府信息数", "区政府", "120"],
      ["公开政府信息数", "区直单位", "340"],
      ["其中：网站公开数", "区政府", "7"],
      ["其中：网站公开数", "区直单位", ""],
    ]);
  });
});
