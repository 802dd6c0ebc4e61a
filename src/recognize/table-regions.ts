/**
 * Where Tables 二, 三 and 四 are in a document's lines: the regions their section headings open, or, when a
 * heading is missing, the first line holding one of the table's anchor labels (from the template data).
 */
import { perObject } from "../memo.js";
import type { TableId } from "../schema/report.js";
import { GB_TEMPLATES } from "../templates/index.js";
import type { TableTemplate } from "../templates/types.js";
import { documentHeadings, type HeadingMatch } from "./headings.js";
import { normalizeLabel } from "./labels.js";
import type { Line } from "./lines.js";
import { partSubitem } from "./subheadings.js";

/** A located table region: the heading line and the lines up to the next section heading. */
export interface Region {
  /** Which table. */
  id: TableId;
  /** The heading line (or, for a table located by its labels, its first line). */
  heading: Line;
  /** The lines of the table, heading excluded. */
  lines: Line[];
}

/** The gb tables, in layout order. */
export const TABLE_IDS: readonly TableId[] = ["active_disclosure", "applications", "review_litigation"];

/** The number (一 … 六) of each of the layout's narrative sections, by id. */
const SECTION_NUMBERS: ReadonlyMap<string, string> = new Map(
  GB_TEMPLATES[0]!.sections.map((section) => [section.id, section.number]),
);

const MIN_ANCHOR = 6;
const MAX_ANCHOR_LINE = 80;

/**
 * Labels that open a table when its heading is missing, from the template data: block labels and the
 * first row's labels (rows layout), or group and row labels (sequence layout); only distinctive ones.
 */
export function anchorLabels(table: TableTemplate): string[] {
  const labels =
    table.layout === "sequence"
      ? [...table.groups.flatMap((g) => g.labels), ...table.rows.flatMap((r) => r.labels)]
      : [...(table.blocks[0]?.labels ?? []), ...(table.rows[0]?.labels ?? [])];
  return labels.map(normalizeLabel).filter((l) => l.length >= MIN_ANCHOR);
}

/**
 * Finds every region that a GB table heading opens (a table may be announced more than once); a table
 * whose heading is missing is located by its anchor labels instead. A region runs to the next section
 * heading or the next region's start.
 */
export function tableRegions(lines: readonly Line[]): Region[] {
  const starts: { i: number; id: TableId | null; heading: boolean }[] = [];
  // Numbered headings naming a layout section in words of their own, under that section's own number
  // (四、因信息公开工作引起的行政复议及行政诉讼情况): each ends the region of another section's table. A numbered
  // item inside a section (一、依申请转主动公开 under 三) carries another number and ends nothing.
  const ends: { i: number; id: string }[] = [];
  const { matches, numbered, parts, continued } = documentHeadings(lines);
  matches.forEach((m, i) => {
    // Sections numbered 第一部分: a line numbered 一、 is a sub-section (sections.ts), no table's heading.
    if (parts && m !== null && partSubitem(m)) return;
    if (m !== null && m.gb !== true && m.id !== null && SECTION_NUMBERS.get(m.id) === m.number)
      ends.push({ i, id: m.id });
    if (m?.gb !== true || (numbered && m.unnumbered === true && m.part !== true)) return;
    const id = m.id as TableId;
    starts.push({ i, id: TABLE_IDS.includes(id) ? id : null, heading: true });
  });
  // Each line is normalised once, on first need, for every table whose heading is missing.
  const normalized = new Array<string | undefined>(lines.length);
  for (const table of GB_TEMPLATES[0]!.tables) {
    if (starts.some((s) => s.id === table.id)) continue;
    const at = firstAnchorLine(lines, anchorsOf(table), normalized);
    if (at >= 0) starts.push({ i: at, id: table.id, heading: false });
  }
  starts.sort((a, b) => a.i - b.i);
  withHeadersAbove(lines, starts, matches);
  const regions = regionsOf(lines, starts, ends, continued);
  // A table whose headings all head no value (详见附件: the table is printed later, under an annex caption)
  // is looked for by its anchor labels after its last heading.
  let added = false;
  for (const table of GB_TEMPLATES[0]!.tables) {
    const own = regions.filter((r) => r.id === table.id);
    if (own.length === 0 || own.some((r) => r.lines.some(holdsValue))) continue;
    // After the last region, not its heading: the region may hold a caption that is an anchor itself (a
    // paragraph 第二十条第（一）项 under 二、 when python-docx prints every table after the paragraphs).
    const last = own[own.length - 1]!;
    const after = lines.indexOf(last.lines[last.lines.length - 1] ?? last.heading) + 1;
    const at = firstAnchorLine(lines, anchorsOf(table), normalized, after);
    if (at < 0) continue;
    starts.push({ i: at, id: table.id, heading: false });
    added = true;
  }
  if (!added) return regions;
  starts.sort((a, b) => a.i - b.i);
  withHeadersAbove(lines, starts, matches);
  return regionsOf(lines, starts, ends, continued);
}

/** The most header lines a table located by its anchor labels takes from above its anchor line. */
const MAX_HEADER_ABOVE = 8;

/** The normalised column heads of each table (every era's header labels and column labels). */
const HEADS: ReadonlyMap<TableId, ReadonlySet<string>> = new Map(
  TABLE_IDS.map((id) => {
    const tables = GB_TEMPLATES.flatMap((t) => t.tables.filter((table) => table.id === id));
    const labels = tables.flatMap((table) => [
      ...table.headerLabels,
      ...table.blocks.flatMap((b) => b.header),
      ...table.rows.flatMap((r) => r.columns.flatMap((c) => c.labels)),
    ]);
    return [id, new Set(labels.map(normalizeLabel))];
  }),
);

