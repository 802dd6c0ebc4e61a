/**
 * Readable year-over-year output: `formatDiff` and `formatSeries` as Markdown (a table a journalist can
 * paste, approximate mappings marked ≈ with footnotes) or as terminal text aligned by display width.
 */

import { append } from "../append.js";
import type { Finding } from "../schema/finding.js";
import { type Align, markdownTable, textTable } from "./format-table.js";
import { sameBody } from "./report-identity.js";
import type { FieldChange, FieldSide, MetricSide, ReportDiff, ReportRef, ReportSeries, SeriesPoint } from "./schema.js";

/** Output options of the formatters. */
export interface DiffFormatOptions {
  /** `markdown` (GFM tables, footnotes) or `text` (aligned for a terminal). */
  format: "text" | "markdown";
}

/** Collects the reasons of approximate mappings and numbers them for footnotes. */
class Notes {
  private readonly list: string[] = [];
  /** The footnote number of a reason (1-based), added on first use. */
  ref(reason: string): number {
    const i = this.list.indexOf(reason);
    if (i >= 0) return i + 1;
    this.list.push(reason);
    return this.list.length;
  }
  /** Footnote lines in the chosen format. */
  lines(md: boolean): string[] {
    if (this.list.length === 0) return [];
    const head = md ? "≈ 近似口径（approximate mapping）：" : "≈ 近似口径（approximate mapping）:";
    return [head, ...this.list.map((r, i) => (md ? `[^${i + 1}]: ${r}` : `  [${i + 1}] ${r}`))];
  }
}

/** A number as printed: integers plainly, decimals as given. */
function num(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(6)));
}

function signed(n: number | null): string {
  if (n === null) return "—";
  return n > 0 ? `+${num(n)}` : num(n);
}

function percent(r: number | null): string {
  if (r === null) return "—";
  const p = Number((r * 100).toFixed(1)) + 0;
  return p > 0 ? `+${p}%` : `${p}%`;
}

function fieldValue(side: FieldSide): string {
  switch (side.status) {
    case "number":
      // A value written in another money unit shows as compared, with the cell as printed.
      return side.unit !== undefined && side.raw !== null && side.raw !== num(side.value!)
        ? `${num(side.value!)}（${side.raw}）`
        : num(side.value!);
    case "blank":
      return "（空白）";
    case "absent":
      return "（无）";
    default:
      return side.raw ?? "";
  }
}

function metricValue(
  side: Pick<MetricSide, "value" | "status" | "mapping" | "reason">,
  year: string,
  notes: Notes,
  md: boolean,
): string {
  const base = side.status === "number" ? num(side.value!) : side.status === "unavailable" ? "不适用" : "（缺）";
  if (side.mapping !== "approximate") return base;
  const n = notes.ref(`${year}：${side.reason?.zh ?? "近似口径"}（${side.reason?.en ?? "approximate"}）`);
  return md ? `≈${base}[^${n}]` : `≈${base} [${n}]`;
}

/**
 * The sides shown without ≈ when every one that has a value maps onto the metric approximately in the same
 * way (two 2019 reports: both count the 2019 处理决定数量, so they compare like for like); else as given.
 */
function likeForLike<T extends Pick<MetricSide, "mapping" | "reason">>(sides: readonly T[]): T[] {
  const mapped = sides.filter((s) => s.mapping !== "unavailable");
  const reason = mapped[0]?.reason?.zh;
  const same =
    mapped.length > 1 && mapped.every((s) => s.mapping === "approximate" && s.reason?.zh === reason && reason);
  return same ? sides.map((s) => (s.mapping === "approximate" ? { ...s, mapping: "exact" as const } : s)) : [...sides];
}

function yearOf(ref: ReportRef): string {
  return ref.year === null ? "?" : String(ref.year);
}

function findingLines(findings: readonly Finding[], md: boolean): string[] {
  return findings.map((f) => `${md ? "- " : "  "}${f.severity} ${f.rule}: ${f.message.zh}`);
}

function title(older: ReportRef, newer: ReportRef): string {
  const org = newer.org ?? older.org ?? "（机关未识别）";
  const key = (s: string) => s.normalize("NFKC").replace(/\s+/g, "");
  const differ = older.org && newer.org && !sameBody(key(older.org), key(newer.org));
  const orgs = differ ? `${older.org} → ${newer.org}` : org;
  return `${orgs}：${yearOf(older)} → ${yearOf(newer)}`;
}

function fieldRows(changes: readonly FieldChange[]): string[][] {
  return changes.map((c) => [
    c.label.zh,
    fieldValue(c.old),
    fieldValue(c.new),
    c.statusChange && c.change === null ? `${c.statusChange.from} → ${c.statusChange.to}` : signed(c.change),
  ]);
}

