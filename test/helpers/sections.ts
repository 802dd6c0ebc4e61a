/**
 * The ids of the six narrative sections of the 2019 and 2021 layouts (一 to 六), in the order the official
 * layout prints them (formats.md §2–3), written out here once for the tests that expect all six.
 */
export const SIX_SECTION_IDS = [
  "overview",
  "active_disclosure",
  "applications",
  "review_litigation",
  "problems_improvements",
  "other_matters",
] as const;
