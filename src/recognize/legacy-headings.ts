/**
 * Pre-2019 section headings printed without an ordinal (概述, 主动公开政府信息情况, 附件 …: LEGACY_UNNUMBERED in
 * templates/legacy-sections.ts), matched by their normalised labels.
 */
import { LEGACY_UNNUMBERED } from "../templates/legacy-sections.js";
import { type HeadingMatch, headingText } from "./headings.js";
import { normalizeLabel } from "./labels.js";

/** LEGACY_UNNUMBERED with normalised labels. */
const LEGACY_PLACED = LEGACY_UNNUMBERED.map((u) => ({ ...u, labels: u.labels.map(normalizeLabel) }));
/** The longest annex heading line (附件：政府信息公开情况统计表 and a year). */
const MAX_ANNEX = 30;

/** A line read as a pre-2019 heading printed without an ordinal (LEGACY_UNNUMBERED), or null. */
export function legacyUnnumbered(line: string): HeadingMatch | null {
  const first = line.trimStart().charCodeAt(0);
  // Every such heading starts with one of few characters (概 主 基 总 附): one look rules most lines out.
  if (!LEGACY_FIRSTS.has(first)) return null;
  const heading = headingText(line);
  const label = normalizeLabel(heading).replace(/[:：。.]+$/, "");
  for (const u of LEGACY_PLACED) {
    const hit =
      u.match === "exact"
        ? u.labels.includes(label)
        : label.length <= MAX_ANNEX && u.labels.some((l) => label.startsWith(l));
    if (!hit) continue;
    const match: HeadingMatch = { id: u.id, number: "", heading, gb: false, unnumbered: true, place: u.place };
    if (u.needs !== undefined && !label.includes(u.needs)) match.needs = u.needs;
    return match;
  }
  return null;
}

/** The first characters of the LEGACY_UNNUMBERED labels. */
const LEGACY_FIRSTS = new Set(LEGACY_PLACED.flatMap((u) => u.labels.map((l) => l.charCodeAt(0))));
