/**
 * xxgk-annual-report: parse, validate, normalize and diff China's government information-disclosure
 * annual reports (政府信息公开工作年度报告). This module is the whole public API.
 */

// --- data contract (schema) ---
export { VERSION } from "./version.js";
export {
  DIAGNOSTIC_CODES,
  type DiagnosticCode,
  type DiagnosticCodeInfo,
  type DiagnosticStage,
} from "./diagnostic-codes.js";
export * from "./schema/common.js";
export { emptyReport } from "./schema/empty.js";
export * from "./schema/finding.js";
export { JSON_SCHEMA_NAMES, type JsonSchemaName, jsonSchema } from "./schema/json-schema.js";
export {
  type CheckBatch,
  CheckBatchSchema,
  type CheckLine,
  CheckLineSchema,
  type CheckResult,
  CheckResultSchema,
  type NormalizeBatch,
  NormalizeBatchSchema,
  NormalizedRowSchema,
  type ParseBatch,
  ParseBatchSchema,
  type ParseLine,
  ParseLineSchema,
} from "./schema/cli-output.js";
export * from "./schema/normalized.js";
export * from "./schema/report.js";

// --- templates and records ---
export { type FieldRecord, type LookedUpCell, lookupCell, toRecords } from "./records.js";
export {
  FIELD_IDS,
  type FieldId,
  type FieldInfo,
  fields,
  GB_TEMPLATES,
  GB2019,
  GB2021,
  isFieldId,
  templateOf,
} from "./templates/index.js";
export type {
  Bilingual,
  BlockTemplate,
  ColumnTemplate,
  Equation,
  GroupTemplate,
  Identity,
  RowTemplate,
  SectionTemplate,
  TableTemplate,
  Template,
  Term,
} from "./templates/types.js";

// --- parse (input, shapes, recognize) ---
export type { Block, Document, GridCell, Point, TableBlock, TextBlock } from "./document.js";
export {
  DECODE_ERROR_CODES,
  type DecodeErrorCode,
  type DecodeOptions,
  type DecodeResult,
  DEFAULT_MAX_BYTES,
  decodeInput,
} from "./input/decode.js";
export { detectShape } from "./input/detect.js";
export { type ReadOptions, readDocument } from "./shapes/index.js";
export { isUsable, type ParseOptions, parseReport, parseReports, UNUSABLE_CODES } from "./parse.js";
export { type Recognition, type RecognizeOptions, recognizeDocument } from "./recognize/index.js";
export { type CellReading, readCellValue } from "./recognize/cell-value.js";
export { normalizeLabel } from "./recognize/labels.js";

// --- validate ---
export {
  type DelimitedFindingsOptions,
  FINDING_COLUMNS,
  type FormatOptions,
  findingsToDelimited,
  formatFindings,
} from "./validate/format.js";
export { RULES } from "./validate/rules.js";
export type { IdentitySource, RuleInfo, ValidateOptions } from "./validate/types.js";
export { validateReport } from "./validate/validate-report.js";

// --- normalize and legacy ---
export {
  METRIC_LABELS,
  type MetricRule,
  NORMALIZE_MAPPINGS,
  NORMALIZED_COLUMNS,
  type NormalizedRow,
  normalizedRows,
  normalizeReport,
  type Scheme,
  type SchemeMapping,
  toDelimited,
  toWideDelimited,
  WIDE_COLUMNS,
} from "./normalize/index.js";
export { recognizeLegacy } from "./recognize/legacy.js";
export {
  LEGACY_NATIONAL,
  LEGACY_SH,
  LEGACY_TEMPLATES,
  LEGACY_YN,
  type LegacyEra,
  type LegacyRowTemplate,
  type LegacyTemplate,
} from "./templates/legacy.js";

// --- render ---
export { type AbsentPolicy, type RenderOptions, renderReport } from "./render/index.js";

// --- diff ---
export { type DiffOptions, diffReports, diffSeries, type SeriesOptions } from "./diff/diff-reports.js";
export { type DiffFormatOptions, formatDiff, formatSeries } from "./diff/format.js";
export type { DiffLang } from "./diff/format-words.js";
export type { CopyOptions } from "./diff/copy-checks.js";
export type { DelimitedFormat } from "./cli/delimited.js";
export * from "./diff/schema.js";
export {
  CROSS_YEAR_RULES,
  type CrossYearOptions,
  type CrossYearRuleInfo,
  crossYearFindings,
} from "./validate/cross-year.js";
