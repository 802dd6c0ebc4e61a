/**
 * `normalizeReport`: one generic evaluation of the mapping tables (mappings.ts) over a report. A metric's
 * value is the sum of its source cells (times its scale); an absent, blank, dash or text source makes the
 * value null — never a silent 0 — and the reason says which sources were missing or not numbers.
 */

import { lookupCell } from "../records.js";
import type { FormatEra, SourcePosition } from "../schema/common.js";
import { METRIC_IDS, type Metric, type MetricId, type NormalizedReport } from "../schema/normalized.js";
import type { AnnualReport } from "../schema/report.js";
import type { Bilingual, Term } from "../templates/types.js";
import { NORMALIZE_MAPPINGS, schemeOf } from "./mappings.js";
import { METRIC_LABELS } from "./metric-labels.js";
import { narrativeFee } from "./narrative-fees.js";
import type { MetricRule, Scheme, SchemeMapping } from "./types.js";

const NO_SCHEME: Bilingual = {
  zh: "报告中未识别出统计表格",
  en: "no statistics table was recognised in the report",
};

const has = (report: AnnualReport, id: string) => lookupCell(report, id) !== undefined;

/** Expands terms to ids: a `{ oneOf }` takes the first alternative fully present, else the first partly present, else the first. */
export function expandTerms(report: AnnualReport, terms: readonly Term[]): string[] {
  const out: string[] = [];
  for (const term of terms) {
    if (typeof term === "string") {
      out.push(term);
      continue;
    }
    const alts = term.oneOf;
    const chosen =
      alts.find((a) => a.length > 0 && a.every((id) => has(report, id))) ??
      alts.find((a) => a.some((id) => has(report, id))) ??
      alts[0] ??
      [];
    for (const id of chosen) out.push(id);
  }
  return out;
}

function join(a: Bilingual | null, b: Bilingual): Bilingual {
  return a ? { zh: `${a.zh}；${b.zh}`, en: `${a.en}; ${b.en}` } : b;
}

function roundSum(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

function evaluateCells(
  report: AnnualReport,
  rule: MetricRule,
): { value: number | null; sources: string[]; source?: SourcePosition; note?: Bilingual } {
  const sources = expandTerms(report, rule.sources);
  const absent: string[] = [];
  const notNumbers: string[] = [];
  let sum = 0;
  let source: SourcePosition | undefined;
  for (const id of sources) {
    const found = lookupCell(report, id);
    if (!found) {
      absent.push(id);
      continue;
    }
    source ??= found.cell.source;
    if (found.cell.value === null) notNumbers.push(`${id} (${found.cell.status})`);
    else sum += found.cell.value;
  }
  if (absent.length === sources.length) {
    return { value: null, sources, note: { zh: "报告中无此项", en: "not in the document" } };
  }
  const notes: Bilingual[] = [];
  if (absent.length > 0) {
    notes.push({ zh: `部分来源缺失：${absent.join(", ")}`, en: `some sources absent: ${absent.join(", ")}` });
  }
  if (notNumbers.length > 0) {
    const what = notNumbers.join(", ");
    notes.push({
      zh: `来源为空白或非数值，不按0计：${what}`,
      en: `blank or non-numeric sources, not counted as 0: ${what}`,
    });
  }
  const base = { sources, ...(source ? { source } : {}) };
  if (notes.length > 0) return { ...base, value: null, note: notes.reduce((a, b) => join(a, b)) };
  return { ...base, value: roundSum(sum * (rule.scale ?? 1)) };
}

function metricOf(report: AnnualReport, id: MetricId, mapping: SchemeMapping | null): Metric {
  const label = METRIC_LABELS[id];
  const rule = mapping?.rules[id];
  if (!mapping || !rule || rule.mapping === "unavailable") {
    const reason = rule?.reason ?? mapping?.unavailableReason ?? NO_SCHEME;
    return { id, label, value: null, mapping: "unavailable", reason, sources: [] };
  }
  if (rule.narrative === "fees") {
    const fee = narrativeFee(report);
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
      reason: join(rule.reason ?? null, { zh: `原文：“${fee.sentence}”`, en: `text: “${fee.sentence}”` }),
      sources: [fee.sourceId],
      source: fee.source,
    };
  }
  const result = evaluateCells(report, rule);
  const reason = result.note ? join(rule.reason ?? null, result.note) : (rule.reason ?? null);
  const metric: Metric = { id, label, value: result.value, mapping: rule.mapping, reason, sources: result.sources };
  if (result.source) metric.source = result.source;
  return metric;
}

function eraOf(report: AnnualReport, scheme: Scheme | null): FormatEra {
  if (report.meta.formatEra !== "unknown" || scheme === null) return report.meta.formatEra;
  if (scheme === "gb2021" || scheme === "gb2019" || scheme === "legacy_national") return scheme;
  return "legacy_provincial";
}

/**
 * Reduces a report of any era to the comparable view: every metric of METRIC_IDS, in order, with its value,
 * mapping (exact / approximate / unavailable), reason and source ids.
 */
export function normalizeReport(
  report: AnnualReport,
  mappings: Readonly<Record<Scheme, SchemeMapping>> = NORMALIZE_MAPPINGS,
): NormalizedReport {
  const scheme = schemeOf(report);
  const mapping = scheme ? mappings[scheme] : null;
  return {
    year: report.meta.year,
    orgName: report.meta.orgName,
    era: eraOf(report, scheme),
    metrics: METRIC_IDS.map((id) => metricOf(report, id, mapping)),
  };
}
