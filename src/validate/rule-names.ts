/**
 * The rule ids a `rules` / `skipRules` list names: each item an id (`T3-ROW`, `row-missing-values`) or a prefix
 * ending in `*` (`NARR-*`, `row-*`, `*`), in any case. Shared by validateReport and the CLI's `--rules`, so that
 * both read a list alike and neither lets a typo switch every rule off (or none) silently.
 */

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
 * The ids a list names, in `known`'s order, or the first item that names none (`unknown`; a blank item names
 * none). `known`: the ids to name from (`FINDING_IDS` for a validation, finding-ids.ts).
 */
export function ruleNames(
  list: readonly string[],
  known: readonly string[],
): { ids: string[]; unknown?: undefined } | { ids?: undefined; unknown: string } {
  const chosen = new Set<string>();
  for (const item of list) {
    const ids = item.trim() === "" ? [] : named(item, known);
    if (ids.length === 0) return { unknown: item };
    for (const id of ids) chosen.add(id);
  }
  return { ids: known.filter((id) => chosen.has(id)) };
}

/**
 * `list` as the ids it names among `known` (undefined when no list was given); an item that names no rule, or a
 * blank one, throws a RangeError naming `where` (`validateReport: rules`): a programming error, since a typo
 * would switch every rule off, silently.
 */
export function namedRuleList(
  list: readonly string[] | undefined,
  known: readonly string[],
  where: string,
): string[] | undefined {
  if (list === undefined) return undefined;
  const named = ruleNames(list, known);
  if (named.unknown !== undefined)
    throw new RangeError(`${where}: "${named.unknown}" names no rule (see RULES and DIAGNOSTIC_CODES)`);
  return named.ids;
}
