/**
 * What a browser's print header leaves in the text of a page printed to PDF (Chrome, Edge: date and time at the
 * left, the page's title at the right, on every page). pdftotext's layout mode keeps them on one line (page
 * furniture, source-lines.ts); its default and raw modes print the title on a line of its own, and a long title
 * wraps its year onto one more line (`11/24/26, 1:58 AM` / `年兰溪市卫生健康局…年度报告` / `2023`). Read as text, that
 * title became the report's title and body (`年兰溪市卫生健康局`, no year), and the year a value of the table the
 * page break fell in (Table 四's first cell 2024, every other cell one place on).
 */
import { isBrowserHeader, isSpaceCode, type SourceLine } from "./source-lines.js";

/** A line that is only a year (2024): the rest of a header's title wrapped. */
const LONE_YEAR = /^\s*(?:19|20)[0-9]{2}\s*$/u;

/** The trimmed text after a line's last form feed (a page break can join a footer and the next header). */
function lastPart(text: string): string {
  return text.slice(text.lastIndexOf("\f") + 1).trim();
}

/** Whether a line is a browser's print header: its date and time, and the title after a gap when printed there. */
export function isHeaderLine(text: string): boolean {
  const part = lastPart(text);
  const code = part.charCodeAt(0);
  return code >= 0x30 && code <= 0x39 && isBrowserHeader(part);
}

/** The index of the first line after `i` (before it, with `step` -1) that is not blank, or -1. */
function nextText(lines: readonly SourceLine[], i: number, step = 1): number {
  for (let k = i + step; k >= 0 && k < lines.length; k += step) {
    const t = lines[k]!.text;
    for (let c = 0; c < t.length; c++) if (!isSpaceCode(t.charCodeAt(c))) return k;
  }
  return -1;
}

/** The title a header line prints beside its date (after a gap), or null. */
function titleBeside(header: string): string | null {
  const gap = /\s{2,}(\S.*)$/u.exec(lastPart(header));
  return gap === null || LONE_YEAR.test(gap[1]!) ? null : gap[1]!.trim();
}

/**
 * The indexes of the lines a browser's print headers leave beside their date line (which is page furniture): the
 * page's title on a line of its own — the same line after every header (two or more), or after the only one, or
 * the title another header prints beside its date, standing next to a header or first on a page — and a year
 * alone on the line after the title or the header.
 */
export function browserHeaderResidue(lines: readonly SourceLine[]): Set<number> {
  const out = new Set<number>();
  const headers: number[] = [];
  const titled = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    if (!isHeaderLine(lines[i]!.text)) continue;
    headers.push(i);
    const title = titleBeside(lines[i]!.text);
    if (title !== null) titled.add(title);
  }
  // A page's first line (after its form feed) printing such a title: layout mode may put the title above the date.
  if (titled.size > 0) {
    for (let k = 0; k < lines.length; k++) {
      const text = lines[k]!.text;
      if (text.includes("\f") && titled.has(lastPart(text))) out.add(k);
    }
  }
  const after = new Map<string, number[]>();
  for (const i of headers) {
    const next = nextText(lines, i);
    const before = nextText(lines, i, -1);
    // The title printed on the line above the date (layout mode may so split a page's header).
    if (before >= 0 && titled.has(lastPart(lines[before]!.text))) out.add(before);
    if (next < 0) continue;
    if (LONE_YEAR.test(lines[next]!.text)) {
      out.add(next);
      continue;
    }
    if (titleBeside(lines[i]!.text) !== null) continue;
    const text = lines[next]!.text.trim();
    const at = after.get(text);
    if (at) at.push(next);
    else after.set(text, [next]);
  }
  for (const [text, at] of after) {
    if (at.length < 2 && headers.length > 1 && !titled.has(text)) continue;
    for (const k of at) {
      out.add(k);
      const year = nextText(lines, k);
      if (year >= 0 && LONE_YEAR.test(lines[year]!.text)) out.add(year);
    }
  }
  return out;
}
