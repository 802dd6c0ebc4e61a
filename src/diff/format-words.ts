/**
 * The words of the readable diff and series (format.ts) in Chinese and English, and the footnote lists
 * (approximate mappings ≈, conflicts of a report's own tables ⚠) they number.
 */

/** The language of a readable diff: Chinese (default) or English. */
export type DiffLang = "zh" | "en";

/** Every fixed word of the readable diff, by language. */
export const WORDS = {
  zh: {
    unknownOrg: "（机关未识别）",
    metricsHeading: "主要指标（可比口径）",
    noMetricChange: "各项指标均无变化。",
    metric: "指标",
    change: "变化",
    rate: "变化率",
    cellsHeading: "统计表单元格变化（同一格式）",
    noCellChange: "统计表各单元格均无变化。",
    cell: "单元格",
    otherEras: (a: string, b: string) => `两份报告格式不同（${a} / ${b}），只按可比口径比较指标。`,
    unchanged: (cells: number, metrics: number, neither: number) =>
      `未变化：${cells} 个单元格，${metrics} 项指标${neither > 0 ? `；两年均无 ${neither} 项` : ""}。`,
    sameValue: "未变化（口径不同，见注）：",
    crossYear: "跨年度核对",
    noComparable: "没有可比指标。",
    changeOver: (a: string, b: string) => `变化（${a} → ${b}）`,
    approximateHead: (md: boolean) =>
      md ? "≈ 近似口径（approximate mapping）：" : "≈ 近似口径（approximate mapping）:",
    conflictHead: "⚠ 报告自身表格矛盾（数值照印，未作修正）：",
    listSep: "；",
    colon: "：",
    withOrg: (year: string, org: string) => `${year}（${org}）`,
  },
  en: {
    unknownOrg: "(body not identified)",
    metricsHeading: "Main metrics (comparable basis)",
    noMetricChange: "No metric changed.",
    metric: "Metric",
    change: "Change",
    rate: "Change %",
    cellsHeading: "Table cells changed (same layout)",
    noCellChange: "No table cell changed.",
    cell: "Cell",
    otherEras: (a: string, b: string) =>
      `The two reports use different layouts (${a} / ${b}): only the comparable metrics are compared.`,
    unchanged: (cells: number, metrics: number, neither: number) =>
      `Unchanged: ${cells} cells, ${metrics} metrics${neither > 0 ? `; ${neither} in neither report` : ""}.`,
    sameValue: "Unchanged (counted differently, see notes): ",
    crossYear: "Cross-year checks",
    noComparable: "No comparable metric.",
    changeOver: (a: string, b: string) => `Change (${a} → ${b})`,
    approximateHead: (_md: boolean) => "≈ Approximate mapping:",
    conflictHead: "⚠ The report's own tables disagree (value as printed, not repaired):",
    listSep: "; ",
    colon: ": ",
    withOrg: (year: string, org: string) => `${year} (${org})`,
  },
} as const;

/** A cell's or metric's status as a reader says it (number → blank, not `number → blank` in Chinese). */
export const STATUS_WORDS: Readonly<Record<DiffLang, Readonly<Record<string, string>>>> = {
  zh: { number: "数字", blank: "空白", na: "横杠", text: "文字", absent: "无", missing: "缺", unavailable: "不适用" },
  en: {
    number: "number",
    blank: "blank",
    na: "dash",
    text: "text",
    absent: "absent",
    missing: "missing",
    unavailable: "n/a",
  },
};

/** Collects footnote texts and numbers them (1-based), each text once. */
export class Notes {
  private readonly list: string[] = [];
  /**
   * @param id the letters before a note's number in a Markdown footnote id (`[^c1]`), empty for `[^1]`.
   * @param sign the mark before a note's reference and footnote (⚠), empty for none.
   */
  constructor(
    private readonly id = "",
    private readonly sign = "",
  ) {}
  /** The footnote number of a text, added on first use. */
  ref(text: string): number {
    const i = this.list.indexOf(text);
    if (i >= 0) return i + 1;
    this.list.push(text);
    return this.list.length;
  }
  /** The reference to footnote `n` after a value: `[^n]` in Markdown, ` [n]` in text (the sign before either). */
  mark(n: number, md: boolean): string {
    return md ? `${this.sign}[^${this.id}${n}]` : ` ${this.sign}[${n}]`;
  }
  /** Footnote lines under `head`, in the chosen format; none without notes. */
  lines(head: string, md: boolean): string[] {
    if (this.list.length === 0) return [];
    const { id, sign } = this;
    return [head, ...this.list.map((r, i) => (md ? `[^${id}${i + 1}]: ${r}` : `  ${sign}[${i + 1}] ${r}`)), ""];
  }
}
