/** The 2019 trial layout: 《…年度报告格式（试行）》, 国办公开办函〔2019〕60号 (reports for 2019 and 2020). */
import { deepFrozen } from "../freeze.js";
import { ACTIVE_DISCLOSURE_2019 } from "./active-disclosure.js";
import { APPLICATIONS_2019 } from "./applications.js";
import { gbIdentities } from "./gb-identities.js";
import { GB_COMMON_MARKERS } from "./gb-markers.js";
import { perRowAtMost } from "./identities.js";
import { REVIEW_LITIGATION } from "./review-litigation.js";
import { GB_SECTIONS } from "./sections.js";
import type { Template } from "./types.js";

/** The 2019 trial layout. */
export const GB2019: Template = deepFrozen({
  id: "gb2019",
  title: "国办公开办函〔2019〕60号《中华人民共和国政府信息公开工作年度报告格式（试行）》",
  years: { from: 2019, to: 2020 },
  sections: GB_SECTIONS,
  tables: [ACTIVE_DISCLOSURE_2019, APPLICATIONS_2019, REVIEW_LITIGATION],
  identities: [
    ...gbIdentities(ACTIVE_DISCLOSURE_2019, APPLICATIONS_2019, REVIEW_LITIGATION, "results.other_total"),
    // formats.md §6.1 T2-PUB-S (S, weak): what is publicly available includes what was newly published this year.
    perRowAtMost(ACTIVE_DISCLOSURE_2019, {
      id: "T2-PUB-S",
      severity: "warning",
      description: {
        zh: "对外公开总数量 ≥ 本年新公开数量（2019格式）",
        en: "total published ≥ newly published (2019 format)",
      },
      rows: ["regulations", "normative_documents"],
      part: "newly_published",
      whole: "total_published",
    }),
  ],
  signals: [
    "本年新制作数量",
    "本年新公开数量",
    "对外公开总数量",
    "上一年项目数量",
    "本年增/减",
    "其他对外管理服务事项",
    "政府集中采购",
    "采购项目数量",
    "采购总金额",
  ],
  markers: GB_COMMON_MARKERS,
});
