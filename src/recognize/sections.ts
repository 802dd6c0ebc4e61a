/**
 * Narrative sections 一…六 (and pre-2019 numbered sections) with their sub-sections （一）…, read from the
 * document's text lines. Lines inside statistics tables never land in a section's text.
 */
import type { SourcePosition } from "../schema/common.js";
import type { Section, Subsection } from "../schema/report.js";
import { documentHeadings, type HeadingMatch } from "./headings.js";
import type { Line } from "./lines.js";
import { matchSubheading, partSubitem, subsectionId } from "./subheadings.js";

/** A section or sub-section being read: its body lines and where each starts. */
interface Body<T> {
  s: T;
  body: string[];
  at: SourcePosition[];
}

/**
 * Reads the narrative sections. `skip` holds the indexes of lines that belong to tables (their heading
 * lines excepted). Section text is every prose line of the section (sub-sections included), joined by
 * newlines; each sub-section's text is its own body. The lines from `end` on (a page's furniture after the
 * report, `reportEnd`: a 相关链接 list, 附件：….pdf, a footer) are no section's text.
 */
export function recognizeSections(lines: readonly Line[], skip: ReadonlySet<number>, end: number): Section[] {
  // Sections numbered 第一部分 … (`parts`): a line numbered 一、 that names no section is a sub-section of one.
  const { matches: headings, numbered, parts, continued } = documentHeadings(lines);
  const sections: Section[] = [];
  let section: Body<Section> | null = null;
  let sub: Body<Subsection> | null = null;
  const flushSub = () => {
    if (section && sub) {
      sub.s.text = sub.body.join("\n");
      sub.s.lines = sub.at;
      section.s.subsections.push(sub.s);
    }
    sub = null;
  };
  const flush = () => {
    flushSub();
    if (section) {
      section.s.text = section.body.join("\n");
      section.s.lines = section.at;
      sections.push(section.s);
    }
    section = null;
  };
  /** Adds a line of text to the current section (and sub-section), opening a sub-section at its heading. */
  const addText = (text: string, source: Line["source"]): void => {
    if (!section) return;
    const current = section as Body<Section>;
    current.body.push(text);
    current.at.push(source);
    const subheading = matchSubheading(text, parts);
    if (subheading) {
      flushSub();
      sub = {
        s: {
          id: subsectionId(current.s.id, subheading.heading),
          number: subheading.number,
          heading: subheading.heading,
          text: "",
          source,
        },
        body: subheading.body ? [subheading.body] : [],
        at: subheading.body ? [source] : [],
      };
      return;
    }
    if (sub) {
      (sub as Body<Subsection>).body.push(text);
      (sub as Body<Subsection>).at.push(source);
    }
  };
  const { first, last } = numberedSpan(headings);
  const contents = contentsLines(headings);
  for (let k = 0; k < end; k++) {
    const line = lines[k] as Line;
    // The rest of a heading wrapped over lines (its text is the heading's).
    if (skip.has(line.index) || continued.has(k)) continue;
    if (line.kind === "row" && line.tokens.some((t) => t.kind === "value" && t.reading.status !== "blank")) continue;
    const listed = contents.has(k) ? null : (headings[k] as HeadingMatch | null);
    const found = listed?.needs !== undefined && !followedBy(lines, k, skip, listed.needs) ? null : listed;
    const heading =
      (found?.unnumbered === true && found.part !== true && !placed(found, k, first, last, numbered)) ||
      (parts && found !== null && partSubitem(found))
        ? null
        : found;
    // The open section's heading printed again (a table's caption row under it): it opens nothing.
    const open = section as { s: Section } | null;
    if (heading && open && heading.id !== null && heading.id === open.s.id && heading.number === open.s.number)
      continue;
    const opens = heading && (heading.gb || heading.place === "before" || sections.length > 0 || section !== null);
    if (heading && (opens || heading.number === "一")) {
      flush();
      section = {
        s: {
          id: heading.id,
          number: heading.number,
          heading: heading.heading,
          text: "",
          subsections: [],
          source: line.source,
        },
        body: [],
        at: [],
      };
      // A run-in heading's text starts the section (it may open a sub-section).
      if (heading.body !== undefined) addText(heading.body, line.source);
      continue;
    }
    addText(line.text, line.source);
  }
  flush();
  return sections;
}

