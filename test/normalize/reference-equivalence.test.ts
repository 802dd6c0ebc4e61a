/**
 * normalizeReport (one cell getter per report, no per-metric spreads) against a straightforward reference
 * evaluator written the way the mapping rules read: every id looked up with lookupCell, notes collected in
 * arrays and joined. Same output, key for key, on every fixture and on randomly edited fixtures. A metric's
 * `conflicts` are compared by rule id: the reference takes them from `validateReport` (what `xxgk check`
 * reports): every error finding of a layout identity with an operand among the metric's sources.
 */
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NORMALIZE_MAPPINGS, schemeOf } from "../../src/normalize/mappings.js";
import { METRIC_LABELS } from "../../src/normalize/metric-labels.js";
import { narrativeFee } from "../../src/normalize/narrative-fees.js";
import { expandTerms, normalizeReport } from "../../src/normalize/normalize.js";
import type { MetricRule, SchemeMapping } from "../../src/normalize/types.js";
import { parseReport } from "../../src/parse.js";
import { lookupCell } from "../../src/records.js";
import type { Cell, FormatEra } from "../../src/schema/common.js";
import { METRIC_IDS, type Metric, type MetricId, type NormalizedReport } from "../../src/schema/normalized.js";
import type { AnnualReport } from "../../src/schema/report.js";
import { GB_TEMPLATES } from "../../src/templates/index.js";
import { LEGACY_TEMPLATES } from "../../src/templates/legacy.js";
import type { Bilingual, Term } from "../../src/templates/types.js";
import { validateReport } from "../../src/validate/validate-report.js";
import { applyCellEdits, cellEdit } from "../helpers/report-edits.js";

const join = (a: Bilingual | null, b: Bilingual): Bilingual =>
  a ? { zh: `${a.zh}；${b.zh}`, en: `${a.en}; ${b.en}` } : b;

function referenceTerms(report: AnnualReport, terms: readonly Term[]): string[] {
  const has = (id: string) => lookupCell(report, id) !== undefined;
  return terms.flatMap((term) => {
    if (typeof term === "string") return [term];
    const alts = term.oneOf;
    return [...(alts.find((a) => a.length > 0 && a.every(has)) ?? alts.find((a) => a.some(has)) ?? alts[0] ?? [])];
  });
}

function referenceMetric(report: AnnualReport, id: MetricId, mapping: SchemeMapping | null): Metric {
  const label = METRIC_LABELS[id];
  const rule: MetricRule | undefined = mapping?.rules[id];
  if (!mapping || !rule || rule.mapping === "unavailable") {
    const reason = rule?.reason ??
      mapping?.unavailableReason ?? {
        zh: "报告中未识别出统计表格",
        en: "no statistics table was recognised in the report",
      };
    return { id, label, value: null, mapping: "unavailable", reason, sources: [] };
  }
  if (rule.narrative === "fees") {
    const fee = narrativeFee(report, rule.feeScope);
    if (!fee) {
      const reason = join(rule.reason ?? null, {
        zh: "正文中未找到相关表述",
        en: "no such statement found in the narrative",
      });
      return { id, label, value: null, mapping: "unavailable", reason, sources: [] };
    }
    const reason = join(rule.reason ?? null, {
      zh: `原文（${fee.where}）：“${fee.sentence}”`,
      en: `text (${fee.where}): “${fee.sentence}”`,
    });
    return { id, label, value: fee.value, mapping: rule.mapping, reason, sources: [fee.sourceId], source: fee.source };
  }
  const sources = referenceTerms(report, rule.sources);
  const found = sources.map((s) => ({ id: s, cell: lookupCell(report, s)?.cell }));
  const absent = found.filter((f) => f.cell === undefined).map((f) => f.id);
  const present = found.filter((f): f is { id: string; cell: Cell } => f.cell !== undefined);
  const metric: Metric = { id, label, value: null, mapping: rule.mapping, reason: rule.reason ?? null, sources };
  if (present.length === 0) {
    metric.reason = join(rule.reason ?? null, { zh: "报告中无此项", en: "not in the document" });
    return metric;
  }
  const notNumbers = present.filter((p) => p.cell.value === null).map((p) => `${p.id} (${p.cell.status})`);
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
  if (notes.length > 0) metric.reason = join(rule.reason ?? null, notes.reduce(join));
  else {
    const sum = present.reduce((s, p) => s + (p.cell.value ?? 0), 0);
    metric.value = Math.round(sum * (rule.scale ?? 1) * 1e6) / 1e6;
  }
  metric.source = present[0]?.cell.source;
  return metric;
}

