/**
 * Narrative against table (NARR-*): numbers the prose states (收到申请21件, 不予公开0件, 行政复议0件, 占51.85%)
 * compared with the matching table values through the normalized metrics. Conservative: only a clause that
 * clearly states the quantity is read, clauses about other periods or changes are skipped, and a number that
 * equals any accepted reading of the table passes. Findings are warnings.
 */

import { parseChineseNumber } from "../recognize/chinese-numbers.js";
import { lookupCell } from "../records.js";
import type { SourcePosition } from "../schema/common.js";
import type { Finding, Operand } from "../schema/finding.js";
import type { MetricId, NormalizedReport } from "../schema/normalized.js";
import type { AnnualReport } from "../schema/report.js";
import { claimSentences, compilePattern, mayHoldClaim, UNIT_CHAR } from "./narrative-compile.js";
import {
  NARR_PERCENT,
  NARRATIVE_EXCLUDE,
  NARRATIVE_PATTERNS,
  NARRATIVE_SCOPE_EXCLUDE,
  type NarrativePattern,
  PERCENT_BASES,
} from "./narrative-patterns.js";
import { requiredLiterals } from "./pattern-literals.js";
import { ruleEnabled, type ValidateOptions } from "./types.js";
import { joinWrapped } from "./wrapped-lines.js";

/** Compiles a pattern of the data table (re-exported from narrative-compile.ts). */
export { compilePattern };

/** One phrase pattern ready to run: its rule, regular expression, and the words a sentence must hold for it. */
interface Matcher {
  spec: NarrativePattern;
  re: RegExp;
  /** Words of which every match holds one (null: none known). */
  words: readonly string[] | null;
  /** The rule's context words (null: none). */
  context: readonly string[] | null;
}

/** Every pattern of the table, in rule then pattern order. */
const MATCHERS: readonly Matcher[] = NARRATIVE_PATTERNS.flatMap((spec) =>
  spec.patterns.map((pattern) => ({
    spec,
    re: compilePattern(pattern, spec.units),
    words: requiredLiterals(pattern),
    context: spec.context ?? null,
  })),
);
/**
 * A percentage right after a count (anchored at `lastIndex`): the same as matching `^…` against the rest
 * of the sentence, without slicing it.
 */
const PERCENT = /[，,、]?\s*(?:占|约占)[^，,。；;\d]{0,10}?(\d+(?:\.\d+)?)\s*[%％]/uy;
const FULL_COMMA = 0xff0c;
const COMMA = 0x2c;

/** Reads a stated number, Arabic or Chinese; undefined when it is not one. */
export function readStatedNumber(text: string): number | undefined {
  const t = text.replace(/[\s,]/g, "");
  if (/^\d+$/.test(t)) return Number(t);
  return parseChineseNumber(t);
}

/** A number the prose states about one quantity. */
export interface NarrativeClaim {
  /** The narrative pattern that matched. */
  pattern: NarrativePattern;
  /** The number stated. */
  value: number;
  /** The text says “about, at least” (25余人次): a table value not below it agrees. */
  atLeast?: boolean;
  /** A percentage stated right after the count (占P%), if any. */
  percent?: number;
  /** The sentence it was read from. */
  sentence: string;
}

/** Whether a text contains one of the words. */
function holdsOne(text: string, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) if (text.includes(words[i] as string)) return true;
  return false;
}

/** The clause (between commas, full-width or not) around the span start … end of a sentence. */
function clauseAround(sentence: string, start: number, end: number): string {
  let from = Math.min(start, sentence.length - 1);
  while (from >= 0) {
    const code = sentence.charCodeAt(from);
    if (code === FULL_COMMA || code === COMMA) break;
    from--;
  }
  let to = end;
  while (to < sentence.length) {
    const code = sentence.charCodeAt(to);
    if (code === FULL_COMMA || code === COMMA) break;
    to++;
  }
  return sentence.slice(from + 1, to);
}

/** Whether the span start … end overlaps one already used. */
function overlaps(used: readonly number[], start: number, end: number): boolean {
  for (let i = 0; i < used.length; i += 2)
    if (start < (used[i + 1] as number) && end > (used[i] as number)) return true;
  return false;
}

