/**
 * The Yunnan/Kunming 2014 statistics table (seed 003: 《2014年昆明市卫生局政府信息公开工作统计表》): six sections
 * (主动公开 / 依申请公开 / 咨询 / 复议·诉讼·申诉 / 收费和减免 / 重大决策听证…), columns 工作项目 | 单位 | 数量 | 备注.
 * Neither the national 2014 table nor the Dingxi form; a `legacy_provincial` family of its own, prefix `legacy_yn`.
 */
import { deepFrozen } from "../freeze.js";
import { inEveryColumn, legacyLe, legacyNonNegative, legacySum } from "./legacy-identities.js";
import { type LegacyRowTemplate, type LegacyTemplate, legacyRow } from "./legacy-types.js";

const S1 = "一、主动公开政府信息情况";
const S2 = "二、依申请公开情况";
const S3 = "三、咨询情况";
const S4 = "四、行政复议、诉讼及申诉情况";
const S5 = "五、收费和减免情况";
const S6 = "六、实施重大决策听证、重要事项公示、重点工作通报情况";
const P = "legacy_yn";

const row = legacyRow;

const ROWS: readonly LegacyRowTemplate[] = [
  row(S1, "active.channel.website", "条", [
    "1.政府(部门)网站公开(不含政府信息公开网站)",
    "政府网站公开",
    "部门网站公开",
  ]),
  row(S1, "active.channel.press_conference.sessions", "场", ["2.新闻发布会"]),
  row(S1, "active.channel.press_conference.items", "条", ["2.新闻发布会"]),
  row(S1, "active.channel.gazette.issues", "期", ["3.政府公报"]),
  row(S1, "active.channel.gazette.items", "条", ["3.政府公报"]),
  row(S1, "active.channel.other", "条", ["4.其他便于公众知晓的方式", "其它便于公众知晓的方式"]),
  row(S1, "active.reading_points", "个", ["设立公开查阅点数"]),
  row(S1, "active.reading_point_visits", "人(次)", ["公开查阅点查阅数"]),
  row(S2, "applications.received", "件", ["全年收到政府信息公开申请数"]),
  row(S2, "applications.channel.in_person", "件", ["其中:1.现场书面申请数", "现场申请数"]),
  row(S2, "applications.channel.email", "件", ["2.电子邮件形式申请数"]),
  row(S2, "applications.channel.fax", "件", ["3.传真形式申请数"]),
  row(S2, "applications.channel.mail", "件", ["4.信函邮寄形式申请数", "信函形式申请数"]),
  row(S2, "applications.channel.other", "件", ["5.其他形式申请数", "其它形式申请数"]),
  row(S2, "replies.total", "件", ["全年已办理答复的依申请公开数"]),
  row(S2, "replies.granted", "件", ["其中:1.同意公开数"]),
  row(S2, "replies.partially_granted", "件", ["2.同意部分公开数"]),
  row(S2, "replies.not_gov_info", "件", ["3.“非《条例》所指政府信息”数"]),
  row(S2, "replies.not_exist", "件", ["4.“信息不存在”数"]),
  row(S2, "replies.not_this_agency", "件", ["5.“非本机关职权范围”数"]),
  row(S2, "replies.unclear", "件", ["6.“申请内容不明确”数"]),
  row(S2, "replies.duplicate", "件", ["7.“重复申请”数"]),
  row(S2, "replies.refused_total", "件", ["8.不予公开总数"]),
  row(S2, "replies.refused.state_secret", "件", ["其中:(1)“国家秘密”数"]),
  row(S2, "replies.refused.commercial_secret", "件", ["(2)“商业秘密”数"]),
  row(S2, "replies.refused.privacy", "件", ["(3)“个人隐私”数"]),
  row(S2, "replies.refused.process_info", "件", ["(4)“过程中信息且影响安全稳定”数"]),
  row(S2, "replies.refused.security_stability", "件", ["(5)“危及安全和稳定”数", "(5)“危机安全和稳定”数"]),
  row(S2, "replies.refused.other_legal", "件", ["(6)“法律法规规定的其他情形”数"]),
  row(S2, "replies.other", "件", ["9.其他", "9.其它"]),
  row(S3, "consultation.total", "人(次)", ["政府信息公开咨询(查询)数"]),
  row(S3, "consultation.phone", "人(次)", ["其中:1.96128电话查询数", "电话查询数"]),
  row(S3, "consultation.online", "人(次)", ["2.网络查询数"]),
  row(S3, "consultation.on_site", "人(次)", ["3.现场咨询数"]),
  row(S3, "consultation.other", "人(次)", ["4.其它方式(请说明)", "4.其他方式(请说明)"]),
  row(S3, "consultation.handled", "人(次)", ["政府信息公开咨询(查询)处理数"]),
  row(S3, "consultation.handled_phone", "人(次)", ["其中:1.96128电话答复数", "电话答复数"]),
  row(S3, "consultation.handled_online", "人(次)", ["2.网络答复数"]),
  row(S3, "consultation.handled_on_site", "人(次)", ["3.现场咨询答复数"]),
  row(S3, "consultation.handled_other", "人(次)", ["4.其他方式答复数", "4.其它方式答复数"]),
  row(S4, "review.total", "件", ["因政府信息公开被行政复议数"]),
  row(S4, "review.upheld", "件", ["其中:1.维持原行政行为数", "维持原具体行政行为数"]),
  row(S4, "review.corrected", "件", [
    "2.决定撤销、变更或确认该具体行政行为",
    "决定撤销、变更或确认该具体行政行为违法数",
  ]),
  row(S4, "litigation.total", "件", ["因政府信息公开而引发的行政诉讼数"]),
  row(S4, "litigation.revoked", "件", ["其中:1.判决撤销或部分撤销数"]),
  row(S4, "litigation.varied", "件", ["2.判决变更数"]),
  row(S4, "litigation.costs_yuan", "元", ["因政府信息公开而引发的行政诉讼费用"], "amount"),
  row(S4, "appeal.total", "件", ["因政府信息公开而引发的申诉数"]),
  row(S4, "appeal.petition", "件", ["其中:1.信访数"]),
  row(S4, "appeal.report", "件", ["2.举报数"]),
  row(S4, "appeal.other", "件", ["3.其他方式", "3.其它方式"]),
  row(S5, "fees.collected_yuan", "元", ["依申请公开收费金额"], "amount"),
  row(S5, "fees.collected.search", "元", ["其中:1.检索费"], "amount"),
  row(S5, "fees.collected.copy", "元", ["2.复制费(含光盘、纸张)", "2.复制费"], "amount"),
  row(S5, "fees.collected.postage", "元", ["3.邮寄费"], "amount"),
  row(S5, "fees.waived_yuan", "元", ["对依申请公开减免费用金额"], "amount"),
  row(S5, "fees.waived.search", "元", ["其中:1.检索费"], "amount"),
  row(S5, "fees.waived.copy", "元", ["2.复制费(含光盘、纸张)", "2.复制费"], "amount"),
  row(S5, "fees.waived.postage", "元", ["3.邮寄费"], "amount"),
  row(S6, "decisions.hearings", "项", ["组织重大决策听证"]),
  row(S6, "decisions.public_notices", "条", ["发布重要事项公示信息"]),
  row(S6, "decisions.work_bulletins", "项", ["发布重点工作通报事项"]),
];

