/**
 * The fields of a web page's info box (信息公开目录's 索引号 / 发布机构 / 成文日期 / 发文日期 table, a byline
 * 来源：某办 发布时间：…): the publication date, the date the document was written, and the publishing body. Read
 * from the document's text blocks and table cells in reading order; the page's <head> and scripts are no blocks.
 */
import type { Document } from "../document.js";
import { cellSource, pointSource } from "../document.js";
import type { SourcePosition } from "../schema/common.js";
import { findDate } from "./dates.js";

/** A field's value and where it stands. */
export interface InfoField {
  /** The value: an ISO date, or a body's name. */
  value: string;
  /** Where the field stands (its block, or its key's cell). */
  source: SourcePosition;
}

/** One field of an info box: how its key is found and its value read. */
interface FieldSpec {
  /** Text every key of the field holds from its start (looked for first, in the whole text, then per block). */
  probes: readonly string[];
  /** The key at a text's start (NFKC, whitespace runs as one space), the text after it in group 1. */
  key: RegExp;
  /** The key at a text's end (NFKC), its value printed in the next cell or block (发布机构： | 某局). */
  keyEnd: RegExp;
  /** The value read off the text after the key, or null. */
  read: (after: string) => string | null;
  /** Whether the text before the key on its line lets it be the page's field. */
  mayFollow: (before: string) => boolean;
}

/** Text before a stamp that is a listed article's title (关于…的通知, …报告, 《…》), not the page's byline. */
const LIST_ITEM = /报告|通知|公告|意见|办法|方案|关于|《|》|[0-9]{4}\s*年/u;
/** The most characters a field's value is looked for in after its key (whitespace runs count once). */
const FIELD_SPAN = 2000;
/** The longest body's name. */
const MAX_ORG = 40;
/** The end of a body's name (某局, 某区人民政府办公室, 某街道办事处, 某管委会). */
/** A website, not a body (来源：本站, 来源：某区人民政府门户网站; a 站 of a body is 某某工作站, 某某检查站). */
const SITE = /(?:本站|网站|网|门户|平台)$/u;
const ORG_END = /(?:局|委|办|办公室|政府|院|会|处|所|中心|厅|部|署|街道|镇|乡|站|队|馆|社|公司|集团)$/u;

/** The ISO date a value opens (2025-01-20, 2025年1月20日), else null: a sentence such as 发布时间较晚 holds none. */
function openingDate(after: string): string | null {
  const date = findDate(after);
  return date !== null && date.index === 0 ? date.iso : null;
}

/** A stamp's key may follow another field (来源：某办 发布时间：…) or text that is no listed article's title. */
function stampMayFollow(before: string): boolean {
  return before.trim() === "" || /[:：]/.test(before) || !LIST_ITEM.test(before);
}

/** The body's name a value opens (up to a space or another field), when it ends like a body's name; else null. */
function openingOrg(after: string): string | null {
  const name = /^[^\s:：|｜,，。;；]+/u.exec(after)?.[0] ?? "";
  return name.length >= 2 && name.length <= MAX_ORG && !/[0-9]/.test(name) && ORG_END.test(name) && !SITE.test(name)
    ? name
    : null;
}

/** A body's key opens its line, follows another field, or is 信息来源 / 文章来源 (数据来源： is prose). */
function orgMayFollow(before: string): boolean {
  const text = before.trim();
  return text === "" || /[:：]/.test(text) || text === "信息" || text === "文章";
}

/** 发布时间 / 发布日期: when the page was published (a stamp above the report, or in its page's footer). */
const PUBLISHED: FieldSpec = {
  probes: ["发布"],
  key: /^发布(?:时间|日期)\s*[:：]?\s*(.{6,30})/su,
  keyEnd: /发布(?:时间|日期)\s*[:：]?\s*$/u,
  read: openingDate,
  mayFollow: stampMayFollow,
};

/** 发文日期 (an info box above the report): when the document was issued, i.e. published. */
const ISSUED: FieldSpec = {
  probes: ["发文"],
  key: /^发文(?:时间|日期)\s*[:：]?\s*(.{6,30})/su,
  keyEnd: /发文(?:时间|日期)\s*[:：]?\s*$/u,
  read: openingDate,
  mayFollow: stampMayFollow,
};

/** 成文日期: when the document was written (signed). */
const WRITTEN: FieldSpec = {
  probes: ["成文"],
  key: /^成文(?:时间|日期)\s*[:：]?\s*(.{6,30})/su,
  keyEnd: /成文(?:时间|日期)\s*[:：]?\s*$/u,
  read: openingDate,
  mayFollow: stampMayFollow,
};

