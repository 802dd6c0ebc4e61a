/**
 * Money units in the field diff: a cell written "12000元" under the header 本年收费金额（单位：万元） is
 * compared as 1.2 (万元) with last year's 1.2, not as 12000 (formats.md D4, D19). Only 元 and 万元 are
 * converted; a side whose unit cannot be told is not compared numerically, and the change says why.
 */
import type { Bilingual } from "../templates/types.js";

/** Yuan per unit of the money units the diff converts between. */
const YUAN_PER_UNIT: ReadonlyMap<string, number> = new Map([
  ["元", 1],
  ["万元", 10000],
]);

/** The unit a column header names: 本年收费金额（单位：万元） → 万元. */
const HEADER_UNIT = /单位\s*[:：]\s*(万元|元)/u;

/** The money unit (元 or 万元) a column header prints, or null when it names none. */
export function headerMoneyUnit(columnLabel: string): string | null {
  return HEADER_UNIT.exec(columnLabel.normalize("NFKC"))?.[1] ?? null;
}

/** A unit if it is one of the money units the diff converts (元, 万元), else null. */
export function moneyUnit(unit: string | null | undefined): string | null {
  return unit != null && YUAN_PER_UNIT.has(unit) ? unit : null;
}

/** One side of a field as the unit reconciliation sees it. */
export interface UnitSide {
  /** The value as read from the cell (in the unit written, if any). */
  value: number | null;
  /** The unit written for this value (in the cell, or a legacy row's unit column), or null. */
  unit: string | null;
  /** How the side is named in notes (2023年 / 2023). */
  tag: Bilingual;
}

/** The outcome: both values in one unit, or not comparable, with a note when either applies. */
export interface UnitReconciliation {
  /** The older value in the comparison unit (null when not comparable). */
  old: number | null;
  /** The newer value in the comparison unit (null when not comparable). */
  new: number | null;
  /** False when a side's unit cannot be told: no numeric change is computed. */
  comparable: boolean;
  /** Why values were converted or not compared; absent when nothing was done. */
  note?: Bilingual;
}

function convert(value: number, from: string, to: string): number {
  if (from === to) return value;
  const factor = YUAN_PER_UNIT.get(from)! / YUAN_PER_UNIT.get(to)!;
  // 15 significant digits: 12000 ÷ 10000 is 1.2, not 1.2000000000000002.
  return Number((factor >= 1 ? value * factor : value / (1 / factor)).toPrecision(15));
}

function notComparable(older: UnitSide, newer: UnitSide, a: string | null, b: string | null): UnitReconciliation {
  const unit = (u: string | null, lang: "zh" | "en") => u ?? (lang === "zh" ? "未注明单位" : "no unit");
  return {
    old: null,
    new: null,
    comparable: false,
    note: {
      zh: `单位无法统一（${older.tag.zh}：${unit(a, "zh")}；${newer.tag.zh}：${unit(b, "zh")}），不计算变化`,
      en: `units cannot be reconciled (${older.tag.en}: ${unit(a, "en")}; ${newer.tag.en}: ${unit(b, "en")}); no change computed`,
    },
  };
}

/**
 * Puts two numeric sides of an amount in one money unit: the header's when it names one, else the first
 * unit written. A side with no unit takes the header's. The pair is not comparable when a side's unit is
 * not a money unit (3件 under 万元), or is unknown while the other side writes one. Returns null when there
 * is nothing to reconcile (no side writes a money unit, nor any unit under a money header) or a value is
 * not a number.
 */
export function reconcileUnits(older: UnitSide, newer: UnitSide, header: string | null): UnitReconciliation | null {
  const money = moneyUnit(older.unit) !== null || moneyUnit(newer.unit) !== null;
  const written = older.unit !== null || newer.unit !== null;
  if (!money && !(header !== null && written)) return null;
  if (older.value === null || newer.value === null) return null;
  // Nothing in one unit is nothing in any other (0 against 0件).
  if (older.value === 0 && newer.value === 0) return { old: 0, new: 0, comparable: true };
  const a = older.unit ?? header;
  const b = newer.unit ?? header;
  const ma = moneyUnit(a);
  const mb = moneyUnit(b);
  if (ma === null || mb === null) return notComparable(older, newer, a, b);
  const target = header ?? ma;
  const oldValue = convert(older.value, ma, target);
  const newValue = convert(newer.value, mb, target);
  const converted = [
    [older, ma],
    [newer, mb],
  ].filter(([, unit]) => unit !== target) as [UnitSide, string][];
  if (converted.length === 0) return { old: oldValue, new: newValue, comparable: true };
  const said = (lang: "zh" | "en") =>
    converted
      .map(([side, unit]) => {
        const shown = convert(side.value!, unit, target);
        return lang === "zh"
          ? `${side.tag.zh}写作 ${side.value}${unit}，折算为 ${shown}${target}`
          : `${side.tag.en} written as ${side.value} ${unit}, converted to ${shown} ${target}`;
      })
      .join(lang === "zh" ? "；" : "; ");
  return {
    old: oldValue,
    new: newValue,
    comparable: true,
    note: { zh: `按${target}比较：${said("zh")}`, en: `compared in ${target}: ${said("en")}` },
  };
}
