/**
 * Readable year-over-year output: `formatDiff` and `formatSeries` as Markdown (a table a journalist can
 * paste, approximate mappings marked ≈ and values the report's own tables contradict marked ⚠, with
 * footnotes) or as terminal text aligned by display width, in Chinese (default) or English.
 */

import { append } from "../append.js";
import type { Finding } from "../schema/finding.js";
import { cellName } from "../validate/cell-names.js";
import { type Align, markdownTable, textTable } from "./format-table.js";
import { type DiffLang, Notes, STATUS_WORDS, WORDS } from "./format-words.js";
import { sameBody } from "./report-identity.js";
import type {
  FieldChange,
  FieldSide,
  MetricChange,
  MetricSide,
  ReportDiff,
  ReportRef,
  ReportSeries,
} from "./schema.js";

export type { DiffLang } from "./format-words.js";

/** Output options of the formatters. */
export interface DiffFormatOptions {
  /** `markdown` (GFM tables, footnotes; the default) or `text` (aligned for a terminal). */
  format?: "text" | "markdown";
  /** Language of labels, headings and messages: `zh` (default) or `en`. */
  lang?: DiffLang;
}

/** What one formatting run shares: format, language and the two footnote lists. */
interface Ctx {
  md: boolean;
  lang: DiffLang;
  /** Approximate mappings (≈). */
  notes: Notes;
  /** Conflicts of a report's own tables (⚠). */
  conflicts: Notes;
}

