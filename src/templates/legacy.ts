/** The registry of pre-2019 statistics-table families (legacy templates). */
import { LEGACY_NATIONAL } from "./legacy-national.js";
import { LEGACY_SH } from "./legacy-sh.js";
import type { LegacyTemplate } from "./legacy-types.js";
import { LEGACY_YN } from "./legacy-yn.js";

export { LEGACY_NATIONAL } from "./legacy-national.js";
export { LEGACY_SH } from "./legacy-sh.js";
export type * from "./legacy-types.js";
export { legacyIdOf } from "./legacy-types.js";
export { LEGACY_YN } from "./legacy-yn.js";

/** Every legacy family, most specific first (the recognizer scores them all and keeps the best). */
export const LEGACY_TEMPLATES: readonly LegacyTemplate[] = Object.freeze([LEGACY_YN, LEGACY_NATIONAL, LEGACY_SH]);

/** The legacy template whose typed ids start with `<id>.` (the prefix of a typed id), if any. */
export function legacyTemplateOfId(typedId: string): LegacyTemplate | undefined {
  const prefix = typedId.slice(0, typedId.indexOf("."));
  return LEGACY_TEMPLATES.find((t) => t.id === prefix);
}
