/** Column sets shared by the gb2019 and gb2021 layouts. */
import type { ColumnTemplate } from "./types.js";

/** Table 三's applicant columns (申请人情况), left to right. */
export const APPLICANT_COLUMNS: readonly ColumnTemplate[] = [
  { id: "natural_person", labels: ["自然人"], kind: "count" },
  { id: "commercial_enterprise", labels: ["商业企业"], path: "法人或其他组织/商业企业", kind: "count" },
  { id: "research_institution", labels: ["科研机构"], path: "法人或其他组织/科研机构", kind: "count" },
  { id: "social_welfare_org", labels: ["社会公益组织"], path: "法人或其他组织/社会公益组织", kind: "count" },
  { id: "legal_service_org", labels: ["法律服务机构"], path: "法人或其他组织/法律服务机构", kind: "count" },
  { id: "other_org", labels: ["其他"], path: "法人或其他组织/其他", kind: "count" },
  { id: "total", labels: ["总计", "合计"], kind: "count" },
];

/** Table 四's five outcome columns of each block. */
export const OUTCOME_COLUMNS: readonly ColumnTemplate[] = [
  { id: "upheld", labels: ["结果维持"], kind: "count" },
  { id: "corrected", labels: ["结果纠正"], kind: "count" },
  { id: "other", labels: ["其他结果"], kind: "count" },
  { id: "pending", labels: ["尚未审结"], kind: "count" },
  { id: "total", labels: ["总计", "合计"], kind: "count" },
];
