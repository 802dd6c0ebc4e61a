/** Evaluates cross-year equations (cross-year-rules.ts) on a pair of reports, producing findings as data. */

import { append } from "../append.js";
import { lookupCell } from "../records.js";
import type { Finding, Operand } from "../schema/finding.js";
import type { AnnualReport } from "../schema/report.js";
import { fields, isFieldId, templateOf } from "../templates/index.js";
import type { Bilingual, Equation, Identity } from "../templates/types.js";
import { cellName, chineseCellName, englishLabel } from "../validate/cell-names.js";
import { evaluateEquation } from "../validate/identities.js";
import type { CrossEquation, CrossRule, CrossTerm } from "./cross-year-rules.js";

/** How blanks are treated by the cross-year arithmetic rules. */
export interface CrossEvalOptions {
  /** Take blank cells as 0 (marked `assumedZero`), like validateReport's lenient mode. Default false. */
  blankAsZero?: boolean;
}

/** How a report of the pair is named in messages: its year, or 上年/本年 when the year is unknown. */
export function yearTag(report: AnnualReport, index: 0 | 1): { zh: string; en: string } {
  const y = report.meta.year;
  if (y !== null) return { zh: `${y}年`, en: String(y) };
  return index === 0 ? { zh: "上年报告", en: "older report" } : { zh: "本年报告", en: "newer report" };
}

function operandOf(pair: readonly [AnnualReport, AnnualReport], term: CrossTerm, blankAsZero: boolean): Operand {
  const found = lookupCell(pair[term.report], term.field);
  if (!found)
    return { field: term.field, label: labelOf(term.field), value: null, status: "absent", report: term.report };
  const { cell } = found;
  const base: Operand = {
    field: term.field,
    label: found.label,
    value: cell.value,
    status: cell.status,
    source: cell.source,
    report: term.report,
  };
  if (cell.status === "blank" && blankAsZero) return { ...base, value: 0, assumedZero: true };
  return base;
}

function labelOf(field: string): string {
  return isFieldId(field) ? fields[field].label : field;
}

function tolerance(eq: CrossEquation): number {
  const terms = [eq.lhs, ...eq.rhs];
  return terms.some((t) => isFieldId(t.field) && fields[t.field].kind === "amount") ? 0.01 : 1e-9;
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 1e6) / 1e6);
}

function describeTerms(
  pair: readonly [AnnualReport, AnnualReport],
  eq: CrossEquation,
  ops: readonly Operand[],
  lang: "zh" | "en",
): string {
  return eq.rhs
    .map((t, i) => {
      const op = ops[i + 1]!;
      const sign = i === 0 ? (t.sign < 0 ? "− " : "") : t.sign < 0 ? " − " : " + ";
      const tag = yearTag(pair[t.report], t.report)[lang];
      const name =
        lang === "zh"
          ? `${cellName(t.field, op.label, "zh")}${t.column ? `（${t.column.zh}）` : ""}`
          : `${cellName(t.field, op.label, "en")}${t.column ? ` (${t.column.en})` : ""}`;
      return `${sign}${tag} ${name} ${op.value === null ? "?" : fmt(op.value)}${op.assumedZero ? "*" : ""}`;
    })
    .join("");
}

/** The equations of a layout whose left side is one total cell (T4-REV: 总计 = Σ parts), by that cell's id. */
const totalEquations = new Map<string, ReadonlyMap<string, { identity: Identity; equation: Equation }[]>>();

function totalsOf(
  era: AnnualReport["meta"]["formatEra"],
): ReadonlyMap<string, { identity: Identity; equation: Equation }[]> {
  const known = totalEquations.get(era);
  if (known) return known;
  const byTotal = new Map<string, { identity: Identity; equation: Equation }[]>();
  for (const identity of templateOf(era)?.identities ?? []) {
    for (const equation of identity.equations) {
      const [total, ...more] = equation.lhs;
      if ((equation.op ?? "eq") !== "eq" || typeof total !== "string" || more.length > 0) continue;
      const list = byTotal.get(total);
      if (list) list.push({ identity, equation });
      else byTotal.set(total, [{ identity, equation }]);
    }
  }
  totalEquations.set(era, byTotal);
  return byTotal;
}

