/**
 * X-COPY-TABLE and X-COPY-TEXT: a newer report that repeats the older one's tables wholesale, or its
 * narrative paragraphs verbatim (after normalisation, with the report years masked).
 */

import { append } from "../append.js";
import { mapKey } from "../map-key.js";
import type { Finding, Operand } from "../schema/finding.js";
import type { AnnualReport, LegacyRow, TableId } from "../schema/report.js";
import { FIELD_IDS, type FieldId, fields } from "../templates/index.js";

/** Thresholds of the copy checks. */
export interface CopyOptions {
  /** Paragraphs shorter than this (normalised characters) are boilerplate and ignored. Default 40. */
  minParagraphLength?: number;
  /** A table is compared only when it has at least this many cells. Default 5. */
  minTableCells?: number;
}

const TABLE_TITLES: Readonly<Record<TableId, string>> = {
  active_disclosure: "二、主动公开政府信息情况",
  applications: "三、收到和处理政府信息公开申请情况",
  review_litigation: "四、政府信息公开行政复议、行政诉讼情况",
};

function tableFields(table: TableId): FieldId[] {
  return FIELD_IDS.filter((id) => fields[id].table === table);
}

/** A repeated table is a warning only from this many non-zero cells that need not repeat. */
export const COPY_SIGNAL_CELLS = 3;

/**
 * Whether a repeated non-zero cell says something of the copy: not a total (its parts say it), nor a
 * count of documents in force (现行有效, which T2-INFORCE-X requires to repeat when nothing is issued or
 * repealed). Read off the id's row and column segments (`…results.total.…`, `….in_force`, `….total`).
 */
function isSignalCell(id: string): boolean {
  const parts = id.split(".");
  return !parts.some((p) => p === "total" || p === "other_total" || p === "in_force");
}

/** The severity and the words of a repeated table by how many of its non-zero cells need not repeat. */
function copySeverity(signal: number): { severity: Finding["severity"]; zh: string; en: string } {
  if (signal >= COPY_SIGNAL_CELLS) return { severity: "warning", zh: "，疑似照抄上年数据", en: ": possibly copied" };
  return {
    severity: "info",
    zh: `；除合计与现行有效件数外只有 ${signal} 个非零单元格，可能确无变化`,
    en: `; only ${signal} non-zero cell(s) besides totals and documents in force, so it may truly not have changed`,
  };
}

/**
 * X-COPY-TABLE: for each statistics table, a finding when the newer report has exactly the same cells as
 * the older one (same ids, statuses and values) and they are not all zero or blank: a warning when at least
 * COPY_SIGNAL_CELLS of the non-zero cells are neither totals nor 现行有效 counts, else info.
 */
export function copiedTables(older: AnnualReport, newer: AnnualReport, options: CopyOptions = {}): Finding[] {
  const min = options.minTableCells ?? 5;
  const out: Finding[] = [];
  for (const table of Object.keys(TABLE_TITLES) as TableId[]) {
    const ids = tableFields(table);
    const a = ids.filter((id) => older.cells[id] !== undefined);
    const b = ids.filter((id) => newer.cells[id] !== undefined);
    if (b.length < min || a.length !== b.length) continue;
    const same = b.every((id) => {
      const x = older.cells[id];
      const y = newer.cells[id];
      return x !== undefined && y !== undefined && x.status === y.status && x.value === y.value;
    });
    const nonZero = b.filter((id) => (newer.cells[id]?.value ?? 0) !== 0);
    if (!same || nonZero.length === 0) continue;
    const operands: Operand[] = nonZero.flatMap((id) =>
      ([older, newer] as const).map((r, report) => {
        const cell = r.cells[id]!;
        return {
          field: id,
          label: fields[id].label,
          value: cell.value,
          status: cell.status,
          source: cell.source,
          report,
        };
      }),
    );
    const title = TABLE_TITLES[table];
    const level = copySeverity(nonZero.filter(isSignalCell).length);
    out.push({
      rule: "X-COPY-TABLE",
      severity: level.severity,
      message: {
        zh: `${title}：本年表格与上年完全相同（${b.length} 个单元格，其中 ${nonZero.length} 个非零）${level.zh}`,
        en: `Table ${fields[b[0]!].tableNumber} (${table}) repeats the older report's table exactly (${b.length} cells, ${nonZero.length} non-zero)${level.en}`,
      },
      expected: null,
      actual: null,
      delta: null,
      operands,
      ...(newer.cells[b[0]!]?.source ? { source: newer.cells[b[0]!]!.source } : {}),
    });
  }
  append(out, copiedLegacyTables(older, newer, min));
  return out;
}

