/**
 * Narrative against table (NARR-*): numbers the prose states (收到申请21件, 不予公开0件, 行政复议0件, 占51.85%)
 * compared with the matching table values through the normalized metrics. Conservative: only a clause that
 * clearly states the quantity is read, clauses about other periods or changes are skipped, and a number that
 * equals any accepted reading of the table passes. Findings are warnings.
 */

import { mapKey } from "../map-key.js";
import type { SourcePosition } from "../schema/common.js";
import type { Finding } from "../schema/finding.js";
import type { MetricId, NormalizedReport } from "../schema/normalized.js";
import type { AnnualReport } from "../schema/report.js";
import { englishOperand } from "./cell-names.js";
import { ClaimLocator } from "./claim-position.js";
import { appendClaims, type NarrativeClaim, narrativeClaims, readStatedNumber } from "./narrative-claims.js";
import { compilePattern } from "./narrative-compile.js";
import { quoteAround, unscopedFinding } from "./narrative-messages.js";
import { noneClaims } from "./narrative-none.js";
import {
  NARR_NOT_COMPARED,
  NARR_PERCENT,
  NARRATIVE_PATTERNS,
  PERCENT_BASES,
  PERCENT_NAMED_BASES,
} from "./narrative-patterns.js";
import { operandsOf, sumOf, type TableValue, tableValue } from "./narrative-table.js";
import { ruleEnabled, type ValidateOptions } from "./types.js";

/** Compiles a pattern of the data table (re-exported from narrative-compile.ts). */
/** The claims of a text (re-exported from narrative-claims.ts). */
export { compilePattern, type NarrativeClaim, narrativeClaims, readStatedNumber };

/** Whether a table value agrees with a stated number (“25余”: not below it). */
const agrees = (claim: NarrativeClaim, table: number): boolean =>
  claim.atLeast ? table >= claim.value : table === claim.value;

function percentFinding(
  claim: NarrativeClaim,
  report: AnnualReport,
  normalized: NormalizedReport,
  origin: ClaimLocator,
): Finding | undefined {
  if (claim.percent === undefined) return undefined;
  const pct = claim.percent;
  const decimals = /\.(\d+)/.exec(String(pct))?.[1]?.length ?? 0;
  const tol = 0.5 * 10 ** -decimals + 0.01;
  // The base the text names (占收到申请总数的53.7%), else any base a share of a count may have.
  const of = claim.percentOf;
  const named = of === undefined ? undefined : PERCENT_NAMED_BASES.find((b) => b.words.some((w) => of.includes(w)));
  const bases = (named?.bases ?? PERCENT_BASES)
    .map((ids) => tableValue(report, normalized, ids))
    .filter((b): b is TableValue => b !== undefined && b.value > 0);
  if (bases.length === 0) return undefined;
  if (bases.some((b) => Math.abs((claim.value / b.value) * 100 - pct) <= tol)) return undefined;
  const base = bases[0]!;
  const expected = Math.round((claim.value / base.value) * 10000) / 100;
  return {
    rule: NARR_PERCENT,
    severity: "warning",
    message: {
      zh: `正文“${quoteAround(claim.sentence, claim.at)}”：${claim.pattern.label.zh}${claim.value}件占${pct}%，但${claim.value} ÷ ${base.value} = ${expected}%`,
      en: `text "${quoteAround(claim.sentence, claim.at)}": ${claim.value} ${claim.pattern.label.en} stated as ${pct}%, but ${claim.value} / ${base.value} = ${expected}%`,
    },
    expected,
    actual: pct,
    delta: Math.round((pct - expected) * 100) / 100,
    operands: operandsOf(report, base),
    source: origin.source(claim.place),
  };
}

/** Appends the findings of one claim to `out` (its own rule's, then NARR-PERCENT's). */
function claimFindings(
  claim: NarrativeClaim,
  report: AnnualReport,
  normalized: NormalizedReport,
  origin: ClaimLocator,
  options: ValidateOptions,
  out: Finding[],
): void {
  const { pattern } = claim;
  let first: TableValue | undefined;
  let agreed = false;
  if (pattern.rowContext) {
    for (const ids of pattern.metrics) {
      const reading = tableValue(report, normalized, ids, pattern.approximateMetrics, pattern.rowContext);
      if (reading === undefined) continue;
      first ??= reading;
      if (agrees(claim, reading.value)) agreed = true;
    }
  } else {
    // Without row context a reading is its sum: the table value is made only for a finding.
    let firstIds: readonly MetricId[] | undefined;
    for (const ids of pattern.metrics) {
      const value = sumOf(normalized, ids, pattern.approximateMetrics === true);
      if (value === undefined) continue;
      firstIds ??= ids;
      if (agrees(claim, value)) agreed = true;
    }
    if (firstIds && !agreed) first = tableValue(report, normalized, firstIds, pattern.approximateMetrics);
  }
  if (first && !agreed && claim.outOfScope !== undefined) {
    if (ruleEnabled(NARR_NOT_COMPARED, options)) {
      out.push(unscopedFinding(claim, first.value, operandsOf(report, first), origin.source(claim.place)));
    }
    return;
  }
  if (ruleEnabled(pattern.rule, options) && first && !agreed) {
    const unit = pattern.units?.[0] ?? "件";
    const stated = `${claim.value}${claim.atLeast ? "余" : ""}`;
    const operands = operandsOf(report, first);
    const shown = operands.filter((o) => o.value !== 0 || pattern.units !== undefined);
    const labels = shown.map((o) => `${o.label} = ${o.value}`);
    const approx = first.approximate;
    out.push({
      rule: pattern.rule,
      severity: "warning",
      message: {
        zh: `正文“${quoteAround(claim.sentence, claim.at)}”称${pattern.label.zh}${stated}${unit}，表格为${first.value}（${labels.join("；") || "各项均为0"}）${
          approx ? `；近似比较，非明确矛盾：${approx.zh}` : ""
        }`,
        en: `text "${quoteAround(claim.sentence, claim.at)}" states ${stated} ${pattern.label.en}; the table has ${first.value} (${
          shown.map((o) => `${englishOperand(o.field, o.label)} = ${o.value}`).join("; ") || "all 0"
        })${approx ? `; an approximate comparison, not a clear contradiction: ${approx.en}` : ""}`,
      },
      expected: first.value,
      actual: claim.value,
      delta: claim.value - first.value,
      operands,
      source: origin.source(claim.place),
    });
  }
  if (claim.percent !== undefined && ruleEnabled(NARR_PERCENT, options)) {
    const pf = percentFinding(claim, report, normalized, origin);
    if (pf) out.push(pf);
  }
}

