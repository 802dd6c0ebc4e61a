/**
 * The national 《政府信息公开情况统计表》 of 国办发〔2014〕32号 (formats.md §4.2, `legacy_national`, ≈2014–2018):
 * columns 统计指标 | 单位 | 统计数. Row wording is [R] in the spec, so every row carries the variants seen.
 */
import { deepFrozen } from "../freeze.js";
import { inEveryColumn, legacyLe, legacyNonNegative, legacySum } from "./legacy-identities.js";
import { type LegacyRowTemplate, type LegacyTemplate, legacyRow } from "./legacy-types.js";

const P = "legacy_national";
const S1 = "一、主动公开情况";
const S2 = "二、回应解读情况";
const S3 = "三、依申请公开情况";
const S8 = "八、机构建设和保障经费情况";
const S9 = "九、政府信息公开会议和培训情况";

const row = legacyRow;

const ROWS: readonly LegacyRowTemplate[] = [
  row(S1, "active.total", "条", ["（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "主动公开政府信息数"]),
  row(S1, "active.normative_docs_published", "条", ["其中：主动公开规范性文件数"]),
  row(S1, "active.normative_docs_issued", "件", ["制发规范性文件总数"]),
  row(S1, "active.channel.gazette", "条", ["1.政府公报公开政府信息数"]),
  row(S1, "active.channel.website", "条", ["2.政府网站公开政府信息数"]),
  row(S1, "active.channel.weibo", "条", ["3.政务微博公开政府信息数"]),
  row(S1, "active.channel.wechat", "条", ["4.政务微信公开政府信息数"]),
  row(S1, "active.channel.other", "条", ["5.其他方式公开政府信息数", "5.其它方式公开政府信息数"]),
  row(S2, "response.hot_issues", "次", [
    "（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）",
    "回应公众关注热点或重大舆情数",
  ]),
  row(S2, "response.press_conferences", "次", ["1.参加或举办新闻发布会总次数"]),
  row(S2, "response.press_conferences_by_principal", "次", ["其中：主要负责同志参加新闻发布会次数"]),
  row(S2, "response.online_interviews", "次", ["2.政府网站在线访谈次数"]),
  row(S2, "response.online_interviews_by_principal", "次", ["其中：主要负责同志参加政府网站在线访谈次数"]),
  row(S2, "response.interpretation_articles", "篇", ["3.政策解读稿件发布数"]),
  row(S2, "response.weibo_wechat", "次", ["4.微博微信回应事件数"]),
  row(S2, "response.other", "次", ["5.其他方式回应事件数", "5.其它方式回应事件数"]),
  row(S3, "applications.received", "件", ["（一）收到申请数"]),
  row(S3, "applications.channel.in_person", "件", ["1.当面申请数"]),
  row(S3, "applications.channel.fax", "件", ["2.传真申请数"]),
  row(S3, "applications.channel.online", "件", ["3.网络申请数", "3.网上申请数"]),
  row(S3, "applications.channel.mail", "件", ["4.信函申请数"]),
  row(S3, "applications.closed", "件", ["（二）申请办结数"]),
  row(S3, "applications.closed_on_time", "件", ["1.按时办结数"]),
  row(S3, "applications.closed_extended", "件", ["2.延期办结数"]),
  row(S3, "applications.replies", "件", ["（三）申请答复数"]),
  row(S3, "replies.already_public", "件", ["1.属于已主动公开范围数"]),
  row(S3, "replies.granted", "件", ["2.同意公开答复数"]),
  row(S3, "replies.partially_granted", "件", ["3.同意部分公开答复数"]),
  row(S3, "replies.refused", "件", ["4.不同意公开答复数"]),
  row(S3, "replies.refused_reason.state_secret", "件", ["其中：涉及国家秘密"]),
  row(S3, "replies.refused_reason.commercial_secret", "件", ["涉及商业秘密"]),
  row(S3, "replies.refused_reason.privacy", "件", ["涉及个人隐私"]),
  row(S3, "replies.refused_reason.security_stability", "件", ["危及国家安全、公共安全、经济安全和社会稳定"]),
  row(S3, "replies.refused_reason.not_gov_info", "件", ["不是《条例》所指政府信息"]),
  row(S3, "replies.refused_reason.other_legal", "件", ["法律法规规定的其他情形"]),
  row(S3, "replies.not_this_agency", "件", ["5.不属于本行政机关公开", "5.不属于本行政机关公开数"]),
  row(S3, "replies.not_exist", "件", ["6.申请信息不存在", "6.申请信息不存在数"]),
  row(S3, "replies.asked_to_amend", "件", ["7.告知作出更改补充", "7.告知作出更改补充数"]),
  row(S3, "replies.other_channel", "件", ["8.告知通过其他途径办理", "8.告知通过其他途径办理数"]),
  row("四", "review.total", "件", ["四、行政复议数量"]),
  row("四", "review.upheld", "件", ["（一）维持具体行政行为数"]),
  row("四", "review.corrected", "件", ["（二）被依法纠错数"]),
  row("四", "review.other", "件", ["（三）其他情形数"]),
  row("五", "litigation.total", "件", ["五、行政诉讼数量"]),
  row("五", "litigation.upheld", "件", ["（一）维持具体行政行为或者驳回原告诉讼请求数"]),
  row("五", "litigation.corrected", "件", ["（二）被依法纠错数"]),
  row("五", "litigation.other", "件", ["（三）其他情形数"]),
  row("六", "complaints.total", "件", ["六、举报投诉数量"]),
  row("七", "fees.collected_10k_yuan", "万元", ["七、依申请公开信息收取的费用"], "amount"),
  row(S8, "org.dedicated_units", "个", ["（一）政府信息公开工作专门机构数"]),
  row(S8, "org.reading_points", "个", ["（二）设置政府信息公开查阅点数"]),
  row(S8, "org.staff_total", "人", ["（三）从事政府信息公开工作人员数"]),
  row(S8, "org.staff_full_time", "人", ["1.专职人员数（不包括政府公报及政府网站工作人员数）", "1.专职人员数"]),
  row(S8, "org.staff_part_time", "人", ["2.兼职人员数"]),
  row(
    S8,
    "org.budget_10k_yuan",
    "万元",
    ["（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）", "政府信息公开专项经费"],
    "amount",
  ),
  row(S9, "training.meetings", "次", ["（一）召开政府信息公开工作会议或专题会议数"]),
  row(S9, "training.courses", "次", ["（二）举办各类培训班数"]),
  row(S9, "training.trainees", "人次", ["（三）接受培训人员数"]),
];

const sum = (
  id: string,
  zh: string,
  en: string,
  total: string,
  parts: readonly string[],
  op: "eq" | "ge" | "le" = "eq",
) => legacySum(P, { id, severity: op === "eq" ? "error" : "warning", description: { zh, en }, total, parts, op });

/** 回应解读 channels (（二）1–5, without their 其中 rows), against which the de-duplicated hot-issue count is checked. */
const RESPONSE_CHANNELS = [
  "response.press_conferences",
  "response.online_interviews",
  "response.interpretation_articles",
  "response.weibo_wechat",
  "response.other",
];

/** The national 2014 statistics table. */
export const LEGACY_NATIONAL: LegacyTemplate = deepFrozen({
  id: P,
  era: "legacy_national",
  title: {
    zh: "政府信息公开情况统计表（国办发〔2014〕32号）",
    en: "Government information disclosure statistics table (State Council General Office 2014 No. 32)",
  },
  signals: [
    "统计指标",
    "收到申请数",
    "申请办结数",
    "按时办结数",
    "延期办结数",
    "申请答复数",
    "属于已主动公开范围数",
    "不同意公开答复数",
    "回应解读情况",
    "维持具体行政行为数",
    "被依法纠错数",
    "举报投诉数量",
    "机构建设和保障经费情况",
  ],
  rows: ROWS,
  identities: inEveryColumn([
    sum("L-REC", "收到申请数 = 各渠道申请数之和", "applications received = sum of channels", "applications.received", [
      "applications.channel.in_person",
      "applications.channel.fax",
      "applications.channel.online",
      "applications.channel.mail",
    ]),
    sum("L-CLOSED", "申请办结数 = 按时办结 + 延期办结", "closed = on time + extended", "applications.closed", [
      "applications.closed_on_time",
      "applications.closed_extended",
    ]),
    sum("L-REPLY", "申请答复数 = 各类答复之和", "replies = sum of reply categories", "applications.replies", [
      "replies.already_public",
      "replies.granted",
      "replies.partially_granted",
      "replies.refused",
      "replies.not_this_agency",
      "replies.not_exist",
      "replies.asked_to_amend",
      "replies.other_channel",
    ]),
    // §6.2: ≥ is hard (more reasons than refusals is an error), = is what the form normally holds (fewer: a warning).
    legacySum(P, {
      id: "L-REFUSE",
      severity: "error",
      description: {
        zh: "不同意公开答复数 ≥ 其中各理由之和（通常相等：理由之和较小为警告，较大为错误）",
        en: "refused ≥ sum of refusal reasons (normally equal: fewer reasons is a warning, more an error)",
      },
      total: "replies.refused",
      parts: [
        "replies.refused_reason.state_secret",
        "replies.refused_reason.commercial_secret",
        "replies.refused_reason.privacy",
        "replies.refused_reason.security_stability",
        "replies.refused_reason.not_gov_info",
        "replies.refused_reason.other_legal",
      ],
      op: "eq",
      totalAboveIsWarning: true,
    }),
    sum("L-REV", "行政复议数量 = 维持 + 纠错 + 其他", "reviews = upheld + corrected + other", "review.total", [
      "review.upheld",
      "review.corrected",
      "review.other",
    ]),
    sum("L-LIT", "行政诉讼数量 = 维持 + 纠错 + 其他", "lawsuits = upheld + corrected + other", "litigation.total", [
      "litigation.upheld",
      "litigation.corrected",
      "litigation.other",
    ]),
    sum("L-STAFF", "工作人员数 = 专职 + 兼职", "staff = full-time + part-time", "org.staff_total", [
      "org.staff_full_time",
      "org.staff_part_time",
    ]),
    sum(
      "L-CHAN",
      "主动公开政府信息数 ≤ 各渠道之和（同一信息多渠道计1条）",
      "active total ≤ sum of channels (one item via several channels counts once)",
      "active.total",
      [
        "active.channel.gazette",
        "active.channel.website",
        "active.channel.weibo",
        "active.channel.wechat",
        "active.channel.other",
      ],
      "le",
    ),
    sum(
      "L-RESP",
      "回应公众关注热点或重大舆情数 ≤ 各渠道回应解读之和（不同方式回应同一热点计1次）",
      "hot issues responded to ≤ sum of response channels (one issue answered several ways counts once)",
      "response.hot_issues",
      RESPONSE_CHANNELS,
      "le",
    ),
    legacySum(P, {
      id: "L-CLOSE-S",
      severity: "warning",
      description: { zh: "申请答复数 ≈ 申请办结数", en: "replies ≈ applications closed" },
      total: "applications.replies",
      parts: ["applications.closed"],
      op: "eq",
    }),
    legacyLe(P, {
      id: "L-PRINC",
      severity: "error",
      description: { zh: "其中项不超过上级项", en: "a 其中 row does not exceed its parent" },
      pairs: [
        ["response.press_conferences_by_principal", "response.press_conferences"],
        ["response.online_interviews_by_principal", "response.online_interviews"],
        ["active.normative_docs_published", "active.total"],
      ],
    }),
    legacyNonNegative(P, ROWS),
  ]),
});
