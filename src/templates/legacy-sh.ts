/**
 * The Shanghai-model provincial tables (formats.md §4.3, `legacy_provincial`, prefix `legacy_sh`): (a) the
 * Dingxi 《政府信息公开情况统计报表》 (指标名称 | 计量单位 | 代码 | 本期实际 | 本年累计, codes 01–35) and (b) the Putian
 * 2009 附表 (指标名称 | 计量单位 | 2009年度 | 历年累计), whose rows are label variants of (a).
 */
import { deepFrozen } from "../freeze.js";
import {
  inEveryColumn,
  type LegacyPart,
  legacyCumulative,
  legacyLe,
  legacyNonNegative,
  legacySum,
} from "./legacy-identities.js";
import type { LegacyRowTemplate, LegacyTemplate } from "./legacy-types.js";

const P = "legacy_sh";

const row = (id: string, unit: string, labels: readonly string[]): LegacyRowTemplate => ({ id, labels, unit });

const EXEMPT_REASONS = [
  "国家秘密",
  "商业秘密",
  "个人隐私",
  "正在调查、讨论、处理过程中",
  "行政执法相关",
  "法律法规规定免予公开",
  "法律、法规、规章禁止公开",
];

const exemptRows: LegacyRowTemplate[] = EXEMPT_REASONS.map((reason, i) => {
  const n = i + 1;
  return row(`replies.refused.exempt_${n}`, "条", [
    `(${n + 4})“免予公开范围${n}”数`,
    `“免予公开范围${n}”数`,
    `“不予公开范围${n}”数`,
    `免予公开范围${n}`,
    `不予公开范围${n}`,
    `“${reason}”数`,
  ]);
});

const ROWS: readonly LegacyRowTemplate[] = [
  row("active.total", "条", ["主动公开信息数", "主动公开政府信息数"]),
  row("active.full_text_electronic", "条", ["其中：全文电子化的主动公开信息数", "全文电子化的主动公开信息数"]),
  row("active.channel.website", "条", ["其中：1.政府网站", "1.政府网站"]),
  row("active.channel.gazette", "条", ["2.政府公报"]),
  row("active.new_normative_docs", "条", ["新增的行政规范性文件数"]),
  row("active.service_info", "条", ["提供服务类信息数"]),
  row("active.portal_page_views", "人次", ["网站专栏页面访问量"]),
  row("consultation.total", "人次", ["咨询总数", "咨询处理总数"]),
  row("consultation.on_site", "人次", ["现场接待人数", "现场咨询数"]),
  row("consultation.online", "人次", ["网上咨询数"]),
  row("consultation.phone", "人次", ["咨询电话接听数", "电话咨询数"]),
  row("applications.catalogue_items", "条", ["依申请公开信息目录数"]),
  row("applications.total", "条", ["申请总数", "受理依申请公开信息总数", "受理申请总数"]),
  row("applications.channel.in_person", "条", ["其中：1.当面申请数", "1.当面申请数"]),
  row("applications.channel.fax", "条", ["2.传真申请数"]),
  row("applications.channel.email", "条", ["3.电子邮件申请数"]),
  row("applications.channel.online", "条", ["4.网上申请数"]),
  row("applications.channel.mail", "条", ["5.信函申请数"]),
  row("applications.channel.other", "条", ["6.其他形式申请数", "6.其它形式申请数"]),
  row("replies.total", "条", ["对申请的答复总数", "本年度对申请的答复总数"]),
  row("replies.granted", "条", ["其中：1.同意公开答复数", "1.同意公开答复数"]),
  row("replies.partially_granted", "条", ["2.同意部分公开答复数"]),
  row("replies.refused_total", "条", ["3.否决公开答复总数"]),
  row("replies.refused.not_gov_info", "条", [
    "其中：(1)“非《规定》所指政府信息”数",
    "(1)“非《规定》所指政府信息”数",
    "(1)“非《条例》所指政府信息”数",
    "“非《办法》所指政府信息”数",
  ]),
  row("replies.refused.not_exist", "条", ["(2)“信息不存在”数"]),
  row("replies.refused.not_held", "条", ["(3)“非本部门掌握”数", "“非本机关掌握”数"]),
  row("replies.refused.unclear", "条", ["(4)“申请内容不明确”数"]),
  ...exemptRows,
  row("replies.refused.other", "条", ["(11)其它原因", "其他原因", "其它原因"]),
  row("review.total", "件", ["行政复议数"]),
  row("litigation.total", "件", ["行政诉讼数"]),
  row("appeal.total", "件", ["行政申诉数"]),
  row("appeal.first_handling_dissatisfied", "件", ["其中：对本部门首次处理不满意的行政申诉数"]),
];