/** Appends the claims of one sentence, in rule order, each span matched once. */
function sentenceClaims(sentence: string, out: NarrativeClaim[]): void {
  if (holdsOne(sentence, NARRATIVE_SCOPE_EXCLUDE)) return;
  const used: number[] = [];
  for (const { spec, re, words, context } of MATCHERS) {
    if (context !== null && !holdsOne(sentence, context)) continue;
    if (words !== null && !holdsOne(sentence, words)) continue;
    // exec on the shared global regex (matchAll would clone it for every sentence).
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m !== null; m = re.exec(sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlaps(used, start, end)) continue;
      if (holdsOne(clauseAround(sentence, start, end), NARRATIVE_EXCLUDE)) continue;
      const value = readStatedNumber(m.groups?.n ?? "");
      if (value === undefined) continue;
      used.push(start, end);
      PERCENT.lastIndex = end;
      const pct = PERCENT.exec(sentence);
      const claim: NarrativeClaim = { pattern: spec, value, sentence: sentence.trim() };
      if (m.groups?.about) claim.atLeast = true;
      if (pct?.[1]) claim.percent = Number(pct[1]);
      out.push(claim);
    }
  }
}

/**
 * Every claim of the data table's patterns in a text, in rule order, each span matched once. Only the
 * sentences holding a count (a numeral then a unit) are read, and in each only the patterns whose words
 * it holds are run.
 */
export function narrativeClaims(text: string): NarrativeClaim[] {
  const out: NarrativeClaim[] = [];
  if (!UNIT_CHAR.test(text) || !mayHoldClaim(text)) return out;
  for (const sentence of claimSentences(joinWrapped(text))) sentenceClaims(sentence, out);
  return out;
}

/** A table value behind a metric, with its cells. */
interface TableValue {
  value: number;
  operands: Operand[];
  source?: SourcePosition;
  /** Why the comparison is approximate (a metric mapped `approximate`), when it is. */
  approximate?: { zh: string; en: string };
}

/**
 * The sum of the metrics' values with their cells; undefined when one is unavailable, not a number, mapped
 * approximately (unless `approximate` allows it), or read from a row whose label names none of `rowContext`.
 */
function tableValue(
  report: AnnualReport,
  normalized: NormalizedReport,
  ids: readonly MetricId[],
  approximate = false,
  rowContext?: readonly string[],
): TableValue | undefined {
  let value = 0;
  const operands: Operand[] = [];
  let source: SourcePosition | undefined;
  let reason: TableValue["approximate"];
  for (const id of ids) {
    const metric = normalized.metrics.find((m) => m.id === id);
    if (!metric || metric.value === null) return undefined;
    if (metric.mapping !== "exact" && !(approximate && metric.mapping === "approximate")) return undefined;
    if (metric.mapping === "approximate" && metric.reason) reason ??= metric.reason;
    value += metric.value;
    source ??= metric.source;
    for (const field of metric.sources) {
      const found = lookupCell(report, field);
      if (!found) continue;
      const { cell, label } = found;
      if (rowContext && !rowContext.some((w) => label.includes(w))) return undefined;
      operands.push({ field, label, value: cell.value, status: cell.status, source: cell.source });
    }
  }
  const out: TableValue = { value, operands };
  if (source) out.source = source;
  if (reason) out.approximate = reason;
  return out;
}

/** Whether a table value agrees with a stated number (“25余”: not below it). */
const agrees = (claim: NarrativeClaim, table: number): boolean =>
  claim.atLeast ? table >= claim.value : table === claim.value;

const excerpt = (s: string): string => (s.length > 80 ? `${s.slice(0, 78)}…` : s);

function percentFinding(
  claim: NarrativeClaim,
  report: AnnualReport,
  normalized: NormalizedReport,
  source: SourcePosition,
): Finding | undefined {
  if (claim.percent === undefined) return undefined;
  const pct = claim.percent;
  const decimals = /\.(\d+)/.exec(String(pct))?.[1]?.length ?? 0;
  const tol = 0.5 * 10 ** -decimals + 0.01;
  const bases = PERCENT_BASES.map((ids) => tableValue(report, normalized, ids)).filter(
    (b): b is TableValue => b !== undefined && b.value > 0,
  );
  if (bases.length === 0) return undefined;
  if (bases.some((b) => Math.abs((claim.value / b.value) * 100 - pct) <= tol)) return undefined;
  const base = bases[0]!;
  const expected = Math.round((claim.value / base.value) * 10000) / 100;
  return {
    rule: NARR_PERCENT,
    severity: "warning",
    message: {
      zh: `正文“${excerpt(claim.sentence)}”：${claim.pattern.label.zh}${claim.value}件占${pct}%，但${claim.value} ÷ ${base.value} = ${expected}%`,
      en: `text "${excerpt(claim.sentence)}": ${claim.value} ${claim.pattern.label.en} stated as ${pct}%, but ${claim.value} / ${base.value} = ${expected}%`,
    },
    expected,
    actual: pct,
    delta: Math.round((pct - expected) * 100) / 100,
    operands: base.operands,
    source,
  };
}

