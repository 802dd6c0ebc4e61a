/**
 * The words of comparison columns and rows (上年 / 上一年度 / 去年 / 上年同期 / another year's 2023年, and derived
 * 同比 / 增减 / 增长率 / %): what tells a header cell or a row label that its numbers are not this year's. The
 * layouts' own column labels (2019's 上一年项目数量, 本年增/减) are template columns and never comparisons.
 */
import { perObject } from "../memo.js";
import type { TableId } from "../schema/report.js";
import { GB_TEMPLATES } from "../templates/index.js";
import type { TableTemplate } from "../templates/types.js";
import { normalizeLabel, stripAnnotation } from "./labels.js";
import { matchRow, NO_CONTEXT } from "./match-row.js";

/** Another year's words: 上年, 上一年, 上年度, 上一年度, 去年, 前一年, 同期 (上年同期, 去年同期). */
const OTHER_YEAR = /上一?年|去年|前一?年|同期/;
/** Derived columns: a change or a rate against another year. */
const DERIVED = /同比|环比|增减|增\/减|增长|减少|增幅|降幅|变化|变动|对比|比较|[%％]|百分比/;
/** A year printed with 年 (2023年, 2023 年度). */
const YEAR = /((?:19|20)\d{2})年/;
/** Sentence punctuation: a cell holding it is prose, not a column head. */
const SENTENCE = /[。，,；;：:！？]/;
/** A column head is short; longer cells are notes or prose. */
const MAX_HEAD = 24;

/** Any comparison word or a year, looked for in a line's text before a region is read closer. */
const MAY_COMPARE = new RegExp(`${OTHER_YEAR.source}|${DERIVED.source}|(?:19|20)\\d{2}\\s*年`);
/** The layouts' own words holding one (二、上年结转政府信息公开申请数量 in every Table 三, 2019's 上一年项目数量). */
const LAYOUT_WORDS = /上年结转|上一年项目数量/g;

/** Whether a line of a table region may name a comparison column or row (a cheap test before reading it). */
export function mayCompare(text: string): boolean {
  return MAY_COMPARE.test(text) && MAY_COMPARE.test(text.replace(LAYOUT_WORDS, ""));
}

/** What a table's header words are, read off every era's template of it. */
export interface HeaderModel {
  /** The tables (one per era) of this id. */
  tables: readonly TableTemplate[];
  /** Normalised column and column-group labels, with how many value columns each heads. */
  widths: ReadonlyMap<string, number>;
  /** Each table's own column and column-group labels (the layout a header names is told by them). */
  layoutWidths: ReadonlyMap<TableTemplate, ReadonlyMap<string, number>>;
  /** Normalised row labels (a cell inside one is a piece of a wrapped label, never a column head). */
  rowLabels: readonly string[];
}

const models = new Map<TableId, HeaderModel>();

/** The header model of a table id (built once, from GB_TEMPLATES). */
export function headerModel(id: TableId): HeaderModel {
  let model = models.get(id);
  if (model) return model;
  const tables = GB_TEMPLATES.map((t) => t.tables.find((table) => table.id === id)).filter(
    (t): t is TableTemplate => t !== undefined,
  );
  const widths = new Map<string, number>();
  const layoutWidths = new Map<TableTemplate, Map<string, number>>();
  const rowLabels = new Set<string>();
  for (const table of tables) {
    const own = layoutWidths.get(table) ?? new Map<string, number>();
    layoutWidths.set(table, own);
    const put = (label: string, width: number): void => {
      const key = normalizeLabel(label);
      if (!widths.has(key)) widths.set(key, width);
      if (!own.has(key)) own.set(key, width);
    };
    for (const row of table.rows) {
      for (const label of row.labels) rowLabels.add(normalizeLabel(label));
      for (const column of row.columns) {
        for (const label of column.labels) put(label, 1);
        const group = column.path?.split("/")[0];
        if (group) put(group, row.columns.filter((c) => c.path?.startsWith(`${group}/`)).length);
      }
      // A sequence table's rows are column groups of its one printed row (行政复议 over five outcomes).
      if (table.layout === "sequence") for (const label of row.labels) put(label, row.columns.length);
    }
    if (table.layout === "sequence") {
      for (const group of table.groups) {
        const width = table.rows.filter((r) => r.groups.includes(group.id)).reduce((n, r) => n + r.columns.length, 0);
        for (const label of group.labels) put(label, width);
      }
    }
  }
  model = { tables, widths, layoutWidths, rowLabels: [...rowLabels] };
  models.set(id, model);
  return model;
}

/** This year's words opening a column head (本年, 本年度, 今年), the statistical year's added when known. */
const THIS_YEAR = /^(?:本年度?|今年)/;

/**
 * The width of a header cell the template knows (a column or a group of columns), or undefined; a head
 * opening with this year's words (本年, 今年, `thisYear`年) is known when the rest is (2024年处理决定数量), and
 * one of them alone heads one column.
 */
export function knownWidth(model: HeaderModel, text: string, thisYear: number | null = null): number | undefined {
  return widthIn(model.widths, text, thisYear);
}

