/**
 * The rule ids a `rules` / `skipRules` list names: each item an id (`T3-ROW`, `row-missing-values`) or a prefix
 * ending in `*` (`NARR-*`, `row-*`, `*`), in any case. Shared by validateReport and the CLI's `--rules`, so that
 * both read a list alike and neither lets a typo switch every rule off (or none) silently.
 */
import { DIAGNOSTIC_CODES } from "../diagnostic-codes.js";
import { RULES } from "./rules.js";
import type { IdentitySource } from "./types.js";

/**
 * Every id a finding can have: the validator's rules, then the diagnostic codes that become findings (the
 * warnings and errors of the parse: `ValidateOptions.diagnostics`).
 */
export const FINDING_IDS: readonly string[] = Object.freeze([
  ...RULES.map((r) => r.id),
  ...DIAGNOSTIC_CODES.filter((d) => d.severity !== "info").map((d) => d.code),
]);

/** The ids of `known` one list item names (empty when none): the id itself or, for `X*`, every id starting X. */
function named(item: string, known: readonly string[]): string[] {
  const upper = item.trim().toUpperCase();
  const prefix = upper.endsWith("*") ? upper.slice(0, -1) : undefined;
  return known.filter((id) => {
    const name = id.toUpperCase();
    return prefix === undefined ? name === upper : name.startsWith(prefix);
  });
}

/**
 * The ids a list names, in `known`'s order, or the first item that names none (`unknown`). Blank items are
 * skipped. `known` defaults to {@link FINDING_IDS}.
 */
export function ruleNames(
  list: readonly string[],
  known: readonly string[] = FINDING_IDS,
): { ids: string[]; unknown?: undefined } | { ids?: undefined; unknown: string } {
  const chosen = new Set<string>();
  for (const item of list) {
    if (item.trim() === "") continue;
    const ids = named(item, known);
    if (ids.length === 0) return { unknown: item };
    for (const id of ids) chosen.add(id);
  }
  return { ids: known.filter((id) => chosen.has(id)) };
}

/** The ids known to a validation: {@link FINDING_IDS} and the identities of extra layouts it was given. */
export function knownRuleIds(templates: readonly IdentitySource[] | undefined): readonly string[] {
  if (!templates || templates.length === 0) return FINDING_IDS;
  const extra = templates.flatMap((t) => t.identities.map((i) => i.id)).filter((id) => !FINDING_IDS.includes(id));
  return [...FINDING_IDS, ...new Set(extra)];
}
