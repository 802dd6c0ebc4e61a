/**
 * Sub-section headings: （一）主动公开情况 … under a section, or 一、… under a section numbered 第一部分; and the
 * sub-section ids of the section templates (templates/sections.ts).
 */
import type { SectionId } from "../schema/report.js";
import { GB_SECTIONS } from "../templates/sections.js";
import { type HeadingMatch, headingText, MAX_HEADING } from "./headings.js";
import { normalizeLabel } from "./labels.js";

/** A sub-section heading (（一）…) split from the body that may follow on its line. */
export interface SubheadingMatch {
  /** Normalised numbering, e.g. （一）. */
  number: string;
  /** Heading as printed (up to the first 。 or ：). */
  heading: string;
  /** Body text that followed the heading on the same line. */
  body: string;
}

const SUB_ORDINAL = /^\s*[(（]\s*([一二三四五六七八九十]{1,3})\s*[)）]/;
/** A sub-section numbered 一、 (in a document whose sections are numbered 第一部分). */
const PART_SUB_ORDINAL = /^\s*([一二三四五六七八九十]{1,3})[、.,，]/;

/** The number (一 … 六) of each gb section, by id. */
const GB_NUMBERS: ReadonlyMap<string, string> = new Map(GB_SECTIONS.map((s) => [s.id, s.number]));

/**
 * Whether a heading of a document whose sections are numbered 第一部分 (`partNumbered`) is a sub-section: any
 * heading but a 第…部分 one, unless it names a gb section under that section's own number (a report numbering
 * 三、收到和处理… after 第一部分 and 第二部分); `二、依申请公开政府信息情况` under 第一部分 is a sub-section.
 */
export function partSubitem(heading: HeadingMatch): boolean {
  if (heading.part === true) return false;
  return !(heading.gb && heading.id !== null && GB_NUMBERS.get(heading.id) === heading.number);
}

/**
 * Reads a line as a （一）… sub-section heading — or, in a document whose sections are numbered 第一部分
 * (`partNumbered`), a 一、… one; heading = text up to the first 。/：/: or the line end.
 */
export function matchSubheading(line: string, partNumbers = false): SubheadingMatch | null {
  if (!partNumbers && !line.includes("（") && !line.includes("(")) return null;
  const text = headingText(line);
  const m = SUB_ORDINAL.exec(text) ?? (partNumbers ? PART_SUB_ORDINAL.exec(text) : null);
  if (!m) return null;
  const stop = text.slice(m[0].length).search(/[。：:]/);
  if (stop < 0) {
    if (text.length > MAX_HEADING) return null;
    return { number: `（${m[1]}）`, heading: text, body: "" };
  }
  const end = m[0].length + stop;
  return { number: `（${m[1]}）`, heading: text.slice(0, end).trim(), body: text.slice(end + 1).trim() };
}

/** The sub-section id of a heading, by the keywords of the section template's `subsections`. */
export function subsectionId(sectionId: SectionId | null, heading: string): string | null {
  const section = GB_SECTIONS.find((s) => s.id === sectionId);
  if (!section) return null;
  const label = normalizeLabel(heading);
  return section.subsections.find((s) => s.labels.some((l) => label.includes(normalizeLabel(l))))?.id ?? null;
}
