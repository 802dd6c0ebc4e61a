/**
 * How narrative findings show the prose: a sentence quoted around its number (at most 80 characters, the
 * number always in them), and the finding of a sentence not compared.
 */

import type { SourcePosition } from "../schema/common.js";
import type { Finding, Operand } from "../schema/finding.js";
import type { NarrativeClaim } from "./narrative-claims.js";
import { NARR_NOT_COMPARED } from "./narrative-patterns.js";

/** Characters of a quote, the … marks included. */
const QUOTE_LENGTH = 80;
/** Characters kept before the number when the sentence is cut. */
const BEFORE_NUMBER = 40;

/**
 * A sentence as a finding quotes it: whole when short, else 78 characters around `at` (where the number
 * stands) with … where it was cut, so the number is always shown (“…全年受理行政许可申请 5000件…”).
 */
export function quoteAround(sentence: string, at: number): string {
  if (sentence.length <= QUOTE_LENGTH) return sentence;
  const keep = QUOTE_LENGTH - 2;
  const start = Math.max(0, Math.min(at - BEFORE_NUMBER, sentence.length - keep));
  const end = Math.min(sentence.length, start + keep);
  return `${start > 0 ? "…" : ""}${sentence.slice(start, end)}${end < sentence.length ? "…" : ""}`;
}

/**
 * A sentence about part of the body (代表区政府受理…17件) whose number differs from the table: not compared (an
 * info finding says so, and why), since the table counts the whole body. `table`, the table value it was not
 * compared with; `operands`, the cells behind it; `source`, where the number stands.
 */
export function unscopedFinding(
  claim: NarrativeClaim,
  table: number,
  operands: Operand[],
  source: SourcePosition,
): Finding {
  const word = claim.outOfScope as string;
  const stated = `${claim.value}${claim.pattern.units?.[0] ?? "件"}`;
  return {
    rule: NARR_NOT_COMPARED,
    severity: "info",
    message: {
      zh: `正文“${quoteAround(claim.sentence, claim.at)}”所述${claim.pattern.label.zh}${stated}未与表格（${table}）比较：句中“${word}”表明所述为本机关的一部分或代为办理的，表格计全部`,
      en: `text "${quoteAround(claim.sentence, claim.at)}": ${claim.value} ${claim.pattern.label.en} not compared with the table (${table}): "${word}" makes the sentence about part of the body, the table counts all of it`,
    },
    expected: table,
    actual: claim.value,
    delta: claim.value - table,
    operands,
    source,
  };
}
