/** Options and shared helpers of the validator (validateReport). */
import type { Diagnostic, Severity } from "../schema/common.js";
import type { Finding } from "../schema/finding.js";
import type { AnnualReport } from "../schema/report.js";
import type { Bilingual, Identity } from "../templates/types.js";

/** What `validateReport` accepts besides the report. */
export interface ValidateOptions {
  /** Lenient mode: a blank operand of an identity is taken as 0 (and the finding says which cells were assumed). */
  blankAsZero?: boolean;
  /** The same body's report of the previous year: enables the cross-year rules. */
  previous?: AnnualReport;
  /**
   * Run only these rule ids, in any case (an item ending in `*` names every id it starts: `T4-*`); the parse's
   * diagnostic codes count as ids (`row-*`). An item naming no rule throws a RangeError, as `--rules` is a usage
   * error in the CLI: a typo would otherwise switch every rule off.
   */
  rules?: readonly string[];
  /** Skip these rule ids, read as `rules` is (`NARR-*`; an item naming no rule throws a RangeError). */
  skipRules?: readonly string[];
  /**
   * Extra layouts whose identities are evaluated (matched by era id, or any non-gb layout for a legacy
   * report). The built-in gb and legacy layouts are always known.
   */
  templates?: readonly IdentitySource[];
  /**
   * The parse diagnostics of the report (`parseReport(…).diagnostics`): those of severity warning or error
   * become findings whose rule id is the diagnostic code (`row-extra-values`), and a template row the parser
   * could not read is reported where it stands. Without them only the report itself is checked.
   */
  diagnostics?: readonly Diagnostic[];
  /**
   * The day the check is run on, ISO YYYY-MM-DD (a report or publication date after it is reported). Default:
   * today's date in Beijing, read from the clock once per validation.
   */
  today?: string;
}

/** Anything that carries identities: a gb `Template` or a legacy layout. */
export interface IdentitySource {
  /** Era or family id (gb2021, gb2019, legacy_national …). */
  id: string;
  /** Identities over field ids (canonical or legacy ids), evaluated through `lookupCell`. */
  identities: readonly Identity[];
}

/** One entry of the rule reference: a rule id the validator can emit, with what it checks. */
export interface RuleInfo {
  /** Stable rule id. */
  id: string;
  /** Severity of a violation. */
  severity: Severity;
  /** What the rule checks. */
  description: Bilingual;
  /** What the rule looks at: identity (table arithmetic), narrative, metadata, structure or cross-year. */
  scope: "identity" | "narrative" | "metadata" | "structure" | "cross-year";
}

/** Whether a list names a rule id: the id itself, or a prefix ending in `*` (`NARR-*`, `T4-*`, `*` for all). */
function names(list: readonly string[], id: string): boolean {
  for (const item of list) {
    if (item === id) return true;
    if (item.endsWith("*") && id.startsWith(item.slice(0, -1))) return true;
  }
  return false;
}

/**
 * Whether a rule id is enabled by the `rules` / `skipRules` options (ids, or prefixes ending in `*` as the CLI
 * takes them: `NARR-*`).
 */
export function ruleEnabled(id: string, options: ValidateOptions): boolean {
  if (options.rules && !names(options.rules, id)) return false;
  return !(options.skipRules !== undefined && names(options.skipRules, id));
}

/** A finding with a message and no operands or figures (the metadata and structure rules). */
export const messageFinding = (
  rule: string,
  severity: Severity,
  zh: string,
  en: string,
  source?: Finding["source"],
): Finding => ({
  rule,
  severity,
  message: { zh, en },
  expected: null,
  actual: null,
  delta: null,
  operands: [],
  source,
});

/** A text quoted in a message: at most 80 characters of it (a longer one cut at 78, with …). */
export const excerpt = (text: string): string => (text.length > 80 ? `${text.slice(0, 78)}…` : text);
