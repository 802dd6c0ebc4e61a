/**
 * The 信息处理费 (processing fee) of a gb-era report is stated in section 六 (其他需要报告的事项), not in a
 * table (formats.md §2.3): this reads the amount, in 元, from that sentence. Pre-2019 reports state their
 * fees (检索费, 复制费 …) in the narrative on 收费及减免 (formats.md §4.1). Which sections are read and which
 * sentences count is the caller's scope (data in the mapping rules). Never invents a value: a report that
 * says nothing about the fee in those sections yields nothing.
 */
import { commaPositions, countBelow, isComma } from "../clauses.js";
import type { SourcePosition } from "../schema/common.js";
import type { AnnualReport, Section, SectionId } from "../schema/report.js";

/** A fee read from the narrative. */
export interface NarrativeFee {
  /** Amount in 元. */
  value: number;
  /** The sentence it was read from. */
  sentence: string;
  /** `sections.<section id>` of the section it stood in. */
  sourceId: string;
  /** Where it stood, as printed: the section heading, and the sub-section heading after " / " when in one. */
  where: string;
  source: SourcePosition;
}

/** Where a narrative fee is looked for, and which sentences count. */
export interface NarrativeFeeScope {
  /** The sections read, in this order; no other section is ever read. */
  sections: readonly SectionId[];
  /** Then the sections under these numbers whose heading named no known section (六、其他事项), in order. */
  numbers?: readonly string[];
  /**
   * `processing_fee`: only sentences naming the 信息处理费 or 依申请…费用 (the gb layouts: other fees such as
   * 行政事业性收费 or 不动产登记费 are different things); `any_fee`: any sentence on 收取…费 (pre-2019 检索费,
   * 复制费 …).
   */
  fees: "processing_fee" | "any_fee";
}

/**
 * The gb layouts' scope: section 六 (other_matters), a fees section, then sections 三 and 一 (reports also state
 * the fee under 依申请公开); 信息处理费 sentences only, so that no other fee (行政事业性收费) is read.
 */
export const PROCESSING_FEE_SCOPE: NarrativeFeeScope = {
  sections: ["other_matters", "fees", "applications", "overview"],
  numbers: ["六"],
  fees: "processing_fee",
};

const FEE_WORD = /信息处理费|(收取|收缴)[^。；;]{0,8}费用|收取[^。；;，,\d]{0,10}?费/;
/** A sentence on the processing fee: 信息处理费, or 依申请公开…费用 (未向申请人收取任何费用). */
const PROCESSING_FEE_WORD = /信息(?:公开)?处理费|依申请[^。；;]{0,30}?费用/;
/** An amount after a fee word: 信息处理费…N元, 费用…N元, 收取检索费N元 (every match of a sentence is tried). */
const AMOUNT = /(?:信息处理费|费用|收取[^。；;，,\d]{0,10}?费)[^。；;\d]{0,20}?(\d[\d,]*(?:\.\d+)?)\s*(万元|元)/g;
/**
 * An amount after 信息处理费 or 费用 with no other fee word between them (落实信息处理费管理办法，收取行政事业性收费3万元
 * states no processing fee); a count of applications may stand between (收取信息处理费2件共计200元).
 */
const PROCESSING_AMOUNT =
  /(?:信息(?:公开)?处理费|费用)(?:[^。；;\d费]|\d+(?:件|笔|次|宗|个)){0,20}?(\d[\d,]*(?:\.\d+)?)\s*(万元|元)/g;
/** A waiver word governing the fee word after it (减免费用120元, 免收检索费用50元): that amount was not collected. */
const WAIVED_BEFORE = /(减免|免收|免除|减收|免予收取|退还|返还)[^。；;，,：:]{0,4}$/;
/** The whole amount waived or refunded after it (应收取信息处理费200元，经审核全部减免): nothing was collected. */
const WAIVED_AFTER = /(全部|全额|均已|均予)(减免|免收|退还|返还)/;
/** A clause on part of the amount (其中对低保户的申请全额减免): no waiver of the whole. */
const PART = /其中|另|部分/;
/** How far WAIVED_BEFORE and RATE_BEFORE look back: a word of ≤ 5 characters and ≤ 6 more. */
const LOOK_BACK = 12;
/** A rate before the number (标准为每件100元): no amount collected. */
const RATE_BEFORE = /(每件|每页|每份|标准为|标准是)[^。；;，,]{0,6}$/;
/**
 * Words that put a clause on another time or body (去年收取…, 今后将继续不收取…, 各街道共收取…) or on something else
 * than the fee itself (因收取费用引发的投诉): its amount or its "none" is not this body's fee this year.
 */