/**
 * Appends the claims of a report's prose to `claims`, and the prose each was read from to `origins`: each
 * sub-section on its own, and a section's text before its first sub-section. The claims of sentences about
 * part of the body (`outOfScope`) and the statements of none (noneClaims) are among them.
 */
export function proseClaims(report: AnnualReport, claims: NarrativeClaim[], origins: ClaimLocator[]): void {
  const year = report.meta.year;
  const add = (
    text: string,
    lines: readonly SourcePosition[] | undefined,
    source: SourcePosition,
    heading: string,
  ): void => {
    const from = claims.length;
    appendClaims(text, claims, { year, locate: true, heading, unscoped: claims });
    for (const none of noneClaims(text, heading, year)) claims.push(none);
    if (claims.length === from) return;
    const origin = new ClaimLocator(text, lines, source);
    for (let i = from; i < claims.length; i++) origins.push(origin);
  };
  for (const section of report.sections) {
    const first = section.subsections[0];
    const cut = first ? section.text.indexOf(first.heading) : -1;
    add(cut >= 0 ? section.text.slice(0, cut) : section.text, section.lines, section.source, section.heading);
    if (cut < 0 && first) continue;
    for (const sub of section.subsections) add(sub.text, sub.lines, sub.source, `${section.heading} ${sub.heading}`);
  }
}

/** The metrics a set of claims is compared with: their patterns' alternatives, and the bases of any percentage. */
export function claimMetrics(claims: readonly NarrativeClaim[]): Set<MetricId> {
  const ids = new Set<MetricId>();
  for (const claim of claims) {
    for (const alternative of claim.pattern.metrics) for (const id of alternative) ids.add(id);
    if (claim.percent !== undefined) for (const base of PERCENT_BASES) for (const id of base) ids.add(id);
  }
  return ids;
}

/** Every rule the narrative checks can report. */
const NARRATIVE_RULES: readonly string[] = [
  ...new Set(NARRATIVE_PATTERNS.map((p) => p.rule)),
  NARR_PERCENT,
  NARR_NOT_COMPARED,
];

/**
 * Every narrative finding of a report, given its normalized view (from normalizeReport) or a function that
 * makes it — called once, only when the text states a number to compare, with the metrics the claims
 * read (`claimMetrics`): the view needs only those. With no narrative rule enabled by `options`, the prose is
 * not read. `read`, when given, receives the claims read (those out of scope too), for other checks of the
 * same validation (likely-fix-prose.ts) to use without reading the prose again.
 */
export function narrativeFindings(
  report: AnnualReport,
  normalizedView: NormalizedReport | ((metrics: ReadonlySet<MetricId>) => NormalizedReport),
  options: ValidateOptions = {},
  read?: { claims?: readonly NarrativeClaim[] },
): Finding[] {
  // With every narrative rule switched off (options.rules, skipRules) the prose is not read at all.
  if (!NARRATIVE_RULES.some((rule) => ruleEnabled(rule, options))) return [];
  const claims: NarrativeClaim[] = [];
  const origins: ClaimLocator[] = [];
  proseClaims(report, claims, origins);
  if (read) read.claims = claims;
  if (claims.length === 0) return [];
  const normalized = typeof normalizedView === "function" ? normalizedView(claimMetrics(claims)) : normalizedView;
  const out: Finding[] = [];
  const found: Finding[] = [];
  // Each finding once per sentence, rule and number: by sentence (a claim's sentence is shared by the
  // claims read from it, so it is keyed once per run of them), then by rule and number.
  const seen = new Map<string, Set<string>>();
  let sentence: string | undefined;
  let reported: Set<string> | undefined;
  for (let i = 0; i < claims.length; i++) {
    const claim = claims[i] as NarrativeClaim;
    if (found.length > 0) found.length = 0;
    claimFindings(claim, report, normalized, origins[i] as ClaimLocator, options, found);
    for (const f of found) {
      if (reported === undefined || claim.sentence !== sentence) {
        sentence = claim.sentence;
        const key = mapKey(sentence);
        reported = seen.get(key);
        if (reported === undefined) {
          reported = new Set();
          seen.set(key, reported);
        }
      }
      const key = `${f.rule}\u0000${claim.value}`;
      if (reported.has(key)) continue;
      reported.add(key);
      out.push(f);
    }
  }
  return out;
}