/** The typed rows of a report's legacy tables of one family, the first row of each id. */
function typedRows(report: AnnualReport, family: string): Map<string, LegacyRow> {
  const rows = new Map<string, LegacyRow>();
  for (const table of report.legacy) {
    if (table.family !== family) continue;
    for (const row of table.rows) if (row.id !== null && !rows.has(row.id)) rows.set(row.id, row);
  }
  return rows;
}

/**
 * X-COPY-TABLE for pre-2019 statistics tables: per family both reports print, a warning when the newer
 * report's typed rows are exactly the older one's (same ids, statuses and values), not all zero or blank.
 */
function copiedLegacyTables(older: AnnualReport, newer: AnnualReport, min: number): Finding[] {
  const out: Finding[] = [];
  const families = new Set(newer.legacy.map((t) => t.family).filter((f) => f !== "unknown"));
  for (const family of families) {
    const a = typedRows(older, family);
    const b = typedRows(newer, family);
    if (b.size < min || a.size !== b.size) continue;
    let same = true;
    const nonZero: string[] = [];
    for (const [id, y] of b) {
      const x = a.get(id);
      if (x === undefined || x.cell.status !== y.cell.status || x.cell.value !== y.cell.value) same = false;
      if ((y.cell.value ?? 0) !== 0) nonZero.push(id);
    }
    if (!same || nonZero.length === 0) continue;
    const operands: Operand[] = nonZero.flatMap((id) =>
      [a.get(id)!, b.get(id)!].map((row, report) => ({
        field: id,
        label: row.label,
        value: row.cell.value,
        status: row.cell.status,
        source: row.cell.source,
        report,
      })),
    );
    const first = b.values().next().value as LegacyRow;
    const level = copySeverity(nonZero.filter(isSignalCell).length);
    out.push({
      rule: "X-COPY-TABLE",
      severity: level.severity,
      message: {
        zh: `政府信息公开情况统计表（${family}）：本年统计表与上年完全相同（${b.size} 项，其中 ${nonZero.length} 项非零）${level.zh}`,
        en: `The statistics table (${family}) repeats the older report's exactly (${b.size} rows, ${nonZero.length} non-zero)${level.en}`,
      },
      expected: null,
      actual: null,
      delta: null,
      operands,
      source: first.cell.source,
    });
  }
  return out;
}

const SENTENCE_END = /[。！？!?][”’"'」』）)]*$/u;

/** Splits section text into paragraphs, re-joining lines hard-wrapped by PDF extraction. */
export function paragraphsOf(text: string): string[] {
  const out: string[] = [];
  let current = "";
  for (const line of text.split(/\r?\n/)) {
    const t = line.trim();
    if (t === "") {
      if (current) out.push(current);
      current = "";
      continue;
    }
    current += t;
    if (SENTENCE_END.test(t)) {
      out.push(current);
      current = "";
    }
  }
  if (current) out.push(current);
  return out;
}

/** Normalises a paragraph for comparison: NFKC, no whitespace, the report year (±1) masked. */
export function paragraphKey(paragraph: string, year: number | null): string {
  let key = paragraph.normalize("NFKC").replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, "");
  if (year !== null) {
    key = key.replace(/\d{4}/g, (d) => {
      const off = Number(d) - year;
      return off >= -1 && off <= 1 ? `〈Y${off === 0 ? "" : off > 0 ? "+1" : "-1"}〉` : d;
    });
  }
  return key;
}