/** knownWidth among the labels of `widths` (the model's, or one layout's). */
function widthIn(widths: ReadonlyMap<string, number>, text: string, thisYear: number | null): number | undefined {
  const label = normalizeLabel(text);
  const width = widths.get(label) ?? widths.get(stripAnnotation(label));
  if (width !== undefined) return width;
  const year = thisYear === null ? null : new RegExp(`^${thisYear}年度?`).exec(label);
  const opening = THIS_YEAR.exec(label) ?? year;
  if (!opening) return undefined;
  const rest = label.slice(opening[0].length);
  // A bare 本年 / 2024年 heads one column (a two-row head: 处理决定数量 over 本年 | 上年).
  if (rest.length === 0) return 1;
  return widths.get(rest) ?? widths.get(stripAnnotation(rest));
}

/**
 * The layouts (one table per era) whose own column labels name one of a header's cells (2019's 本年增/减, not
 * 2021's): the layout being read, whose row widths are the ones to count a row's cells by. A bare 本年 names
 * every layout.
 */
export function layoutsNamed(model: HeaderModel, texts: readonly string[], thisYear: number | null): TableTemplate[] {
  return model.tables.filter((table) => {
    const widths = model.layoutWidths.get(table)!;
    return texts.some((text) => widthIn(widths, text, thisYear) !== undefined);
  });
}

/** The years a cell names (2023年), in order. */
export function yearsOf(text: string): readonly number[] {
  if (!DIGITS.test(text)) return NO_YEARS;
  const out: number[] = [];
  for (const m of normalizeLabel(text).matchAll(YEARS)) out.push(Number(m[1]));
  return out;
}

const DIGITS = /\d{4}|[０-９]{4}/;
const YEARS = new RegExp(YEAR.source, "g");
const NO_YEARS: readonly number[] = Object.freeze([]);

/**
 * Whether a header cell heads a comparison column: another year's (上年…, a year other than `thisYear`) or a
 * derived one (同比, 增减, %), and not a column of the layout nor (`whole` false: a cell of guessed text) a piece
 * of a row label.
 */
export function isComparisonHead(model: HeaderModel, text: string, thisYear: number | null, whole: boolean): boolean {
  if (knownWidth(model, text) !== undefined) return false;
  const label = normalizeLabel(text);
  if (label.length === 0 || label.length > MAX_HEAD || SENTENCE.test(label)) return false;
  // In guessed (PDF) text a cell may be the first line of a wrapped row label (上年结转 …).
  if (!whole && model.rowLabels.some((row) => row.includes(label))) return false;
  if (OTHER_YEAR.test(label) || DERIVED.test(label)) return true;
  return thisYear !== null && yearsOf(label).some((y) => y !== thisYear);
}

/** A section-style ordinal opening a row label (二、, （七）, 3.). */
const ORDINAL = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)/;
/** Another year's prefix of a row label: 上年同期, 上一年度, 上年, 去年, 2023年(度) (the year checked apart). */
const ROW_PREFIX = /^(?:上一?年度?同期|上一?年度?|去年同期|去年|同期|((?:19|20)\d{2})年度?(?:同期)?)[：:]?/;

/** Another year's note ending a row label: 规章（上年）, 行政许可（2023年）, 行政处罚（上年同期数）. */
const ROW_SUFFIX = /（(?:上一?年度?|去年|(?:上一?年度?|去年)?同期|((?:19|20)\d{2})年度?(?:同期)?)(?:数|数据|情况)?）$/;

/**
 * Whether a row label (normalised) repeats a row for another year: 上年 / 2023年 / 上年同期 alone, before a row
 * label of the layout (上年规章) or noted after one (规章（上年）); a year is another's when it is not `thisYear`
 * (with no year known, no year is another's). A label of the layout that begins so (二、上年结转政府信息公开申请数量)
 * is not one, nor (`whole` false: guessed text, whose labels wrap) the first piece of one.
 */
export function isComparisonRow(model: HeaderModel, label: string, thisYear: number | null, whole: boolean): boolean {
  const body = label.replace(ORDINAL, "");
  const m = ROW_PREFIX.exec(body) ?? ROW_SUFFIX.exec(body);
  if (!m) return false;
  if (m[1] !== undefined && (thisYear === null || Number(m[1]) === thisYear)) return false;
  for (const row of bareRowLabels(model)) {
    if (m.index === 0 && (body.startsWith(row) || (!whole && row.startsWith(body)))) return false;
  }
  const rest = m.index === 0 ? body.slice(m[0].length) : body.slice(0, m.index);
  if (rest.length === 0) return true;
  return model.tables.some((table) => {
    const match = matchRow(rest, table, NO_CONTEXT);
    return match !== null && match.distance === 0;
  });
}

/** The model's row labels without their ordinals. */
const bareRowLabels = perObject((model: HeaderModel): string[] => [
  ...new Set(model.rowLabels.map((l) => l.replace(ORDINAL, "")).filter((l) => l.length > 0)),
]);
