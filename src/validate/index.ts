/**
 * validateReport: every check of one report — the layout's identities, narrative against table, metadata
 * and structure — as findings. Never changes the report.
 */

import { append } from "../append.js";
import type { FormatEra } from "../schema/common.js";
import type { Finding } from "../schema/finding.js";
import type { MetricId, NormalizedReport } from "../schema/normalized.js";
import type { AnnualReport } from "../schema/report.js";
import { GB_TEMPLATES, templateOf } from "../templates/index.js";
import type { Template, Term } from "../templates/types.js";
import { type CellGetter, cellReader } from "./cell-index.js";
import { knownRuleIds } from "./finding-ids.js";
import { identityFindings } from "./identities.js";
import { checkHintsAgainstProse } from "./likely-fix-prose.js";
import { metadataFindings } from "./metadata.js";
import { beijingDate } from "./metadata-dates.js";
import { type NarrativeClaim, narrativeFindings } from "./narrative.js";
import { parseFindings, withoutExplained } from "./parse-findings.js";
import { namedRuleList } from "./rule-names.js";
import { structureFindings } from "./structure.js";
import { type IdentitySource, ruleEnabled, type ValidateOptions } from "./types.js";

/** The era a report is validated as: its own, else the most frequent era of its tables. */
export function reportEra(report: AnnualReport): FormatEra {
  if (report.meta.formatEra !== "unknown") return report.meta.formatEra;
  const counts = new Map<FormatEra, number>();
  for (const t of report.tables) if (t.era !== "unknown") counts.set(t.era, (counts.get(t.era) ?? 0) + 1);
  let best: FormatEra = "unknown";
  let most = 0;
  for (const [era, n] of counts) if (n > most) [best, most] = [era, n];
  return best;
}

const isGb = (id: string): boolean => GB_TEMPLATES.some((t) => t.id === id);

/**
 * The layouts whose identities apply: the gb layout of the report's era, or for a pre-2019 report every
 * known legacy layout (an equation over rows the report lacks is skipped, so only its family's rules fire).
 */
export function identitySources(
  report: AnnualReport,
  legacy: readonly IdentitySource[],
  extra: readonly IdentitySource[] = [],
): IdentitySource[] {
  const era = reportEra(report);
  const gb = templateOf(era);
  const matching = extra.length === 0 ? [] : extra.filter((t) => t.id === era);
  if (gb) {
    const sources = gbSources(report, gb);
    for (const t of matching) sources.push(t);
    return sources;
  }
  const isLegacy = era.startsWith("legacy") || report.legacy.length > 0;
  if (!isLegacy) return matching;
  return [...legacy, ...extra.filter((t) => !isGb(t.id) && !matching.includes(t)), ...matching];
}

/** The table a field id belongs to (its first segment). */
const tableOfTerm = (term: Term): string =>
  (typeof term === "string" ? term : (term.oneOf[0]?.[0] ?? "")).split(".", 1)[0]!;

/**
 * The gb layouts whose identities apply. A report whose tables were read in different eras (a 2019 report
 * with a 2021 Table 三) checks each table with the identities of its own era's layout.
 */
function gbSources(report: AnnualReport, gb: Template): IdentitySource[] {
  // Most reports read every table in the report's era: then no table is of another gb era.
  let mixed = false;
  for (const t of report.tables) if (t.era !== gb.id && templateOf(t.era)) mixed = true;
  if (!mixed) return [gb];
  const tableEra = new Map(report.tables.map((t) => [t.id as string, t.era]));
  if (![...tableEra.values()].some((e) => e !== gb.id && templateOf(e))) return [gb];
  return GB_TEMPLATES.filter((t) => [...tableEra.values()].includes(t.id) || t === gb).map((t) => ({
    id: t.id,
    identities: t.identities
      .map((identity) => ({
        ...identity,
        equations: identity.equations.filter((eq) => {
          const first = eq.lhs[0];
          const era = first === undefined ? undefined : tableEra.get(tableOfTerm(first));
          return (era ?? gb.id) === t.id;
        }),
      }))
      .filter((identity) => identity.equations.length > 0),
  }));
}

