/**
 * `normalizeReport`: one generic evaluation of the mapping tables (mappings.ts) over a report. A metric's
 * value is the sum of its source cells (times its scale); an absent, blank, dash or text source makes the
 * value null — never a silent 0 — and the reason says which sources were missing or not numbers.
 */

import { mapKey } from "../map-key.js";
import type { FormatEra, SourcePosition } from "../schema/common.js";
import { METRIC_IDS, type Metric, type MetricId, type NormalizedReport } from "../schema/normalized.js";
import type { AnnualReport } from "../schema/report.js";
import type { Bilingual, Term } from "../templates/types.js";
import { type CellGetter, cellGetter } from "../validate/cell-index.js";
import { type ConflictIndex, conflictIndex, conflictsOf } from "./conflicts.js";
import { NORMALIZE_MAPPINGS, schemeOf } from "./mappings.js";
import { METRIC_LABELS } from "./metric-labels.js";
import { narrativeFee } from "./narrative-fees.js";
import type { MetricRule, Scheme, SchemeMapping } from "./types.js";

const NO_SCHEME: Bilingual = {
  zh: "报告中未识别出统计表格",
  en: "no statistics table was recognised in the report",
};

/** Expands terms to ids: a `{ oneOf }` takes the first alternative fully present, else the first partly present, else the first. */
export function expandTerms(
  report: AnnualReport,
  terms: readonly Term[],
  get: CellGetter = cellGetter(report),
): string[] {
  const out: string[] = [];
  for (const term of terms) {
    if (typeof term === "string") {
      out.push(term);
      continue;
    }
    const chosen = chooseAlternative(term.oneOf, get);
    for (const id of chosen) out.push(id);
  }
  return out;
}

function chooseAlternative(alts: readonly (readonly string[])[], get: CellGetter): readonly string[] {
  for (const a of alts) if (a.length > 0 && a.every((id) => get(id) !== undefined)) return a;
  for (const a of alts) if (a.some((id) => get(id) !== undefined)) return a;
  return alts[0] ?? [];
}

function join(a: Bilingual | null, b: Bilingual): Bilingual {
  return a ? { zh: `${a.zh}；${b.zh}`, en: `${a.en}; ${b.en}` } : b;
}

