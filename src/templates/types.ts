/**
 * What an official layout is, as data. The recognizer, validator, renderer, differ and records export are
 * generic over these types: a new provincial variant is a new template value, not a new code path.
 */
import type { FormatEra, Severity } from "../schema/common.js";
import type { SectionId, TableId } from "../schema/report.js";

/** Bilingual text. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** A value column of a table row. */
export interface ColumnTemplate {
  /** Last segment of the field id (e.g. `natural_person`, `issued`). */
  id: string;
  /** Official column label first (used in messages and rendering), then known variants. */
  labels: readonly string[];
  /** Column path of labels for messages, e.g. 法人或其他组织/商业企业. */
  path?: string;
  /** `count` (non-negative integer), `amount` (non-negative decimal) or `signed` (integer, may be negative). */
  kind: "count" | "amount" | "signed";
}

/** A group header that several rows stand under (（三）不予公开, 三、本年度办理结果 …). */
export interface GroupTemplate {
  /** Group id, a prefix of its rows' ids (e.g. `results.withheld`). */
  id: string;
  /** Official label first, then variants. */
  labels: readonly string[];
  /** True when the group's label is left out of cell labels (三、本年度办理结果 is implied by the table). */
  silent?: boolean;
}

/** A data row of a table. */
export interface RowTemplate {
  /** Row path inside the table, the middle of the field id (e.g. `results.withheld.state_secret`). */
  id: string;
  /** Official label first (used in messages and rendering), then known variants and typos. */
  labels: readonly string[];
  /** Ids of the groups the row stands under, outermost first. */
  groups: readonly string[];
  /** Block (Table 二) the row belongs to. */
  block?: string;
  /** Value columns, left to right. */
  columns: readonly ColumnTemplate[];
  /**
   * When set, this row is another era's one-row form of the named group (e.g. a 2021-era report that
   * prints （六）其他处理 as one row, as in 2019). Recognising it records a hybrid block of that era.
   */
  collapsedGroup?: { group: string; era: FormatEra };
}

/** A block of Table 二 (第二十条第（一）项 …) with its own header row. */
export interface BlockTemplate {
  /** Block id (`art20_1` …). */
  id: string;
  /** Block header label, official first. */
  labels: readonly string[];
  /** Header cells of the block's 信息内容 row, official labels. */
  header: readonly string[];
}

/**
 * A statistics table. `rows` layout: each data row has a label followed by its values. `sequence` layout:
 * the values stand in one run after the header (Table 四's 15 numbers), read in the order of `rows` ×
 * `columns`.
 */
export interface TableTemplate {
  /** Table id, also the first segment of its field ids. */
  id: TableId;
  /** The section number the table stands under (二, 三, 四). */
  number: string;
  /** Official section heading the table belongs to. */
  title: string;
  /** How values are laid out. */
  layout: "rows" | "sequence";
  /** Row groups (Table 三). */
  groups: readonly GroupTemplate[];
  /** Blocks (Table 二). */
  blocks: readonly BlockTemplate[];
  /** Data rows, in printed order. */
  rows: readonly RowTemplate[];
  /** Header labels (column heads, notes) that are not data rows and must not be read as such. */
  headerLabels: readonly string[];
}

/** An operand of an identity: a field, or the first alternative whose fields the report has. */
export type Term = string | { oneOf: readonly (readonly string[])[] };

/** One concrete equation (Σ lhs = Σ rhs) or inequality (Σ lhs ≤ Σ rhs, or ≥ 0 when rhs is empty). */
export interface Equation {
  lhs: readonly Term[];
  rhs: readonly Term[];
  /** `eq` (default), `le` (lhs ≤ rhs) or `nonneg` (every lhs term ≥ 0 and integer when counted). */
  op?: "eq" | "le" | "nonneg";
  /** For `nonneg`: the values must also be integers (counts). */
  integer?: boolean;
  /**
   * For `eq`: a violation in this direction is only a warning (the identity's severity otherwise), e.g.
   * L-REFUSE: 不同意公开答复数 above the sum of its reasons is soft ("normally ="), below it an error.
   */
  warnWhen?: "lhs>rhs" | "lhs<rhs";
  /** Bilingual label of what is checked, e.g. 三、（七）总计 / 自然人. */
  label: Bilingual;
}

/** An arithmetic identity of a layout (勾稽关系), expanded to concrete equations. */
export interface Identity {
  /** Stable rule id (T3-BAL …). */
  id: string;
  severity: Severity;
  /** What the rule says, for documentation. */
  description: Bilingual;
  equations: readonly Equation[];
}

/** A narrative section of the layout. */
export interface SectionTemplate {
  id: SectionId;
  /** Chinese ordinal (一 … 六). */
  number: string;
  /** Official heading text without the ordinal, then variants. */
  labels: readonly string[];
  /** Sub-sections (（一）…) with their ids and labels. */
  subsections: readonly { id: string; labels: readonly string[] }[];
}

/** An official layout: its tables, narrative sections, identities and era signals. */
export interface Template {
  /** Era id. */
  id: FormatEra;
  /** Name of the layout and the document that issued it. */
  title: string;
  /** Statistical years the layout officially covers (inclusive; `to` null = still current). */
  years: { from: number; to: number | null };
  sections: readonly SectionTemplate[];
  tables: readonly TableTemplate[];
  identities: readonly Identity[];
  /** Labels whose presence signals this era (formats.md §1). */
  signals: readonly string[];
  /**
   * Labels (or the start of one) that no pre-2019 statistics table prints: a grid holding one is a table of
   * this layout, never read as a legacy table (recognize/legacy-grids.ts). The layout's tables name one in
   * their first rows.
   */
  markers: readonly string[];
}

/** The full field id of a row/column of a table. */
export function fieldIdOf(table: TableTemplate, row: RowTemplate, column: ColumnTemplate): string {
  return `${table.id}.${row.id}.${column.id}`;
}
