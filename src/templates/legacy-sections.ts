/**
 * Narrative section headings of pre-2019 reports (formats.md §4.1): there was no national template, so
 * sections are recognised by keyword. Order matters: the first entry whose keyword a heading contains wins.
 */
import type { SectionId } from "../schema/report.js";

/** Keyword → section id, most specific first. */
export const LEGACY_SECTION_KEYWORDS: readonly { id: SectionId; keywords: readonly string[] }[] = [
  { id: "problems_improvements", keywords: ["存在的主要问题", "存在问题", "改进措施", "改进情况", "工作打算"] },
  { id: "other_matters", keywords: ["其他需要报告", "需要说明的事项", "其他相关工作", "其它相关工作"] },
  { id: "annex_tables", keywords: ["附表", "附件", "统计表"] },
  {
    id: "fees",
    keywords: ["收费及减免", "收费和减免", "收费与减免", "收费、减免", "支出和收费", "收费情况", "收取费用"],
  },
  { id: "review_litigation", keywords: ["复议", "诉讼", "申诉", "举报投诉"] },
  { id: "consultation", keywords: ["咨询"] },
  { id: "response_interpretation", keywords: ["回应解读", "政策解读"] },
  { id: "organisation", keywords: ["机构建设", "保障经费", "培训会议", "工作人员和费用", "工作机构"] },
  { id: "applications", keywords: ["依申请公开", "不予公开"] },
  { id: "active_disclosure", keywords: ["主动公开"] },
  { id: "overview", keywords: ["概述", "基本工作情况", "主要工作概述", "总体工作情况", "总体情况", "基本情况"] },
];

/**
 * Pre-2019 headings printed without an ordinal beside numbered ones (formats.md §4.1): a preface before the
 * numbered sections (`概述`, the whole line) and an annex after them (`附件：政府信息公开情况统计表`, a line
 * starting with the word). Anywhere else such a line is prose.
 */
export const LEGACY_UNNUMBERED: readonly {
  id: SectionId;
  /** Where the heading may stand: before the first numbered heading, or after the last one. */
  place: "before" | "after";
  /** The whole heading (`exact`) or its first word (`prefix`). */
  match: "exact" | "prefix";
  labels: readonly string[];
  /**
   * A word the heading must hold, else the line after it (the annexed table's title, 附件 / 政府信息公开情况统计表),
   * unless a table follows it: a bare 附件 also heads a CMS page's attachment block after a 2019 or 2021 report
   * (附件： and a link to the report as .pdf, 附件下载：), which is no section.
   */
  needs?: string;
}[] = [
  {
    id: "overview",
    place: "before",
    match: "exact",
    labels: ["概述", "主要工作概述", "基本工作情况", "总体工作情况", "总体情况", "基本情况"],
  },
  { id: "annex_tables", place: "after", match: "prefix", labels: ["附件", "附表"], needs: "表" },
];
