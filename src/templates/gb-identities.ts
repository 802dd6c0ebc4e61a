/** The identities shared by the gb2019 and gb2021 layouts (formats.md §6.1), built over a template's tables. */
import { nonNegative, perColumn, perRow, type RowRef, rowsUnder } from "./identities.js";
import type { Identity, TableTemplate } from "./types.js";

const APPLICANT_PARTS = [
  "natural_person",
  "commercial_enterprise",
  "research_institution",
  "social_welfare_org",
  "legal_service_org",
  "other_org",
];
const OUTCOME_PARTS = ["upheld", "corrected", "other", "pending"];

/** Builds T3-BAL, T3-ROW, T3-RES, T4-REV, T4-LD, T4-LR and NONNEG for a layout's tables. */
export function gbIdentities(
  active: TableTemplate,
  applications: TableTemplate,
  review: TableTemplate,
  other: RowRef,
): Identity[] {
  const outcomeRows: RowRef[] = [
    "results.granted",
    "results.partially_granted",
    ...rowsUnder(applications, "results.withheld"),
    ...rowsUnder(applications, "results.unable"),
    ...rowsUnder(applications, "results.not_processed"),
    other,
  ];
  const block = (id: string, row: string, zh: string, en: string): Identity =>
    perRow(review, {
      id,
      description: {
        zh: `${zh}：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结`,
        en: `${en}: total = upheld + corrected + other + pending`,
      },
      rows: [row],
      total: "total",
      parts: OUTCOME_PARTS,
    });
  return [
    perColumn(applications, {
      id: "T3-BAL",
      description: {
        zh: "第一项加第二项之和，等于第三项加第四项之和（每一列）",
        en: "new + carried over = results total + carried forward (each column)",
      },
      lhs: ["new", "carried_over"],
      rhs: ["results.total", "carried_forward"],
      labelRow: "results.total",
      label: {
        zh: "一＋二 = （七）总计＋四",
        en: "new + carried over = results total + carried forward",
      },
    }),
    perRow(applications, {
      id: "T3-ROW",
      description: { zh: "每行总计 = 六类申请人之和", en: "each row's total = sum of its six applicant columns" },
      rows: applications.rows.map((r) => r.id),
      total: "total",
      parts: APPLICANT_PARTS,
    }),
    perColumn(applications, {
      id: "T3-RES",
      description: {
        zh: "（七）总计 = 各办理结果之和（每一列）",
        en: "results total = sum of all outcome rows (each column)",
      },
      lhs: ["results.total"],
      rhs: outcomeRows,
      labelRow: "results.total",
    }),
    block("T4-REV", "review", "行政复议", "Administrative reconsideration"),
    block("T4-LD", "litigation_direct", "未经复议直接起诉", "Litigation without reconsideration"),
    block("T4-LR", "litigation_after_review", "复议后起诉", "Litigation after reconsideration"),
    nonNegative([active, applications, review]),
  ];
}