/** Rule ids of every layout identity (gb and legacy). */
const IDENTITY_RULES = new Set(
  [...GB_TEMPLATES, ...LEGACY_TEMPLATES].flatMap((t) => t.identities.map((identity) => identity.id)),
);

/** The metric with `conflicts` as the sorted rule ids the report's own error findings give its sources, if any. */
function referenceConflicts(report: AnnualReport, metric: Metric): Metric {
  const errors = validateReport(report).filter((f) => f.severity === "error" && IDENTITY_RULES.has(f.rule));
  const rules = errors.filter((f) => f.operands.some((o) => metric.sources.includes(o.field))).map((f) => f.rule);
  return rules.length === 0 ? metric : ({ ...metric, conflicts: rules.sort() } as unknown as Metric);
}

/** A normalized view with each metric's conflicts as their sorted rule ids (as the reference gives them). */
const byRules = (n: NormalizedReport): NormalizedReport => ({
  ...n,
  metrics: n.metrics.map((m) =>
    m.conflicts ? ({ ...m, conflicts: m.conflicts.map((c) => c.rule).sort() } as unknown as Metric) : m,
  ),
});

function reference(report: AnnualReport): NormalizedReport {
  const scheme = schemeOf(report);
  const mapping = scheme ? NORMALIZE_MAPPINGS[scheme] : null;
  let era: FormatEra = report.meta.formatEra;
  if (era === "unknown" && scheme !== null) {
    era = scheme === "gb2021" || scheme === "gb2019" || scheme === "legacy_national" ? scheme : "legacy_provincial";
  }
  return {
    year: report.meta.year,
    orgName: report.meta.orgName,
    era,
    metrics: METRIC_IDS.map((id) => referenceConflicts(report, referenceMetric(report, id, mapping))),
  };
}

const FIXTURES = ["seeds", "corpus"].flatMap((dir) =>
  readdirSync(new URL(`../fixtures/${dir}/`, import.meta.url))
    .filter((f) => f.endsWith(".txt"))
    .map((f) => `${dir}/${f}`),
);
const read = (path: string): AnnualReport =>
  parseReport(readFileSync(new URL(`../fixtures/${path}`, import.meta.url))).report;

const CELLS: Cell[] = [
  { raw: "", value: null, status: "blank", source: { line: 1, column: 1, offset: 0 } },
  { raw: "—", value: null, status: "na", source: { line: 2, column: 1, offset: 5 } },
  { raw: "若干", value: null, status: "text", source: { line: 3, column: 1, offset: 9 } },
  { raw: "-3", value: -3, status: "number", source: { line: 4, column: 1, offset: 14 } },
  { raw: "0.15", value: 0.15, status: "number", source: { line: 5, column: 1, offset: 20 } },
  { raw: "12", value: 12, status: "number", source: { line: 6, column: 1, offset: 26 } },
];

/** A cell (by index among the cells or the legacy rows) replaced, removed, or (legacy) given another row's id. */
const edit = cellEdit(CELLS, { retarget: true });

describe("normalizeReport equals the reference evaluator", () => {
  it("finds the fixtures", () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(8);
  });

  for (const path of FIXTURES) {
    const base = read(path);

    it(`${path}: as parsed`, () => {
      const fast = byRules(normalizeReport(base));
      expect(fast).toEqual(reference(base));
      expect(JSON.stringify(fast)).toBe(JSON.stringify(reference(base)));
    });

    it(`${path}: after random edits of cells and legacy rows`, () => {
      let numbers = 0;
      fc.assert(
        fc.property(fc.array(edit, { maxLength: 10 }), fc.boolean(), (edits, unknownEra) => {
          const report = applyCellEdits(base, edits);
          if (unknownEra) report.meta.formatEra = "unknown";
          const fast = byRules(normalizeReport(report));
          numbers += fast.metrics.filter((m) => m.value !== null).length;
          expect(JSON.stringify(fast)).toBe(JSON.stringify(reference(report)));
        }),
        { numRuns: 60 },
      );
      expect(numbers).toBeGreaterThan(0);
    });
  }

  it("expandTerms with and without a getter: oneOf picks the first fully present alternative", () => {
    const report = read("seeds/000_cc43e5a43c1be886.txt");
    const present = Object.keys(report.cells)[0]!;
    const terms: Term[] = ["x.y", { oneOf: [["missing.one", present], [present], ["missing.two"]] }];
    expect(expandTerms(report, terms)).toEqual(["x.y", present]);
    expect(expandTerms(report, terms)).toEqual(referenceTerms(report, terms));
    expect(expandTerms(report, [{ oneOf: [["missing.one"], ["missing.two", present]] }])).toEqual([
      "missing.two",
      present,
    ]);
  });
});
