/**
 * What report prose says about the table, as data: for each rule, the metrics a stated number may equal
 * (any alternative passes) and the phrase patterns that state it. `N` in a pattern stands for the number
 * (Arabic or Chinese numerals); patterns are tried in order and a matched span is not matched again, so
 * combined phrases (予以公开及部分公开N件) come before their parts.
 */
import type { MetricId } from "../schema/normalized.js";
import type { Bilingual } from "../templates/types.js";
import { outcomePatterns, REVIEW_SECTION } from "./narrative-outcomes.js";

/** One narrative rule: a quantity the prose states and the table cells (metrics) it must equal. */
export interface NarrativePattern {
  /** Rule id (NARR-*). */
  rule: string;
  /** What the number is. */
  label: Bilingual;
  /** Alternatives: the stated number must equal the sum of one of these metric lists. */
  metrics: readonly (readonly MetricId[])[];
  /**
   * Phrase patterns; `N` marks the number, `U` the counting unit (`units`, else 件/项/条/个/宗), `~` an
   * optional 余/多 after the number (“25余人次”: at least about that many).
   */
  patterns: readonly string[];
  /** Words one of which the sentence must contain for the number to be about this quantity. */
  context?: readonly string[];
  /** Counting units `U` stands for (longest first); 件/项/条/个/宗 when absent. */
  units?: readonly string[];
  /**
   * Words one of which every table row compared must name (its label): the number is compared only with a
   * row that counts the same thing (website views are 网络查询数, a query row, not 网上咨询数).
   */
  rowContext?: readonly string[];
  /**
   * Words one of which the heading of the section read may hold instead of the sentence holding a `context`
   * word (四、政府信息公开行政复议、行政诉讼情况: 行政复议5件 there is about disclosure cases).
   */
  sectionContext?: readonly string[];
  /**
   * The subject the count must come under: of the words `is` and `other`, the last one standing in the
   * SUBJECT_WINDOW characters before the matched phrase in its sentence is one of `is` (结果维持72件 after
   * 行政复议 is a review outcome, after 行政诉讼 or 起诉 a lawsuit's).
   */
  subject?: { is: readonly string[]; other: readonly string[] };
  /**
   * Also compare with metrics whose mapping is `approximate` (the table row counts a narrower quantity):
   * the finding's message then says the comparison is approximate and why.
   */
  approximateMetrics?: boolean;
}

/** Words that make a clause about another period or a change, not this year's count: such clauses are skipped. */
export const NARRATIVE_EXCLUDE = [
  "上年同期",
  "去年",
  "同比",
  "较上年",
  "较去年",
  "比上年",
  "增长",
  "下降",
  "增加",
  "减少",
  "历年",
  "累计至今",
  "以来",
  // Since the regulations took effect (自2008年《条例》施行起累计受理申请1523件), not this year.
  "起累计",
  // 办结一件、归档一件 (an idiom, not a count).
  "归档",
];

/**
 * Words that make a sentence about part of the body, not the report's body as a whole: such sentences are
 * skipped (corpus 024: 区政府办代表区政府受理政府信息公开申请17件, while Table 三 counts the whole government's 95).
 */
export const NARRATIVE_SCOPE_EXCLUDE = ["代表", "各街道", "各乡镇", "各镇街"];

/** Gap allowed between a keyword and its number: up to 12 characters that are not digits or clause ends. */
const GAP = "[^，,。；;：:\\d%％]{0,12}?";
/** 申请 of information disclosure: not a 复议/诉讼 application, a carried one, a licensing or approval one (行政许可申请). */
const APPLICATION = "(?:政府)?信息公开申请|(?<!复议|诉讼|结转|结转的|许可|审批)申请(?!人)";
/** A verb of receiving. */
const RECEIVING = "(?:收到|受理|新收|接收|接到)";
/**
 * A verb of receiving not preceded by what makes the count someone else's or part of the year's: a hotline or
 * mailbox (12345热线受理申请900件), a body or a period named after 其中 (其中市公安局受理…500件, 其中1-3月受理…700件;
 * but 其中新收申请25件 is the year's), a range of months other than the whole year (4-6月收到申请800件). The
 * lookbehind comes after the verb, so it is tried only where a verb stands.
 */
const RECEIVING_OF_THE_BODY = `${RECEIVING}(?<!(?:(?:热线|信箱)[^，,。；;：:]{0,8}|其中[^，,。；;：:]{1,12}|\\d{1,2}\\s*[-—–~～至到]\\s*(?:[1-9]|1[01])\\s*月份?[^，,。；;\\d]{0,8})${RECEIVING})`;
/** Units of consultations (人次, 次, 人). */
const CONSULTATION_UNITS = ["人次", "次", "人"];
/** Units of licensing and penalty decisions (件, 宗): never 项, which counts items (行政许可事项81项). */
const DECISION_UNITS = ["件", "宗"];
/** Verbs between a consultation keyword and its number. */
const AMOUNT = "(?:共计|共|总计|合计|为|达|约)?";

