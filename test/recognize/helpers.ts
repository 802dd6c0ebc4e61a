/** Test helpers: build report texts in the tab shape and recognise them. */
import { recognizeDocument } from "../../src/recognize/index.js";
import type { Cell, Shape } from "../../src/schema/common.js";
import type { AnnualReport } from "../../src/schema/report.js";
import { readDocument } from "../../src/shapes/index.js";

/** Recognises a text of the given shape. */
export function recognizeText(
  text: string,
  shape: Shape = "tab",
  options: { year?: number; era?: "gb2021" | "gb2019" } = {},
) {
  return recognizeDocument(readDocument(text, shape), options);
}

/** A report's cell, by field id. */
export function cell(report: AnnualReport, id: string): Cell | undefined {
  return report.cells[id as keyof AnnualReport["cells"]];
}

/** Values of the cells of a row (field ids `${prefix}.${column}`), in the given column order. */
export function rowValues(
  report: AnnualReport,
  prefix: string,
  columns: readonly string[],
): (number | null | undefined)[] {
  return columns.map((c) => cell(report, `${prefix}.${c}`)?.value);
}

/** Table 三's applicant columns, left to right. */
export const APPLICANT = [
  "natural_person",
  "commercial_enterprise",
  "research_institution",
  "social_welfare_org",
  "legal_service_org",
  "other_org",
  "total",
];

/** Table 四's outcome columns. */
export const OUTCOME = ["upheld", "corrected", "other", "pending", "total"];

/** Joins cells with tabs. */
export const tab = (...cells: (string | number)[]): string => cells.join("\t");

/** A 2021-layout Table 二 in tab shape with the given numbers. */
export function table2(v: {
  docs?: number[][];
  licensing?: string;
  penalty?: string;
  coercion?: string;
  fees?: string;
}): string[] {
  const [reg = [0, 0, 0], norm = [0, 0, 0]] = v.docs ?? [];
  return [
    "二、主动公开政府信息情况",
    tab("第二十条第（一）项", "", "", ""),
    tab("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"),
    tab("规章", ...reg),
    tab("行政规范性文件", ...norm),
    tab("第二十条第（五）项", "", "", ""),
    tab("信息内容", "本年处理决定数量", "", ""),
    tab("行政许可", v.licensing ?? "0", "", ""),
    tab("第二十条第（六）项", "", "", ""),
    tab("信息内容", "本年处理决定数量", "", ""),
    tab("行政处罚", v.penalty ?? "0", "", ""),
    tab("行政强制", v.coercion ?? "0", "", ""),
    tab("第二十条第（八）项", "", "", ""),
    tab("信息内容", "本年收费金额（单位：万元）", "", ""),
    tab("行政事业性收费", v.fees ?? "0", "", ""),
  ];
}

/** Table 四 in tab shape: the two header rows and one row of 15 numbers. */
export function table4(values: readonly (string | number)[]): string[] {
  return [
    "四、政府信息公开行政复议、行政诉讼情况",
    tab("行政复议", "", "", "", "", "行政诉讼"),
    tab("结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "", "", "", "", "复议后起诉"),
    tab(
      "",
      "",
      "",
      "",
      "",
      ...Array.from({ length: 2 }, () => ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]).flat(),
    ),
    tab(...values),
  ];
}

/** The 2021 Table 三 row labels (as tab-shape label cells), with the group cells that precede them. */
export const T3_LABELS_2021: readonly (readonly string[])[] = [
  ["一、本年新收政府信息公开申请数量", ""],
  ["二、上年结转政府信息公开申请数量", ""],
  ["三、本年度办理结果", "（一）予以公开"],
  ["", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"],
  ["", "（三）不予公开", "1.属于国家秘密"],
  ["", "", "2.其他法律行政法规禁止公开"],
  ["", "", "3.危及“三安全一稳定”"],
  ["", "", "4.保护第三方合法权益"],
  ["", "", "5.属于三类内部事务信息"],
  ["", "", "6.属于四类过程性信息"],
  ["", "", "7.属于行政执法案卷"],
  ["", "", "8.属于行政查询事项"],
  ["", "（四）无法提供", "1.本机关不掌握相关政府信息"],
  ["", "", "2.没有现成信息需要另行制作"],
  ["", "", "3.补正后申请内容仍不明确"],
  ["", "（五）不予处理", "1.信访举报投诉类申请"],
  ["", "", "2.重复申请"],
  ["", "", "3.要求提供公开出版物"],
  ["", "", "4.无正当理由大量反复申请"],
  ["", "", "5.要求行政机关确认或重新出具已获取信息"],
  ["", "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"],
  ["", "", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"],
  ["", "", "3.其他"],
  ["", "（七）总计"],
  ["四、结转下年度继续办理", ""],
];

/** Table 三 in tab shape: header rows, then each label row followed by its values. */
export function table3(
  rows: readonly (readonly string[])[],
  values: (i: number) => readonly (string | number)[],
): string[] {
  return [
    "三、收到和处理政府信息公开申请情况",
    tab("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "", "申请人情况"),
    tab("", "", "自然人", "法人或其他组织", "", "", "", "", "总计"),
    tab("", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""),
    ...rows.map((labels, i) => tab(...labels, ...values(i))),
  ];
}

/** A whole 2021-layout report in tab shape. */
export function report2021(parts: { t2?: string[]; t3?: string[]; t4?: string[]; title?: string }): string {
  return [
    parts.title ?? "某某局2023年政府信息公开工作年度报告",
    "一、总体情况",
    "本机关认真贯彻落实《条例》。",
    ...(parts.t2 ?? table2({})),
    ...(parts.t3 ?? table3(T3_LABELS_2021, () => [0, 0, 0, 0, 0, 0, 0])),
    ...(parts.t4 ?? table4(Array.from({ length: 15 }, () => 0))),
    "五、存在的主要问题及改进情况",
    "仍有不足。",
    "六、其他需要报告的事项",
    "无。",
  ].join("\n");
}