const eq = (
  id: string,
  severity: "error" | "warning",
  zh: string,
  en: string,
  total: string,
  parts: readonly string[],
  op: "eq" | "ge" = "eq",
) => legacySum(P, { id, severity, description: { zh, en }, total, parts, op });

/** The Yunnan/Kunming variant (seed 003). */
export const LEGACY_YN: LegacyTemplate = deepFrozen({
  id: P,
  era: "legacy_provincial",
  title: {
    zh: "政府信息公开工作统计表（云南/昆明式，2014）",
    en: "Government information disclosure statistics table, Yunnan/Kunming variant (2014)",
  },
  signals: [
    "全年收到政府信息公开申请数",
    "全年已办理答复的依申请公开数",
    "不予公开总数",
    "政府信息公开咨询(查询)数",
    "因政府信息公开被行政复议数",
    "依申请公开收费金额",
    "对依申请公开减免费用金额",
    "组织重大决策听证",
  ],
  rows: ROWS,
  identities: inEveryColumn([
    eq(
      "Y-REC",
      "error",
      "收到申请数 = 各形式申请数之和",
      "applications received = sum of channels",
      "applications.received",
      [
        "applications.channel.in_person",
        "applications.channel.email",
        "applications.channel.fax",
        "applications.channel.mail",
        "applications.channel.other",
      ],
    ),
    eq(
      "Y-REPLY",
      "warning",
      "已办理答复数 = 各类答复之和",
      "replies total = sum of reply categories",
      "replies.total",
      [
        "replies.granted",
        "replies.partially_granted",
        "replies.not_gov_info",
        "replies.not_exist",
        "replies.not_this_agency",
        "replies.unclear",
        "replies.duplicate",
        "replies.refused_total",
        "replies.other",
      ],
    ),
    eq(
      "Y-REFUSE",
      "error",
      "不予公开总数 = 各不予公开理由之和",
      "refused total = sum of refusal reasons",
      "replies.refused_total",
      [
        "replies.refused.state_secret",
        "replies.refused.commercial_secret",
        "replies.refused.privacy",
        "replies.refused.process_info",
        "replies.refused.security_stability",
        "replies.refused.other_legal",
      ],
    ),
    eq("Y-CONS", "error", "咨询(查询)数 = 各方式之和", "consultations = sum of channels", "consultation.total", [
      "consultation.phone",
      "consultation.online",
      "consultation.on_site",
      "consultation.other",
    ]),
    eq(
      "Y-CONS-H",
      "error",
      "咨询处理数 = 各方式答复之和",
      "consultations handled = sum of channels",
      "consultation.handled",
      [
        "consultation.handled_phone",
        "consultation.handled_online",
        "consultation.handled_on_site",
        "consultation.handled_other",
      ],
    ),
    eq(
      "Y-REV",
      "warning",
      "复议数 ≥ 维持 + 撤销变更",
      "reviews ≥ upheld + corrected",
      "review.total",
      ["review.upheld", "review.corrected"],
      "ge",
    ),
    eq(
      "Y-LIT",
      "warning",
      "诉讼数 ≥ 判决撤销 + 判决变更",
      "lawsuits ≥ revoked + varied",
      "litigation.total",
      ["litigation.revoked", "litigation.varied"],
      "ge",
    ),
    eq("Y-APPEAL", "error", "申诉数 = 信访 + 举报 + 其他", "appeals = petitions + reports + other", "appeal.total", [
      "appeal.petition",
      "appeal.report",
      "appeal.other",
    ]),
    eq(
      "Y-FEE",
      "error",
      "收费金额 = 检索费 + 复制费 + 邮寄费",
      "fees collected = search + copy + postage",
      "fees.collected_yuan",
      ["fees.collected.search", "fees.collected.copy", "fees.collected.postage"],
    ),
    eq(
      "Y-WAIVE",
      "error",
      "减免金额 = 检索费 + 复制费 + 邮寄费",
      "fees waived = search + copy + postage",
      "fees.waived_yuan",
      ["fees.waived.search", "fees.waived.copy", "fees.waived.postage"],
    ),
    legacyLe(P, {
      id: "Y-HANDLED",
      severity: "warning",
      description: { zh: "答复/处理数不超过收到数", en: "handled does not exceed received" },
      pairs: [["consultation.handled", "consultation.total"]],
    }),
    legacyNonNegative(P, ROWS),
  ]),
});
