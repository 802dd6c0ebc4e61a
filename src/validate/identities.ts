/**
 * The generic identity engine: evaluates any layout's identities (Template.identities, legacy layouts
 * alike) against a report, resolving every field id through `lookupCell`. One equation → at most one finding.
 */
import { type LookedUpCell, lookupCell } from "../records.js";
import type { Severity } from "../schema/common.js";
import type { Finding, Operand } from "../schema/finding.js";
import type { AnnualReport } from "../schema/report.js";
import { fields } from "../templates/index.js";
import type { Bilingual, Equation, Identity, Term } from "../templates/types.js";
import { type CellReader, cellReader, fieldSlot } from "./cell-index.js";
import {
  type CompiledEquation,
  chooseAlternative,
  compileIdentities,
  decimalsOf,
  equationViolated,
  nonNegViolated,
  slotCells,
} from "./identity-check.js";
import { ruleEnabled, type ValidateOptions } from "./types.js";

/** Rule id of the info finding for an equation that cannot be checked (blank, dash or text operand). */
export const UNVERIFIED_RULE = "UNVERIFIED";

/** Looks a field id up in a report: the cell and its label, as `lookupCell` answers. */
export type CellLookup = (id: string) => LookedUpCell | undefined;

/** Resolves a term to field ids: a field, or the first `oneOf` alternative the report fully has. */
export function resolveTerm(
  report: AnnualReport,
  term: Term,
  lookup: CellLookup = (id) => lookupCell(report, id),
): readonly string[] {
  if (typeof term === "string") return [term];
  return chooseAlternative(term, (id) => lookup(id) !== undefined);
}

interface Side {
  operands: Operand[];
  sum: number;
  /** The most decimal places written in a number operand's cell (`decimalsOf` of its raw text). */
  decimals: number;
}

function operandOf(id: string, found: LookedUpCell | undefined, blankAsZero: boolean): Operand {
  if (!found) return { field: id, label: id, value: null, status: "absent" };
  const { cell, label } = found;
  const op: Operand = { field: id, label, value: cell.value, status: cell.status, source: cell.source };
  if (cell.status === "blank" && blankAsZero) {
    op.value = 0;
    op.assumedZero = true;
  }
  return op;
}

/** Appends the operand of one field id to a side. */
function addOperand(lookup: CellLookup, id: string, blankAsZero: boolean, out: Side): void {
  const found = lookup(id);
  const op = operandOf(id, found, blankAsZero);
  out.operands.push(op);
  out.sum += op.value ?? 0;
  if (found && op.status === "number") out.decimals = Math.max(out.decimals, decimalsOf(found.cell.raw));
}

function side(report: AnnualReport, terms: readonly Term[], blankAsZero: boolean, lookup: CellLookup): Side {
  const out: Side = { operands: [], sum: 0, decimals: 0 };
  for (const t of terms) {
    if (typeof t === "string") addOperand(lookup, t, blankAsZero, out);
    else for (const id of resolveTerm(report, t, lookup)) addOperand(lookup, id, blankAsZero, out);
  }
  return out;
}

/** Tolerance of a comparison: exact for integers, one unit of the finest written decimal place for money. */
const tolerance = (decimals: number): number => (decimals === 0 ? 1e-9 : 10 ** -decimals + 1e-9);

const fmt = (n: number): string => String(Math.round(n * 1e6) / 1e6);

/** Whether an operand is shown in a sum: not zero, or an assumed zero. */
const shownInSum = (o: Operand): boolean => o.value !== 0 || o.assumedZero === true;

/** An operand's value as shown: `0*` for an assumed zero. */
const shownValue = (o: Operand): string => (o.assumedZero ? "0*" : fmt(o.value ?? 0));

/** "1 + 2 = 3" when several terms are non-zero, else just the sum; assumed zeros marked with *. */
function formula(operands: readonly Operand[], sum: number): string {
  let shown = 0;
  for (const o of operands) if (shownInSum(o)) shown++;
  if (shown <= 1) return fmt(sum);
  let out = "";
  for (const o of operands) {
    if (!shownInSum(o)) continue;
    if (out !== "") out += " + ";
    out += shownValue(o);
  }
  return `${out} = ${fmt(sum)}`;
}

