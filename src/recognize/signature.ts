/**
 * The lines that close a report: the report date (落款日期) — the last line that is only a date, or a last
 * line that prints the issuing body and the date apart (`泗洪县青阳街道办事处　　2025年1月20日`) — and the
 * body's name above it. They belong to no section.
 */

import { isSpaceCode } from "../shapes/source-lines.js";
import { findDate } from "./dates.js";
import type { Line } from "./lines.js";
import { closeOcrSpacing } from "./ocr-spacing.js";
import { ATTACHMENT_LINK, lastHeading } from "./report-end.js";

/** The text without whitespace and zero-width characters (U+200B–U+200D, U+2060; U+FEFF is whitespace). */
export function compact(text: string): string {
  return text.replace(/[\s\u200b-\u200d\u2060]+/g, "");
}

/** The longest body's name. */
const MAX_ORG = 40;

/** A short line without sentence punctuation or a date: a body's name. */
export function isShortPlain(text: string): boolean {
  return text.length > 0 && text.length <= MAX_ORG && !/[。，,：:；;]/.test(text) && findDate(text) === null;
}

/** No whole-line date is longer (a 12-character year, a 6-character month and day, 年月日: 27). */
const MAX_DATE_LINE = 30;

/** The ideographs a date line is made of: 年 月 日 and the Chinese numerals of DATE_PATTERN. */
const DATE_IDEOGRAPHS = new Set([..."年月日元〇零一二三四五六七八九十"]);

/**
 * False when a text holds a CJK unified ideograph that no date is written with (NFKC leaves those as they
 * are, so the text cannot be a whole-line date): most prose lines fail at their first word.
 */
function mayBeDateLine(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff && !DATE_IDEOGRAPHS.has(text.charAt(i))) return false;
  }
  return true;
}

/**
 * The ISO date a text line consists of (only a date, once NFKC-normalised and without spaces), or a table row
 * of one cell that is only a date (a signature laid out in a small table); else null.
 */
export function wholeLineDate(line: Line): string | null {
  if (line.kind === "text") return dateOnly(line.text);
  return line.text.length <= MAX_DATE_LINE && line.tokens.length === 1 ? dateOnly(line.tokens[0]!.raw) : null;
}

/** The ISO date a text consists of (only a date, once NFKC-normalised and without spaces), else null. */
function dateOnly(raw: string): string | null {
  if (!mayBeDateLine(raw)) return null;
  // A date a PDF-to-Markdown converter set as math (MinerU: `$2025$ 年 $1$ 月 $16$ 日`) reads without its `$`.
  const text = compact(raw.includes("$") ? raw.normalize("NFKC").replaceAll("$", "") : raw.normalize("NFKC"));
  if (text.length > MAX_DATE_LINE) return null;
  const d = findDate(text);
  return d && d.index === 0 && d.length === text.length ? d.iso : null;
}

/**
 * A line that prints the issuing body and the date apart, by two or more spaces (`泗洪县青阳街道办事处　　2025年1月20日`):
 * the body's name and the ISO date, or null.
 */
function orgAndDate(line: Line): { org: string; iso: string } | null {
  if (line.kind !== "text") return orgAndDateCells(line);
  const text = line.text;
  // The gap: the last run of two or more whitespace characters, found from the end (no backtracking).
  let end = text.length;
  for (;;) {
    while (end > 0 && !isSpaceCode(text.charCodeAt(end - 1))) end--;
    if (end === 0) return null;
    let start = end - 1;
    while (start > 0 && isSpaceCode(text.charCodeAt(start - 1))) start--;
    if (end - start >= 2) {
      const date = text.slice(end);
      if (date.length > MAX_DATE_LINE || start === 0) return null;
      const org = text.slice(0, start).trim();
      const iso = isShortPlain(org) && !FOOTER_WORDS.test(org) ? dateOnly(date) : null;
      return iso === null ? null : { org, iso };
    }
    end = start;
  }
}

/** A date ending a line (after one space or none: `某局 2024年1月22日`, `某局2024-01-22`). */
const ENDING_DATE = /(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2})$/u;

/**
 * The body and the date on one line right under an attachment's link (附件：….pdf / 某局 2024年1月22日): a web page
 * sets them apart by one space or none, not by the gap `orgAndDate` asks for. The body's name and the ISO date, or
 * null (also when the line above is no attachment's link).
 */
function orgAndDateUnderAttachment(
  lines: readonly Line[],
  skip: ReadonlySet<number>,
  i: number,
): { org: string; iso: string } | null {
  const line = lines[i]!;
  if (line.kind !== "text" || line.text.length > MAX_ORG + MAX_DATE_LINE) return null;
  // Most lines do not end as a date does (日, or a digit, full-width or not): one look at the last character.
  if (!endsAsDate(line.text)) return null;
  const text = line.text.normalize("NFKC").trim();
  const date = ENDING_DATE.exec(text);
  if (date === null || date.index === 0) return null;
  let above = i - 1;
  while (above >= 0 && skip.has(lines[above]!.index)) above--;
  if (above < 0 || !ATTACHMENT_LINK.test(lines[above]!.text.normalize("NFKC").trim())) return null;
  const org = text.slice(0, date.index).trim();
  const iso = isShortPlain(org) && !FOOTER_WORDS.test(org) && BODY_END.test(org) ? dateOnly(date[0]) : null;
  return iso === null ? null : { org, iso };
}

/**
 * How a body's name ends (某市人民政府, 某局, 某委员会, 某办公室, 某中心 …): a related article's title under the link
 * (市政府召开常务会议 2025-01-22) does not.
 */
const BODY_END = /(?:政府|局|委|委员会|办|办公室|厅|部|院|中心|署|处|室|所|站|馆|会|公司|集团|队|社|校|园|府|司)$/u;