const OTHER_CLAUSE =
  /今后|将来|明年|下一?年|拟|各街道|各乡镇|各镇街|各部门|(?<![及和与])(?:下属|所属)|上级|因[^，,]{0,12}(?:引发|导致)/;
/** Words on a past year: they yield to 本年度 in the same clause (本年度收取…100元较上年减少50元). */
const PAST = /去年|上年(?!度?结转)|上一年|往年|以往/;
/** This year named (本年度, 今年): the clause is on this year whatever other year it compares with. */
const THIS_YEAR = /本年|今年|当年/;
/** Bracketed asides (（上年为0元）), years in dates (2021年1月1日起施行) and titles (《…》): no clause's time. */
const ASIDE =
  /[（(][^（(）)]*[）)]|《[^《》]*》|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月|(?:19|20)\d{2}\s*年度?\s*(?:以来|起)/g;
/** A year written out, in digits or in Chinese numerals (2023年, 二〇二三年). */
const YEAR = /((?:19|20)\d{2}|[一二][〇零一二三四五六七八九]{3})\s*年/g;
/** The value of a Chinese numeral digit 〇 … 九. */
const CHINESE_DIGITS = "〇一二三四五六七八九";

/** A four-digit year written in digits or Chinese numerals (零 is 〇). */
function yearValue(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  let n = 0;
  for (const ch of text) n = n * 10 + Math.max(0, CHINESE_DIGITS.indexOf(ch === "零" ? "〇" : ch));
  return n;
}
/** A fee stated as not collected (未收取信息处理费, 没有产生费用), within one clause. */
const NONE_BEFORE =
  /(未|没有|无|均未|不)[^。；;，,]{0,10}(收取|收缴|产生|发生|涉及)[^。；;，,]{0,12}?(信息处理费|费用)/g;
/** A fee stated as nothing (费用为0元, 信息处理费0元); a 0 ending a longer number (1,500元) is no zero. */
const NONE_AFTER = /(信息处理费|费用)[^。；;]{0,10}(为零|为0元?|(?<![\d.,，])0元|零元)/g;

