/** The mapping tables of the normalized view, as data: per source scheme, how each metric is obtained. */
import type { Mapping, MetricId } from "../schema/normalized.js";
import type { Bilingual, Term } from "../templates/types.js";
import type { NarrativeFeeScope } from "./narrative-fees.js";

/** The source schemes a metric can be read from: the two gb layouts and the legacy families (by id prefix). */
export const SCHEMES = ["gb2021", "gb2019", "legacy_national", "legacy_sh", "legacy_yn"] as const;
/** A source scheme. */
export type Scheme = (typeof SCHEMES)[number];

/** How one metric is obtained in one scheme. */
export interface MetricRule {
  /**
   * Field ids (fields.tsv) or typed legacy ids, summed; `{ oneOf }` takes the first alternative the report
   * has. Empty for `unavailable` and for narrative rules.
   */
  sources: readonly Term[];
  /** exact | approximate | unavailable. */
  mapping: Mapping;
  /** Why the mapping is approximate or unavailable (required for those). */
  reason?: Bilingual;
  /** Factor applied to the sum (unit conversion, e.g. 万元 → 元: 10000). */
  scale?: number;
  /** Read from the narrative instead of a table cell (`fees`: the 信息处理费 sentence). */
  narrative?: "fees";
  /**
   * For `narrative: "fees"`: the sections read and the sentences that count; default PROCESSING_FEE_SCOPE
   * (section 六 and fee sections, 信息处理费 sentences only).
   */
  feeScope?: NarrativeFeeScope;
}

/** One scheme's rules; a metric missing from it is `unavailable` with the scheme's default reason. */
export interface SchemeMapping {
  scheme: Scheme;
  rules: Readonly<Partial<Record<MetricId, MetricRule>>>;
  /** Reason given for metrics the scheme has no rule for. */
  unavailableReason: Bilingual;
}
