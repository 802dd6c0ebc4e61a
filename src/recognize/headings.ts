/**
 * Section headings (一、总体情况 …, （一）主动公开情况 …) recognised from template data: the GB section
 * labels and their variants (templates/sections.ts) and the pre-2019 keywords (templates/legacy-sections.ts).
 */
import { perObject } from "../memo.js";
import type { SectionId } from "../schema/report.js";
import { LEGACY_SECTION_KEYWORDS } from "../templates/legacy-sections.js";
import { GB_SECTIONS } from "../templates/sections.js";
import type { SectionTemplate } from "../templates/types.js";
import {
  exactSectionOf,
  gbSectionOf,
  labelRunIn,
  labelsOf,
  lastCharsOf,
  sectionLabel,
  spacedHeading,
} from "./heading-labels.js";
import { normalizeLabel } from "./labels.js";
import { legacyUnnumbered } from "./legacy-headings.js";

/** A recognised top-level heading. */
export interface HeadingMatch {
  /** Section id when the label is known, else null. */
  id: SectionId | null;
  /** Chinese ordinal as printed (一, 二 …). */
  number: string;
  /** Heading text as printed (markdown marks removed). */
  heading: string;
  /** True when the label matched a GB section label (not only a keyword or the numbering). */
  gb: boolean;
  /** Text printed after the heading on its own line (a run-in heading: `一、总体情况　2023年，…`), if any. */
  body?: string;
  /**
   * True for a heading found by its label alone, without a Chinese ordinal (`## 总体情况`, `1. 总体情况`):
   * it counts only in a document that numbers none of its GB headings (see `numberedGb`).
   */
  unnumbered?: boolean;
  /**
   * A pre-2019 heading printed without an ordinal (LEGACY_UNNUMBERED): it counts only before the document's
   * first numbered heading (`before`, a preface) or after its last (`after`, an annex).
   */
  place?: "before" | "after";
  /**
   * A word (LEGACY_UNNUMBERED `needs`) the heading lacks: it counts only when the line after it holds the word
   * or a table follows it (`附件` / `政府信息公开情况统计表`, not a CMS page's `附件：` and a link).
   */
  needs?: string;
  /**
   * True for a heading numbered `第一部分`: in a document whose sections are so numbered (`partNumbered`), a
   * line numbered 一、 is a sub-section, not a section.
   */
  part?: boolean;
}