/** Formats a diff (diffReports) as Markdown or aligned text, Chinese labels first. */
export function formatDiff(diff: ReportDiff, options: DiffFormatOptions = { format: "markdown" }): string {
  const md = options.format === "markdown";
  const notes = new Notes();
  const [y0, y1] = [yearOf(diff.older), yearOf(diff.newer)];
  const table = md ? markdownTable : textTable;
  const right: Align[] = ["left", "right", "right", "right", "right"];
  const out: string[] = [md ? `## ${title(diff.older, diff.newer)}` : title(diff.older, diff.newer), ""];
  out.push(
    md ? `### 主要指标（可比口径）` : "主要指标（可比口径）",
    "",
    diff.metrics.length === 0
      ? "各项指标均无变化。"
      : table(
          ["指标", y0, y1, "变化", "变化率"],
          diff.metrics.map((m) => {
            const [old, now] = likeForLike([m.old, m.new]) as [MetricSide, MetricSide];
            return [
              m.label.zh,
              metricValue(old, y0, notes, md),
              metricValue(now, y1, notes, md),
              signed(m.change),
              percent(m.relativeChange),
            ];
          }),
          right,
        ),
    "",
  );
  if (diff.sameEra) {
    out.push(
      md ? "### 统计表单元格变化（同一格式）" : "统计表单元格变化（同一格式）",
      "",
      diff.fields.length === 0
        ? "统计表各单元格均无变化。"
        : table(["单元格", y0, y1, "变化"], fieldRows(diff.fields), right),
      "",
    );
    const unitNotes = diff.fields.filter((c) => c.note !== undefined);
    if (unitNotes.length > 0) {
      out.push(...unitNotes.map((c) => `${md ? "- " : "  "}${c.label.zh}：${c.note!.zh}`), "");
    }
  } else {
    out.push(`两份报告格式不同（${diff.older.era} / ${diff.newer.era}），只按可比口径比较指标。`, "");
  }
  out.push(`未变化：${diff.unchanged.fields} 个单元格，${diff.unchanged.metrics} 项指标。`, "");
  if (diff.findings.length > 0) {
    out.push(md ? "### 跨年度核对" : "跨年度核对", "", ...findingLines(diff.findings, md), "");
  }
  append(out, notes.lines(md));
  return `${out.join("\n").trimEnd()}\n`;
}

function seriesValue(p: SeriesPoint, notes: Notes, md: boolean): string {
  return metricValue(p, p.year === null ? "?" : String(p.year), notes, md);
}

/** Formats a series (diffSeries) as a metric × year table, Markdown or aligned text. */
export function formatSeries(series: ReportSeries, options: DiffFormatOptions = { format: "markdown" }): string {
  const md = options.format === "markdown";
  const notes = new Notes();
  const years = series.reports.map(yearOf);
  const n = series.reports.length;
  // Every body the series holds, once each (a name and its variant with a region before it are one body),
  // under its name in the newest report that names it, as the diff of two reports is titled.
  const orgs: string[] = [];
  for (let i = series.reports.length - 1; i >= 0; i--) {
    const name = (series.reports[i] as ReportRef).org;
    if (name !== null && !orgs.some((o) => sameBody(o, name))) orgs.push(name);
  }
  orgs.reverse();
  const org = orgs.length === 0 ? "（机关未识别）" : orgs.join("、");
  const out: string[] = [md ? `## ${org}：${years.join("、")}` : `${org}：${years.join(", ")}`, ""];
  const header = ["指标", ...years, ...(n >= 2 ? [`变化（${years[n - 2]} → ${years[n - 1]}）`] : [])];
  const rows = series.metrics
    .filter((m) => m.points.some((p) => p.status !== "unavailable"))
    .map((m) => [
      m.label.zh,
      ...likeForLike(m.points).map((p) => seriesValue(p, notes, md)),
      ...(n >= 2 ? [signed(m.changes[n - 2] ?? null)] : []),
    ]);
  const align: Align[] = header.map((_, i) => (i === 0 ? "left" : "right"));
  out.push(rows.length === 0 ? "没有可比指标。" : (md ? markdownTable : textTable)(header, rows, align), "");
  const findings = series.pairs.flatMap((p) =>
    p.findings.map((f) => ({
      ...f,
      message: { ...f.message, zh: `${years[p.older]} → ${years[p.newer]}：${f.message.zh}` },
    })),
  );
  if (findings.length > 0) out.push(md ? "### 跨年度核对" : "跨年度核对", "", ...findingLines(findings, md), "");
  append(out, notes.lines(md));
  return `${out.join("\n").trimEnd()}\n`;
}
