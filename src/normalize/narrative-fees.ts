/**
 * The 信息处理费 (processing fee) of a gb-era report is stated in section 六 (其他需要报告的事项), not in a
 * table (formats.md §2.3): this reads the amount, in 元, from that sentence. Pre-2019 reports state their
 * fees (检索费, 复制费 …) in the narrative on 收费及减免 (formats.md §4.1). Which sections are read and which
 * sentences count is the caller's scope (data in the mapping rules). Never invents a value: a report that
 * says nothing about the fee in those sections yields nothing.
 */
import { commaPositions, countBelow, isComma } from "../clauses.js";
import { headingNames } from "../recognize/heading-names.js";
import type { SourcePosition } from "../schema/common.js";
import type { AnnualReport, Section, SectionId } from "../schema/report.js";
import { gbSection } from "../templates/sections.js";
import { asideAround, otherClause, otherClauses, sentences } from "./fee-clauses.js";

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
   * `processing_fee`: only sentences naming the 信息处理费, 依申请…费用 or 收费通知, or saying no 费用 of an
   * application was collected (the gb layouts: other fees such as 行政事业性收费 or 不动产登记费 are different
   * things); `any_fee`: any sentence on 收取…费 (pre-2019 检索费, 复制费 …).
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
/**
 * A sentence on the processing fee: 信息处理费, 依申请公开…费用 (未向申请人收取任何费用), or the 收费通知 the fee is
 * charged by (共发出收费通知2件，总金额150元，实际收取150元: the amount collected is the one after 实际收取).
 */
const PROCESSING_FEE_WORD = /信息(?:公开)?处理费|依申请[^。；;]{0,30}?费用|收费通知/;
/** An amount after a fee word: 信息处理费…N元, 费用…N元, 收取检索费N元 (every match of a sentence is tried). */
const AMOUNT = /(?:信息处理费|费用|收取[^。；;，,\d]{0,10}?费)[^。；;\d]{0,20}?(\d[\d,]*(?:\.\d+)?)\s*(万元|元)/g;
/**
 * An amount after 信息处理费 or 费用 with no other fee word between them (落实信息处理费管理办法，收取行政事业性收费3万元
 * states no processing fee); a count of applications may stand between (收取信息处理费2件共计200元).
 */
const PROCESSING_AMOUNT =
  /(?:信息(?:公开)?处理费|费用|实际收取)(?:[^。；;\d费]|\d+(?:件|笔|次|宗|个)){0,20}?(\d[\d,]*(?:\.\d+)?)\s*(万元|元)/g;
/** A waiver word governing the fee word after it (减免费用120元, 免收检索费用50元): that amount was not collected. */
const WAIVED_BEFORE = /(减免|免收|免除|减收|免予收取|退还|返还)[^。；;，,：:]{0,4}$/;
/** The whole amount waived or refunded after it (应收取信息处理费200元，经审核全部减免): nothing was collected. */
const WAIVED_AFTER = /(全部|全额|均已|均予)(减免|免收|退还|返还)/;
/**
 * What a sentence without the processing fee's words must name for its "no 费用" to be the applicants' fee
 * (未收取检索、复制、邮寄等费用), not a cost of other work (未产生额外运维费用, 未向参训人员收取任何费用).
 */
