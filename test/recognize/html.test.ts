import { describe, expect, it } from "vitest";
import { APPLICANT, cell, OUTCOME, recognizeText, rowValues } from "./helpers.js";

const td = (text: string | number, span = "") => `<td${span}>${text}</td>`;
const tr = (...cells: string[]) => `<tr>${cells.join("")}</tr>`;
const nums = (values: (string | number)[]) => values.map((v) => td(v)).join("");

/** Table 三 label cells of the 2021 layout as HTML cells, with the official rowspans and colspans. */
const T3: [string, (string | number)[]][] = [
  [td("一、本年新收政府信息公开申请数量", ' colspan="3"'), [5, 1, "&nbsp;", 0, 0, 0, 6]],
  [td("二、上年结转政府信息公开申请数量", ' colspan="3"'), [0, 0, 0, 0, 0, 0, 0]],
  [td("三、本年度办理结果", ' rowspan="22"') + td("（一）予以公开", ' colspan="2"'), [2, 1, 0, 0, 0, 0, 3]],
  [td("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", ' colspan="2"'), [1, 0, 0, 0, 0, 0, 1]],
  [td("（三）不予公开", ' rowspan="8"') + td("1.属于国家秘密"), [0, 0, 0, 0, 0, 0, 0]],
  ...[
    "2.其他法律行政法规禁止公开",
    "3.危及“三安全一稳定”",
    "4.保护第三方合法权益",
    "5.属于三类内部事务信息",
    "6.属于四类过程性信息",
    "7.属于行政执法案卷",
    "8.属于行政查询事项",
  ].map((l): [string, number[]] => [td(l), [0, 0, 0, 0, 0, 0, 0]]),
  [td("（四）无法提供", ' rowspan="3"') + td("1.本机关不掌握相关政府信息"), [2, 0, 0, 0, 0, 0, 2]],
  [td("2.没有现成信息需要另行制作"), [0, 0, 0, 0, 0, 0, 0]],
  [td("3.补正后申请内容仍不明确"), [0, 0, 0, 0, 0, 0, 0]],
  [td("（五）不予处理", ' rowspan="5"') + td("1.信访举报投诉类申请"), [0, 0, 0, 0, 0, 0, 0]],
  ...["2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息"].map(
    (l): [string, number[]] => [td(l), [0, 0, 0, 0, 0, 0, 0]],
  ),
  [
    td("（六）其他处理", ' rowspan="3"') + td("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    [0, 0, 0, 0, 0, 0, 0],
  ],
  [td("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"), [0, 0, 0, 0, 0, 0, 0]],
  [td("3.其他"), [0, 0, 0, 0, 0, 0, 0]],
  [td("（七）总计", ' colspan="2"'), [5, 1, 0, 0, 0, 0, 6]],
  [td("四、结转下年度继续办理", ' colspan="3"'), [0, 0, 0, 0, 0, 0, 0]],
];

const HTML = `<html><body>
<h1>某市某局2022年政府信息公开工作年度报告</h1>
<p>发布时间：2023-01-30</p>
<h2>一、总体情况</h2><p>本局依法公开。</p>
<h2>二、主动公开政府信息情况</h2>
<table>
${tr(td("第二十条第（一）项", ' colspan="4"'))}
${tr(td("信息内容"), td("本年制发件数"), td("本年废止件数"), td("现行有效件数"))}
${tr(td("规章"), nums([0, 0, 0]))}
${tr(td("行政规范性文件"), nums([2, 1, 14]))}
${tr(td("第二十条第（五）项", ' colspan="4"'))}
${tr(td("信息内容"), td("本年处理决定数量", ' colspan="3"'))}
${tr(td("行政许可"), td(1234, ' colspan="3"'))}
${tr(td("第二十条第（六）项", ' colspan="4"'))}
${tr(td("信息内容"), td("本年处理决定数量", ' colspan="3"'))}
${tr(td("行政处罚"), td(56, ' colspan="3"'))}
${tr(td("行政强制"), td("&nbsp;", ' colspan="3"'))}
${tr(td("第二十条第（八）项", ' colspan="4"'))}
${tr(td("信息内容"), td("本年收费金额（单位：万元）", ' colspan="3"'))}
${tr(td("行政事业性收费"), td("12.5", ' colspan="3"'))}
</table>
<h2>三、收到和处理政府信息公开申请情况</h2>
<table>
${tr(td("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", ' colspan="3" rowspan="3"'), td("申请人情况", ' colspan="7"'))}
${tr(td("自然人", ' rowspan="2"'), td("法人或其他组织", ' colspan="5"'), td("总计", ' rowspan="2"'))}
${tr(td("商业企业"), td("科研机构"), td("社会公益组织"), td("法律服务机构"), td("其他"))}
${T3.map(([labels, values]) => tr(labels, nums(values))).join("\n")}
</table>
<h2>四、政府信息公开行政复议、行政诉讼情况</h2>
<table>
${tr(td("行政复议", ' colspan="5"'), td("行政诉讼", ' colspan="10"'))}
${tr(td("结果维持", ' rowspan="2"'), td("结果纠正", ' rowspan="2"'), td("其他结果", ' rowspan="2"'), td("尚未审结", ' rowspan="2"'), td("总计", ' rowspan="2"'), td("未经复议直接起诉", ' colspan="5"'), td("复议后起诉", ' colspan="5"'))}
${tr(...["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"].map((t) => td(t)))}
${tr(nums([1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0]))}
</table>
<h2>五、存在的主要问题及改进情况</h2><p>仍有不足。</p>
<h2>六、其他需要报告的事项</h2><p>无。</p>
</body></html>`;

describe("an HTML report with official rowspans and colspans", () => {
  const { report, diagnostics } = recognizeText(HTML, "html");

  it("reads colspan-3 one-value rows of Table 二 as one value each", () => {
    expect(cell(report, "active_disclosure.licensing.decisions")?.value).toBe(1234);
    expect(cell(report, "active_disclosure.licensing.decisions")?.source.colSpan).toBe(3);
    expect(cell(report, "active_disclosure.penalty.decisions")?.value).toBe(56);
    expect(cell(report, "active_disclosure.fees.amount_10k_yuan")?.value).toBe(12.5);
    expect(rowValues(report, "active_disclosure.normative_documents", ["issued", "repealed", "in_force"])).toEqual([
      2, 1, 14,
    ]);
  });

  it("keeps &nbsp; cells blank (never 0)", () => {
    const coercion = cell(report, "active_disclosure.coercion.decisions");
    expect([coercion?.status, coercion?.value]).toEqual(["blank", null]);
    const research = cell(report, "applications.new.research_institution");
    expect([research?.status, research?.value]).toEqual(["blank", null]);
  });

  it("reads Table 三 through the rowspans of its group cells", () => {
    expect(rowValues(report, "applications.new", APPLICANT)).toEqual([5, 1, null, 0, 0, 0, 6]);
    expect(rowValues(report, "applications.results.granted", APPLICANT)).toEqual([2, 1, 0, 0, 0, 0, 3]);
    expect(rowValues(report, "applications.results.partially_granted", APPLICANT)).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(rowValues(report, "applications.results.unable.not_held", APPLICANT)).toEqual([2, 0, 0, 0, 0, 0, 2]);
    expect(rowValues(report, "applications.results.total", APPLICANT)).toEqual([5, 1, 0, 0, 0, 0, 6]);
    expect(report.tables.map((t) => [t.id, t.rows, t.expectedRows])).toEqual([
      ["active_disclosure", 6, 6],
      ["applications", 25, 25],
      ["review_litigation", 3, 3],
    ]);
  });

  it("reads Table 四 and the metadata", () => {
    expect(rowValues(report, "review_litigation.litigation_direct", OUTCOME)).toEqual([0, 0, 0, 1, 1]);
    expect([report.meta.title, report.meta.year, report.meta.publishDate, report.meta.formatEra]).toEqual([
      "某市某局2022年政府信息公开工作年度报告",
      2022,
      "2023-01-30",
      "gb2021",
    ]);
    expect(diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  });
});

describe("a Markdown report with GFM tables", () => {
  const md = [
    "# 某县某局2023年政府信息公开工作年度报告",
    "",
    "## 一、总体情况",
    "",
    "本局依法公开。",
    "",
    "## 二、主动公开政府信息情况",
    "",
    "| 第二十条第（一）项 | | | |",
    "|---|---|---|---|",
    "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |",
    "| 规章 | 1 | 0 | 3 |",
    "| 行政规范性文件 | 4 | 2 | 17 |",
    "| 第二十条第（五）项 | | | |",
    "| 信息内容 | 本年处理决定数量 | | |",
    "| 行政许可 | 321 | | |",
    "",
    "## 四、政府信息公开行政复议、行政诉讼情况",
    "",
    "| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    "| 2 | 0 | 0 | 1 | 3 | 0 | 0 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 1 |",
    "",
    "## 五、存在的主要问题及改进情况",
    "",
    "仍有不足。",
  ].join("\n");
  const { report } = recognizeText(md, "markdown");

  it("reads the cells of GFM tables", () => {
    expect(rowValues(report, "active_disclosure.normative_documents", ["issued", "repealed", "in_force"])).toEqual([
      4, 2, 17,
    ]);
    expect(cell(report, "active_disclosure.licensing.decisions")?.value).toBe(321);
    expect(rowValues(report, "review_litigation.review", OUTCOME)).toEqual([2, 0, 0, 1, 3]);
    expect(rowValues(report, "review_litigation.litigation_after_review", OUTCOME)).toEqual([1, 0, 0, 0, 1]);
    expect(report.sections.map((s) => s.heading)).toEqual([
      "一、总体情况",
      "二、主动公开政府信息情况",
      "四、政府信息公开行政复议、行政诉讼情况",
      "五、存在的主要问题及改进情况",
    ]);
    expect(report.meta.title).toBe("某县某局2023年政府信息公开工作年度报告");
  });
});
