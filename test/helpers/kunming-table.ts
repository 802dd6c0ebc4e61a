/**
 * The head of seed 003's pre-2019 statistics table (the Kunming 2014 report, legacy_yn), for tests that build a
 * short table of their own under it: the report's title and the table's caption.
 */
export const KUNMING_HEAD = [
  "昆明市卫生局2014年政府信息公开工作年度报告",
  "2014年昆明市卫生局政府信息公开工作统计表",
] as const;