const APPLICATION_FEE = /申请|检索|复制|邮寄|信息公开/;
/** A clause on part of the amount (其中对低保户的申请全额减免): no waiver of the whole. */
const PART = /其中|另|部分|对|[（(]/;
/** How far WAIVED_BEFORE and RATE_BEFORE look back: a word of ≤ 5 characters and ≤ 6 more. */
const LOOK_BACK = 12;
/** A rate before the number (标准为每件100元): no amount collected. */
const RATE_BEFORE = /(每件|每页|每份|标准为|标准是)[^。；;，,]{0,6}$/;
/** A fee stated as not collected (未收取信息处理费, 没有产生费用), within one clause. */
const NONE_BEFORE =
  /(未|没有|无|均未|不)[^。；;，,]{0,10}(收取|收缴|产生|发生|涉及)[^。；;，,]{0,12}?(信息处理费|费用)/g;
/**
 * A clause ending on a verb of collecting with no object, in a sentence on the fee (上年收取信息处理费200元，本年度
 * 未收取): none this year.
 */
const NONE_BARE = /(未|没有|均未|不再)(收取|收缴|产生|发生)(?=[，,、]|$)/g;
/** A fee stated as nothing (费用为0元, 信息处理费0元); a 0 ending a longer number (1,500元) is no zero. */
const NONE_AFTER = /(信息处理费|费用)[^。；;]{0,10}(为零|为0元?|(?<![\d.,，])0元|零元)/g;

/** The sentence's clause judge (`otherClauses`) and the report's year. */
interface Judged {
  other: (start: number, end: number) => boolean | null;
  year: number | null;
}

/**
 * The first amount of a sentence that is this year's fee collected: not waived (a waiver word before the fee
 * word, or right before the number: 未收取任何费用，减免费用120元), no rate (每件100元), in no clause or aside about
 * another year, body or matter. A waiver of the whole in its own or the next clause (经审核全部减免) makes it 0.
 */
function collectedAmount(sentence: string, amounts: RegExp, { other, year }: Judged): number | null {
  for (const m of sentence.matchAll(amounts)) {
    const start = m.index ?? 0;
    const number = start + m[0].search(/\d/);
    // The words before the fee word and before the number, as far as the patterns look back.
    const before = sentence.slice(Math.max(0, number - LOOK_BACK), number);
    if (WAIVED_BEFORE.test(sentence.slice(Math.max(0, start - LOOK_BACK), start)) || WAIVED_BEFORE.test(before))
      continue;
    if (RATE_BEFORE.test(before)) continue;
    const end = start + m[0].length;
    // A number in brackets is judged by the bracket's own words (本年度未收取…（上年度收取300元）); then the
    // number's own clause decides (本年度未收取信息处理费，上年同期收取100元), else the fee word's.
    const aside = asideAround(sentence, number);
    if (aside !== null && (otherClause(aside, year) ?? false)) {
      // The fee word's own amount may follow the aside (信息处理费（上年为0元）100元).
      const after = amountAfterAside(sentence, number);
      if (after === null || (other(after.at, after.end) ?? other(start, start + 1) ?? false)) continue;
      if (WAIVED_AFTER.test(nextClause(sentence, after.end))) return 0;
      return after.value;
    }
    if (other(number, end) ?? other(start, start + 1) ?? false) continue;
    if (WAIVED_AFTER.test(nextClause(sentence, end))) return 0;
    const n = yuan(m[1]!, m[2]!);
    if (n !== null) return n;
  }
  return null;
}

/** A clause on some of the applications (其余…未收取, 其中1件…未收取): its bare "none" is no whole fee. */
const SOME = /其中|其余|其他|其它|剩余|部分|个别|另/g;

/** An amount in 元 (万元 converted), null when the digits are no number. */
function yuan(digits: string, unit: string): number | null {
  const n = Number(digits.replace(/,/g, ""));
  if (!Number.isFinite(n)) return null;
  return unit === "万元" ? Math.round(n * 10000 * 100) / 100 : n;
}

/** An amount right after the bracket closing an aside (…（上年为0元）100元, …（上年为0元）共计100元). */
const AFTER_ASIDE = /[）)][^。；;，,\d（(]{0,4}?(\d[\d,]*(?:\.\d+)?)\s*(万元|元)/y;

/** The amount right after the aside a position stands in (its number's start, its end, its value), if any. */
function amountAfterAside(sentence: string, inAside: number): { at: number; end: number; value: number } | null {
  let close = inAside;
  while (close < sentence.length && sentence[close] !== "）" && sentence[close] !== ")") close++;
  AFTER_ASIDE.lastIndex = close;
  const m = AFTER_ASIDE.exec(sentence);
  if (m === null) return null;
  const value = yuan(m[1]!, m[2]!);
  const end = close + m[0].length;
  return value === null ? null : { at: end - m[0].length + m[0].search(/\d/), end, value };
}

/**
 * Whether a "no fee" pattern matches in a clause about this body's fee this year, and not in an aside about
 * another (本年度收取信息处理费（上年为0元）states no 0 for this year).
 */
function statesNone(sentence: string, pattern: RegExp, { other, year }: Judged, whole = false): boolean {
  // The commas, found once, and for each clause start the first SOME word from there on: whether one stands
  // in a match's clause before it is one lookup (a clause of thousands of matches is read once).
  let commas: number[] | undefined;
  const firstSome = new Map<number, number>();
  for (const m of sentence.matchAll(pattern)) {
    const end = m.index + m[0].length;
    if (whole) {
      commas ??= commaPositions(sentence);
      const k = countBelow(commas, m.index);
      const from = k > 0 ? commas[k - 1]! + 1 : 0;
      let some = firstSome.get(from);
      if (some === undefined) {
        SOME.lastIndex = from;
        some = SOME.exec(sentence)?.index ?? sentence.length;
        firstSome.set(from, some);
      }
      if (some < m.index) continue;
    }
    const aside = asideAround(sentence, end - 1);
    if (aside !== null && (otherClause(aside, year) ?? false)) continue;
    if (!(other(m.index, end) ?? false)) return true;
  }
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
  // Each clause up to a word naming part of the amount or another object (其中…, 对2件申请…, （…）).
  const own = sentence.slice(end, to);
  const next = sentence.slice(Math.min(to + 1, sentence.length), after);
  return `${untilPart(own)}，${untilPart(next)}`;
}

/** A clause up to the first word naming part of the amount or another object, whole when it has none. */
function untilPart(clause: string): string {
  const m = PART.exec(clause);
  return m === null ? clause : clause.slice(0, m.index);
}

/** How a sentence is read: the scope's fees, the report's year, and whether its section is on fees (六, 收费). */
interface Reading {
  fees: NarrativeFeeScope["fees"];
  year: number | null;
  /**
   * Section 六 or a fees section: a "no 费用" there is the applicants' fee whatever it names. Not a section merging
   * 五 and 六 (…及其他需要报告的事项): its problems prose may say 未产生额外费用 of other work.
   */
  onFees: boolean;
}

const judged = (sentence: string, year: number | null): Judged => ({ other: otherClauses(sentence, year), year });

function readSentence(sentence: string, { fees, year, onFees }: Reading): number | null {
  const processing = fees === "processing_fee";
  if (!(processing ? PROCESSING_FEE_WORD : FEE_WORD).test(sentence)) {
    // A sentence saying no 费用 was collected at all (本机关未收取检索、复制、邮寄等费用, the 2019 layout's wording
    // before the 信息处理费) states the fee as 0: in section 六 or a fees section, or naming the applications
    // elsewhere (未产生额外运维费用 in 一 is another cost). An amount needs the processing fee's words.
    if (!processing || !(onFees || APPLICATION_FEE.test(sentence))) return null;
    return statesNone(sentence, NONE_BEFORE, judged(sentence, year)) ? 0 : null;
  }
  // One clause judge per sentence, for its amounts and its "no fee" phrases.
  const clauses = judged(sentence, year);
  const amount = collectedAmount(sentence, processing ? PROCESSING_AMOUNT : AMOUNT, clauses);
  if (amount !== null) return amount;
  if (
    statesNone(sentence, NONE_BEFORE, clauses) ||
    statesNone(sentence, NONE_AFTER, clauses) ||
    (processing && statesNone(sentence, NONE_BARE, clauses, true))
  )
    return 0;
  return null;
}

/** The first sentence of a text that states a fee, with its amount. */
function firstFee(text: string, reading: Reading): { value: number; sentence: string } | undefined {
  for (const sentence of sentences(text)) {
    const value = readSentence(sentence, reading);
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
  const onFees =
    section.id === "other_matters" || section.id === "fees" || (section.id === null && section.number === "六");
  const reading: Reading = { fees, year, onFees };
  const found = firstFee(section.text, reading);
  if (found) return at(found, heading);
  for (const sub of section.subsections) {
    const inSub = firstFee(`${sub.heading}${sub.text}`, reading);
    if (inSub) return at(inSub, `${heading} / ${sub.heading.trim()}`);
  }
  return undefined;
}

/**
 * Finds the fee amount (元) stated in the report's narrative: the first sentence stating one, in the scope's
 * sections in the scope's order (by default section 六 — or a section whose heading names it, as a merged
 * 五、…及其他需要报告的事项 does — a fees section, sections 三 and 一, then a section
 * numbered 六 under another heading; see NarrativeFeeScope.fees for the sentences that count); undefined if
 * none. Sections outside the scope are never read.
 */
export function narrativeFee(
  report: AnnualReport,
  scope: NarrativeFeeScope = PROCESSING_FEE_SCOPE,
): NarrativeFee | undefined {
  for (const id of scope.sections) {
    const named = gbSection(id);
    for (const section of report.sections) {
      // A heading merging two sections (五、…及其他需要报告的事项) is read as the one it names too.
      if (section.id !== id && !(named && headingNames(section.heading, named))) continue;
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
