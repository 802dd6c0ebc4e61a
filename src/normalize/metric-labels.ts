/** What each metric of the normalized view counts, in Chinese and English. */
import { deepFrozen } from "../freeze.js";
import type { MetricId } from "../schema/normalized.js";
import type { Bilingual } from "../templates/types.js";

/** Bilingual label of every metric id (METRIC_IDS). */
export const METRIC_LABELS: Readonly<Record<MetricId, Bilingual>> = deepFrozen({
  "applications.received": { zh: "本年新收政府信息公开申请数量", en: "Applications received this year" },
  "applications.carried_over": { zh: "上年结转政府信息公开申请数量", en: "Applications carried over from last year" },
  "applications.handled": { zh: "本年度办理结果总计", en: "Applications handled (all outcomes)" },
  "applications.granted": { zh: "予以公开", en: "Granted in full" },
  "applications.partially_granted": { zh: "部分公开", en: "Granted in part" },
  "applications.refused": { zh: "不予公开", en: "Refused (withheld)" },
  "applications.unable": { zh: "无法提供", en: "Unable to provide" },
  "applications.not_processed": { zh: "不予处理", en: "Not processed" },
  "applications.other": { zh: "其他处理", en: "Other handling" },
  "applications.carried_forward": { zh: "结转下年度继续办理", en: "Carried forward to next year" },
  "review.total": { zh: "行政复议总计", en: "Administrative reconsiderations" },
  "review.upheld": { zh: "行政复议结果维持", en: "Reconsiderations: upheld" },
  "review.corrected": { zh: "行政复议结果纠正", en: "Reconsiderations: corrected" },
  "review.other": { zh: "行政复议其他结果", en: "Reconsiderations: other result" },
  "review.pending": { zh: "行政复议尚未审结", en: "Reconsiderations: pending" },
  "litigation.total": { zh: "行政诉讼总计", en: "Administrative lawsuits" },
  "litigation.upheld": { zh: "行政诉讼结果维持", en: "Lawsuits: upheld" },
  "litigation.corrected": { zh: "行政诉讼结果纠正", en: "Lawsuits: corrected" },
  "litigation.other": { zh: "行政诉讼其他结果", en: "Lawsuits: other result" },
  "litigation.pending": { zh: "行政诉讼尚未审结", en: "Lawsuits: pending" },
  "fees.collected_yuan": { zh: "依申请公开收取的费用（元）", en: "Fees collected for applications (yuan)" },
  "active.total": { zh: "主动公开政府信息数", en: "Items of information proactively disclosed" },
  "active.normative_documents_issued": { zh: "本年制发行政规范性文件件数", en: "Normative documents issued this year" },
  "licensing.decisions": { zh: "行政许可处理决定数量", en: "Administrative licensing decisions" },
  "penalty.decisions": { zh: "行政处罚处理决定数量", en: "Administrative penalty decisions" },
  "coercion.decisions": { zh: "行政强制处理决定数量", en: "Administrative coercion decisions" },
  "consultation.total": { zh: "政府信息公开咨询（查询）数", en: "Consultations (enquiries) on disclosure" },
  "consultation.phone": { zh: "电话咨询（查询）数", en: "Consultations by phone" },
  "consultation.online": { zh: "网络（网上）咨询（查询）数", en: "Consultations online" },
  "consultation.on_site": { zh: "现场咨询（接待）数", en: "Consultations on site" },
});
