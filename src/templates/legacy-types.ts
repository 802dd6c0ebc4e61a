/**
 * What a pre-2019 statistics table (统计表) is, as data (formats.md §4.2, §4.3). The legacy recognizer is
 * generic over these types: a new provincial variant is a new `LegacyTemplate` value, not a new code path.
 */
import type { Bilingual, Identity } from "./types.js";

/** The legacy eras a template can belong to (formats.md §1). */
export type LegacyEra = "legacy_national" | "legacy_provincial";

/** One row of a legacy statistics table. */
export interface LegacyRowTemplate {
  /** Row id inside the family; the typed id is `<template prefix>.<id>`. */
  id: string;
  /** Official label first (as printed, numbering included), then known variants and typos. */
  labels: readonly string[];
  /** Unit printed in the unit column (条, 件, 场, 期, 个, 人(次), 元, 万元 …); null when none is printed. */
  unit: string | null;
  /** Section row the row stands under, for documentation (一、主动公开政府信息情况 …). */
  section?: string;
  /** `count` (non-negative integer) or `amount` (non-negative decimal, money). */
  kind?: "count" | "amount";
}

/** Builds a legacy row template (the families' tables are lists of these). */
export function legacyRow(
  section: string | undefined,
  id: string,
  unit: string | null,
  labels: readonly string[],
  kind: "count" | "amount" = "count",
): LegacyRowTemplate {
  return section === undefined ? { id, labels, unit, kind } : { id, labels, unit, section, kind };
}

/** A pre-2019 statistics-table family (national 2014 table, Shanghai model, a provincial variant …). */
export interface LegacyTemplate {
  /** Template id (also the typed-id prefix): `legacy_national`, `legacy_sh`, `legacy_yn` … */
  id: string;
  /** Era the family belongs to. */
  era: LegacyEra;
  /** Name of the table and where it comes from. */
  title: Bilingual;
  /** Labels (normalised or raw) whose presence signals this family (formats.md §1). */
  signals: readonly string[];
  /** Data rows, in printed order. */
  rows: readonly LegacyRowTemplate[];
  /** Arithmetic identities over the typed ids (formats.md §6.2, §6.3). */
  identities: readonly Identity[];
}

/**
 * Header-row labels of legacy tables (统计指标 | 单位 | 统计数, 工作项目 | 单位 | 数量 | 备注, 指标名称 | 计量单位 |
 * 代码 | 本期实际 | 本年累计 …), by the role of the column they head. Matched on normalised labels.
 */
export const LEGACY_HEADER_ROLES: Readonly<Record<"label" | "unit" | "code" | "value" | "remark", readonly string[]>> =
  {
    label: [
      "统计指标",
      "工作项目",
      "指标名称",
      "项目",
      "指标",
      "政府信息公开形式及公开数量",
      "政府信息公开形式和公开数量",
    ],
    unit: ["单位", "计量单位"],
    code: ["代码", "序号", "行次"],
    value: [
      "统计数",
      "数量",
      "本期实际",
      "本年累计",
      "历年累计",
      "累计",
      "本年",
      "本年数",
      "上年",
      "上年数",
      "数值",
      "合计",
      "总数",
    ],
    remark: ["备注", "说明"],
  };

/**
 * Value-column headers with the suffix their typed ids get when a row has several value columns. The plain
 * typed id goes to the report year's column: the latest year column (see `LEGACY_YEAR_COLUMN`), else the
 * first `period` column, else the first value column.
 */
export const LEGACY_VALUE_COLUMNS: readonly { labels: readonly string[]; suffix: string }[] = [
  { labels: ["本期实际", "本期", "本年", "本年数", "统计数", "数量", "合计", "总数"], suffix: "period" },
  { labels: ["本年累计"], suffix: "year_to_date" },
  { labels: ["历年累计", "累计"], suffix: "cumulative" },
  { labels: ["上年", "上年数", "上年度"], suffix: "previous_year" },
];

/**
 * A value column named by a year (2016年, 2017年度; normalised spelling). Beside another value column the
 * latest year takes the plain typed id and an older one the suffix `year_<YYYY>`; alone it is `period`.
 */
export const LEGACY_YEAR_COLUMN = /^(\d{4})年度?$/;

/**
 * Column-number marks of statistics-bureau forms: the row under the header numbering the columns, text
 * columns by these marks and value columns by 1, 2, … (甲 | 乙 | 丙 | 1 | 2), is no data row.
 */
export const LEGACY_COLUMN_MARKS: readonly string[] = ["甲", "乙", "丙", "丁", "戊"];

/** Units a legacy unit column holds (normalised spelling: NFKC, brackets as （）). */
export const LEGACY_UNITS: readonly string[] = [
  "条",
  "件",
  "场",
  "期",
  "个",
  "人",
  "人次",
  "人（次）",
  "次",
  "篇",
  "项",
  "份",
  "元",
  "万元",
  "家",
  "户",
  "页",
  "批",
  "%",
];

/** The typed id of a template row: `<prefix>.<row id>`. */
export function legacyIdOf(template: LegacyTemplate, row: LegacyRowTemplate): string {
  return `${template.id}.${row.id}`;
}
