/** Every id a finding can have (rules and the parse's diagnostic codes), for reading `rules` / `skipRules` lists. */
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

/** The ids known to a validation: {@link FINDING_IDS} and the identities of extra layouts it was given. */
export function knownRuleIds(templates: readonly IdentitySource[] | undefined): readonly string[] {
  if (!templates || templates.length === 0) return FINDING_IDS;
  const extra = templates.flatMap((t) => t.identities.map((i) => i.id)).filter((id) => !FINDING_IDS.includes(id));
  return [...FINDING_IDS, ...new Set(extra)];
}
