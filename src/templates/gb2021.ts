/** The current layout: 《中华人民共和国政府信息公开工作年度报告格式》, 国办公开办函〔2021〕30号. */
import { deepFrozen } from "../freeze.js";
import { ACTIVE_DISCLOSURE_2021 } from "./active-disclosure.js";
import { APPLICATIONS_2021 } from "./applications.js";
import { gbIdentities } from "./gb-identities.js";
import { GB_COMMON_MARKERS } from "./gb-markers.js";
import { perColumn, rowsUnder } from "./identities.js";
import { REVIEW_LITIGATION } from "./review-litigation.js";
import { GB_SECTIONS } from "./sections.js";
import type { Template } from "./types.js";

/** The 2021 layout (reports for 2021 onward). */
export const GB2021: Template = deepFrozen({
  id: "gb2021",
  title: "国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》",
  years: { from: 2021, to: null },
  sections: GB_SECTIONS,
  tables: [ACTIVE_DISCLOSURE_2021, APPLICATIONS_2021, REVIEW_LITIGATION],
  identities: [
    ...gbIdentities(ACTIVE_DISCLOSURE_2021, APPLICATIONS_2021, REVIEW_LITIGATION, {
      oneOf: [rowsUnder(APPLICATIONS_2021, "results.other"), ["results.other_total"]],
    }),
    // A report printing both （六）其他处理 and its three rows: the row is their sum (formats.md §6, T3-OTH).
    perColumn(APPLICATIONS_2021, {
      id: "T3-OTH",
      description: {
        zh: "（六）其他处理 = 其下三行之和（每一列；两者都印出时）",
        en: "other handling = sum of its three rows (each column; when both are printed)",
      },
      lhs: ["results.other_total"],
      rhs: rowsUnder(APPLICATIONS_2021, "results.other"),
      labelRow: "results.other_total",
    }),
  ],
  signals: [
    "本年制发件数",
    "本年废止件数",
    "本年度止件数",
    "现行有效件数",
    "本年处理决定数量",
    "本年收费金额（单位：万元）",
    "行政规范性文件",
    "申请人无正当理由逾期不补正",
    "申请人逾期未按收费通知要求缴纳费用",
  ],
  // The common markers, and its Table 二 head 本年制发件数.
  markers: [...GB_COMMON_MARKERS, "本年制发件数"],
});
