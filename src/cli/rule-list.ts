/**
 * `--rules` / `--skip-rules`: a comma-separated list of rule ids, `NARR-*` standing for every id it starts. The
 * reader's warnings and errors are findings too, under their diagnostic codes (`row-missing-values`, `row-*`).
 */
import { FINDING_IDS } from "../validate/finding-ids.js";
import { ruleNames } from "../validate/rule-names.js";
import { UsageError } from "./command.js";

/**
 * The rule ids a list names, in the reference's order: each item an id (`T3-ROW`, `row-missing-values`) or a
 * prefix ending in `*` (`NARR-*`, `STRUCT-*`, `row-*`), separated by commas or whitespace, case-insensitive. An
 * item naming no rule is a usage error (a typo would otherwise switch every rule off, or none). `option` names
 * the flag in messages.
 */
export function ruleList(list: string, option: string): string[] {
  const named = ruleNames(
    list.split(/[\s,，]+/).filter((item) => item !== ""),
    FINDING_IDS,
  );
  if (named.unknown !== undefined)
    throw new UsageError(
      `--${option}: "${named.unknown.trim()}" names no rule (see the rule reference: README, or xxgk check --help)`,
    );
  if (named.ids.length === 0) throw new UsageError(`--${option}: name at least one rule id (e.g. T3-ROW or NARR-*)`);
  return named.ids;
}
