/** Which layout sections a report's section heading names: its own, and another a merged heading names too. */
import type { SectionTemplate } from "../templates/types.js";
import { boundedDistance, normalizeLabel } from "./labels.js";

/**
 * Whether a report's section heading names a layout section by its official label, compared as labels are
 * (normalised, one character off allowed: 其它需要报告的事项): a heading merging two sections
 * (五、存在的主要问题、改进情况及其他需要报告的事项) names section 六 as well as its own.
 */
export function headingNames(heading: string, section: SectionTemplate): boolean {
  const label = section.labels[0];
  if (label === undefined) return false;
  const h = normalizeLabel(heading);
  const l = normalizeLabel(label);
  if (h.includes(l)) return true;
  for (let i = 0; i + l.length <= h.length; i++) if (boundedDistance(h.slice(i, i + l.length), l, 1) <= 1) return true;
  return false;
}