/** The narrative rules, in matching order. */
export const NARRATIVE_PATTERNS: readonly NarrativePattern[] = [
  {
    rule: "NARR-GRANTED",
    label: { zh: "予以公开及部分公开", en: "granted in full or in part" },
    metrics: [["applications.granted", "applications.partially_granted"]],
    patterns: [`予以公开(?:及|和|、)部分公开(?:申请)?N U`, `(?:全部|予以)公开(?:及|和|、)部分公开(?:申请)?N U`],
  },
  {
    rule: "NARR-RECEIVED",
    label: { zh: "收到（受理、新收）申请", en: "applications received" },
    metrics: [["applications.received"], ["applications.received", "applications.carried_over"]],
    patterns: [`${RECEIVING_OF_THE_BODY}${GAP}(?:${APPLICATION})${GAP}N~U`, `新增(?:${APPLICATION})(?:共)?N~U`],
    context: ["申请"],
  },
  {
    rule: "NARR-HANDLED",
    label: { zh: "办结（答复）申请", en: "applications handled" },
    metrics: [["applications.handled"]],
    patterns: [
      `办结(?:${APPLICATION})?(?:共)?N U`,
      `(?<!延期|逾期|当场|当日)答复(?:${APPLICATION})?(?:共)?N U`,
      `(?:办结|答复)${GAP}(?:${APPLICATION})${GAP}N U`,
    ],
    context: ["申请"],
  },
  {
    rule: "NARR-GRANTED",
    label: { zh: "予以公开", en: "granted" },
    metrics: [["applications.granted"]],
    patterns: [`予以公开(?:申请)?(?:的)?N U`, `全部公开(?:申请)?(?:的)?N U`],
  },
  {
    rule: "NARR-PARTIAL",
    label: { zh: "部分公开", en: "partially granted" },
    metrics: [["applications.partially_granted"]],
    patterns: [`部分公开(?:申请)?(?:的)?N U`],
  },
  {
    rule: "NARR-REFUSED",
    label: { zh: "不予公开", en: "withheld" },
    metrics: [["applications.refused"]],
    patterns: [`不予公开(?:申请)?(?:的)?N U`],
  },
  {
    rule: "NARR-UNABLE",
    label: { zh: "无法提供", en: "unable to provide" },
    metrics: [["applications.unable"]],
    patterns: [`无法提供(?:申请)?(?:的)?N U`],
  },
  {
    rule: "NARR-NOT-PROCESSED",
    label: { zh: "不予处理", en: "not processed" },
    metrics: [["applications.not_processed"]],
    patterns: [`不予处理(?:申请)?(?:的)?N U`],
  },
  {
    rule: "NARR-OTHER",
    label: { zh: "其他处理", en: "other handling" },
    metrics: [["applications.other"]],
    patterns: [`其他处理(?:申请)?(?:的)?N U`],
  },
  {
    rule: "NARR-CARRIED-FORWARD",
    label: { zh: "结转下年度", en: "carried forward to next year" },
    metrics: [["applications.carried_forward"]],
    patterns: [
      `(?:结转|顺延)(?:至|到)?下一?年度?(?:继续)?(?:办理)?(?:的)?(?:申请)?N U`,
      `N U(?:申请)?(?:结转|顺延)(?:至|到)?下一?年度?`,
    ],
  },
  {
    rule: "NARR-CARRIED-OVER",
    label: { zh: "上年结转", en: "carried over from last year" },
    metrics: [["applications.carried_over"]],
    // Not a count of reconsideration or litigation cases carried over: 行政复议…上年结转, or a 其中 clause after such a
    // count (行政诉讼案件46件，其中上年结转的3件已审结: part of the 46 cases, not Table 三's 上年结转 applications).
    patterns: [
      `(?<!(?:复议|诉讼)[^，,。；;]{0,15}|(?:复议|诉讼)[^，,。；;]{0,15}[，,]\\s*其中[^，,。；;]{0,4})上一?年度?结转(?:的)?(?:申请)?N U`,
    ],
  },
  {
    rule: "NARR-REVIEW",
    label: { zh: "行政复议", en: "administrative reconsideration cases" },
    metrics: [["review.total"]],
    patterns: [`(?<!办理|审理|受理|收到)行政复议(?:案件)?(?:共)?N U`],
    context: ["信息公开"],
    sectionContext: REVIEW_SECTION,
  },
  ...outcomePatterns("NARR-REVIEW", "review", "行政复议", "administrative reconsideration cases"),
  {
    rule: "NARR-LITIGATION",
    label: { zh: "行政诉讼", en: "administrative litigation cases" },
    metrics: [["litigation.total"]],
    patterns: [`行政诉讼(?:案件)?(?:共)?N U`],
    context: ["信息公开"],
    sectionContext: REVIEW_SECTION,
  },
  ...outcomePatterns("NARR-LITIGATION", "litigation", "行政诉讼", "administrative litigation cases"),
  {
    rule: "NARR-LICENSING",
    label: { zh: "行政许可", en: "licensing decisions" },
    metrics: [["licensing.decisions"]],
    // 办理行政许可事项1421件 (seed 004, its Table 二 行政许可 1421) is the 办件量, what 处理决定数量 counts (the 2019
    // layout's note: 处理决定数量（指2020年办件量）); only with 办理/办结, and 件/宗 (梳理行政许可事项81项 counts items).
    patterns: [`行政许可(?:决定)?(?:共)?N U`, `(?:办理|办结)(?:了)?行政许可事项(?:共|合计|总计)?N U`],
    // Decisions are counted in 件; 项 counts items (梳理公布行政许可81项: the 2019 layout's 上一年项目数量).
    units: DECISION_UNITS,
  },
  {
    rule: "NARR-PENALTY",
    label: { zh: "行政处罚", en: "penalty decisions" },
    metrics: [["penalty.decisions"]],
    patterns: [`行政处罚(?:决定)?(?:共)?N U`],
    units: DECISION_UNITS,
  },
  {
    rule: "NARR-CONSULTATION",
    label: { zh: "电话咨询", en: "consultations by phone" },
    metrics: [["consultation.phone"]],
    patterns: [`电话(?:咨询|查询)(?:人)?${AMOUNT}N~U`, `(?:咨询|查询)电话(?:接听)?${AMOUNT}N~U`],
    units: CONSULTATION_UNITS,
    approximateMetrics: true,
  },
  {
    rule: "NARR-CONSULTATION",
    label: { zh: "现场咨询", en: "consultations on site" },
    metrics: [["consultation.on_site"]],
    patterns: [`现场(?:咨询|接待)(?:人数|人次)?${AMOUNT}N~U`],
    units: CONSULTATION_UNITS,
  },
  {
    rule: "NARR-CONSULTATION",
    label: { zh: "网上咨询", en: "consultations online" },
    metrics: [["consultation.online"]],
    patterns: [`(?:网上|网络)(?:咨询|查询)(?:人数|人次)?${AMOUNT}N~U`],
    units: CONSULTATION_UNITS,
  },
  {
    rule: "NARR-CONSULTATION",
    label: { zh: "网站浏览（网络查询）", en: "website views (online queries)" },
    metrics: [["consultation.online"]],
    patterns: [`浏览(?:人次|次数|量)${AMOUNT}N~U`],
    units: CONSULTATION_UNITS,
    rowContext: ["查询"],
  },
  {
    rule: "NARR-CONSULTATION",
    label: { zh: "咨询总数", en: "consultations in total" },
    metrics: [["consultation.total"]],
    patterns: [`咨询(?:总数|总量|总计|合计|共计)(?:为|达)?N~U`, `共(?:接受|受理|接待|解答)(?:政府信息公开)?咨询N~U`],
    units: CONSULTATION_UNITS,
  },
];