/** The first and last lines holding a numbered heading (-1 when there is none). */
function numberedSpan(headings: readonly (HeadingMatch | null)[]): { first: number; last: number } {
  let first = -1;
  let last = -1;
  for (let k = 0; k < headings.length; k++) {
    const h = headings[k];
    if (!h || h.unnumbered === true) continue;
    if (first < 0) first = k;
    last = k;
  }
  return { first, last };
}

/**
 * Whether an unnumbered heading stands where it counts: a GB label only in a document numbering none of its
 * GB headings (`numbered`), anywhere, or section 一's label numbered otherwise (1.总体情况) before the first
 * numbered heading; a pre-2019 preface before the first numbered heading, an annex after the last.
 */
function placed(heading: HeadingMatch, k: number, first: number, last: number, numbered: boolean): boolean {
  if (heading.place === "before") return first < 0 || k < first;
  if (heading.place === "after") return k > last;
  // Section 一 printed with another numbering (1.总体情况, （一）总体情况) before the report's first numbered heading
  // (二、…): the section, not a sub-section.
  if (heading.number === "一" && (first < 0 || k < first) && /^[(（\d０-９]/u.test(heading.heading)) return true;
  return !numbered;
}

/**
 * Whether the first line after line k holding text is a table's (in `skip`, or a grid row) or holds `word`: an
 * annex heading lacking 表 (附件) heads the statistics table only when that table or its title follows it.
 */
function followedBy(lines: readonly Line[], k: number, skip: ReadonlySet<number>, word: string): boolean {
  for (let i = k + 1; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.text === "") continue;
    return skip.has(line.index) || line.kind === "row" || line.text.includes(word);
  }
  return false;
}

/** The fewest headings a table of contents lists. */
const MIN_CONTENTS = 3;

/**
 * The lines of a table of contents (目录): a run of at least MIN_CONTENTS numbered headings of distinct sections on
 * consecutive lines (a heading of a section the run already lists starts the body), at least MIN_CONTENTS of
 * whose sections are headed again after it. They open no section (a report's headings
 * are followed by their text or tables; only a contents list repeats them). Linear: the last heading of each
 * section is found once.
 */
function contentsLines(headings: readonly (HeadingMatch | null)[]): Set<number> {
  const out = new Set<number>();
  const lastOf = new Map<string, number>();
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i];
    if (isNumbered(h)) lastOf.set(keyOf(h), i);
  }
  for (let k = 0; k < headings.length; ) {
    if (!isNumbered(headings[k])) {
      k++;
      continue;
    }
    // The run ends before a heading of a section it already lists: the body's first heading after the list.
    const listed = new Set<string>();
    let end = k;
    for (let h = headings[end]; isNumbered(h) && !listed.has(keyOf(h)); h = headings[++end]) listed.add(keyOf(h));
    if (end - k >= MIN_CONTENTS) {
      // The distinct sections of the run headed again after it.
      const again = new Set<string>();
      for (let i = k; i < end; i++) {
        const key = keyOf(headings[i]!);
        if ((lastOf.get(key) ?? -1) >= end) again.add(key);
      }
      if (again.size >= MIN_CONTENTS) for (let i = k; i < end; i++) out.add(i);
    }
    k = end;
  }
  return out;
}

/** What a heading heads: its section id, else its number. */
const keyOf = (h: HeadingMatch): string => h.id ?? h.number;

const isNumbered = (h: HeadingMatch | null | undefined): h is HeadingMatch =>
  h !== null && h !== undefined && h.unnumbered !== true && h.number !== "";