function roundSum(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** The outcome of summing a rule's cells: the value, or null with a note saying why. */
interface CellsResult {
  value: number | null;
  sources: string[];
  source: SourcePosition | undefined;
  note: Bilingual | null;
}

const NOT_IN_DOCUMENT: Bilingual = { zh: "报告中无此项", en: "not in the document" };

/**
 * The value columns of legacy rows printed as a breakdown with no total (区政府 | 区直单位 | 乡镇街道): rows with
 * a column and no typed id whose printed row has no typed id either. Recognition gives none of them the
 * plain id, as none is the body's figure.
 */
function breakdownColumns(report: AnnualReport): string[] {
  const typedRows = new Set<string>();
  // Labels keyed as Sets take them (a label of more than 16,383 characters by its fingerprint).
  const where = (r: AnnualReport["legacy"][number]["rows"][number]) =>
    `${mapKey(r.label)}\u0000${r.cell.source.table ?? ""}:${r.cell.source.row ?? r.cell.source.line}`;
  for (const t of report.legacy) for (const r of t.rows) if (r.id !== null) typedRows.add(where(r));
  const columns = new Set<string>();
  for (const t of report.legacy) {
    for (const r of t.rows) if (r.id === null && r.column !== null && !typedRows.has(where(r))) columns.add(r.column);
  }
  return [...columns];
}

/** A report's breakdown columns (`breakdownColumns`), read once per normalisation on first use. */
type Breakdown = () => readonly string[];

/** Why a metric none of whose sources is present is null: not in the document (and why, for a breakdown). */
function notInDocument(breakdown: Breakdown): Bilingual {
  const columns = breakdown();
  return columns.length === 0 ? NOT_IN_DOCUMENT : join(NOT_IN_DOCUMENT, breakdownNote(columns));
}

function breakdownNote(columns: readonly string[]): Bilingual {
  return {
    zh: `表中有只列分项、没有合计的行（${columns.join("、")}），分项不作为全机关的数`,
    en: `some table rows print only a breakdown with no total (${columns.join(", ")}); no part is taken as the body's figure`,
  };
}

/** Why no mapping applies: no table recognised, or a legacy table whose rows are only breakdowns. */
function noScheme(breakdown: Breakdown): Bilingual {
  const columns = breakdown();
  return columns.length === 0 ? NO_SCHEME : breakdownNote(columns);
}

/** The printed unit of the legacy row holding `id` (in its cell, else in its unit column), brackets dropped. */
function printedUnit(report: AnnualReport, id: string): string | null {
  for (const table of report.legacy) {
    for (const row of table.rows) {
      if (row.id !== id) continue;
      const unit = row.cell.unit ?? row.unit;
      return unit === null ? null : unit.normalize("NFKC").replace(/[()（）\s]/g, "");
    }
  }
  return null;
}

/**
 * The factor a rule's sum is multiplied by: its scale (万元 → 元: 10,000), or 1 when every source is a legacy row
 * printed in 元 (七、依申请公开信息收取的费用 | 元 | 200), which is in 元 already whatever unit the layout names.
 */
function scaleOf(report: AnnualReport, rule: MetricRule, sources: readonly string[]): number {
  if (rule.scale === undefined) return 1;
  if (report.legacy.length > 0 && sources.length > 0 && sources.every((id) => printedUnit(report, id) === "元")) {
    return 1;
  }
  return rule.scale;
}

function evaluateCells(get: CellGetter, report: AnnualReport, rule: MetricRule, breakdown: Breakdown): CellsResult {
  const sources = expandTerms(report, rule.sources, get);
  let absent: string[] | null = null;
  let notNumbers: string[] | null = null;
  let sum = 0;
  let source: SourcePosition | undefined;
  for (const id of sources) {
    const cell = get(id);
    if (cell === undefined) {
      if (absent === null) absent = [id];
      else absent.push(id);
      continue;
    }
    source ??= cell.source;
    if (cell.value !== null) sum += cell.value;
    else if (notNumbers === null) notNumbers = [`${id} (${cell.status})`];
    else notNumbers.push(`${id} (${cell.status})`);
  }
  if (sources.length === 0 || absent?.length === sources.length) {
    return { value: null, sources, source: undefined, note: notInDocument(breakdown) };
  }
  let note: Bilingual | null = null;
  if (absent !== null) {
    const what = absent.join(", ");
    note = { zh: `部分来源缺失：${what}`, en: `some sources absent: ${what}` };
  }
  if (notNumbers !== null) {
    const what = notNumbers.join(", ");
    note = join(note, {
      zh: `来源为空白或非数值，不按0计：${what}`,
      en: `blank or non-numeric sources, not counted as 0: ${what}`,
    });
  }
  if (note !== null) return { value: null, sources, source, note };
  return { value: roundSum(sum * scaleOf(report, rule, sources)), sources, source, note: null };
}

function metricOf(
  report: AnnualReport,
  get: CellGetter,
  id: MetricId,
  mapping: SchemeMapping | null,
  breakdown: Breakdown,
): Metric {
  const label = METRIC_LABELS[id];
  const rule = mapping?.rules[id];
  if (!mapping || !rule || rule.mapping === "unavailable") {
    const reason = rule?.reason ?? mapping?.unavailableReason ?? noScheme(breakdown);
    return { id, label, value: null, mapping: "unavailable", reason, sources: [] };
  }
  if (rule.narrative === "fees") {
    const fee = narrativeFee(report, rule.feeScope);
    if (!fee) {
      return {
        id,
        label,
        value: null,
        mapping: "unavailable",
        reason: join(rule.reason ?? null, {
          zh: "正文中未找到相关表述",
          en: "no such statement found in the narrative",
        }),
        sources: [],
      };
    }
    return {
      id,
      label,
      value: fee.value,
      mapping: rule.mapping,
      reason: join(rule.reason ?? null, {
        zh: `原文（${fee.where}）：“${fee.sentence}”`,
        en: `text (${fee.where}): “${fee.sentence}”`,
      }),
      sources: [fee.sourceId],
      source: fee.source,
    };
  }
  const result = evaluateCells(get, report, rule, breakdown);
  const reason = result.note ? join(rule.reason ?? null, result.note) : (rule.reason ?? null);
  const metric: Metric = { id, label, value: result.value, mapping: rule.mapping, reason, sources: result.sources };
  if (result.source !== undefined) metric.source = result.source;
  return metric;
}

/**
 * The tables of a gb report read in the other gb layout (a 2021 report printing the 2019 Table 二, formats.md
 * D10), with that layout's scheme; null when every table is in the report's own.
 */
function otherLayoutTables(report: AnnualReport, scheme: Scheme | null): Map<string, Scheme> | null {
  if (scheme !== "gb2021" && scheme !== "gb2019") return null;
  const out = new Map<string, Scheme>();
  for (const t of report.tables)
    if ((t.era === "gb2021" || t.era === "gb2019") && t.era !== scheme) out.set(t.id, t.era);
  return out.size === 0 ? null : out;
}

/** The table a rule reads (the first segment of its first source's field id), if any. */
function tableOfRule(rule: MetricRule | undefined): string | undefined {
  const first = rule?.sources[0];
  const field = typeof first === "string" ? first : first?.oneOf[0]?.[0];
  return field?.split(".", 1)[0];
}

/**
 * The mapping a metric is read with in a report with tables of the other gb layout: that layout's, when the
 * metric's table (by either layout's rule) was read in it; else the report's.
 */
function mappingOf(
  id: MetricId,
  mapping: SchemeMapping | null,
  mappings: Readonly<Record<Scheme, SchemeMapping>>,
  others: ReadonlyMap<string, Scheme>,
): SchemeMapping | null {
  for (const [table, scheme] of others) {
    const other = mappings[scheme];
    if (tableOfRule(other.rules[id]) === table || tableOfRule(mapping?.rules[id]) === table) return other;
  }
  return mapping;
}

function eraOf(report: AnnualReport, scheme: Scheme | null): FormatEra {
  if (report.meta.formatEra !== "unknown" || scheme === null) return report.meta.formatEra;
  if (scheme === "gb2021" || scheme === "gb2019" || scheme === "legacy_national") return scheme;
  return "legacy_provincial";
}

/**
 * Reduces a report of any era to the comparable view: every metric of METRIC_IDS, in order, with its value,
 * mapping (exact / approximate / unavailable), reason and source ids, and the conflicts of the report's own
 * tables that involve a source (`conflicts`, absent when none: the value is as printed all the same).
 */
export function normalizeReport(
  report: AnnualReport,
  mappings: Readonly<Record<Scheme, SchemeMapping>> = NORMALIZE_MAPPINGS,
): NormalizedReport {
  return normalizeMetrics(report, METRIC_IDS, mappings, undefined, true);
}

/**
 * The comparable view reduced to some metrics: the metrics `normalizeReport` gives for these ids (in the order
 * given; `conflicts` only with `withConflicts`: the identities run once, if a metric has a source), the others
 * not evaluated at all. `get`: the report's cell getter, when the caller already has one (`cellGetter(report)`).
 */
export function normalizeMetrics(
  report: AnnualReport,
  ids: readonly MetricId[],
  mappings: Readonly<Record<Scheme, SchemeMapping>> = NORMALIZE_MAPPINGS,
  get: CellGetter = cellGetter(report),
  withConflicts = false,
): NormalizedReport {
  const scheme = schemeOf(report);
  const mapping = scheme ? mappings[scheme] : null;
  let columns: readonly string[] | undefined;
  const breakdown: Breakdown = () => (columns ??= report.legacy.length === 0 ? [] : breakdownColumns(report));
  const others = otherLayoutTables(report, scheme);
  let conflicts: ConflictIndex | undefined;
  const metrics: Metric[] = new Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as MetricId;
    const own = others === null ? mapping : mappingOf(id, mapping, mappings, others);
    const metric = metricOf(report, get, id, own, breakdown);
    if (withConflicts && metric.sources.length > 0) {
      conflicts ??= conflictIndex(report);
      const found = conflictsOf(conflicts, metric.sources);
      if (found) metric.conflicts = found;
    }
    metrics[i] = metric;
  }
  return { year: report.meta.year, orgName: report.meta.orgName, era: eraOf(report, scheme), metrics };
}