/** Whether a text's last character (whitespace aside) may end a date: 日, or a digit (full-width or not). */
function endsAsDate(text: string): boolean {
  let end = text.length;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  const c = text.charCodeAt(end - 1);
  return c === 0x65e5 || (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** Words of a page footer printing a body and a date (主办：某办, 某局版权所有, Copyright ©): no signature. */
const FOOTER_WORDS = /版权所有|主办|承办|技术支持|Copyright|©|ICP|公网安备/iu;

/** A table row of two cells, the body's name and a date (a signature laid out in a small table), or null. */
function orgAndDateCells(line: Line): { org: string; iso: string } | null {
  if (line.text.length > MAX_ORG + MAX_DATE_LINE || line.tokens.length !== 2) return null;
  const org = line.tokens[0]!.raw.trim();
  const iso = isShortPlain(org) ? dateOnly(line.tokens[1]!.raw) : null;
  return iso === null ? null : { org, iso };
}

/** Whether a line may close a report: a text line, or a row of at most two cells (outside statistics tables). */
function mayClose(line: Line): boolean {
  return line.kind === "text" || (line.text.length <= MAX_ORG + MAX_DATE_LINE && line.tokens.length <= 2);
}

/** The index of the last line before `end` outside `skip` that may close a report, or -1. */
function lastTextLine(lines: readonly Line[], skip: ReadonlySet<number>, end: number): number {
  let last = end - 1;
  while (last >= 0 && (skip.has(lines[last]!.index) || !mayClose(lines[last]!))) last--;
  return last;
}

/**
 * The report date and its line's index: the first line outside `skip` after the last section heading that is
 * only a date, or prints the body and the date apart (`org`: the body it names) — a footer's or a related
 * article's date further down is not the report's; else (no heading, or no such line after it) the last line
 * that is only a date, else a last line printing the body and the date. Lines from `end` on (a page's furniture
 * after the report, `reportEnd`: 相关链接, 上一篇, a footer) are never looked at.
 */
export function readReportDate(
  lines: readonly Line[],
  skip: ReadonlySet<number>,
  end: number,
): { iso: string | null; index: number; org: string | null } {
  const heading = lastHeading(lines, skip);
  if (heading >= 0) {
    for (let i = heading + 1; i < end; i++) {
      const line = lines[i]!;
      if (skip.has(line.index) || !mayClose(line)) continue;
      const iso = wholeLineDate(line);
      if (iso !== null) return { iso, index: i, org: null };
      const signed = orgAndDate(line) ?? orgAndDateUnderAttachment(lines, skip, i);
      if (signed !== null) return { iso: signed.iso, index: i, org: signed.org };
    }
  }
  for (let i = end - 1; i >= 0; i--) {
    if (skip.has(lines[i]!.index)) continue;
    const iso = wholeLineDate(lines[i]!);
    if (iso !== null) return { iso, index: i, org: null };
  }
  const last = lastTextLine(lines, skip, end);
  const signed = last < 0 ? null : orgAndDate(lines[last]!);
  return signed ? { iso: signed.iso, index: last, org: signed.org } : { iso: null, index: -1, org: null };
}

/**
 * The indexes of the signature lines that close a report — its last text line before `end` (a page's furniture,
 * `reportEnd`) when that line is only a date (the report date) or the body and the date, and the line right
 * above a date when it is the issuing body's name (`orgName`) — which belong to no section.
 */
export function signatureLines(
  lines: readonly Line[],
  skip: ReadonlySet<number>,
  orgName: string | null,
  end: number,
): number[] {
  let last = lastTextLine(lines, skip, end);
  // Contact lines printed under the signature (联系电话：…, 地址：…) stay in the last section: the signature above
  // them still closes the report.
  for (let n = 0; n < MAX_CONTACT_LINES && last > 0 && isContactLine(lines[last]!); n++)
    last = lastTextLine(lines, skip, last);
  if (last < 0) return [];
  // The body and the date on one line close the report.
  if (orgAndDate(lines[last]!) !== null || orgAndDateUnderAttachment(lines, skip, last) !== null)
    return [lines[last]!.index];
  // The report date is the last date-only line: it closes the report when it is the last text line.
  if (wholeLineDate(lines[last]!) === null) return [];
  const above = lines[last - 1];
  // The line above is the signature only when it names the issuing body the metadata gives, or an office of it
  // (淮安市人民政府办公室 signing for 淮安市人民政府).
  const org = above !== undefined && mayClose(above) && !skip.has(above.index) && signs(above.text.trim(), orgName);
  return org ? [above.index, lines[last]!.index] : [lines[last]!.index];
}

/** Whether a line's text is the name of the issuing body (`orgName`) or of a body within it (its name first). */
function signs(printed: string, orgName: string | null): boolean {
  if (orgName === null || orgName === "") return false;
  // (the body's name is given closed up when OCR letter-spaced it: so is the line)
  const text = closeOcrSpacing(printed);
  return text === orgName || (text.startsWith(orgName) && isShortPlain(text) && BODY_END.test(text));
}

/** The most contact lines looked over under a signature. */
const MAX_CONTACT_LINES = 4;

/** A contact line (联系人：, 联系电话：, 地址：, 邮编：, 电子邮箱：, 传真：), bracketed or not. */
const CONTACT =
  /^[（(]?(?:联系人|联系电话|咨询电话|联系方式|电话|联系地址|通讯地址|地址|邮编|邮政编码|电子邮箱|邮箱|传真)[：:]/u;

/** Whether a line is a contact line printed under a report's signature (a text line of at most 80 characters). */
function isContactLine(line: Line): boolean {
  return line.kind === "text" && line.text.length <= 80 && CONTACT.test(compact(line.text).normalize("NFKC"));
}
