/**
 * The findings of the identity engine: the messages of a violated (in)equality, of one the known cells
 * break whatever the unknown ones hold, of an unverifiable one and of a negative or fractional count, with
 * the operands shown as a clerk reads them (labels, values, `0*` for a value taken as 0).
 */
import type { Severity } from "../schema/common.js";
import type { Finding, Operand } from "../schema/finding.js";
import type { Bilingual, Equation, Identity } from "../templates/types.js";
import { cellName, englishLabel } from "./cell-names.js";

/** The info finding of an equation that cannot be checked, and its rule id (identity-unverified.ts). */
export { UNVERIFIED_RULE, unverified } from "./identity-unverified.js";

/** One side of an equation: its operands, the sum of its number operands and their finest decimal places. */
export interface Side {
  operands: Operand[];
  sum: number;
  /** The most decimal places written in a number operand's cell (`decimalsOf` of its raw text). */
  decimals: number;
}

const fmt = (n: number): string => String(Math.round(n * 1e6) / 1e6);

/** An operand named in English as the table prints it (Table 3 / row / column), not by its field id. */
const nameEn = (o: Operand): string => cellName(o.field, o.label, "en");

/** An equation's English label: a cell or row named in English, not by its id. */
const labelEn = (eq: Equation): string => englishLabel(eq.label.en);

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
    en += `${nameEn(o)} = ${value}`;
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
export function assumedNote(operands: readonly Operand[]): Bilingual {
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
    en += nameEn(o);
  }
  return assumed === 0 ? NO_NOTE : { zh: `（空白按0计：${zh}）`, en: ` (blank taken as 0: ${en})` };
}

/** The finding of negative or (for counts) fractional operands of a `nonneg` equation; undefined when none. */
export function nonNegFinding(
  rule: string,
  severity: Severity,
  eq: Equation,
  operands: Operand[],
): Finding | undefined {
  const bad = operands.filter(
    (o) => o.status === "number" && o.value !== null && (o.value < 0 || (eq.integer && !Number.isInteger(o.value))),
  );
  const first = bad[0];
  if (!first || first.value === null) return undefined;
  const what = (o: Operand, lang: "zh" | "en") => {
    const v = o.value ?? 0;
    if (lang === "zh") return `${bad.length > 1 ? `${o.label} ` : ""}${fmt(v)}${v < 0 ? "为负数" : "不是整数"}`;
    return `${bad.length > 1 ? `${nameEn(o)} ` : ""}${fmt(v)} is ${v < 0 ? "negative" : "not an integer"}`;
  };
  return {
    rule,
    severity,
    message: {
      zh: `${eq.label.zh}：${bad.map((o) => what(o, "zh")).join("；")}`,
      en: `${labelEn(eq)}: ${bad.map((o) => what(o, "en")).join("; ")}`,
    },
    expected: null,
    actual: first.value,
    delta: null,
    operands: bad,
    source: first.source,
  };
}

/** Whether an operand's value is unknown but at least 0: a blank (not taken as 0), a dash or an absent cell. */
export const isUnknown = (o: Operand): boolean =>
  o.status === "absent" || o.status === "na" || (o.status === "blank" && o.assumedZero !== true);

/** The note of a finding that holds only when the dashes are 0. */
export const DASH_NOTE: Bilingual = {
  zh: "（横杠/无按0计，标*：若它们确为0，本式不成立）",
  en: " (dashes taken as 0, marked *: if they are 0, this does not hold)",
};

/** A side with its dash operands taken as 0 (marked `assumedZero`, shown as 0*). */
export function assumeZero(side: Side): Side {
  const operands = side.operands.map((o) => (isUnknown(o) ? { ...o, value: 0, assumedZero: true } : o));
  return { ...side, operands };
}

/** The finding of a violated (in)equality, with `note` after the operands. */
export function sumFinding(
  identity: Pick<Identity, "id" | "severity">,
  eq: Equation,
  lhs: Side,
  rhs: Side,
  severity: Severity,
  note: Bilingual,
): Finding {
  const sign = eq.op === "le" ? ">" : "≠";
  const shownL = formula(lhs.operands, lhs.sum);
  const shownR = formula(rhs.operands, rhs.sum);
  const left = labelsOf(lhs.operands);
  const right = labelsOf(rhs.operands);
  return {
    rule: identity.id,
    severity,
    message: {
      zh: `${eq.label.zh}：${shownL} ${sign} ${shownR}（左：${left.zh}｜右：${right.zh}）${note.zh}`,
      en: `${labelEn(eq)}: ${shownL} ${sign} ${shownR} (left: ${left.en} | right: ${right.en})${note.en}`,
    },
    expected: rhs.sum,
    actual: lhs.sum,
    delta: Math.round((lhs.sum - rhs.sum) * 1e9) / 1e9,
    operands: lhs.operands.concat(rhs.operands),
    source: lhs.operands[0]?.source,
  };
}

/**
 * The finding of an (in)equality the known cells break whatever the unknown ones (blank, dash, absent: at
 * least 0) hold. `lhsOpen`: the left side has an unknown cell (then the right side has none and is below the
 * left side's known sum). Expected is the closed side's sum, actual the other side's known sum (a minimum).
 */
export function boundFinding(
  identity: Pick<Identity, "id" | "severity">,
  eq: Equation,
  lhs: Side,
  rhs: Side,
  lhsOpen: boolean,
): Finding {
  const operands = lhs.operands.concat(rhs.operands);
  const [open, closed] = lhsOpen ? [lhs, rhs] : [rhs, lhs];
  const filled = open.operands.filter((o) => !isUnknown(o));
  const unknown = open.operands.length - filled.length;
  const kinds = [...new Set(open.operands.filter(isUnknown).map((o) => o.status))];
  const kindZh: Record<string, string> = { blank: "空白", na: "横杠/无", absent: "缺失" };
  const kindEn: Record<string, string> = { blank: "blank", na: "dash", absent: "absent" };
  const sideZh = lhsOpen ? "左边" : "右边";
  const sideEn = lhsOpen ? "left" : "right";
  const never = eq.op === "le" ? { zh: "左边都大于右边", en: "the left side stays above the right" } : NEVER_EQUAL;
  const shownFilled = formula(filled, open.sum);
  const shownClosed = formula(closed.operands, closed.sum);
  const known = labelsOf(filled);
  const other = labelsOf(closed.operands);
  return {
    rule: identity.id,
    severity: identity.severity,
    message: {
      zh: `${eq.label.zh}：${sideZh}已填的数之和${shownFilled}已大于另一边的${shownClosed}；${sideZh}另有${unknown}个单元格为${kinds.map((k) => kindZh[k] ?? k).join("、")}，不论其值为何（不小于0），${never.zh}（已填：${known.zh || "无"}｜另一边：${other.zh}）`,
      en: `${labelEn(eq)}: the filled cells of the ${sideEn} side already sum to ${shownFilled}, more than the other side's ${shownClosed}; whatever its ${unknown} ${kinds.map((k) => kindEn[k] ?? k).join(" or ")} cells hold (at least 0), ${never.en} (filled: ${known.en || "none"} | other side: ${other.en})`,
    },
    expected: rhs.sum,
    actual: lhs.sum,
    delta: Math.round((lhs.sum - rhs.sum) * 1e9) / 1e9,
    operands,
    source: closed.operands[0]?.source ?? operands.find((o) => o.source)?.source,
  };
}

const NEVER_EQUAL: Bilingual = { zh: "两边都不能相等", en: "the two sides cannot be equal" };
