/**
 * A pre-2019 label typed as two paragraphs of one Word cell, each on a line of its own in a one-cell-per-line
 * stream (legacy-stream.ts): which label cell continues the label before it.
 */
import { LEGACY_TEMPLATES } from "../templates/legacy.js";
import { type LegacyRawRow, NUMBERED_LABEL, SECTION_ORDINAL, SENTENCE_END } from "./legacy-grid.js";
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
  // A label cell of its own joins only where it names no label by itself.
  return continuesLabel(head, text) && (isBracketedTail(text) || !isKnownLegacyLabel(text.trim(), LEGACY_TEMPLATES));
}

/**
 * Whether `text` reads as the rest of the label `head` opens: it opens with a bracketed note after a head that is
 * no section's heading (二、依申请公开情况 is whole: a bracketed label after it opens a row), or it opens with no
 * numbering and the two joined make a label of a legacy family.
 */
function continuesLabel(head: string, text: string): boolean {
  if (isBracketedTail(text)) return !SECTION_ORDINAL.test(head.trimStart());
  const t = text.trim();
  return !NUMBERED_LABEL.test(t) && isKnownLegacyLabel(head.trim() + t, LEGACY_TEMPLATES);
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

/** The longest line taken for the first paragraph of a label cell standing alone (see `withLabelHead`). */
const HEAD_MAX_LENGTH = 30;

/**
 * Whether a short text line standing between two grids of an open table may be the first paragraph of the next
 * row's label cell, written on a line of its own (word-extractor's text of a .doc: `1.政府(部门)网站公开` /
 * `(不含政府信息公开网站) | 条 | 502`, `2.电子邮` / `件形式申请数 | 件 | 0`); `withLabelHead` decides.
 */
export function mayBeLabelHead(text: string): boolean {
  return text.length > 0 && text.length <= HEAD_MAX_LENGTH && !SENTENCE_END.test(text);
}

/**
 * Joins a label's first paragraph, a line of its own before a grid (`mayBeLabelHead`), to the label of the grid's
 * first row when it continues it: the rest opens with a bracketed note, or it opens with no numbering and the
 * joined label is one of a legacy family (`全年收到政府` / `信息公开申请数`: the rest alone may be a label of another
 * family, but the line before it is no row of its own). Changes `rows` in place; a head that continues no label
 * is left.
 */
export function withLabelHead(rows: LegacyRawRow[], head: string | null): void {
  const label = rows[0]?.label;
  if (head === null || label === undefined || !continuesLabel(head, label)) return;
  for (const r of rows) if (r.label === label) r.label = `${head}${r.label}`;
}
