/**
 * The UNVERIFIED info of an identity that cannot be checked: its blank, dash or text operands named, and why a
 * blank and a dash differ. A dash (-, —, 无, /) says "none": it is checked as 0 (a warning when the equation then
 * breaks, identities.ts; this info when it holds). A blank says nothing: it is not taken as 0 unless asked
 * (--blank-as-zero, the lenient pass of the spec), though the layout wants a number in every cell, 0 when none;
 * the info says whether the equation would hold with the blanks as 0, and gives the sums when it would not.
 */
import type { Finding, Operand } from "../schema/finding.js";
import type { Bilingual, Equation } from "../templates/types.js";
import { cellName, englishLabel } from "./cell-names.js";

/** Rule id of the info finding for an equation that cannot be checked (blank, dash or text operand). */
export const UNVERIFIED_RULE = "UNVERIFIED";

const fmt = (n: number): string => String(Math.round(n * 1e6) / 1e6);

/** A non-number status in English words (a dash, not `na`). */
const STATUS_EN: Readonly<Record<string, string>> = { blank: "blank", na: "dash", text: "text", absent: "absent" };

/** The two sides' sums with blanks and dashes as 0; undefined when an operand's side cannot be told. */
function sumsAsZero(eq: Equation, operands: readonly Operand[]): { lhs: number; rhs: number } | undefined {
  const sideOf = (terms: Equation["lhs"]): Set<string> => {
    const ids = new Set<string>();
    for (const t of terms) {
      if (typeof t === "string") ids.add(t);
      else for (const alternative of t.oneOf) for (const id of alternative) ids.add(id);
    }
    return ids;
  };
  const left = sideOf(eq.lhs);
  const right = sideOf(eq.rhs);
  let lhs = 0;
  let rhs = 0;
  for (const o of operands) {
    if (left.has(o.field) === right.has(o.field) || o.status === "text") return undefined;
    const value = o.status === "number" || o.assumedZero ? (o.value ?? 0) : 0;
    if (left.has(o.field)) lhs += value;
    else rhs += value;
  }
  return { lhs, rhs };
}

/** Whether sums break an (in)equality (a cent's tolerance when a value is not whole). */
function breaks(eq: Equation, sums: { lhs: number; rhs: number }): boolean {
  const tol = Number.isInteger(sums.lhs) && Number.isInteger(sums.rhs) ? 1e-9 : 0.005 + 1e-9;
  const delta = sums.lhs - sums.rhs;
  return eq.op === "le" ? delta > tol : Math.abs(delta) > tol;
}

/** What an UNVERIFIED finding adds for blank or dash operands (no text): why, and what they would make of it. */
interface Unchecked extends Bilingual {
  /** With blanks as 0 the equation breaks: the two sides' sums so. */
  broken?: { lhs: number; rhs: number };
}

/**
 * Why an equation with blank or dash operands (no text) is only an info, in both languages. A dash (-, —, 无,
 * /) says "none": it is checked as 0, and the equation then held (when it breaks, the finding is a warning,
 * not this info). A blank says nothing: it is not taken as 0 unless asked (--blank-as-zero), though the layout
 * wants a number, 0 when none, in every cell; the finding says whether the equation would hold with blanks as
 * 0 (when it would not, `broken` has the sums).
 */
function uncheckedWhy(eq: Equation, operands: readonly Operand[], bad: readonly Operand[]): Unchecked {
  // Dashes alone: checked as 0, the equation held (else it is a warning): the message stays as it was.
  if (!bad.some((o) => o.status === "blank")) return { zh: "", en: "" };
  const sums = sumsAsZero(eq, operands);
  const broken = sums && breaks(eq, sums) ? sums : undefined;
  const sign = eq.op === "le" ? ">" : "≠";
  const ifZero = broken
    ? {
        zh: `若空白为0，则${fmt(broken.lhs)} ${sign} ${fmt(broken.rhs)}，本式不成立`,
        en: `with blanks as 0, ${fmt(broken.lhs)} ${sign} ${fmt(broken.rhs)}: this would not hold`,
      }
    : sums
      ? { zh: "若空白为0则成立", en: "with blanks as 0 this holds" }
      : { zh: "", en: "" };
  return {
    ...(broken ? { broken } : {}),
    zh: `：空白不按0计，本式未核对${ifZero.zh ? `；${ifZero.zh}` : ""}（格式要求每格填数，没有的填0；横杠/无表示没有，按0核对；--blank-as-zero 把空白按0核对）`,
    en: `: blanks are not read as 0, so this was not checked${ifZero.en ? `; ${ifZero.en}` : ""} (the layout wants a number in every cell, 0 when none; a dash says none and is checked as 0; --blank-as-zero checks blanks as 0)`,
  };
}

/**
 * The info finding of an equation that cannot be checked: its blank, dash or text operands named, and for
 * blanks and dashes why it is an info (`uncheckedWhy`: a dash is checked as 0, a blank is not). When the
 * equation would break with its blanks as 0, expected, actual and delta are its sides' sums so (right, left,
 * left − right): a program, and `xxgk check`'s text, can tell such a blank from one where a 0 is due.
 */
export function unverified(rule: string, eq: Equation, operands: Operand[]): Finding {
  const bad = operands.filter((o) => o.status !== "number" && !o.assumedZero);
  const statusZh: Record<string, string> = { blank: "空白", na: "横杠/无", text: "非数字" };
  const zh = bad.map((o) => `${o.label}（${statusZh[o.status] ?? o.status}）`).join("、");
  const en = bad.map((o) => `${cellName(o.field, o.label, "en")} (${STATUS_EN[o.status] ?? o.status})`).join(", ");
  const why = bad.some((o) => o.status === "text") ? undefined : uncheckedWhy(eq, operands, bad);
  const broken = why?.broken;
  return {
    rule: UNVERIFIED_RULE,
    severity: "info",
    message: {
      zh: `${rule} ${eq.label.zh}：无法核验，${zh}不是数字${why?.zh ?? ""}`,
      en: `${rule} ${englishLabel(eq.label.en)}: cannot verify, not a number: ${en}${why?.en ?? ""}`,
    },
    expected: broken ? broken.rhs : null,
    actual: broken ? broken.lhs : null,
    delta: broken ? Math.round((broken.lhs - broken.rhs) * 1e9) / 1e9 : null,
    operands,
    source: bad[0]?.source ?? operands[0]?.source,
  };
}