const ORDINAL = /^([一二三四五六七八九十]{1,3})[、.,，]\s*(.*)$/;
/** A run-in heading as printed: the heading up to the first 。：: or whitespace, then its section's text. */
const RUN_IN = /^(\S{3,30}?)(?:[。：:]|[\s\u3000]+)/u;
/** The longest line read as a heading alone. */
export const MAX_HEADING = 40;
/** The characters a numbered heading starts with (checked before the whole line is normalised). */
const ORDINAL_START = new Set([..."一二三四五六七八九十"]);
/** The first character normalizeLabel keeps (it drops whitespace and quotes). */
const LEAD = /^[\s\u00a0\u3000\u200b\ufeff"'“”‘’「」『』〝〞＂]*(.)/u;
/**
 * LEAD on the raw line, the marks headingText drops skipped (markdown `#`, emphasis `*` `_`, a bracket 【 [): a
 * cheap necessary condition checked before headingText.
 */
const RAW_LEAD = /^[\s\u00a0\u3000\u200b\ufeff"'“”‘’「」『』〝〞＂#*_【[]*(.)/u;

function mayLeadOrdinal(text: string, pattern: RegExp): boolean {
  // Fast path: a line that starts with a CJK ideograph starts with itself after NFKC (no skipped marks).
  const first = text.charCodeAt(0);
  if (first >= 0x4e00 && first <= 0x9fff) return ORDINAL_START.has(text.charAt(0));
  // Printable ASCII other than the skipped marks (space, quotes, # * _ [) is its own NFKC form and no ordinal.
  if (first > 0x20 && first < 0x7f && !ASCII_MARKS.has(first)) return false;
  // Full-width ASCII forms (（ ） １ …) are ASCII after NFKC; ＂ is a skipped mark.
  if (first >= 0xff01 && first <= 0xff5e && first !== 0xff02) return false;
  const lead = pattern.exec(text)?.[1] ?? "";
  return ORDINAL_START.has(lead.normalize("NFKC").charAt(0));
}

/** The printable ASCII marks a heading may start with: " # ' * [ _ (skipped by RAW_LEAD). */
const ASCII_MARKS = new Set([0x22, 0x23, 0x27, 0x2a, 0x5b, 0x5f]);

/** The backslash a Markdown converter put before the punctuation of an ordinal. */
const ESCAPED_ORDINAL = /^([(（]?[一二三四五六七八九十]{1,3})\\(?=[、.,，)）])/;

/**
 * A heading's text: markdown heading marks, emphasis around its start (`**一、总体情况。**2020年…`: CommonMark keeps
 * the marks literal when the closing one follows punctuation) and a bracket around it (【一、总体情况】) removed,
 * then surrounding whitespace.
 */
export function headingText(line: string): string {
  const text = line.replace(/^\s*#+\s*/, "").trim();
  const first = text.charCodeAt(0);
  if (first !== 0x2a && first !== 0x5f && first !== 0x3010 && first !== 0x5b) return unescapeOrdinal(text);
  return unescapeOrdinal(
    text
      .replace(/^(\*{1,3}|_{1,3})(.+?)\1/u, "$2")
      .replace(/^(?:\*{1,3}|_{1,3})/u, "")
      .replace(/^【([^【】]+)】|^\[([^[\]]+)\](?!\()/u, "$1$2")
      .trim(),
  );
}

/** A heading without the backslash a Markdown converter put after its ordinal (一\、总体情况, （一\）). */
const unescapeOrdinal = (text: string): string => (text.includes("\\") ? text.replace(ESCAPED_ORDINAL, "$1") : text);

/**
 * Reads a line as a numbered top-level heading (一、… to 十、…). Returns null for anything else, including
 * table row labels such as 二、上年结转政府信息公开申请数量 (a numbered line that is neither a known section
 * label nor a short heading-like line).
 */
export function matchHeading(line: string, sections: readonly SectionTemplate[] = GB_SECTIONS): HeadingMatch | null {
  if (!mayLeadOrdinal(line, RAW_LEAD)) {
    if (line.length > MAX_UNNUMBERED) return null;
    return unnumberedHeading(line, sections) ?? (sections === GB_SECTIONS ? legacyUnnumbered(line) : null);
  }
  if (sections !== GB_SECTIONS || line.length > CACHE_MAX_LENGTH) return readHeading(line, sections);
  // Table regions and sections both look at every line: a line is read once (results are never changed).
  let match = headingCache.get(line);
  if (match === undefined) {
    match = readHeading(line, sections);
    if (headingCache.size >= CACHE_LIMIT) headingCache.clear();
    headingCache.set(line, match);
  }
  return match;
}

/** What may follow a heading's last character: whitespace, emphasis marks, closing punctuation. */
const TRAILING_MARKS = new Set([..." \t\r\u3000\u00a0*_#:：。.\u200b\ufeff】]"].map((c) => c.charCodeAt(0)));

/** Chinese ordinals by Arabic number, for a heading whose 一、 numbering a converter wrote as `1.` or dropped. */
const CHINESE_ORDINALS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
/**
 * The numbering before a section label: an Arabic list number a converter wrote for Word's automatic 一、
 * numbering (`1.`, `1、`, `1)`), a bracketed ordinal `（一）` or `第一部分` (the section's own number), then the text.
 */
const SECTION_NUMBERING =
  /^(?:(\d{1,2})[.、,，)）]|[(（]([一二三四五六七八九十]{1,3})[)）]|第([一二三四五六七八九十]{1,3})部分[:：]?)?(.*)$/;
/** The shortest section label an unnumbered heading may be (总体情况). */
const MIN_UNNUMBERED_LABEL = 4;
/** No unnumbered heading line is longer (the longest section label, markup and a list number). */
const MAX_UNNUMBERED = MAX_HEADING + 10;

/**
 * A heading printed without its Chinese ordinal (Markdown from Word: `## 总体情况`, `1.  总体情况`,
 * `## 1. 一、总体情况`, `（一）总体情况`, `第一部分 总体情况`): a line whose text, after an optional number (Arabic,
 * bracketed or 第…部分, which must be the section's own), is a GB section label exactly (or a numbered
 * heading), so that prose and table labels never match. Its number is the label's own.
 */
function unnumberedHeading(line: string, sections: readonly SectionTemplate[]): HeadingMatch | null {
  // Most lines (prose, table rows) do not end as a section label does: one look at the last character.
  let end = line.length - 1;
  while (end >= 0 && TRAILING_MARKS.has(line.charCodeAt(end))) end--;
  if (end < 0 || !lastCharsOf(sections).has(line.charCodeAt(end))) return null;
  const heading = headingText(line);
  const m = SECTION_NUMBERING.exec(normalizeLabel(heading));
  const rest = m?.[4] ?? "";
  if (rest === "") return null;
  const printed = m?.[2] ?? m?.[3];
  if (m?.[1] !== undefined && ORDINAL.test(rest)) {
    const inner = readHeading(rest, sections);
    return inner && { ...inner, heading };
  }
  const label = rest.replace(/[:：。.]+$/, "");
  if (label.length < MIN_UNNUMBERED_LABEL) return null;
  const hit = labelsOf(sections).find((s) => s.labels.includes(label));
  if (!hit) return null;
  // An Arabic number must be the section's own (1. 总体情况; 1. 主动公开政府信息情况 is an item of 一).
  if (m?.[1] !== undefined && CHINESE_ORDINALS[Number(m[1])] !== hit.section.number) return null;
  if (printed !== undefined && printed !== hit.section.number) return null;
  const match: HeadingMatch = { id: hit.section.id, number: hit.section.number, heading, gb: true, unnumbered: true };
  if (m?.[3] !== undefined) match.part = true;
  return match;
}

/**
 * Whether some line is a GB section heading with its Chinese ordinal: then headings found by their label
 * alone are sub-headings or captions (`1.基本情况` inside section 三), not sections.
 */
export function numberedGb(headings: readonly (HeadingMatch | null)[]): boolean {
  for (const h of headings) if (h?.gb && h.unnumbered !== true) return true;
  return false;
}

/** The GB headings of a document's lines, and whether it numbers any of them. */
export interface DocumentHeadings {
  /** `matchHeading` of each line's text, by line position. */
  matches: readonly (HeadingMatch | null)[];
  /** `numberedGb(matches)`: headings found by their label alone are then not sections. */
  numbered: boolean;
  /** `partNumbered(matches)`: sections numbered 第一部分, whose 一、 lines are sub-sections (`partSubitem`). */
  parts: boolean;
  /**
   * The positions of the lines that continue a heading wrapped over lines (see `wrappedHeadings`): part of the
   * heading above them, no section's text and no table's line.
   */
  continued: ReadonlySet<number>;
}

/**
 * The headings of one document's lines, matched once and shared by the table locator and the section reader
 * (memoised per lines array: the lines must not change).
 */
export const documentHeadings = perObject((lines: readonly { text: string }[]): DocumentHeadings => {
  const matches = lines.map((line) => matchHeading(line.text));
  const continued = wrappedHeadings(lines, matches);
  return { matches, numbered: numberedGb(matches), parts: partNumbered(matches), continued };
});

/** A digit, ASCII or full-width: a line holding one continues no heading (a table row, a dated sentence). */
const DIGIT = /[0-9０-９]/;

/**
 * The most lines a heading's continuation takes (pdf.js may cut a heading into many items, which a scraper then
 * joins with spaces: `二、主 动公 开政 府信 息情况`); the joined lines stay within MAX_HEADING characters.
 */
const MAX_CONTINUATION = 6;

/** The number (一 … 六) of each GB section, by id. */
const GB_NUMBERS: ReadonlyMap<string, string> = new Map(GB_SECTIONS.map((s) => [s.id, s.number]));

/** Whether a numbered heading's text is one of its GB section's labels exactly (not within edits, nor a head). */
function namesSectionExactly(text: string): boolean {
  const m = ORDINAL.exec(normalizeLabel(headingText(text)));
  return m !== null && exactSectionOf(sectionLabel(m[2]!), GB_SECTIONS) !== undefined;
}

/**
 * Headings wrapped over lines (`三、收到和处理政府` then `信息公开申请情况`: a narrow page, a PDF text whose items
 * were joined with spaces): a numbered line, with the short lines after it (no heading, no digit; up to
 * MAX_CONTINUATION lines, MAX_HEADING characters in all), names the GB section that has its number, when the line
 * alone names none, or only by a head of a label that the joined lines complete exactly (`四、政府信息公开行政复议、`
 * then `行政诉讼情况`). `matches` is rewritten in place with the joined heading; the positions of the lines that
 * continue it are returned.
 */
function wrappedHeadings(lines: readonly { text: string }[], matches: (HeadingMatch | null)[]): Set<number> {
  const continued = new Set<number>();
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i];
    if (!m || m.unnumbered === true || m.body !== undefined) continue;
    if (m.gb && namesSectionExactly(lines[i]!.text)) continue;
    let joined = lines[i]!.text;
    for (let k = 1; k <= MAX_CONTINUATION && i + k < lines.length; k++) {
      const next = lines[i + k]!.text;
      if (matches[i + k] !== null || joined.length + next.length > MAX_HEADING || DIGIT.test(next)) break;
      joined += next;
      // Read uncached (matchHeading keeps every line it reads): most joins name nothing.
      const whole = readHeading(joined, GB_SECTIONS);
      if (whole?.gb !== true || whole.body !== undefined || GB_NUMBERS.get(whole.id ?? "") !== m.number) continue;
      if (m.gb && !namesSectionExactly(joined)) continue;
      matches[i] = whole;
      for (let j = 1; j <= k; j++) continued.add(i + j);
      i += k;
      break;
    }
  }
  return continued;
}

/** The pre-2019 keywords normalised like the headings they are looked for in (normalizeLabel: 和 → 及, brackets). */
const LEGACY_KEYWORDS = LEGACY_SECTION_KEYWORDS.map((k) => ({ id: k.id, keywords: k.keywords.map(normalizeLabel) }));

const headingCache = new Map<string, HeadingMatch | null>();
const CACHE_LIMIT = 4096;
const CACHE_MAX_LENGTH = 200;

function readHeading(line: string, sections: readonly SectionTemplate[]): HeadingMatch | null {
  const heading = headingText(line);
  if (!mayLeadOrdinal(heading, LEAD)) return null;
  const m = ORDINAL.exec(normalizeLabel(heading));
  if (!m) return spacedHeading(heading, sections);
  const number = m[1]!;
  const rest = m[2]!;
  const gb = gbSectionOf(rest, sections);
  if (gb) return { id: gb.id, number, heading, gb: true };
  // A run-in heading: its head alone names a GB section, and the rest of the line is the section's text.
  const runIn = RUN_IN.exec(heading);
  if (runIn) {
    const head = ORDINAL.exec(normalizeLabel(runIn[1]!));
    const section = head ? gbSectionOf(head[2]!, sections) : undefined;
    const body = heading.slice(runIn[0].length).trim();
    if (section && body !== "") return { id: section.id, number, heading: runIn[1]!, gb: true, body };
  }
  const labelled = labelRunIn(heading, number, rest, sections);
  if (labelled) return labelled;
  if (rest === "" || rest.length > MAX_HEADING || /[。;；]/.test(rest) || /\d$/.test(rest)) return null;
  const legacy = LEGACY_KEYWORDS.find((k) => k.keywords.some((w) => rest.includes(w)));
  return { id: legacy?.id ?? null, number, heading, gb: false };
}

/** The fewest 第…部分 headings that make a document's sections so numbered. */
const MIN_PART_HEADINGS = 2;

/** Whether a document's sections are numbered 第一部分 …: then its lines numbered 一、 are sub-sections. */
export function partNumbered(headings: readonly (HeadingMatch | null)[]): boolean {
  let parts = 0;
  for (const h of headings) if (h?.part === true && ++parts >= MIN_PART_HEADINGS) return true;
  return false;
}