interface Passage {
  section: string;
  sectionIndex: number;
  text: string;
  /** The paragraph key with the report's own years masked. */
  key: string;
  /** The paragraph key with no year masked: a copy whose years were not updated keeps it. */
  verbatim: string;
}

/** Whether a text has fewer than `min` characters (code points), counted only when its length leaves a doubt. */
function shorterThan(text: string, min: number): boolean {
  if (text.length < min) return true;
  if (text.length >= 2 * min) return false;
  let points = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A high surrogate followed by a low one is one character.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    points++;
  }
  return points < min;
}

function passages(report: AnnualReport, min: number): Passage[] {
  const out: Passage[] = [];
  const seen = new Set<string>();
  report.sections.forEach((section, sectionIndex) => {
    const printed = section.number === null || section.heading.startsWith(section.number);
    const name = printed ? section.heading : `${section.number}、${section.heading}`;
    const texts = [section.text, ...section.subsections.map((s) => `${s.heading}${s.text}`)];
    for (const text of texts) {
      for (const p of paragraphsOf(text)) {
        const text = paragraphKey(p, report.meta.year);
        if (shorterThan(text, min)) continue;
        // Keyed as Sets take it (a paragraph of more than 16,383 characters by its fingerprint).
        const key = mapKey(text);
        if (seen.has(key)) continue;
        seen.add(key);
        const verbatim = report.meta.year === null ? key : mapKey(paragraphKey(p, null));
        out.push({ section: name, sectionIndex, text: p, key, verbatim });
      }
    }
  });
  return out;
}

/**
 * X-COPY-TEXT: narrative paragraphs of the newer report repeated verbatim from the older one (whitespace
 * ignored; the same once each report's own years are masked, or the same with last year's years left in
 * place; paragraphs shorter than `minParagraphLength` skipped). One finding naming how many paragraphs
 * per section; a warning when at least half of the newer report's paragraphs (and at least 3) are
 * repeated, else info.
 */
export function copiedText(older: AnnualReport, newer: AnnualReport, options: CopyOptions = {}): Finding[] {
  const min = options.minParagraphLength ?? 40;
  const olderPassages = passages(older, min);
  const olderKeys = new Set(olderPassages.map((p) => p.key));
  const olderVerbatim = new Set(olderPassages.map((p) => p.verbatim));
  const mine = passages(newer, min);
  const repeated = mine.filter((p) => olderKeys.has(p.key) || olderVerbatim.has(p.verbatim));
  if (repeated.length === 0) return [];
  const bySection = new Map<number, Passage[]>();
  for (const p of repeated) {
    const list = bySection.get(p.sectionIndex);
    if (list) list.push(p);
    else bySection.set(p.sectionIndex, [p]);
  }
  const operands: Operand[] = [...bySection].map(([index, list]) => {
    const section = newer.sections[index]!;
    return {
      field: `sections.${section.id ?? index}`,
      label: list[0]!.section,
      value: list.length,
      status: "number",
      source: section.source,
      report: 1,
    };
  });
  const heavy = repeated.length >= 3 && repeated.length * 2 >= mine.length;
  const listZh = operands.map((o) => `${o.label} ${o.value} 段`).join("；");
  const listEn = operands.map((o) => `${o.label}: ${o.value}`).join("; ");
  const excerpt = (t: string) => ([...t].length > 24 ? `${[...t].slice(0, 24).join("")}…` : t);
  return [
    {
      rule: "X-COPY-TEXT",
      severity: heavy ? "warning" : "info",
      message: {
        zh: `本年报告有 ${repeated.length}/${mine.length} 段文字与上年报告相同（${listZh}），如“${excerpt(repeated[0]!.text)}”`,
        en: `${repeated.length} of ${mine.length} paragraphs repeat the older report verbatim (${listEn}), e.g. "${excerpt(repeated[0]!.text)}"`,
      },
      expected: null,
      actual: repeated.length,
      delta: null,
      operands,
      ...(operands[0]?.source ? { source: operands[0].source } : {}),
    },
  ];
}
