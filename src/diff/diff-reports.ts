/** diffReports and diffSeries: year-over-year comparison of reports of one body. */

import { normalizeReport } from "../normalize/index.js";
import type { NormalizedReport } from "../schema/normalized.js";
import type { AnnualReport } from "../schema/report.js";
import { type CrossYearOptions, crossYearFindings } from "../validate/cross-year.js";
import { absoluteChange } from "./change.js";
import { diffFields } from "./fields.js";
import { diffMetrics, metricStatus, sideExtras } from "./metrics.js";
import type { ReportDiff, ReportRef, ReportSeries, SeriesRow } from "./schema.js";

/** Options of {@link diffReports}. */
export interface DiffOptions {
  /** List unchanged fields and metrics too (with `changed: false`); by default they are only counted. */
  includeUnchanged?: boolean;
  /** Options passed to crossYearFindings. */
  crossYear?: CrossYearOptions;
  /** The normalized view to compare metrics on (default: normalizeReport). */
  normalize?: (report: AnnualReport) => NormalizedReport;
}

/** Year, body and era of a report. */
export function reportRef(report: AnnualReport): ReportRef {
  return { year: report.meta.year, org: report.meta.orgName, era: report.meta.formatEra };
}

/** Whether two reports share a known era, so their cells compare by field id. */
export function sameEra(older: AnnualReport, newer: AnnualReport): boolean {
  return older.meta.formatEra === newer.meta.formatEra && older.meta.formatEra !== "unknown";
}

/**
 * Compares an older and a newer report: field by field on the canonical ids when both share an era,
 * metric by metric on the normalized view always (each side's mapping kept, so approximate comparisons
 * show), plus the cross-year findings. Unchanged fields and metrics are counted, listed only when asked.
 * Pure: the reports are not changed.
 */
export function diffReports(older: AnnualReport, newer: AnnualReport, options: DiffOptions = {}): ReportDiff {
  const normalize = options.normalize ?? normalizeReport;
  const includeUnchanged = options.includeUnchanged ?? false;
  const same = sameEra(older, newer);
  const fieldDiff = same ? diffFields(older, newer, includeUnchanged) : { changes: [], unchanged: 0 };
  const metricDiff = diffMetrics(normalize(older), normalize(newer), includeUnchanged, [older, newer]);
  return {
    older: reportRef(older),
    newer: reportRef(newer),
    sameEra: same,
    fields: fieldDiff.changes,
    metrics: metricDiff.changes,
    unchanged: { fields: fieldDiff.unchanged, metrics: metricDiff.unchanged, unavailable: metricDiff.unavailable },
    findings: crossYearFindings(older, newer, options.crossYear),
  };
}

/** Options of {@link diffSeries}. */
export type SeriesOptions = Omit<DiffOptions, "includeUnchanged">;

/**
 * A series of reports (of one body) sorted by year, unknown years last: every metric of the normalized
 * view by year (value, status and mapping per year, change from each year to the next), and the
 * cross-year findings between each consecutive pair.
 */
export function diffSeries(reports: readonly AnnualReport[], options: SeriesOptions = {}): ReportSeries {
  const normalize = options.normalize ?? normalizeReport;
  const sorted = reports
    .map((report, index) => ({ report, index }))
    .sort((a, b) => {
      const ya = a.report.meta.year ?? Number.POSITIVE_INFINITY;
      const yb = b.report.meta.year ?? Number.POSITIVE_INFINITY;
      return ya === yb ? a.index - b.index : ya - yb;
    })
    .map((x) => x.report);
  const views = sorted.map((r) => normalize(r));
  const ids: NormalizedReport["metrics"][number]["id"][] = [];
  for (const v of views) for (const m of v.metrics) if (!ids.includes(m.id)) ids.push(m.id);
  const metrics: SeriesRow[] = ids.map((id) => {
    const points = views.map((v, i) => {
      const m = v.metrics.find((x) => x.id === id);
      const year = sorted[i]!.meta.year;
      if (!m)
        return { year, value: null, status: "unavailable" as const, mapping: "unavailable" as const, reason: null };
      const extras = sideExtras(m, sorted[i]);
      return { year, value: m.value, status: metricStatus(m), mapping: m.mapping, reason: m.reason, ...extras };
    });
    const label = views.flatMap((v) => v.metrics).find((m) => m.id === id)!.label;
    const changes = points.slice(1).map((p, i) => absoluteChange(points[i]!.value, p.value));
    return { metric: id, label, points, changes };
  });
  const pairs = sorted.slice(1).map((newer, i) => ({
    older: i,
    newer: i + 1,
    findings: crossYearFindings(sorted[i]!, newer, options.crossYear),
  }));
  return { reports: sorted.map(reportRef), metrics, pairs };
}
