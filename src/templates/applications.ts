/** Table 三 (收到和处理政府信息公开申请情况), shared by gb2019 and gb2021 except for （六）其他处理. */
import { APPLICANT_COLUMNS } from "./columns.js";
import type { GroupTemplate, RowTemplate, TableTemplate } from "./types.js";

const columns = APPLICANT_COLUMNS;
const R = "results";

/** Row groups of Table 三. */
export const APPLICATION_GROUPS: readonly GroupTemplate[] = [
  { id: "results", labels: ["三、本年度办理结果", "三、本年度办理结果情况"], silent: true },
  { id: "results.withheld", labels: ["（三）不予公开"] },
  { id: "results.unable", labels: ["（四）无法提供"] },
  { id: "results.not_processed", labels: ["（五）不予处理"] },
  { id: "results.other", labels: ["（六）其他处理"] },
];

const row = (id: string, labels: string[], groups: string[] = []): RowTemplate => ({ id, labels, groups, columns });

/** Rows before （六）. */
const HEAD_ROWS: readonly RowTemplate[] = [
  row("new", ["一、本年新收政府信息公开申请数量", "本年新收政府信息公开申请数量"]),
  row("carried_over", ["二、上年结转政府信息公开申请数量", "上年结转政府信息公开申请数量"]),
  row(`${R}.granted`, ["（一）予以公开", "（一）予以公开（处罚结果）"], [R]),
  row(`${R}.partially_granted`, ["（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（二）部分公开"], [R]),
  row(`${R}.withheld.state_secret`, ["1.属于国家秘密"], [R, `${R}.withheld`]),
  row(
    `${R}.withheld.prohibited_by_law`,
    ["2.其他法律行政法规禁止公开", "2.其他法律行政止公开", "2.其他法律、行政法规禁止公开"],
    [R, `${R}.withheld`],
  ),
  row(`${R}.withheld.security_stability`, ["3.危及“三安全一稳定”", "3.危及三安全一稳定"], [R, `${R}.withheld`]),
  row(`${R}.withheld.third_party_rights`, ["4.保护第三方合法权益"], [R, `${R}.withheld`]),
  row(`${R}.withheld.internal_affairs`, ["5.属于三类内部事务信息"], [R, `${R}.withheld`]),
  row(`${R}.withheld.process_info`, ["6.属于四类过程性信息"], [R, `${R}.withheld`]),
  row(`${R}.withheld.enforcement_file`, ["7.属于行政执法案卷"], [R, `${R}.withheld`]),
  row(`${R}.withheld.admin_query`, ["8.属于行政查询事项"], [R, `${R}.withheld`]),
  row(`${R}.unable.not_held`, ["1.本机关不掌握相关政府信息"], [R, `${R}.unable`]),
  row(`${R}.unable.needs_creation`, ["2.没有现成信息需要另行制作"], [R, `${R}.unable`]),
  row(`${R}.unable.unclear_after_correction`, ["3.补正后申请内容仍不明确"], [R, `${R}.unable`]),
  row(`${R}.not_processed.petition_complaint`, ["1.信访举报投诉类申请"], [R, `${R}.not_processed`]),
  row(`${R}.not_processed.duplicate`, ["2.重复申请"], [R, `${R}.not_processed`]),
  row(`${R}.not_processed.publication`, ["3.要求提供公开出版物"], [R, `${R}.not_processed`]),
  row(`${R}.not_processed.mass_repetitive`, ["4.无正当理由大量反复申请"], [R, `${R}.not_processed`]),
  row(`${R}.not_processed.confirm_or_reissue`, ["5.要求行政机关确认或重新出具已获取信息"], [R, `${R}.not_processed`]),
];

/** （六）其他处理 printed as one row (the 2019 layout). */
const OTHER_TOTAL_LABELS = ["（六）其他处理"];

/** The 2021 layout's three （六） sub-rows. */
const OTHER_SUB_ROWS: readonly RowTemplate[] = [
  row(
    `${R}.other.overdue_correction`,
    ["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "1.申请人无正当理由逾期不补正"],
    [R, `${R}.other`],
  ),
  row(
    `${R}.other.overdue_fee`,
    [
      "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
      "2.申请人逾期未按收费通知要求缴纳费用",
    ],
    [R, `${R}.other`],
  ),
  row(`${R}.other.other`, ["3.其他"], [R, `${R}.other`]),
];

/** Rows after （六）. */
const TAIL_ROWS: readonly RowTemplate[] = [
  row(`${R}.total`, ["（七）总计", "七、总计", "总计（7）", "（七）合计"], [R]),
  row("carried_forward", ["四、结转下年度继续办理", "四、结转下一年度继续办理", "结转下年度继续办理"]),
];

/** Header texts of Table 三 (not data rows). */
const HEADER_LABELS = [
  "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
  "申请人情况",
  "法人或其他组织",
  ...APPLICANT_COLUMNS.flatMap((c) => c.labels),
];

/** Table 三 in the 2021 layout: （六） has three sub-rows; a one-row （六） is accepted as a 2019-layout hybrid. */
export const APPLICATIONS_2021: TableTemplate = {
  id: "applications",
  number: "三",
  title: "收到和处理政府信息公开申请情况",
  layout: "rows",
  groups: APPLICATION_GROUPS,
  blocks: [],
  rows: [
    ...HEAD_ROWS,
    ...OTHER_SUB_ROWS,
    { ...row(`${R}.other_total`, OTHER_TOTAL_LABELS, [R]), collapsedGroup: { group: `${R}.other`, era: "gb2019" } },
    ...TAIL_ROWS,
  ],
  headerLabels: HEADER_LABELS,
};

/** Table 三 in the 2019 layout: （六）其他处理 is one row. */
export const APPLICATIONS_2019: TableTemplate = {
  ...APPLICATIONS_2021,
  groups: APPLICATION_GROUPS.filter((g) => g.id !== `${R}.other`),
  rows: [...HEAD_ROWS, row(`${R}.other_total`, OTHER_TOTAL_LABELS, [R]), ...TAIL_ROWS],
};
