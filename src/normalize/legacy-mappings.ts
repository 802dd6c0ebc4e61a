/**
 * How the metrics are read from the pre-2019 statistics tables (typed legacy ids), as data. Mappings onto
 * the post-2019 outcome categories are approximate: the old categories were cut differently.
 */
import type { Bilingual, Term } from "../templates/types.js";
import type { MetricRule, SchemeMapping } from "./types.js";

const exact = (...sources: Term[]): MetricRule => ({ sources, mapping: "exact" });
const approx = (reason: Bilingual, ...sources: Term[]): MetricRule => ({ sources, mapping: "approximate", reason });

const UNAVAILABLE: Bilingual = {
  zh: "2019年以前的统计表无对应项",
  en: "the pre-2019 statistics table has no counterpart",
};

const HANDLED: Bilingual = {
  zh: "旧表“答复数”按答复件计，新表“办理结果总计”按办理结果计，且新表另有上年结转、结转下年",
  en: "old tables count replies given; the new layout counts handled outcomes and separates carried-over / carried-forward applications",
};
/**
 * The national table counts 属于已主动公开范围数 apart from 同意公开答复数 (formats.md §4.2, L-REPLY); the new
 * Table 三 has no such row and puts every application in exactly one outcome row (§2.7), which one unstated.
 */
const GRANTED_NATIONAL: Bilingual = {
  zh: "旧表“同意公开答复数”不含“属于已主动公开范围数”（另列一行）；新表无此行，此类申请计入某一办理结果",
  en: "old 同意公开 excludes 属于已主动公开范围 (a row of its own); the new layout has no such row and counts those applications under some outcome",
};
const REFUSED: Bilingual = {
  zh: "旧表“不同意公开/不予公开”理由与新表“不予公开”八项划分不同",
  en: "the old refusal category (不同意公开/不予公开) is cut differently from the new eight 不予公开 grounds",
};
const UNABLE: Bilingual = {
  zh: "旧表“信息不存在”“非本机关”“申请内容不明确”对应新表“本机关不掌握相关政府信息”“没有现成信息需要另行制作”“补正后申请内容仍不明确”",
  en: "old 信息不存在 / 非本机关 / 申请内容不明确 vs new 本机关不掌握相关政府信息 / 没有现成信息需要另行制作 / 补正后申请内容仍不明确",
};
const OTHER: Bilingual = {
  zh: "旧表的其他答复类别与新表“其他处理”口径不同",
  en: "the old table's remaining reply categories are not the new 其他处理 rows",
};
const NORMATIVE: Bilingual = {
  zh: "旧表“规范性文件”口径与新表“行政规范性文件本年制发件数”不完全相同",
  en: "old 规范性文件 counts are not exactly the new 行政规范性文件 issued this year",
};
const CORRECTED: Bilingual = {
  zh: "旧表“判决撤销或部分撤销”“判决变更”合计近似新表“结果纠正”",
  en: "old 判决撤销或部分撤销 + 判决变更 approximate the new 结果纠正 (corrected)",
};
const LEGACY_LITIGATION: Bilingual = {
  zh: "旧表诉讼数不区分是否经复议；新表为未经复议直接起诉与复议后起诉之和",
  en: "old lawsuits are not split by prior reconsideration; the new value is direct + after-reconsideration",
};
/**
 * Fees before and after 2019: the 2007 Regulation (art. 27) let a body charge the costs of 依申请公开 (检索、复制、
 * 邮寄 …); the 2019 Regulation (art. 42) and 国办函〔2020〕109号 (from 2021) allow only the 信息处理费 for
 * requests beyond a reasonable number (formats.md §2.3). Same words, another charge.
 */
const FEES_BASIS: Bilingual = {
  zh: "收费的法律依据已变：2019年以前按2007年《条例》收取依申请公开的检索、复制、邮寄等成本费用；2021年起只收信息处理费（国办函〔2020〕109号），二者不是同一收费",
  en: "the legal basis of the fee changed: before 2019 the 2007 Regulation's costs of disclosure on request (search, copying, postage …); from 2021 only the 信息处理费 (processing fee, 国办函〔2020〕109号): not the same charge",
};

const N = (id: string) => `legacy_national.${id}`;
/** The national 2014 table (国办发〔2014〕32号). */
export const LEGACY_NATIONAL_MAPPING: SchemeMapping = {
  scheme: "legacy_national",
  unavailableReason: UNAVAILABLE,
  rules: {
    "applications.received": exact(N("applications.received")),
    "applications.handled": approx(HANDLED, N("applications.replies")),
    "applications.granted": approx(GRANTED_NATIONAL, N("replies.granted")),
    "applications.partially_granted": exact(N("replies.partially_granted")),
    "applications.refused": approx(REFUSED, N("replies.refused")),
    "applications.unable": approx(UNABLE, N("replies.not_this_agency"), N("replies.not_exist")),
    "applications.other": approx(OTHER, N("replies.asked_to_amend"), N("replies.other_channel")),
    "review.total": exact(N("review.total")),
    "review.upheld": exact(N("review.upheld")),
    "review.corrected": exact(N("review.corrected")),
    "review.other": exact(N("review.other")),
    "litigation.total": approx(LEGACY_LITIGATION, N("litigation.total")),
    "litigation.upheld": approx(LEGACY_LITIGATION, N("litigation.upheld")),
    "litigation.corrected": approx(LEGACY_LITIGATION, N("litigation.corrected")),
    "litigation.other": approx(LEGACY_LITIGATION, N("litigation.other")),
    "fees.collected_yuan": {
      sources: [N("fees.collected_10k_yuan")],
      mapping: "approximate",
      reason: FEES_BASIS,
      scale: 10000,
    },
    "active.total": exact(N("active.total")),
    "active.normative_documents_issued": approx(NORMATIVE, N("active.normative_docs_issued")),
  },
};

