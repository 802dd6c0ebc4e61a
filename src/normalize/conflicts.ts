/**
 * The conflicts of a report's own tables, by field: the error findings of its layout's identities (validate's
 * identity engine, legacy layouts too), each worded for a reader of the normalized view. A metric read from a
 * field one of them involves carries it (`Metric.conflicts`); its value stays as printed, never repaired.
 */

import type { Finding, Operand } from "../schema/finding.js";
import type { Metric } from "../schema/normalized.js";
import type { AnnualReport } from "../schema/report.js";
import { LEGACY_TEMPLATES } from "../templates/legacy.js";
import type { Bilingual, Equation, Identity } from "../templates/types.js";
import { cellReader } from "../validate/cell-index.js";
import { cellName, englishOperand } from "../validate/cell-names.js";
import { evaluateIdentities, resolveTerm } from "../validate/identities.js";
import { identitySources } from "../validate/index.js";

/** One conflict of a metric (the shape of `Metric.conflicts` entries). */
export type MetricConflict = NonNullable<Metric["conflicts"]>[number];

/** The conflicts of a report's tables by the field ids their findings involve. */
export type ConflictIndex = ReadonlyMap<string, readonly MetricConflict[]>;

const AS_PRINTED: Bilingual = {
  zh: "此值按原表照录，未作修正",
  en: "the value is as printed, not corrected",
};

const fmt = (n: number | null): string => (n === null ? "?" : String(Math.round(n * 1e6) / 1e6));

/** The field ids of an equation's side, as the identity engine resolves its terms in this report. */
function sideIds(report: AnnualReport, terms: Equation["lhs"]): string[] {
  const out: string[] = [];
  for (const term of terms) for (const id of resolveTerm(report, term)) out.push(id);
  return out;
}

/**
 * The (in)equality of `identity` a finding reports and how many of its operands are the left side (the
 * engine lists left, then right), if found.
 */
function equationOf(
  report: AnnualReport,
  identity: Identity,
  finding: Finding,
): { equation: Equation; left: number } | undefined {
  const fields = finding.operands.map((o) => o.field);
  for (const equation of identity.equations) {
    if (equation.op === "nonneg") continue;
    const lhs = sideIds(report, equation.lhs);
    if (lhs.length >= fields.length || lhs.some((id, i) => fields[i] !== id)) continue;
    const rhs = sideIds(report, equation.rhs);
    if (lhs.length + rhs.length === fields.length && rhs.every((id, i) => fields[lhs.length + i] === id)) {
      return { equation, left: lhs.length };
    }
  }
  return undefined;
}

/** A side named for a reader: its one cell as the table prints it, else the sum of its parts. */
function sideName(operands: readonly Operand[], first: boolean): Bilingual {
  const only = operands.length === 1 ? operands[0] : undefined;
  if (only) return { zh: cellName(only.field, only.label, "zh"), en: englishOperand(only.field, only.label) };
  return first ? { zh: "分项之和", en: "the sum of the parts" } : { zh: "其分项之和", en: "the sum of its parts" };
}

/**
 * What an (in)equality finding says, from its sides: “四、行政复议 / 总计 0 与其分项之和 11 不符”; with several
 * cells on both sides, the equation's label and the two sums.
 */
function sidesMessage(finding: Finding, equation: Equation, left: number): Bilingual {
  const [x, y] = [fmt(finding.actual), fmt(finding.expected)];
  const right = finding.operands.length - left;
  const open = finding.operands.some((o) => o.status !== "number");
  const note: Bilingual = open
    ? {
        zh: "（另有空白、横杠或缺失的单元格，不论其值为何都不成立）",
        en: " (whatever its blank, dash or absent cells hold)",
      }
    : { zh: "", en: "" };
  const le = equation.op === "le";
  if (left > 1 && right > 1) {
    const { zh, en } = equation.label;
    return le
      ? {
          zh: `${zh}：左边之和 ${x} 大于右边之和 ${y}${note.zh}`,
          en: `${en}: the left side's ${x} is above the right side's ${y}${note.en}`,
        }
      : {
          zh: `${zh}：左边之和 ${x} 与右边之和 ${y} 不符${note.zh}`,
          en: `${en}: the left side's ${x} does not match the right side's ${y}${note.en}`,
        };
  }
  const a = sideName(finding.operands.slice(0, left), true);
  const b = sideName(finding.operands.slice(left), false);
  return le
    ? { zh: `${a.zh} ${x} 大于${b.zh} ${y}${note.zh}`, en: `${a.en} ${x} is above ${b.en} ${y}${note.en}` }
    : { zh: `${a.zh} ${x} 与${b.zh} ${y} 不符${note.zh}`, en: `${a.en} ${x} does not match ${b.en} ${y}${note.en}` };
}

/** The reader's message of an error finding of `identity`: what does not hold, its rule, and that nothing was repaired. */
function conflictMessage(report: AnnualReport, identity: Identity, finding: Finding): Bilingual {
  // A negative or fractional count (nonneg), or an equation not found: the engine's own words.
  const found = finding.expected === null ? undefined : equationOf(report, identity, finding);
  const what = found ? sidesMessage(finding, found.equation, found.left) : finding.message;
  const rule = identity.description;
  return {
    zh: `${what.zh}（${identity.id}：${rule.zh}）；${AS_PRINTED.zh}`,
    en: `${what.en} (${identity.id}: ${rule.en}); ${AS_PRINTED.en}`,
  };
}

/** Whether the report has a legacy row typed in the layout `family` (`<family>.<row id>`). */
function hasRowsOf(report: AnnualReport, family: string): boolean {
  const prefix = `${family}.`;
  return report.legacy.some((table) => table.rows.some((row) => row.id?.startsWith(prefix)));
}

/**
 * The error findings of the report's own layout identities, as validation evaluates them (the gb layout of its
 * era, per table for mixed eras; for a pre-2019 report each legacy layout it has rows of), by every field id
 * among their operands. One evaluation of the identities per call; empty when the tables hold together.
 */
export function conflictIndex(report: AnnualReport): ConflictIndex {
  const index = new Map<string, MetricConflict[]>();
  // A legacy layout none of whose rows the report has cannot find anything: left out (validation runs them all).
  const sources = identitySources(report, LEGACY_TEMPLATES).filter(
    (source) => !source.id.startsWith("legacy") || hasRowsOf(report, source.id),
  );
  if (sources.length === 0) return index;
  const cells = cellReader(report);
  for (const source of sources) {
    const findings = evaluateIdentities(report, source.identities, {}, cells);
    for (const finding of findings) {
      if (finding.severity !== "error") continue;
      const identity = source.identities.find((i) => i.id === finding.rule);
      if (!identity) continue;
      const conflict: MetricConflict = { rule: finding.rule, message: conflictMessage(report, identity, finding) };
      for (const field of new Set(finding.operands.map((o) => o.field))) {
        const list = index.get(field);
        if (list) list.push(conflict);
        else index.set(field, [conflict]);
      }
    }
  }
  return index;
}

/** The conflicts involving any of a metric's source fields, each once (in the order of the sources, then of the findings); undefined when none. */
export function conflictsOf(index: ConflictIndex, sources: readonly string[]): MetricConflict[] | undefined {
  if (index.size === 0) return undefined;
  let out: MetricConflict[] | undefined;
  for (const id of sources) {
    const found = index.get(id);
    if (!found) continue;
    out ??= [];
    for (const c of found) if (!out.includes(c)) out.push(c);
  }
  return out;
}