/** Sentences of a text; line breaks are dropped first (PDF text wraps lines inside sentences). */
function sentences(text: string): string[] {
  return text
    .replace(/\s*\n\s*/g, "")
    .split(/[。；;]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/**
 * Whether the clauses (between commas) of one sentence are about another time, body or matter, or name a year
 * other than `year`: each clause is read once, whatever the number of amounts in it (a sentence of thousands of
 * amounts and no comma is read once, not once per amount).
 */
function otherClauses(sentence: string, year: number | null): (start: number, end: number) => boolean | null {
  const commas = commaPositions(sentence);
  const known = new Map<number, boolean | null>();
  return (start, end) => {
    // The clause runs from after the last comma before `start` to the first comma at or after `end`.
    const k = countBelow(commas, start);
    const from = k > 0 ? commas[k - 1]! + 1 : 0;
    let answer = known.get(from);
    if (answer === undefined) {
      const next = countBelow(commas, end);
      const clause = sentence.slice(from, next < commas.length ? commas[next] : sentence.length);
      answer = otherClause(clause, year);
      known.set(from, answer);
    }
    return answer;
  };
}

/**
 * Whether a clause is about another time, body or matter, or names a year other than `year` (true); about this
 * year (false); or names no time or body at all (null: the clause of the fee word may say).
 */
function otherClause(clause: string, year: number | null): boolean | null {
  const own = clause.replace(ASIDE, "");
  if (OTHER_CLAUSE.test(own)) return true;
  if (THIS_YEAR.test(own)) return false;
  if (PAST.test(own)) return true;
  if (year === null) return null;
  // The report's own year wins over another named beside it (2023年、2024年均未收取).
  let other = false;
  for (const m of own.matchAll(YEAR)) {
    if (yearValue(m[1]!) === year) return false;
    other = true;
  }
  return other ? true : null;
}

/**
 * The first amount of a sentence that is this year's fee collected: not waived (a waiver word before the fee
 * word, or right before the number: 未收取任何费用，减免费用120元), no rate (每件100元), in no clause about
 * another year, body or matter. A later 全部减免 makes it 0.
 */
function collectedAmount(sentence: string, amounts: RegExp, year: number | null): number | null {
  const other = otherClauses(sentence, year);
  for (const m of sentence.matchAll(amounts)) {
    const start = m.index ?? 0;
    const number = start + m[0].search(/\d/);
    // The words before the fee word and before the number, as far as the patterns look back.
    const before = sentence.slice(Math.max(0, number - LOOK_BACK), number);
    if (WAIVED_BEFORE.test(sentence.slice(Math.max(0, start - LOOK_BACK), start)) || WAIVED_BEFORE.test(before))
      continue;
    if (RATE_BEFORE.test(before)) continue;
    const end = start + m[0].length;
    // The number's own clause decides (本年度未收取信息处理费，上年同期收取100元), else the fee word's.
    if (other(number, end) ?? other(start, start + 1) ?? false) continue;
    if (WAIVED_AFTER.test(nextClause(sentence, end))) return 0;
    const n = Number(m[1]!.replace(/,/g, ""));
    if (Number.isFinite(n)) return m[2] === "万元" ? Math.round(n * 10000 * 100) / 100 : n;
  }
  return null;
}

/** Whether a "no fee" pattern matches in a clause about this body's fee this year. */
function statesNone(sentence: string, pattern: RegExp, year: number | null): boolean {
  const other = otherClauses(sentence, year);
  for (const m of sentence.matchAll(pattern)) if (!(other(m.index, m.index + m[0].length) ?? false)) return true;
  return false;
}

/**
 * The rest of the amount's clause and the clause after it, unless that one is on part of the amount: where a
 * waiver of the whole amount is stated (…200元，经审核全部减免).
 */
function nextClause(sentence: string, end: number): string {
  let to = end;
  while (to < sentence.length && !isComma(sentence.charCodeAt(to))) to++;
  let after = to + 1;
  while (after < sentence.length && !isComma(sentence.charCodeAt(after))) after++;
  const next = sentence.slice(Math.min(to + 1, sentence.length), after);
  return PART.test(next) ? sentence.slice(end, to) : sentence.slice(end, after);
}

function readSentence(sentence: string, fees: NarrativeFeeScope["fees"], year: number | null): number | null {
  const processing = fees === "processing_fee";
  if (!(processing ? PROCESSING_FEE_WORD : FEE_WORD).test(sentence)) {
    // In the sections read, a sentence saying no 费用 was collected at all (本机关未收取检索、复制、邮寄等费用, the
    // 2019 layout's wording before the 信息处理费) states the fee as 0; an amount needs the processing fee's words.
    return processing && statesNone(sentence, NONE_BEFORE, year) ? 0 : null;
  }
  const amount = collectedAmount(sentence, processing ? PROCESSING_AMOUNT : AMOUNT, year);
  if (amount !== null) return amount;
  if (statesNone(sentence, NONE_BEFORE, year) || statesNone(sentence, NONE_AFTER, year)) return 0;
  return null;
}

/** The first sentence of a text that states a fee, with its amount (`year`: the report's, when known). */
function firstFee(
  text: string,
  fees: NarrativeFeeScope["fees"],
  year: number | null,
): { value: number; sentence: string } | undefined {
  for (const sentence of sentences(text)) {
    const value = readSentence(sentence, fees, year);
    if (value !== null) return { value, sentence };
  }
  return undefined;
}

/** The fee stated in one section: its body first, then each sub-section (heading and body). */
function sectionFee(section: Section, fees: NarrativeFeeScope["fees"], year: number | null): NarrativeFee | undefined {
  const heading = section.heading.trim();
  const at = (found: { value: number; sentence: string }, where: string): NarrativeFee => ({
    ...found,
    sourceId: `sections.${section.id ?? "unknown"}`,
    where,
    source: section.source,
  });
  const found = firstFee(section.text, fees, year);
  if (found) return at(found, heading);
  for (const sub of section.subsections) {
    const inSub = firstFee(`${sub.heading}${sub.text}`, fees, year);
    if (inSub) return at(inSub, `${heading} / ${sub.heading.trim()}`);
  }
  return undefined;
}

/**
 * Finds the fee amount (元) stated in the report's narrative: the first sentence stating one, in the scope's
 * sections in the scope's order (by default section 六, then a fees section, then a section numbered 六 under
 * another heading; 信息处理费 sentences, or a sentence saying no 费用 was collected);
 * undefined if none. Sections outside the scope are never read.
 */
export function narrativeFee(
  report: AnnualReport,
  scope: NarrativeFeeScope = PROCESSING_FEE_SCOPE,
): NarrativeFee | undefined {
  for (const id of scope.sections) {
    for (const section of report.sections) {
      if (section.id !== id) continue;
      const fee = sectionFee(section, scope.fees, report.meta.year);
      if (fee) return fee;
    }
  }
  for (const number of scope.numbers ?? []) {
    for (const section of report.sections) {
      if (section.id !== null || section.number !== number) continue;
      const fee = sectionFee(section, scope.fees, report.meta.year);
      if (fee) return fee;
    }
  }
  return undefined;
}