const S = (id: string) => `legacy_sh.${id}`;
/** The numbered exemption reasons: seven in the 不予公开范围 variant, six in the Dingxi form. */
const SEVEN = [1, 2, 3, 4, 5, 6, 7].map((n) => S(`replies.refused.exempt_${n}`));
/** The Shanghai-model provincial tables (Dingxi form, Putian 附表). */
export const LEGACY_SH_MAPPING: SchemeMapping = {
  scheme: "legacy_sh",
  unavailableReason: UNAVAILABLE,
  rules: {
    "applications.received": exact(S("applications.total")),
    "applications.handled": approx(HANDLED, S("replies.total")),
    "applications.granted": exact(S("replies.granted")),
    "applications.partially_granted": exact(S("replies.partially_granted")),
    "applications.refused": approx(
      {
        zh: "取“免予/不予公开范围1–6（或1–7）”之和；旧表“否决公开答复总数”还包括信息不存在等",
        en: "sum of the numbered exemption reasons 1–6 (or 1–7); the old 否决公开 total also holds not-exist and similar replies",
      },
      { oneOf: [SEVEN, SEVEN.slice(0, 6)] },
    ),
    "applications.unable": approx(
      UNABLE,
      S("replies.refused.not_exist"),
      S("replies.refused.not_held"),
      S("replies.refused.unclear"),
    ),
    "applications.other": approx(OTHER, S("replies.refused.not_gov_info"), S("replies.refused.other")),
    "review.total": exact(S("review.total")),
    "litigation.total": approx(LEGACY_LITIGATION, S("litigation.total")),
    "active.total": exact(S("active.total")),
    "active.normative_documents_issued": approx(NORMATIVE, S("active.new_normative_docs")),
    // S-CONS (formats.md §6.3): 咨询总数 = 现场接待人数 + 网上咨询数 + 咨询电话接听数; the Dingxi form prints no total.
    "consultation.total": exact({
      oneOf: [[S("consultation.total")], ["on_site", "online", "phone"].map((p) => S(`consultation.${p}`))],
    }),
    "consultation.phone": exact(S("consultation.phone")),
    "consultation.online": exact(S("consultation.online")),
    "consultation.on_site": exact(S("consultation.on_site")),
    "fees.collected_yuan": {
      sources: [],
      mapping: "approximate",
      narrative: "fees",
      // 2007 Regulation art. 32 (三) 收费及减免情况: its own section, or a sub-section of 依申请公开 (formats.md §4.1).
      feeScope: { sections: ["other_matters", "fees", "applications"], fees: "any_fee" },
      reason: {
        zh: `${FEES_BASIS.zh}；统计表中无此项，取自正文关于收费的表述（只读收费、依申请公开及其他需要报告的事项部分）`,
        en: `${FEES_BASIS.en}; not in the statistics table: read from the narrative sentence on fees (fees, applications and other-matters sections only)`,
      },
    },
  },
};

const Y = (id: string) => `legacy_yn.${id}`;
/** The Yunnan/Kunming variant (seed 003). */
export const LEGACY_YN_MAPPING: SchemeMapping = {
  scheme: "legacy_yn",
  unavailableReason: UNAVAILABLE,
  rules: {
    "applications.received": exact(Y("applications.received")),
    "applications.handled": approx(HANDLED, Y("replies.total")),
    "applications.granted": exact(Y("replies.granted")),
    "applications.partially_granted": exact(Y("replies.partially_granted")),
    "applications.refused": approx(REFUSED, Y("replies.refused_total")),
    "applications.unable": approx(UNABLE, Y("replies.not_exist"), Y("replies.not_this_agency"), Y("replies.unclear")),
    "applications.not_processed": approx(
      {
        zh: "旧表仅有“重复申请”，新表“不予处理”另含信访举报投诉、公开出版物等",
        en: "the old table has only 重复申请 (duplicate); the new 不予处理 also holds complaints, publications and more",
      },
      Y("replies.duplicate"),
    ),
    "applications.other": approx(OTHER, Y("replies.not_gov_info"), Y("replies.other")),
    "review.total": exact(Y("review.total")),
    "review.upheld": exact(Y("review.upheld")),
    "review.corrected": exact(Y("review.corrected")),
    "litigation.total": approx(LEGACY_LITIGATION, Y("litigation.total")),
    "litigation.corrected": approx(CORRECTED, Y("litigation.revoked"), Y("litigation.varied")),
    "fees.collected_yuan": approx(FEES_BASIS, Y("fees.collected_yuan")),
    "consultation.total": exact(Y("consultation.total")),
    "consultation.phone": approx(
      {
        zh: "云南表只计96128电话查询数，其他热线（如12345）不在此行",
        en: "the Yunnan table counts the 96128 line only; other hotlines (such as 12345) are not in this row",
      },
      Y("consultation.phone"),
    ),
    "consultation.online": exact(Y("consultation.online")),
    "consultation.on_site": exact(Y("consultation.on_site")),
  },
};