/**
 * The operands of a broken cross-year relation that are totals failing their own report's identity
 * (2023 行政复议总计 printed 0 while its parts are 10 + 1, T4-REV): the relation then rests on a
 * printed figure the report itself contradicts. With the identity's finding for each.
 */
function selfContradictedTotals(
  pair: readonly [AnnualReport, AnnualReport],
  ops: readonly Operand[],
  blankAsZero: boolean,
): { operand: Operand; finding: Finding }[] {
  const out: { operand: Operand; finding: Finding }[] = [];
  for (const operand of ops) {
    const report = pair[operand.report as 0 | 1];
    for (const { identity, equation } of totalsOf(report.meta.formatEra).get(operand.field) ?? []) {
      const finding = evaluateEquation(report, identity, equation, { blankAsZero });
      if (finding?.rule === identity.id) {
        out.push({ operand, finding });
        break;
      }
    }
  }
  return out;
}

function doubtNote(
  pair: readonly [AnnualReport, AnnualReport],
  doubts: readonly { operand: Operand; finding: Finding }[],
): Bilingual {
  const zh = doubts.map(({ operand: o, finding: f }) => {
    const tag = yearTag(pair[o.report as 0 | 1], o.report as 0 | 1).zh;
    return `${tag} ${cellName(o.field, o.label, "zh")} ${fmt(f.actual ?? 0)} 与其分项之和 ${fmt(f.expected ?? 0)} 不符（${f.rule}）`;
  });
  const en = doubts.map(({ operand: o, finding: f }) => {
    const tag = yearTag(pair[o.report as 0 | 1], o.report as 0 | 1).en;
    return `${tag} ${cellName(o.field, o.label, "en")} ${fmt(f.actual ?? 0)} is not the sum of its parts ${fmt(f.expected ?? 0)} (${f.rule})`;
  });
  return {
    zh: `因${zh.join("；")}，本项核对所用合计本身有误，仅供参考。`,
    en: ` Info only: ${en.join("; ")}, so the check rests on a total its own report contradicts.`,
  };
}

function violation(
  pair: readonly [AnnualReport, AnnualReport],
  rule: CrossRule,
  eq: CrossEquation,
  ops: Operand[],
  actual: number,
  expected: number,
  doubts: readonly { operand: Operand; finding: Finding }[],
): Finding {
  const rel = eq.op === "le" ? ">" : "≠";
  const newer = yearTag(pair[eq.lhs.report], eq.lhs.report);
  const assumed = ops.some((o) => o.assumedZero);
  const note = assumed ? { zh: "（* 空白按 0 计）", en: " (* blank taken as 0)" } : { zh: "", en: "" };
  // A total that fails its own report's identity makes the relation doubtful: info, and said.
  const doubt = doubts.length > 0 ? doubtNote(pair, doubts) : { zh: "", en: "" };
  // A one-term side is its own value: no "= 0" after it.
  const sum = eq.rhs.length > 1 ? ` = ${fmt(expected)}` : "";
  return {
    rule: rule.id,
    severity: doubts.length > 0 ? "info" : rule.severity,
    message: {
      zh: `${chineseCellName(eq.label.zh)}（${newer.zh}）：${fmt(actual)} ${rel} ${describeTerms(pair, eq, ops, "zh")}${sum}${note.zh}。${doubt.zh}${rule.caveat.zh}`,
      en: `${englishLabel(eq.label.en)} (${newer.en}): ${fmt(actual)} ${rel} ${describeTerms(pair, eq, ops, "en")}${sum}${note.en}.${doubt.en} Note: ${rule.caveat.en}.`,
    },
    expected,
    actual,
    delta: actual - expected,
    operands: ops,
    ...(ops[0]?.source ? { source: ops[0].source } : {}),
  };
}