/** The operands' labels with their values, in both languages; zero terms of a sum are counted, not listed. */
function labelsOf(operands: readonly Operand[]): Bilingual {
  const all = operands.length === 1;
  let zh = "";
  let en = "";
  let listed = 0;
  for (const o of operands) {
    if (!all && !shownInSum(o)) continue;
    const value = shownValue(o);
    if (listed > 0) {
      zh += "；";
      en += "; ";
    }
    zh += `${o.label} = ${value}`;
    en += `${o.field} = ${value}`;
    listed++;
  }
  const rest = operands.length - listed;
  if (rest > 0) {
    if (listed > 0) {
      zh += "；";
      en += "; ";
    }
    zh += `其余${rest}项为0`;
    en += `${rest} more at 0`;
  }
  return { zh, en };
}

const NO_NOTE: Bilingual = { zh: "", en: "" };

/** Which blank cells were taken as 0, in both languages (empty without any). */
function assumedNote(operands: readonly Operand[]): Bilingual {
  let zh = "";
  let en = "";
  let assumed = 0;
  for (const o of operands) {
    if (!o.assumedZero) continue;
    if (assumed++ > 0) {
      zh += "、";
      en += ", ";
    }
    zh += o.label;
    en += o.field;
  }
  return assumed === 0 ? NO_NOTE : { zh: `（空白按0计：${zh}）`, en: ` (blank taken as 0: ${en})` };
}

function unverified(rule: string, eq: Equation, operands: Operand[]): Finding {
  const bad = operands.filter((o) => o.status !== "number" && !o.assumedZero);
  const statusZh: Record<string, string> = { blank: "空白", na: "横杠/无", text: "非数字" };
  const zh = bad.map((o) => `${o.label}（${statusZh[o.status] ?? o.status}）`).join("、");
  const en = bad.map((o) => `${o.field} (${o.status})`).join(", ");
  return {
    rule: UNVERIFIED_RULE,
    severity: "info",
    message: {
      zh: `${rule} ${eq.label.zh}：无法核验，${zh}不是数字`,
      en: `${rule} ${eq.label.en}: cannot verify, not a number: ${en}`,
    },
    expected: null,
    actual: null,
    delta: null,
    operands,
    source: bad[0]?.source ?? operands[0]?.source,
  };
}

function nonNegFinding(rule: string, severity: Severity, eq: Equation, operands: Operand[]): Finding | undefined {
  const bad = operands.filter(
    (o) => o.status === "number" && o.value !== null && (o.value < 0 || (eq.integer && !Number.isInteger(o.value))),
  );
  const first = bad[0];
  if (!first || first.value === null) return undefined;
  const what = (o: Operand, lang: "zh" | "en") => {
    const v = o.value ?? 0;
    if (lang === "zh") return `${bad.length > 1 ? `${o.label} ` : ""}${fmt(v)}${v < 0 ? "为负数" : "不是整数"}`;
    return `${bad.length > 1 ? `${o.field} ` : ""}${fmt(v)} is ${v < 0 ? "negative" : "not an integer"}`;
  };
  return {
    rule,
    severity,
    message: {
      zh: `${eq.label.zh}：${bad.map((o) => what(o, "zh")).join("；")}`,
      en: `${eq.label.en}: ${bad.map((o) => what(o, "en")).join("; ")}`,
    },
    expected: null,
    actual: first.value,
    delta: null,
    operands: bad,
    source: first.source,
  };
}

/**
 * Evaluates one equation of an identity; returns its finding, if any. `lookup` reads the report's cells
 * (`lookupCell` unless the caller has a faster one answering the same).
 */
