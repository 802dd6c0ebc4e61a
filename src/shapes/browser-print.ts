/**
 * What a browser's print header leaves in the text of a page printed to PDF (Chrome, Edge: date and time at the
 * left, the page's title at the right, on every page). pdftotext's layout mode keeps them on one line (page
 * furniture, source-lines.ts); its default and raw modes print the title on a line of its own, and a long title
 * wraps its year onto one more line (`11/24/26, 1:58 AM` / `年兰溪市卫生健康局…年度报告` / `2023`). Read as text, that
 * title became the report's title and body (`年兰溪市卫生健康局`, no year), and the year a value of the table the
 * page break fell in (Table 四's first cell 2024, every other cell one place on).
 */
import { browserHeader, isSpaceCode, type SourceLine } from "./source-lines.js";

/** A line that is only a year (2024): the rest of a header's title wrapped. */
const LONE_YEAR = /^\s*(?:19|20)[0-9]{2}\s*$/u;

/** The trimmed text after a line's last form feed (a page break can join a footer and the next header). */
function lastPart(text: string): string {
  return text.slice(text.lastIndexOf("\f") + 1).trim();
}

/**
 * A line read as a browser's print header (its date and time, the title beside them or null), with whether it
 * starts a page; null for other lines. Most lines hold no `:` and start with no digit: looked at first.
 */
export function headerLine(text: string): { stamp: string; title: string | null; pageStart: boolean } | null {
  const at = text.lastIndexOf("\f");
  let first = at + 1;
  while (first < text.length && isSpaceCode(text.charCodeAt(first))) first++;
  const code = text.charCodeAt(first);
  if (code < 0x30 || code > 0x39 || text.indexOf(":", first) < 0) return null;
  const header = browserHeader(text.slice(first).trim());
  return header === null ? null : { ...header, pageStart: at >= 0 };
}

/** The index of the first line after `i` (before it, with `step` -1) that is not blank, or -1. */
function nextText(lines: readonly SourceLine[], i: number, step = 1): number {
  for (let k = i + step; k >= 0 && k < lines.length; k += step) {
    const t = lines[k]!.text;
    for (let c = 0; c < t.length; c++) if (!isSpaceCode(t.charCodeAt(c))) return k;
  }
  return -1;
}

/**
 * The indexes of the lines a browser's print headers take: a date-and-time line the print repeats (on two pages
 * or more) or that starts a page, or prints a title beside it; the page's title on a line of its own — the same
 * line (naming a report: 报) after two headers or more, or the title a header prints beside its date, next to a
 * header or first on a page — and a year alone on the line after a header or its title. A date and time printed
 * once, with no title beside it (a report's own 2025-01-20 10:30), takes nothing.
 */
export function browserHeaderResidue(lines: readonly SourceLine[]): Set<number> {
  const out = new Set<number>();
  const found: { at: number; stamp: string; title: string | null; pageStart: boolean }[] = [];
  const stamps = new Map<string, number>();
  const titled = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const header = headerLine(lines[i]!.text);
    if (header === null) continue;
    found.push({ at: i, ...header });
    stamps.set(header.stamp, (stamps.get(header.stamp) ?? 0) + 1);
    if (header.title !== null && !LONE_YEAR.test(header.title)) titled.add(header.title);
  }
  const headers = found.filter((h) => h.title !== null || h.pageStart || (stamps.get(h.stamp) ?? 0) >= 2);
  if (headers.length === 0) return out;
  // A page's first line (after its form feed) printing such a title: layout mode may put the title above the date.
  if (titled.size > 0) {
    for (let k = 0; k < lines.length; k++) {
      const text = lines[k]!.text;
      if (text.includes("\f") && titled.has(lastPart(text))) out.add(k);
    }
  }
  const after = new Map<string, number[]>();
  for (const { at: i, title } of headers) {
    out.add(i);
    const next = nextText(lines, i);
    const before = nextText(lines, i, -1);
    // The title printed on the line above the date (layout mode may so split a page's header).
    if (before >= 0 && titled.has(lastPart(lines[before]!.text))) out.add(before);
    if (next < 0) continue;
    if (LONE_YEAR.test(lines[next]!.text)) {
      out.add(next);
      continue;
    }
    if (title !== null) continue;
    const text = lines[next]!.text.trim();
    if (!text.includes("报") && !text.includes("報")) continue;
    const at = after.get(text);
    if (at) at.push(next);
    else after.set(text, [next]);
  }
  for (const [text, at] of after) {
    if (at.length < 2 && !titled.has(text)) continue;
    for (const k of at) {
      out.add(k);
      const year = nextText(lines, k);
      if (year >= 0 && LONE_YEAR.test(lines[year]!.text)) out.add(year);
    }
  }
  return out;
}
