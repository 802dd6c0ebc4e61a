/** The normalized (era-independent, comparable) view of reports. */
export { type ConflictIndex, conflictIndex, conflictsOf, type MetricConflict } from "./conflicts.js";
export { GB2019_MAPPING, GB2021_MAPPING } from "./gb-mappings.js";
export { LEGACY_NATIONAL_MAPPING, LEGACY_SH_MAPPING, LEGACY_YN_MAPPING } from "./legacy-mappings.js";
export { NORMALIZE_MAPPINGS, schemeOf } from "./mappings.js";
export { METRIC_LABELS } from "./metric-labels.js";
export { type NarrativeFee, type NarrativeFeeScope, narrativeFee, PROCESSING_FEE_SCOPE } from "./narrative-fees.js";
export { expandTerms, normalizeReport } from "./normalize.js";
export { DELIMITED_COLUMNS, NORMALIZED_COLUMNS, type NormalizedRow, normalizedRows, toDelimited } from "./rows.js";
export { type MetricRule, SCHEMES, type Scheme, type SchemeMapping } from "./types.js";
export { toWideDelimited, WIDE_COLUMNS } from "./wide.js";