/** The Dingxi form prints six numbered reasons (免予公开范围1–6); the variant system seven (不予公开范围1–7). */
const EXEMPT_IDS = exemptRows.map((r) => r.id);
const REFUSED_PARTS: LegacyPart[] = [
  "replies.refused.not_gov_info",
  "replies.refused.not_exist",
  "replies.refused.not_held",
  "replies.refused.unclear",
  { oneOf: [EXEMPT_IDS, EXEMPT_IDS.slice(0, 6)] },
  "replies.refused.other",
];

/** The Shanghai-model family (Dingxi form, Putian 附表). */
export const LEGACY_SH: LegacyTemplate = deepFrozen({
  id: P,
  era: "legacy_provincial",
  title: {
    zh: "政府信息公开情况统计报表（上海模式：定西、莆田等）",
    en: "Government information disclosure statistics report, Shanghai model (Dingxi, Putian …)",
  },
  signals: [
    "主动公开信息数",
    "全文电子化的主动公开信息数",
    "申请总数",
    "对申请的答复总数",
    "同意公开答复数",
    "否决公开答复总数",
    "免予公开范围",
    "不予公开范围",
    "行政申诉数",
    "现场接待人数",
    "咨询电话接听数",
  ],
  rows: ROWS,
  identities: [
    ...inEveryColumn([
      legacySum(P, {
        id: "S-REC",
        severity: "error",
        description: { zh: "申请总数 = 各形式申请数之和", en: "applications = sum of channels" },
        total: "applications.total",
        parts: [
          "applications.channel.in_person",
          "applications.channel.fax",
          "applications.channel.email",
          "applications.channel.online",
          "applications.channel.mail",
          "applications.channel.other",
        ],
        op: "eq",
      }),
      legacySum(P, {
        id: "S-REPLY",
        severity: "warning",
        description: {
          zh: "答复总数 = 同意公开 + 同意部分公开 + 否决公开",
          en: "replies = granted + partially granted + refused",
        },
        total: "replies.total",
        parts: ["replies.granted", "replies.partially_granted", "replies.refused_total"],
        op: "eq",
      }),
      legacySum(P, {
        id: "S-REFUSE",
        severity: "error",
        description: { zh: "否决公开答复总数 = 各否决理由之和", en: "refused total = sum of refusal reasons" },
        total: "replies.refused_total",
        parts: REFUSED_PARTS,
        op: "eq",
      }),
      legacySum(P, {
        id: "S-CONS",
        severity: "error",
        description: { zh: "咨询总数 = 现场 + 网上 + 电话", en: "consultations = on site + online + phone" },
        total: "consultation.total",
        parts: ["consultation.on_site", "consultation.online", "consultation.phone"],
        op: "eq",
      }),
      legacyLe(P, {
        id: "S-FULLTEXT",
        severity: "error",
        description: { zh: "其中项不超过上级项", en: "a 其中 row does not exceed its parent" },
        pairs: [
          ["active.full_text_electronic", "active.total"],
          ["appeal.first_handling_dissatisfied", "appeal.total"],
        ],
      }),
      legacyNonNegative(P, ROWS),
    ]),
    legacyCumulative(P, ROWS),
  ],
});