function context(options: DiffFormatOptions): Ctx {
  return {
    md: (options.format ?? "markdown") === "markdown",
    lang: options.lang ?? "zh",
    notes: new Notes(),
    conflicts: new Notes("c", "⚠"),
  };
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

function fieldValue(side: FieldSide, lang: DiffLang): string {
  switch (side.status) {
    case "number":
      // A value written in another money unit shows as compared, with the cell as printed.
      return side.unit !== undefined && side.raw !== null && side.raw !== num(side.value!)
        ? `${num(side.value!)}（${side.raw}）`
        : num(side.value!);
    case "blank":
      return lang === "zh" ? "（空白）" : "(blank)";
    case "absent":
      return lang === "zh" ? "（无）" : "(absent)";
    default:
      return side.raw ?? "";
  }
}

/** A metric side's value: a number, 不适用, or why it is missing (blank where its cell is blank). */
function baseValue(side: Pick<MetricSide, "value" | "status" | "blank">, lang: DiffLang): string {
  if (side.status === "number") return num(side.value!);
  if (side.status === "unavailable") return lang === "zh" ? "不适用" : "n/a";
  if (side.blank) return lang === "zh" ? "（空白）" : "(blank)";
  return lang === "zh" ? "（缺）" : "(missing)";
}

function metricValue(
  side: Pick<MetricSide, "value" | "status" | "mapping" | "reason" | "blank" | "conflicts">,
  year: string,
  ctx: Ctx,
): string {
  let out = baseValue(side, ctx.lang);
  if (side.mapping === "approximate") {
    const reason =
      ctx.lang === "zh"
        ? `${year}：${side.reason?.zh ?? "近似口径"}（${side.reason?.en ?? "approximate"}）`
        : `${year}: ${side.reason?.en ?? "approximate"}`;
    out = `≈${out}${ctx.notes.mark(ctx.notes.ref(reason), ctx.md)}`;
  }
  for (const c of side.conflicts ?? []) {
    const n = ctx.conflicts.ref(`${year}${WORDS[ctx.lang].colon}${c.message[ctx.lang]}`);
    out += `${ctx.md ? " " : ""}${ctx.conflicts.mark(n, ctx.md)}`;
  }
  return out;
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

/** Every body of the reports once (a name and its variant with a region before it are one body), newest name. */
function bodiesOf(reports: readonly ReportRef[]): string[] {
  const orgs: string[] = [];
  for (let i = reports.length - 1; i >= 0; i--) {
    const name = (reports[i] as ReportRef).org;
    if (name !== null && !orgs.some((o) => sameBody(o, name))) orgs.push(name);
  }
  return orgs.reverse();
}

/** Column headers of the reports: the year, and the body after it when the reports hold more than one body. */
function columnHeads(reports: readonly ReportRef[], lang: DiffLang): string[] {
  const orgs = bodiesOf(reports);
  if (orgs.length < 2) return reports.map(yearOf);
  return reports.map((r) => {
    const org = r.org === null ? WORDS[lang].unknownOrg : (orgs.find((o) => sameBody(o, r.org!)) ?? r.org);
    return WORDS[lang].withOrg(yearOf(r), org);
  });
}

function findingLines(findings: readonly Finding[], ctx: Ctx): string[] {
  return findings.map((f) => `${ctx.md ? "- " : "  "}${f.severity} ${f.rule}: ${f.message[ctx.lang]}`);
}

function title(older: ReportRef, newer: ReportRef, lang: DiffLang): string {
  const orgs = bodiesOf([older, newer]);
  const names = orgs.length === 0 ? WORDS[lang].unknownOrg : orgs.join(" → ");
  return `${names}${WORDS[lang].colon}${yearOf(older)} → ${yearOf(newer)}`;
}

function statusWord(status: string, lang: DiffLang): string {
  return STATUS_WORDS[lang][status] ?? status;
}

function fieldLabel(c: FieldChange, lang: DiffLang): string {
  return cellName(c.field, c.label.zh, lang);
}

function fieldRows(changes: readonly FieldChange[], lang: DiffLang): string[][] {
  return changes.map((c) => [
    fieldLabel(c, lang),
    fieldValue(c.old, lang),
    fieldValue(c.new, lang),
    c.statusChange && c.change === null
      ? `${statusWord(c.statusChange.from, lang)} → ${statusWord(c.statusChange.to, lang)}`
      : signed(c.change),
  ]);
}

/** A metric whose value and status are the same on both sides, only counted another way (≈0 → 0). */
function sameValue(m: MetricChange): boolean {
  return !m.changed && m.old.mapping !== m.new.mapping;
}

/** Formats a diff (diffReports) as Markdown or aligned text, in Chinese (default) or English. */
export function formatDiff(diff: ReportDiff, options: DiffFormatOptions = { format: "markdown" }): string {
  const ctx = context(options);
  const { md, lang } = ctx;
  const w = WORDS[lang];
  const [y0, y1] = columnHeads([diff.older, diff.newer], lang) as [string, string];
  const table = md ? markdownTable : textTable;
  const right: Align[] = ["left", "right", "right", "right", "right"];
  const head = (s: string, level: string) => (md ? `${level} ${s}` : s);
  const out: string[] = [head(title(diff.older, diff.newer, lang), "##"), ""];
  const shown = diff.metrics.filter((m) => !sameValue(m));
  const sides = (m: MetricChange) => likeForLike([m.old, m.new]) as [MetricSide, MetricSide];
  out.push(
    head(w.metricsHeading, "###"),
    "",
    shown.length === 0
      ? w.noMetricChange
      : table(
          [w.metric, y0, y1, w.change, w.rate],
          shown.map((m) => {
            const [old, now] = sides(m);
            return [
              m.label[lang],
              metricValue(old, y0, ctx),
              metricValue(now, y1, ctx),
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
      head(w.cellsHeading, "###"),
      "",
      diff.fields.length === 0
        ? w.noCellChange
        : table([w.cell, y0, y1, w.change], fieldRows(diff.fields, lang), right),
      "",
    );
    const unitNotes = diff.fields.filter((c) => c.note !== undefined);
    if (unitNotes.length > 0) {
      out.push(...unitNotes.map((c) => `${md ? "- " : "  "}${fieldLabel(c, lang)}${w.colon}${c.note![lang]}`), "");
    }
  } else {
    out.push(w.otherEras(diff.older.era, diff.newer.era), "");
  }
  out.push(w.unchanged(diff.unchanged.fields, diff.unchanged.metrics, diff.unchanged.unavailable ?? 0));
  const same = diff.metrics.filter(sameValue).map((m) => {
    const [old, now] = sides(m);
    return `${m.label[lang]} ${metricValue(old, y0, ctx)} → ${metricValue(now, y1, ctx)}`;
  });
  if (same.length > 0) out.push(`${w.sameValue}${same.join(w.listSep)}`);
  out.push("");
  if (diff.findings.length > 0) out.push(head(w.crossYear, "###"), "", ...findingLines(diff.findings, ctx), "");
  append(out, ctx.notes.lines(w.approximateHead(md), md));
  append(out, ctx.conflicts.lines(w.conflictHead, md));
  return `${out.join("\n").trimEnd()}\n`;
}

/** Formats a series (diffSeries) as a metric × year table, Markdown or aligned text, Chinese or English. */
export function formatSeries(series: ReportSeries, options: DiffFormatOptions = { format: "markdown" }): string {
  const ctx = context(options);
  const { md, lang } = ctx;
  const w = WORDS[lang];
  const years = series.reports.map(yearOf);
  const heads = columnHeads(series.reports, lang);
  const n = series.reports.length;
  // Every body the series holds, once each, under its name in the newest report that names it.
  const orgs = bodiesOf(series.reports);
  const org = orgs.length === 0 ? w.unknownOrg : orgs.join(lang === "zh" ? "、" : ", ");
  const out: string[] = [
    md ? `## ${org}${w.colon}${years.join(lang === "zh" ? "、" : ", ")}` : `${org}${w.colon}${years.join(", ")}`,
    "",
  ];
  const header = [w.metric, ...heads, ...(n >= 2 ? [w.changeOver(heads[n - 2]!, heads[n - 1]!)] : [])];
  const rows = series.metrics
    .filter((m) => m.points.some((p) => p.status !== "unavailable"))
    .map((m) => [
      m.label[lang],
      ...likeForLike(m.points).map((p, i) => metricValue(p, heads[i]!, ctx)),
      ...(n >= 2 ? [signed(m.changes[n - 2] ?? null)] : []),
    ]);
  const align: Align[] = header.map((_, i) => (i === 0 ? "left" : "right"));
  out.push(rows.length === 0 ? w.noComparable : (md ? markdownTable : textTable)(header, rows, align), "");
  const findings = series.pairs.flatMap((p) =>
    p.findings.map((f) => ({
      ...f,
      message: { ...f.message, [lang]: `${heads[p.older]} → ${heads[p.newer]}${w.colon}${f.message[lang]}` },
    })),
  );
  if (findings.length > 0) out.push(md ? `### ${w.crossYear}` : w.crossYear, "", ...findingLines(findings, ctx), "");
  append(out, ctx.notes.lines(w.approximateHead(md), md));
  append(out, ctx.conflicts.lines(w.conflictHead, md));
  return `${out.join("\n").trimEnd()}\n`;
}
