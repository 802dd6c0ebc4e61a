/**
 * A pre-2019 label typed as two paragraphs of one Word cell, each on a line of its own in a one-cell-per-line
 * stream (legacy-stream.ts): which label cell continues the label before it.
 */
import { LEGACY_TEMPLATES } from "../templates/legacy.js";
import { NUMBERED_LABEL, SECTION_ORDINAL } from "./legacy-grid.js";
import { isKnownLegacyLabel } from "./legacy-index.js";

/**
 * Whether a label cell continues the label before it, typed as two paragraphs of one Word cell (each on a line
 * of its own in the text): it opens with a bracketed note (see isBracketedTail) after a label that is no
 * section's heading, or it is no numbered label and no label of a legacy family by itself, but joined to the one
 * before it is (`2.电子邮件` / `形式申请数`). An empty cell after a known label is taken into it (it adds nothing):
 * in a row whose unit and value were both left blank (`label / [blank] / [blank] / 无`) one blank less keeps the
 * remark off the value.
 */
export function isLabelTail(head: string, text: string): boolean {
  // A section's heading (二、依申请公开情况) is whole: a bracketed label after it opens a row.
  if (isBracketedTail(text)) return !SECTION_ORDINAL.test(head.trimStart());
  const t = text.trim();
  return (
    !NUMBERED_LABEL.test(t) &&
    !isKnownLegacyLabel(t, LEGACY_TEMPLATES) &&
    isKnownLegacyLabel(head.trim() + t, LEGACY_TEMPLATES)
  );
}

/**
 * Whether a label cell opening with a bracketed note continues the label before it (`4.其它方式` / `(请说明)`,
 * `1.政府` / `(部门)网站公开(不含政府信息公开网站)`: a Word cell's label typed as two paragraphs, each on a line of
 * its own in the text); a numbering (`（一）`) opens a label of its own.
 */
function isBracketedTail(text: string): boolean {
  const t = text.trim();
  return OPENS_WITH_NOTE.test(t) && !NUMBERED_LABEL.test(t);
}

/** A text opening with a pair of brackets around some words. */
const OPENS_WITH_NOTE = /^[（(][^（）()]+[）)]/;
