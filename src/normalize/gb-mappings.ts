/** How the metrics are read from the gb2021 and gb2019 layouts (field ids of fields.tsv), as data. */
import type { MetricId } from "../schema/normalized.js";
import type { Bilingual } from "../templates/types.js";
import { PROCESSING_FEE_SCOPE } from "./narrative-fees.js";
import type { MetricRule, SchemeMapping } from "./types.js";

const R = "applications.results";
const WITHHELD = [
  "state_secret",
  "prohibited_by_law",
  "security_stability",
  "third_party_rights",
  "internal_affairs",
  "process_info",
  "enforcement_file",
  "admin_query",
].map((r) => `${R}.withheld.${r}.total`);
const UNABLE = ["not_held", "needs_creation", "unclear_after_correction"].map((r) => `${R}.unable.${r}.total`);
const NOT_PROCESSED = ["petition_complaint", "duplicate", "publication", "mass_repetitive", "confirm_or_reissue"].map(
  (r) => `${R}.not_processed.${r}.total`,
);
const OTHER = {
  oneOf: [
    ["overdue_correction", "overdue_fee", "other"].map((r) => `${R}.other.${r}.total`),
    [`${R}.other_total.total`],
  ],
};

const exact = (...sources: MetricRule["sources"]): MetricRule => ({ sources, mapping: "exact" });
/** Review outcome: the Table 四 cell. Litigation outcome: 未经复议直接起诉 + 复议后起诉. */
const litigation = (outcome: string): MetricRule =>
  exact(`review_litigation.litigation_direct.${outcome}`, `review_litigation.litigation_after_review.${outcome}`);

const FEES_NARRATIVE: MetricRule = {
  sources: [],
  mapping: "exact",
  narrative: "fees",
  reason: {
    zh: "表格中无此项；取自正文关于信息处理费的表述（依次读第六部分、收费部分、第三部分、第一部分，不读其他收费）",
    en: "not in the tables; read from a narrative sentence on the 信息处理费 (processing fee): section 六, a fees section, then sections 三 and 一 (no other fee is read)",
  },
  feeScope: PROCESSING_FEE_SCOPE,
};

const ACTIVE_TOTAL: MetricRule = {
  sources: [],
  mapping: "unavailable",
  reason: {
    zh: "2019年以后的格式不统计主动公开信息总条数",
    en: "the post-2019 layouts do not count proactively disclosed items in total",
  },
};

const NO_CONSULTATION: MetricRule = {
  sources: [],
  mapping: "unavailable",
  reason: {
    zh: "2019年以后的格式没有咨询情况统计表",
    en: "the post-2019 layouts have no consultations table",
  },
};

const COMMON: Partial<Record<MetricId, MetricRule>> = {
  "applications.received": exact("applications.new.total"),
  "applications.carried_over": exact("applications.carried_over.total"),
  "applications.handled": exact(`${R}.total.total`),
  "applications.granted": exact(`${R}.granted.total`),
  "applications.partially_granted": exact(`${R}.partially_granted.total`),
  "applications.refused": exact(...WITHHELD),
  "applications.unable": exact(...UNABLE),
  "applications.not_processed": exact(...NOT_PROCESSED),
  "applications.other": exact(OTHER),
  "applications.carried_forward": exact("applications.carried_forward.total"),
  "review.total": exact("review_litigation.review.total"),
  "review.upheld": exact("review_litigation.review.upheld"),
  "review.corrected": exact("review_litigation.review.corrected"),
  "review.other": exact("review_litigation.review.other"),
  "review.pending": exact("review_litigation.review.pending"),
  "litigation.total": litigation("total"),
  "litigation.upheld": litigation("upheld"),
  "litigation.corrected": litigation("corrected"),
  "litigation.other": litigation("other"),
  "litigation.pending": litigation("pending"),
  "fees.collected_yuan": FEES_NARRATIVE,
  "active.total": ACTIVE_TOTAL,
  "licensing.decisions": exact("active_disclosure.licensing.decisions"),
  "penalty.decisions": exact("active_disclosure.penalty.decisions"),
  "coercion.decisions": exact("active_disclosure.coercion.decisions"),
  "consultation.total": NO_CONSULTATION,
  "consultation.phone": NO_CONSULTATION,
  "consultation.online": NO_CONSULTATION,
  "consultation.on_site": NO_CONSULTATION,
};

const UNAVAILABLE = {
  zh: "该格式无对应项",
  en: "the layout has no counterpart",
};

/** gb2021 (国办公开办函〔2021〕30号). */
export const GB2021_MAPPING: SchemeMapping = {
  scheme: "gb2021",
  unavailableReason: UNAVAILABLE,
  rules: {
    ...COMMON,
    "active.normative_documents_issued": exact("active_disclosure.normative_documents.issued"),
  },
};

/**
 * 2019's 处理决定数量 (Hubei's note: 指…办件量, cases handled) against 2021's 本年处理决定数量 (decisions made):
 * formats.md §3.2 puts the pair in the crosswalk that is approximate, for trend display only.
 */
const DECISIONS_2019: Bilingual = {
  zh: "2019年格式为“处理决定数量”（办件量），2021年格式为“本年处理决定数量”，口径不完全相同",
  en: "2019 counts 处理决定数量 (cases handled, 办件量); 2021 counts decisions made this year (本年处理决定数量): not quite the same measure",
};
const approx2019 = (source: string): MetricRule => ({
  sources: [source],
  mapping: "approximate",
  reason: DECISIONS_2019,
});

/** gb2019 (国办公开办函〔2019〕60号, trial). */
export const GB2019_MAPPING: SchemeMapping = {
  scheme: "gb2019",
  unavailableReason: UNAVAILABLE,
  rules: {
    ...COMMON,
    "licensing.decisions": approx2019("active_disclosure.licensing.decisions"),
    "penalty.decisions": approx2019("active_disclosure.penalty.decisions"),
    "coercion.decisions": approx2019("active_disclosure.coercion.decisions"),
    "active.normative_documents_issued": {
      sources: ["active_disclosure.normative_documents.newly_made"],
      mapping: "approximate",
      reason: {
        zh: "2019年格式为“本年新制作数量”（规范性文件），2021年格式为“本年制发件数”（行政规范性文件）",
        en: "2019 counts documents newly made (本年新制作数量, 规范性文件); 2021 counts normative documents issued (本年制发件数)",
      },
    },
  },
};