export function evaluateEquation(
  report: AnnualReport,
  identity: Pick<Identity, "id" | "severity">,
  eq: Equation,
  options: ValidateOptions = {},
  lookup: CellLookup = (id) => lookupCell(report, id),
): Finding | undefined {
  const blankAsZero = options.blankAsZero === true;
  const lhs = side(report, eq.lhs, blankAsZero, lookup);
  const rhs = side(report, eq.rhs, blankAsZero, lookup);
  const all = lhs.operands.concat(rhs.operands);
  if (eq.op === "nonneg") {
    // Each cell stands alone: absent cells are left out, not the whole equation.
    const operands = all.filter((o) => o.status !== "absent");
    const text = operands.filter((o) => o.status === "text");
    if (text.length > 0) return unverified(identity.id, eq, text);
    return nonNegFinding(identity.id, identity.severity, eq, operands);
  }
  const operands = all;
  if (operands.length === 0 || operands.some((o) => o.status === "absent")) return undefined;
  if (operands.some((o) => o.status !== "number" && !o.assumedZero)) return unverified(identity.id, eq, operands);
  const tol = tolerance(Math.max(lhs.decimals, rhs.decimals));
  const delta = lhs.sum - rhs.sum;
  const ok = eq.op === "le" ? delta <= tol : Math.abs(delta) <= tol;
  if (ok) return undefined;
  const sign = eq.op === "le" ? ">" : "≠";
  const note = assumedNote(operands);
  const shownL = formula(lhs.operands, lhs.sum);
  const shownR = formula(rhs.operands, rhs.sum);
  const left = labelsOf(lhs.operands);
  const right = labelsOf(rhs.operands);
  return {
    rule: identity.id,
    severity: identity.severity,
    message: {
      zh: `${eq.label.zh}：${shownL} ${sign} ${shownR}（左：${left.zh}｜右：${right.zh}）${note.zh}`,
      en: `${eq.label.en}: ${shownL} ${sign} ${shownR} (left: ${left.en} | right: ${right.en})${note.en}`,
    },
    expected: rhs.sum,
    actual: lhs.sum,
    delta: Math.round(delta * 1e9) / 1e9,
    operands,
    source: lhs.operands[0]?.source,
  };
}

/** `lookupCell` over a report's cell reader: a canonical cell with its label (`fields` dictionary, else the id), else `lookupCell`. */
function readerLookup(report: AnnualReport, cells: CellReader): CellLookup {
  return (id) => {
    const cell = cells.cell(fieldSlot(id));
    if (cell === undefined) return lookupCell(report, id);
    return { cell, label: fields[id as keyof typeof fields]?.label ?? id };
  };
}

/**
 * Evaluates every enabled identity of the given layouts; findings in identity and equation order. Each
 * equation is first checked on the compiled fast path (identity-check.ts: compiled once per identity list,
 * so pass a layout's own `identities` array to reuse it); only a reported one is built. `cells` is the
 * report's cell reader (`cellReader`), when the caller already has one.
 */
export function identityFindings(
  report: AnnualReport,
  identities: readonly Identity[],
  options: ValidateOptions = {},
  cells: CellReader = cellReader(report),
): Finding[] {
  const out: Finding[] = [];
  const keepUnverified = ruleEnabled(UNVERIFIED_RULE, { skipRules: options.skipRules });
  const blankAsZero = options.blankAsZero === true;
  const compiledList = compileIdentities(identities);
  const slotted = slotCells(compiledList, cells);
  const lookup = readerLookup(report, cells);
  const addFinding = (identity: Identity, equation: Equation): void => {
    const finding = evaluateEquation(report, identity, equation, options, lookup);
    if (!finding) return;
    if (finding.rule === UNVERIFIED_RULE && !keepUnverified) return;
    out.push(finding);
  };
  for (const { identity, equations, nonNegSlots } of compiledList.identities) {
    if (!ruleEnabled(identity.id, options)) continue;
    if (nonNegSlots !== null) {
      // Every equation checks one cell: one loop over the slots.
      for (let i = 0; i < nonNegSlots.length; i++) {
        const compiled = equations[i] as CompiledEquation;
        if (nonNegViolated(slotted[nonNegSlots[i] as number], compiled.integer))
          addFinding(identity, compiled.equation);
      }
      continue;
    }
    for (const compiled of equations) {
      if (equationViolated(compiled, slotted, blankAsZero)) addFinding(identity, compiled.equation);
    }
  }
  return out;
}
