/** The six narrative sections of the gb2019 and gb2021 layouts, with heading variants seen in real reports. */
import type { SectionTemplate } from "./types.js";

/** Sections 一 … 六 (formats.md §2.2, §3.1). */
export const GB_SECTIONS: readonly SectionTemplate[] = [
  {
    id: "overview",
    number: "一",
    labels: ["总体情况", "情况", "基本情况", "概述", "工作概况"],
    subsections: [
      { id: "overview.active_disclosure", labels: ["主动公开"] },
      { id: "overview.application_handling", labels: ["依申请公开"] },
      { id: "overview.information_management", labels: ["政府信息管理"] },
      { id: "overview.platform_building", labels: ["平台建设"] },
      { id: "overview.supervision_guarantee", labels: ["监督保障"] },
    ],
  },
  { id: "active_disclosure", number: "二", labels: ["主动公开政府信息情况"], subsections: [] },
  {
    id: "applications",
    number: "三",
    labels: ["收到和处理政府信息公开申请情况", "依申请公开政府信息情况"],
    subsections: [],
  },
  {
    id: "review_litigation",
    number: "四",
    labels: [
      "政府信息公开行政复议、行政诉讼情况",
      "政府信息公开行政复议和行政诉讼情况",
      "行政复议、行政诉讼情况",
      "因政府信息公开工作被申请行政复议、提起行政诉讼情况",
      "因政府信息公开申请行政复议、提起行政诉讼情况",
    ],
    subsections: [],
  },
  {
    id: "problems_improvements",
    number: "五",
    labels: [
      "存在的主要问题及改进情况",
      "存在的主要问题和改进情况",
      "政府信息公开工作存在的主要问题及改进情况",
      "存在的主要问题和改进措施",
      "存在的主要问题及改进措施",
      "主要问题及改进情况",
      "存在的主要问题及下一步工作打算",
    ],
    subsections: [],
  },
  { id: "other_matters", number: "六", labels: ["其他需要报告的事项"], subsections: [] },
];

/** The gb layouts' section of an id, if it is one. */
export const gbSection = (id: string): SectionTemplate | undefined => GB_SECTIONS.find((s) => s.id === id);
