/**
 * The likely-typo hint against the report's own prose. likely-fix.ts names the one cell whose change mends a
 * group of violated identities; when the text states a number (无法提供1件) that the tables agree with now and
 * that the change would break, the hint proposes a value the report contradicts: it is taken back
 * (`withdrawHint`), and the finding says which sentence stands against it.
 */
import { lookupCell } from "../records.js";
import type { Finding } from "../schema/finding.js";
import type { MetricId, NormalizedReport } from "../schema/normalized.js";
import type { AnnualReport } from "../schema/report.js";
import { cellName } from "./cell-names.js";
import { withdrawHint } from "./likely-fix.js";
import { proseClaims } from "./narrative.js";
import type { NarrativeClaim } from "./narrative-claims.js";
import { quoteAround } from "./narrative-messages.js";
import { metricOf } from "./narrative-table.js";

/** The claims of a report's prose that are compared with the tables (those about part of the body left out). */
function comparedClaims(report: AnnualReport): NarrativeClaim[] {
  const claims: NarrativeClaim[] = [];
  proseClaims(report, claims, []);
  return claims.filter((c) => c.outOfScope === undefined);
}

/**
 * A claim's readings of the table (one per alternative of its pattern), before and after `field` changes by
 * `change`: each an exact metric sum, the field counted as often as the metrics' sources name it. Undefined
 * for an alternative a metric of which is not an exact number.
 */
function readings(
  claim: NarrativeClaim,
  normalized: NormalizedReport,
  field: string,
  change: number,
): { before: number; after: number }[] {
  const out: { before: number; after: number }[] = [];
  for (const ids of claim.pattern.metrics) {
    let before = 0;
    let times = 0;
    let usable = true;
    for (const id of ids) {
      const metric = metricOf(normalized, id);
      if (!metric || metric.value === null || metric.mapping !== "exact") {
        usable = false;
        break;
      }
      before += metric.value;
      for (const source of metric.sources) if (source === field) times++;
    }
    if (usable) out.push({ before, after: before + times * change });
  }
  return out;
}

/** Whether a table value agrees with a stated number (“25余”: not below it), as the narrative rules compare. */
const agrees = (claim: NarrativeClaim, value: number): boolean =>
  claim.atLeast ? value >= claim.value : Math.abs(value - claim.value) < 1e-9;

/** The first claim the tables agree with now and would not once `field` changes by `change`. */
function contradicting(
  claims: readonly NarrativeClaim[],
  normalized: NormalizedReport,
  field: string,
  change: number,
): NarrativeClaim | undefined {
  for (const claim of claims) {
    const read = readings(claim, normalized, field, change);
    if (read.some((r) => agrees(claim, r.before)) && !read.some((r) => agrees(claim, r.after))) return claim;
  }
  return undefined;
}

/**
 * Takes back each likely-typo hint (`suggestion`) that the report's prose contradicts: a number the text
 * states, which the tables agree with now, and which the hinted value would make false. `normalizedView` gives
 * the normalized view with the claims' metrics (called once, only when a finding has a hint and the text states
 * a number). `read`: the claims the narrative rules read from the same report (out of scope ones too), when
 * they did; else the prose is read here. Changes the findings in place.
 */
export function checkHintsAgainstProse(
  findings: readonly Finding[],
  report: AnnualReport,
  normalizedView: (metrics: ReadonlySet<MetricId>) => NormalizedReport,
  read?: readonly NarrativeClaim[],
): void {
  const hinted = findings.filter((f) => f.suggestion !== undefined);
  if (hinted.length === 0) return;
  const claims = read ? read.filter((c) => c.outOfScope === undefined) : comparedClaims(report);
  if (claims.length === 0) return;
  const metrics = new Set<MetricId>();
  for (const claim of claims) for (const ids of claim.pattern.metrics) for (const id of ids) metrics.add(id);
  const normalized = normalizedView(metrics);
  for (const finding of hinted) {
    const { field, value } = finding.suggestion as { field: string; value: number };
    const found = lookupCell(report, field);
    const now = found?.cell.value;
    if (typeof now !== "number") continue;
    const claim = contradicting(claims, normalized, field, value - now);
    if (!claim) continue;
    const unit = claim.pattern.units?.[0] ?? "件";
    const quote = quoteAround(claim.sentence, claim.at);
    const stated = `${claim.value}${claim.atLeast ? "余" : ""}`;
    const cell = { zh: cellName(field, found?.label, "zh"), en: cellName(field, found?.label, "en") };
    withdrawHint(finding, {
      zh: `；只改一处而消除这几处不符的唯一改法是把“${cell.zh}”改为${value}，但正文“${quote}”称${claim.pattern.label.zh}${stated}${unit}，与表格现有数值相符，故不作此提示：请对照正文核对表格`,
      en: `; the only single change mending these sets ${cell.en} to ${value}, but the text "${quote}" states ${stated} ${claim.pattern.label.en}, as the table has it now: no hint is given, check the table against the text`,
    });
  }
}