/** Whether a line holds only column heads of a table: its words (a row's text cells, a text line's runs between spaces). */
function isHeaderOf(line: Line, heads: ReadonlySet<string>): boolean {
  const words =
    line.kind === "row" ? line.tokens.filter((t) => t.kind === "text").map((t) => t.raw) : line.text.split(/\s+/u);
  let any = false;
  for (const word of words) {
    const label = normalizeLabel(word);
    if (label === "") continue;
    if (!heads.has(label)) return false;
    any = true;
  }
  return any;
}

/**
 * Moves the start of each table located by its anchor labels up over the lines right above it that hold only
 * its column heads (申请人情况 / 自然人 … over 一、本年新收…; 行政复议 … 行政诉讼 over 未经复议直接起诉): printed
 * without the table's heading (python-docx's tables after the paragraphs), they would stay in the region before.
 * A start never moves onto a heading or the line of the start before it.
 */
function withHeadersAbove(
  lines: readonly Line[],
  starts: { i: number; id: TableId | null; heading: boolean }[],
  matches: readonly (HeadingMatch | null)[],
): void {
  starts.forEach((s, k) => {
    const heads = s.id === null || s.heading ? undefined : HEADS.get(s.id);
    if (heads === undefined) return;
    const floor = Math.max(k > 0 ? starts[k - 1]!.i : -1, s.i - 1 - MAX_HEADER_ABOVE);
    let i = s.i;
    while (i - 1 > floor && matches[i - 1] === null && !holdsValue(lines[i - 1]!) && isHeaderOf(lines[i - 1]!, heads))
      i--;
    s.i = i;
  });
}

/** Whether a line holds a value (a table row's number, blank or dash). */
const holdsValue = (line: Line): boolean => line.tokens.some((t) => t.kind === "value");

/**
 * The regions of the table starts (in line order): each runs to the next start, or to the first section
 * heading of another section after it (`ends`, in line order); it starts after its heading line and after the
 * lines that continue a wrapped heading (`continued`).
 */
function regionsOf(
  lines: readonly Line[],
  starts: readonly { i: number; id: TableId | null; heading: boolean }[],
  ends: readonly { i: number; id: string }[],
  continued: ReadonlySet<number>,
): Region[] {
  // Regions do not overlap and both lists are in line order: one cursor over `ends` serves every region.
  let next = 0;
  return starts.flatMap((s, k) => {
    let end = starts[k + 1]?.i ?? lines.length;
    while (next < ends.length && ends[next]!.i <= s.i) next++;
    for (let e = next; e < ends.length && ends[e]!.i < end; e++) {
      if (ends[e]!.id !== s.id) {
        end = ends[e]!.i;
        break;
      }
    }
    if (!s.id) return [];
    let from = s.heading ? s.i + 1 : s.i;
    while (s.heading && continued.has(from)) from++;
    return [{ id: s.id, heading: lines[s.i]!, lines: lines.slice(from, Math.max(from, end)) }];
  });
}

const anchorsOf = perObject(anchorLabels);

/** Sentence and clause punctuation, which a table's label line does not print. */
const CLAUSE_PUNCTUATION = /[。；，]/;

/**
 * Index of the first line from `from` (from a later line: not a sentence) holding one of `anchors` once normalised (text lines longer than MAX_ANCHOR_LINE
 * are prose and skipped), or -1; `normalized` keeps each line's normalised text for the next table.
 */
function firstAnchorLine(
  lines: readonly Line[],
  anchors: readonly string[],
  normalized: (string | undefined)[],
  from = 0,
): number {
  for (let i = from; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.kind === "text" && l.text.length > MAX_ANCHOR_LINE) continue;
    // After a heading that heads no value, prose quoting a row label (全年本年新收…申请3054件，…) is no table.
    if (from > 0 && l.kind === "text" && CLAUSE_PUNCTUATION.test(l.text)) continue;
    let text = normalized[i];
    if (text === undefined) {
      text = normalizeLabel(l.text);
      normalized[i] = text;
    }
    for (const a of anchors) if (text.includes(a)) return i;
    if (wrapsAnchor(l, lines[i + 1], anchors)) return i;
  }
  return -1;
}

/** The words of a line: a text line's text, a row's text cells (its values left out). */
function wordsOf(line: Line): string {
  if (line.kind === "text") return line.text;
  let words = "";
  for (const t of line.tokens) if (t.kind === "text") words += t.raw;
  return words;
}

/** The most characters a label wrapped over two lines has on either (a longer line is prose). */
const MAX_WRAPPED_PART = 40;

/**
 * Whether an anchor label is wrapped from a row onto the next line (`一、本年新收政府信息公开 | 3001 …` over
 * `申请数量`, as tabula's stream mode splits a cell's two lines into two rows): it starts on `line` and ends on
 * `next`, neither holding it whole.
 */
function wrapsAnchor(line: Line, next: Line | undefined, anchors: readonly string[]): boolean {
  if (next === undefined) return false;
  const head = wordsOf(line);
  const tail = wordsOf(next);
  if (head === "" || tail === "" || head.length > MAX_WRAPPED_PART || tail.length > MAX_WRAPPED_PART) return false;
  const first = normalizeLabel(head);
  const joined = normalizeLabel(head + tail);
  for (const a of anchors) {
    const at = joined.indexOf(a);
    if (at >= 0 && at < first.length && at + a.length > first.length) return true;
  }
  return false;
}
