/** Table 四 (政府信息公开行政复议、行政诉讼情况): identical in gb2019 and gb2021, 15 values in one run. */
import { OUTCOME_COLUMNS } from "./columns.js";
import type { TableTemplate } from "./types.js";

/** Table 四, read as 15 numbers in order: review ×5, litigation without review ×5, after review ×5. */
export const REVIEW_LITIGATION: TableTemplate = {
  id: "review_litigation",
  number: "四",
  title: "政府信息公开行政复议、行政诉讼情况",
  layout: "sequence",
  groups: [{ id: "litigation", labels: ["行政诉讼"] }],
  blocks: [],
  rows: [
    { id: "review", labels: ["行政复议"], groups: [], columns: OUTCOME_COLUMNS },
    { id: "litigation_direct", labels: ["未经复议直接起诉"], groups: ["litigation"], columns: OUTCOME_COLUMNS },
    { id: "litigation_after_review", labels: ["复议后起诉"], groups: ["litigation"], columns: OUTCOME_COLUMNS },
  ],
  headerLabels: ["行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉", ...OUTCOME_COLUMNS.flatMap((c) => c.labels)],
};
