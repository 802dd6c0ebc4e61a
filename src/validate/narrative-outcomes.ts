/**
 * The outcomes of Table 四 stated in prose (行政复议351件，其中结果维持72件 … ；行政诉讼46件，其中结果维持25件 …) as
 * narrative patterns: the outcome words are the same for both, so the subject before them decides.
 */
import type { MetricId } from "../schema/normalized.js";
import type { NarrativePattern } from "./narrative-patterns.js";

/** Units of case counts (件, 宗). */
const CASE_UNITS = ["件", "宗"];

/**
 * The subject an outcome of Table 四 (结果维持 …) belongs to: the last of 行政复议 and 行政诉讼 / 起诉 (复议后起诉 is a
 * lawsuit) before it in its sentence (narrative-claims.ts reads it, SUBJECT_WINDOW characters back).
 */
const REVIEW_WORDS = ["行政复议", "复议"];
const LITIGATION_WORDS = ["行政诉讼", "起诉", "诉讼"];
/** Words naming the review and litigation section (四、政府信息公开行政复议、行政诉讼情况): its counts are the disclosure cases. */
export const REVIEW_SECTION = ["复议", "诉讼"];
/** The outcomes of Table 四, by the words that state them. */
const OUTCOMES: readonly {
  key: "upheld" | "corrected" | "other" | "pending";
  zh: string;
  en: string;
  words: string;
}[] = [
  // The words the phrase starts with (结果维持, 被依法纠正 and 尚未审结 match from 维持, 纠正 and 未审结 on: a
  // pattern starting with a literal is found by a native search, one starting with an optional part is tried at
  // every character).
  { key: "upheld", zh: "结果维持", en: "upheld", words: "维持" },
  { key: "corrected", zh: "结果纠正", en: "corrected", words: "(?:纠正|纠错)" },
  { key: "other", zh: "其他结果", en: "with another outcome", words: "其他结果" },
  { key: "pending", zh: "尚未审结", en: "pending", words: "未审结" },
];
/** The outcome patterns of one subject (行政复议 or 行政诉讼). */
export const outcomePatterns = (
  rule: string,
  subject: "review" | "litigation",
  zh: string,
  en: string,
): NarrativePattern[] =>
  OUTCOMES.map((o) => ({
    rule,
    label: { zh: `${zh}${o.zh}`, en: `${en} ${o.en}` },
    metrics: [[`${subject}.${o.key}` as MetricId]],
    patterns: [`${o.words}N U`],
    subject:
      subject === "review"
        ? { is: REVIEW_WORDS, other: LITIGATION_WORDS }
        : { is: LITIGATION_WORDS, other: REVIEW_WORDS },
    context: ["信息公开"],
    sectionContext: REVIEW_SECTION,
    units: CASE_UNITS,
  }));