function claimFindings(
  claim: NarrativeClaim,
  report: AnnualReport,
  normalized: NormalizedReport,
  source: SourcePosition,
  options: ValidateOptions,
): Finding[] {
  const out: Finding[] = [];
  const { pattern } = claim;
  const readings = pattern.metrics
    .map((ids) => tableValue(report, normalized, ids, pattern.approximateMetrics, pattern.rowContext))
    .filter((r): r is TableValue => r !== undefined);
  const first = readings[0];
  if (ruleEnabled(pattern.rule, options) && first && !readings.some((r) => agrees(claim, r.value))) {
    const unit = pattern.units?.[0] ?? "件";
    const stated = `${claim.value}${claim.atLeast ? "余" : ""}`;
    const shown = first.operands.filter((o) => o.value !== 0 || pattern.units !== undefined);
    const labels = shown.map((o) => `${o.label} = ${o.value}`);
    const approx = first.approximate;
    out.push({
      rule: pattern.rule,
      severity: "warning",
      message: {
        zh: `正文“${excerpt(claim.sentence)}”称${pattern.label.zh}${stated}${unit}，表格为${first.value}（${labels.join("；") || "各项均为0"}）${
          approx ? `；近似比较，非明确矛盾：${approx.zh}` : ""
        }`,
        en: `text "${excerpt(claim.sentence)}" states ${stated} ${pattern.label.en}; the table has ${first.value} (${
          shown.map((o) => `${o.field} = ${o.value}`).join("; ") || "all 0"
        })${approx ? `; an approximate comparison, not a clear contradiction: ${approx.en}` : ""}`,
      },
      expected: first.value,
      actual: claim.value,
      delta: claim.value - first.value,
      operands: first.operands,
      source,
    });
  }
  if (ruleEnabled(NARR_PERCENT, options)) {
    const pf = percentFinding(claim, report, normalized, source);
    if (pf) out.push(pf);
  }
  return out;
}

/**
 * The prose of a report as blocks with the nearest known position: each sub-section on its own (at its
 * heading), and a section's text before its first sub-section (at the section heading).
 */
function textBlocks(report: AnnualReport): { text: string; source: SourcePosition }[] {
  const blocks: { text: string; source: SourcePosition }[] = [];
  for (const section of report.sections) {
    const first = section.subsections[0];
    const cut = first ? section.text.indexOf(first.heading) : -1;
    blocks.push({ text: cut >= 0 ? section.text.slice(0, cut) : section.text, source: section.source });
    if (cut < 0 && first) continue;
    for (const sub of section.subsections) blocks.push({ text: sub.text, source: sub.source });
  }
  return blocks;
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

/**
 * Every narrative finding of a report, given its normalized view (from normalizeReport) or a function that
 * makes it — called once, only when the text states a number to compare, with the metrics the claims
 * read (`claimMetrics`): the view needs only those.
 */
export function narrativeFindings(
  report: AnnualReport,
  normalizedView: NormalizedReport | ((metrics: ReadonlySet<MetricId>) => NormalizedReport),
  options: ValidateOptions = {},
): Finding[] {
  const claims = textBlocks(report).flatMap((block) =>
    narrativeClaims(block.text).map((claim) => ({ claim, source: block.source })),
  );
  if (claims.length === 0) return [];
  const normalized =
    typeof normalizedView === "function" ? normalizedView(claimMetrics(claims.map((c) => c.claim))) : normalizedView;
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const { claim, source } of claims) {
    for (const f of claimFindings(claim, report, normalized, source, options)) {
      const key = `${f.rule}\u0000${claim.sentence}\u0000${claim.value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(f);
    }
  }
  return out;
}