/** What validateReport needs from the other stages, injected so each stage stays a pure function. */
export interface ValidateDeps {
  /** Legacy layouts with identities. */
  legacyTemplates: readonly IdentitySource[];
  /**
   * The normalized view of a report (narrative rules compare through it), when available. Called at most
   * once, and only when the report's text states a number; only the given metrics are read from it. `get`
   * is the report's cell getter (`cellGetter(report)`), built once per validation.
   */
  normalize?: (report: AnnualReport, metrics: ReadonlySet<MetricId>, get: CellGetter) => NormalizedReport;
  /** Cross-year rules, when available. */
  crossYear?: (older: AnnualReport, newer: AnnualReport, options: ValidateOptions) => Finding[];
}

/**
 * The options with their `rules` / `skipRules` read as the CLI reads them: any case, `X*` for every id starting
 * X. An item naming no rule is a programming error (a typo would switch every rule off, or none, silently):
 * throws a RangeError naming it.
 */
function withRuleNames(options: ValidateOptions): ValidateOptions {
  if (options.rules === undefined && options.skipRules === undefined) return options;
  const known = knownRuleIds(options.templates);
  const rules = namedRuleList(options.rules, known, "validateReport: rules");
  const skipRules = namedRuleList(options.skipRules, known, "validateReport: skipRules");
  return { ...options, ...(rules ? { rules } : {}), ...(skipRules ? { skipRules } : {}) };
}

/** Runs every check with the given stages; `validateReport` is this with the library's own stages. */
export function validateWith(report: AnnualReport, given: ValidateOptions, deps: ValidateDeps): Finding[] {
  const options = withRuleNames(given);
  const era = reportEra(report);
  const template: Template | undefined = templateOf(era);
  const sources = identitySources(report, deps.legacyTemplates, options.templates);
  const cells = cellReader(report);
  const findings: Finding[] = options.diagnostics ? parseFindings(options.diagnostics) : [];
  // One call per layout: each layout's identity list is compiled once and reused across reports.
  for (const source of sources) append(findings, identityFindings(report, source.identities, options, cells));
  const { normalize } = deps;
  if (normalize) {
    // One normalized view for the narrative rules and for the hints' check against the prose (whose metrics
    // are among the narrative's, which asks first). The getter by id is made only when the prose states a
    // number (a legacy report's rows are then indexed).
    let view: NormalizedReport | undefined;
    const viewOf = (metrics: ReadonlySet<MetricId>): NormalizedReport => {
      view ??= normalize(report, metrics, cells.get);
      return view;
    };
    const read: { claims?: readonly NarrativeClaim[] } = {};
    append(findings, narrativeFindings(report, viewOf, options, read));
    // A likely-typo hint the prose contradicts (无法提供1件, the hinted value would make it 0) is taken back, checked
    // against the claims the narrative rules read (the prose is read once).
    checkHintsAgainstProse(findings, report, viewOf, read.claims);
  }
  // Today's date (a clock read and formatted) only for a report holding a date to compare with it.
  const dated = report.meta.reportDate !== null || report.meta.publishDate !== null;
  append(findings, metadataFindings(report, dated ? (options.today ?? beijingDate(Date.now())) : undefined));
  append(findings, structureFindings(report, template, cells, options.diagnostics));
  if (options.previous && deps.crossYear) append(findings, deps.crossYear(options.previous, report, options));
  // Without rules or skipRules every rule is enabled. A parse finding is joined to a structure finding that
  // explains it only when both are shown (`--rules row-*` shows the parse warnings as they are).
  const shown =
    options.rules === undefined && options.skipRules === undefined
      ? findings
      : findings.filter((f) => ruleEnabled(f.rule, options) || f.rule === "UNVERIFIED");
  return options.diagnostics ? withoutExplained(shown) : shown;
}