/** 发布机构 / 来源: the body that published the page. */
const PUBLISHER: FieldSpec = {
  probes: ["发布机构", "来源"],
  key: /^(?:发布机构|来源)\s*[:：]\s*(.{2,60})/su,
  keyEnd: /(?:发布机构|来源)\s*[:：]\s*$/u,
  read: openingOrg,
  mayFollow: orgMayFollow,
};

/** The value of a field whose key starts at `at` in `text`, or null. */
function valueAt(text: string, at: number, field: FieldSpec): string | null {
  const m = field.key.exec(
    text
      .slice(at, at + FIELD_SPAN)
      .normalize("NFKC")
      .replace(/\s+/gu, " "),
  );
  return m ? field.read(m[1]!.trimStart()) : null;
}

/** The first value of a field in a text block (its key opening a line or following another field), or null. */
function blockValue(text: string, field: FieldSpec): string | null {
  for (const probe of field.probes) {
    for (let at = text.indexOf(probe); at >= 0; at = text.indexOf(probe, at + probe.length)) {
      if (!field.mayFollow(text.slice(text.lastIndexOf("\n", at) + 1, at))) continue;
      const value = valueAt(text, at, field);
      if (value !== null) return value;
    }
  }
  return null;
}

/** The value of a key printed at a text's end, read off the next text (a cell's or a block's), or null. */
function nextValue(text: string, next: string | undefined, field: FieldSpec): string | null {
  if (next === undefined) return null;
  const last = text.slice(text.lastIndexOf("\n") + 1).normalize("NFKC");
  const key = field.keyEnd.exec(last);
  if (key === null || !field.mayFollow(last.slice(0, key.index))) return null;
  return valueAt(`${key[0].trim()} ${next}`, 0, field);
}

/** Whether a text holds one of `probes`. */
function holds(text: string, probes: readonly string[]): boolean {
  for (const probe of probes) if (text.includes(probe)) return true;
  return false;
}

/**
 * The first value of a field in the document's text blocks and table cells before offset `limit`, in reading
 * order. A block or cell holding only the key takes its value from the next one (发布日期： | 2025-01-20).
 */
function readField(document: Document, field: FieldSpec, limit = Number.POSITIVE_INFINITY): InfoField | null {
  // Most documents print no such field at all: one search of the raw text skips them (when it is all read).
  if (limit === Number.POSITIVE_INFINITY && !holds(document.text, field.probes)) return null;
  const probes = field.probes;
  const blocks = document.blocks;
  for (let b = 0; b < blocks.length && blocks[b]!.position.offset < limit; b++) {
    const block = blocks[b]!;
    if (block.kind === "text") {
      // A block reaching past the limit (a whole PDF text) is looked at up to it.
      const from = block.position.offset;
      const text = from + block.text.length > limit ? block.text.slice(0, limit - from) : block.text;
      if (!holds(text, probes)) continue;
      const next = blocks[b + 1];
      const value = blockValue(text, field) ?? nextValue(text, next?.kind === "text" ? next.text : undefined, field);
      if (value !== null) return { value, source: pointSource(block.position) };
      continue;
    }
    for (let r = 0; r < block.rows.length; r++) {
      const row = block.rows[r]!;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c]!;
        if (!cell.anchor || !holds(cell.text, probes)) continue;
        const text = cell.text.trim();
        const value = blockValue(text, field) ?? nextValue(text, row[c + 1]?.text, field);
        if (value !== null) return { value, source: cellSource(block, r, c, cell) };
      }
    }
  }
  return null;
}

/**
 * The publication date: the first 发布时间 / 发布日期 stamp of the page, else a 发文日期 of its info box (before
 * offset `head`, where the report's sections start), as an ISO date; null for none.
 */
export function readPublishDate(document: Document, head = Number.POSITIVE_INFINITY): InfoField | null {
  return readField(document, PUBLISHED) ?? readField(document, ISSUED, head);
}

/** The date the document was written (成文日期 of an info box before offset `head`), as an ISO date; null for none. */
export function readWrittenDate(document: Document, head = Number.POSITIVE_INFINITY): InfoField | null {
  return readField(document, WRITTEN, head);
}

/** The body that published the page (发布机构, 来源, 信息来源 of an info box or byline); null for none. */
export function readPublisher(document: Document): InfoField | null {
  return readField(document, PUBLISHER);
}
