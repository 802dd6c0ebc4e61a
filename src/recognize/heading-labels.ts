/**
 * A heading's text matched against its sections' labels (normalised once per section list): the GB section a
 * label names (exactly, within two edits, or by its head), the labels' last characters, and the two forms read
 * by label alone — a heading run into its text (一、总体情况2023年，…) and an ordinal set off by whitespace (一 总体情况).
 */

import { GB_SECTIONS } from "../templates/sections.js";
import type { SectionTemplate } from "../templates/types.js";
import type { HeadingMatch } from "./headings.js";
import { boundedDistance, normalizeLabel } from "./labels.js";

const normalizedLabels = new WeakMap<readonly SectionTemplate[], { section: SectionTemplate; labels: string[] }[]>();

/** The sections with their labels normalised (normalizeLabel), once per section list. */
export function labelsOf(sections: readonly SectionTemplate[]): { section: SectionTemplate; labels: string[] }[] {
  let out = normalizedLabels.get(sections);
  if (!out) {
    out = sections.map((section) => ({ section, labels: section.labels.map(normalizeLabel) }));
    normalizedLabels.set(sections, out);
  }
  return out;
}

/** A heading's text (ordinal removed, normalised) without the punctuation that may end it (：:。.). */
export const sectionLabel = (rest: string): string => rest.replace(/[:：。.]+$/, "");

/** The section one of whose labels a heading's label (sectionLabel) is exactly, if any. */
export function exactSectionOf(label: string, sections: readonly SectionTemplate[]): SectionTemplate | undefined {
  return labelsOf(sections).find((s) => s.labels.includes(label))?.section;
}

/** The shortest head of a section label that stands for the whole heading when the rest wrapped onto the next line. */
const MIN_HEADING_HEAD = 10;

/**
 * The GB section a heading's text (ordinal removed) names: one of its labels exactly, within two edits (a
 * label of ≥ 8 characters), or a head of ≥ MIN_HEADING_HEAD characters of one (PDF text wraps a long heading:
 * `三、收到和处理政府信息公开申` / `请情况`).
 */
export function gbSectionOf(rest: string, sections: readonly SectionTemplate[]): SectionTemplate | undefined {
  const label = sectionLabel(rest);
  const exact = exactSectionOf(label, sections);
  if (exact) return exact;
  const all = labelsOf(sections);
  const close = all.find((s) => s.labels.some((n) => n.length >= 8 && boundedDistance(n, label, 2) <= 2));
  if (close) return close.section;
  if (label.length < MIN_HEADING_HEAD) return undefined;
  return all.find((s) => s.labels.some((n) => n.length > label.length && n.startsWith(label)))?.section;
}

const lastChars = new WeakMap<readonly SectionTemplate[], Set<number>>();
/** lastCharsOf(GB_SECTIONS), kept apart: every line not led by an ordinal asks for it. */
let gbLastChars: Set<number> | undefined;

/** The last characters (code units) of the sections' labels (normalised), once per section list. */
export function lastCharsOf(sections: readonly SectionTemplate[]): Set<number> {
  if (sections === GB_SECTIONS && gbLastChars !== undefined) return gbLastChars;
  let set = lastChars.get(sections);
  if (!set) {
    set = new Set(labelsOf(sections).flatMap((s) => s.labels.map((l) => l.charCodeAt(l.length - 1))));
    lastChars.set(sections, set);
    if (sections === GB_SECTIONS) gbLastChars = set;
  }
  return set;
}

/** The shortest section label a heading run into its text without a separator may end at (总体情况). */
const MIN_RUN_IN_LABEL = 4;
/** The most characters a run-in heading's printed head may hold beyond its normalised form. */
const MAX_RUN_IN_EXTRA = 24;
/** Text that reads as prose, not as the rest of a heading: sentence punctuation, or a year opening it. */
const PROSE = /[，,。;；]|^\d{4}\s*年/u;

/**
 * A heading run into its text with nothing between (Word's bold run-in heading as converters print it:
 * `**一、总体情况**2023年，我局…`, `<strong>一、总体情况</strong>2023年…`): the text after the ordinal starts with
 * one of its own section's labels (the longest, of ≥ MIN_RUN_IN_LABEL characters) and what follows it reads as
 * prose (PROSE), so that a reworded heading (一、总体情况及主要做法) stays whole. The body keeps the printed text.
 */
export function labelRunIn(
  heading: string,
  number: string,
  rest: string,
  sections: readonly SectionTemplate[],
): HeadingMatch | null {
  const own = labelsOf(sections).find((s) => s.section.number === number);
  if (!own) return null;
  let label = "";
  for (const l of own.labels)
    if (l.length > label.length && l.length >= MIN_RUN_IN_LABEL && rest.startsWith(l)) label = l;
  if (label === "" || label.length === rest.length) return null;
  // The printed heading up to the label's end: the shortest head whose normalised form is the label's.
  const normal = normalizeLabel(heading);
  const want = normal.slice(0, normal.length - rest.length + label.length);
  // A printed head runs at most MAX_RUN_IN_EXTRA characters (spaces, quotes, marks) past its normalised form:
  // each candidate head is normalised, so an unbounded search would be quadratic in the line's length.
  const stop = Math.min(heading.length, want.length + MAX_RUN_IN_EXTRA);
  for (let i = label.length; i < stop; i++) {
    const head = normalizeLabel(heading.slice(0, i));
    if (head.length > want.length) return null;
    if (head !== want) continue;
    const body = heading.slice(i).trim();
    if (body === "" || !PROSE.test(body)) return null;
    return { id: own.section.id, number, heading: heading.slice(0, i).trim(), gb: true, body };
  }
  return null;
}

/** An ordinal set off by whitespace instead of 、 (一 总体情况). */
const SPACED_ORDINAL = /^([一二三四五六七八九十]{1,3})[\s\u3000]+(\S.*)$/u;

/**
 * A heading whose ordinal is set off by whitespace alone (一 总体情况): read only when the rest is its own
 * section's label (a list item 一 是… or a table row never is).
 */
export function spacedHeading(heading: string, sections: readonly SectionTemplate[]): HeadingMatch | null {
  const m = SPACED_ORDINAL.exec(heading);
  if (!m) return null;
  const section = gbSectionOf(normalizeLabel(m[2]!), sections);
  return section && section.number === m[1] ? { id: section.id, number: m[1]!, heading, gb: true } : null;
}