/** The two sides of an equation over its operands' values (lhs first, then the rhs terms in order). */
function sides(eq: CrossEquation, values: readonly number[]): [number, number] {
  let expected = 0;
  for (let i = 0; i < eq.rhs.length; i++) expected += eq.rhs[i]!.sign * values[i + 1]!;
  return [values[0]!, expected];
}

/** Whether an equation's sides break it, within its tolerance. */
function isBroken(eq: CrossEquation, actual: number, expected: number): boolean {
  const tol = tolerance(eq);
  return eq.op === "le" ? actual > expected + tol : Math.abs(actual - expected) > tol;
}

/**
 * Evaluates arithmetic cross-year rules on (older, newer). An equation with an absent operand is skipped;
 * one with blank (strict mode), `na` or `text` operands cannot be verified: each rule then yields one
 * `info` finding naming those cells. Violations yield one finding per equation at the rule's severity.
 */
export function evaluateCrossRules(
  older: AnnualReport,
  newer: AnnualReport,
  rules: readonly CrossRule[],
  options: CrossEvalOptions = {},
): Finding[] {
  const pair = [older, newer] as const;
  const out: Finding[] = [];
  for (const rule of rules) {
    const unverifiable: Operand[] = [];
    let unverifiedEquations = 0;
    for (const eq of rule.equations) {
      const ops = [eq.lhs, ...eq.rhs].map((t) => operandOf(pair, t, options.blankAsZero ?? false));
      if (ops.some((o) => o.status === "absent")) continue;
      const bad = ops.filter((o) => o.value === null);
      if (bad.length > 0) {
        unverifiedEquations++;
        append(unverifiable, bad);
        continue;
      }
      const values = ops.map((o) => o.value!);
      const [actual, expected] = sides(eq, values);
      if (!isBroken(eq, actual, expected)) continue;
      // A total failing its own report's identity makes the finding info only when the relation holds with
      // that total's parts summed instead (2023's 行政复议总计 0 of 10 + 1); still broken, it stays a finding.
      let doubts = selfContradictedTotals(pair, ops, options.blankAsZero ?? false);
      if (doubts.length > 0) {
        const parts = values.slice();
        for (const { operand, finding } of doubts) parts[ops.indexOf(operand)] = finding.expected ?? operand.value!;
        if (isBroken(eq, ...sides(eq, parts))) doubts = [];
      }
      out.push(violation(pair, rule, eq, ops, actual, expected, doubts));
    }
    if (unverifiedEquations > 0) out.push(unverifiedFinding(pair, rule, unverifiedEquations, unverifiable));
  }
  return out;
}

/** A cell status in words, Chinese and English (a dash, not `na`). */
const STATUS_ZH: Readonly<Record<string, string>> = { blank: "空白", na: "横杠/无", text: "非数字", absent: "缺失" };
const STATUS_EN: Readonly<Record<string, string>> = { blank: "blank", na: "dash", text: "text", absent: "absent" };

function unverifiedFinding(
  pair: readonly [AnnualReport, AnnualReport],
  rule: CrossRule,
  count: number,
  operands: Operand[],
): Finding {
  const tag = (o: Operand) => yearTag(pair[o.report as 0 | 1], o.report as 0 | 1);
  const names = operands.map(
    (o) => `${tag(o).zh} ${cellName(o.field, o.label, "zh")}（${STATUS_ZH[o.status] ?? o.status}）`,
  );
  const namesEn = operands.map(
    (o) => `${tag(o).en} ${cellName(o.field, o.label, "en")} (${STATUS_EN[o.status] ?? o.status})`,
  );
  return {
    rule: rule.id,
    severity: "info",
    message: {
      zh: `无法核对 ${count} 个跨年度关系（${rule.description.zh}）：${names.join("；")}不是数字`,
      en: `${count} cross-year relation(s) cannot be verified (${rule.description.en}): ${namesEn.join("; ")} not numeric`,
    },
    expected: null,
    actual: null,
    delta: null,
    operands,
    ...(operands[0]?.source ? { source: operands[0].source } : {}),
  };
}
