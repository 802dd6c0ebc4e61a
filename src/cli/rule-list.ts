/**
 * `--rules` / `--skip-rules`: a comma-separated list of rule ids, `NARR-*` standing for every id it starts. The
 * reader's warnings and errors are findings too, under their diagnostic codes (`row-missing-values`, `row-*`).
 */
import { DIAGNOSTIC_CODES } from "../diagnostic-codes.js";
import { RULES } from "../validate/rules.js";
import { UsageError } from "./command.js";

/**
 * Every id a finding can have: the validator's rules, then the diagnostic codes `check` shows as findings
 * (the warnings and errors: infos are not shown).
 */
const RULE_IDS: readonly string[] = [
  ...RULES.map((r) => r.id),
  ...DIAGNOSTIC_CODES.filter((d) => d.severity !== "info").map((d) => d.code),
];

/**
 * The rule ids a list names, in the reference's order: each item an id (`T3-ROW`, `row-missing-values`) or a
 * prefix ending in `*` (`NARR-*`, `STRUCT-*`, `row-*`), separated by commas or whitespace, case-insensitive. An item naming no rule is a
 * usage error (a typo would otherwise switch every rule off, or none). `option` names the flag in messages.
 */
export function ruleList(list: string, option: string): string[] {
  const chosen = new Set<string>();
  for (const raw of list.split(/[\s,，]+/)) {
    const item = raw.trim().toUpperCase();
    if (item === "") continue;
    const prefix = item.endsWith("*") ? item.slice(0, -1) : undefined;
    const named = RULE_IDS.filter((id) => {
      const upper = id.toUpperCase();
      return prefix === undefined ? upper === item : upper.startsWith(prefix);
    });
    if (named.length === 0)
      throw new UsageError(
        `--${option}: "${raw}" names no rule (see the rule reference: README, or xxgk check --help)`,
      );
    for (const id of named) chosen.add(id);
  }
  if (chosen.size === 0) throw new UsageError(`--${option}: name at least one rule id (e.g. T3-ROW or NARR-*)`);
  return RULE_IDS.filter((id) => chosen.has(id));
}