/** Rule id of a percentage that does not match its count (予以公开N件，占P%). */
export const NARR_PERCENT = "NARR-PERCENT";
/** The info rule of a count the prose states about part of the body (代表…受理), not compared with the table. */
export const NARR_NOT_COMPARED = "NARR-NOT-COMPARED";

/** What a percentage after a stated count may be a share of. */
export const PERCENT_BASES: readonly (readonly MetricId[])[] = [
  ["applications.handled"],
  ["applications.received"],
  ["applications.received", "applications.carried_over"],
];

/**
 * Words naming a sub-row of Table 三 (a reason): a count whose clause names one BEFORE it is that sub-row's
 * (其中因属于国家秘密不予公开3件), not the category's total; words after the count (不予公开77件（其中国家秘密3件）)
 * do not exclude it.
 */
export const NARRATIVE_SUBITEM_BEFORE = [
  "国家秘密",
  "禁止公开",
  "三安全一稳定",
  "第三方",
  "内部事务",
  "过程性",
  "执法案卷",
  "行政查询",
  "不掌握",
  "另行制作",
  "补正",
  "信访",
  "举报",
  "投诉",
  "重复申请",
  "出版物",
  "大量反复",
  "重新出具",
  "逾期",
  "信息处理费",
];

/** Words between 占 and a percentage that name another base (占全市同类案件的10%): the share is not checked. */
export const PERCENT_OTHER_BASES = ["全国", "同类"];

/**
 * Words that make a count part of the total, or a time limit, when they come before its end in its clause:
 * by channel (通过信函方式收到申请20件), month (12月份收到申请30件), topic (收到涉及征地拆迁方面的申请120件) or
 * department (区级各部门共受理申请915件), and 收到申请之日起20个工作日. Words after the count (…300件（其中通过网络
 * 方式申请280件）) do not make it a part. 全区 is none of them: a district government's own report says
 * 2023年全区受理申请21件.
 */
export const NARRATIVE_PART_BEFORE = ["之日起", "涉及", "方式", "渠道", "月份", "季度", "上半年", "下半年", "各部门"];

/**
 * What a percentage may be a share of when the words between 占 and it name a base (占收到申请总数的53.7%): only
 * that base's readings; otherwise any of PERCENT_BASES.
 */
export const PERCENT_NAMED_BASES: readonly { words: readonly string[]; bases: readonly (readonly MetricId[])[] }[] = [
  {
    words: ["收到", "受理", "新收", "接收"],
    bases: [["applications.received"], ["applications.received", "applications.carried_over"]],
  },
  { words: ["办结", "答复", "办理"], bases: [["applications.handled"]] },
];
