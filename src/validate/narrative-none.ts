/**
 * Statements that there was none (未收到政府信息公开申请, 未发生政府信息公开行政复议、行政诉讼) read as counts of 0,
 * to be compared with the table as the narrative claims are: a table saying otherwise is a disagreement.
 * Conservative as the claims: a clause about another period or another year, a sentence about part of the
 * body, or a part named after 其中 is skipped; review and litigation need 信息公开 in the sentence or a
 * section heading naming 复议/诉讼.
 */

import { joinedOffsets } from "./claim-position.js";
import { ClauseExclusion } from "./clause-exclusion.js";
import type { NarrativeClaim } from "./narrative-claims.js";
import {
  NARRATIVE_EXCLUDE,
  NARRATIVE_PATTERNS,
  NARRATIVE_SCOPE_EXCLUDE,
  type NarrativePattern,
} from "./narrative-patterns.js";
import { asciiDigits } from "./stated-numbers.js";
import { isSentenceEnd, joinWrapped, SENTENCE_ENDS } from "./wrapped-lines.js";

/**
 * A statement that none was received or happened (未收到政府信息公开申请, 未发生政府信息公开行政复议、行政诉讼):
 * the quantity is 0. `pattern` is matched on a sentence with wrapped lines joined; `context`, as a narrative
 * pattern's (the sentence or, with `sectionContext`, the section's heading).
 */
interface NoneStatement {
  /** The rule, label and metrics the quantity is compared as (the count of that rule is then 0). */
  as: NarrativePattern;
  /** The statement (a regular expression source, no `N`). */
  pattern: string;
}

/** The quantity a clause says none of: ends at a clause end (a gap of up to 20 characters of the clause). */
const NONE_GAP = "[^，,。；;：:\\d]{0,20}?";
const NONE_VERB = "(?:未|没有|无)(?:发生|收到|接到|受理|出现|产生)";

/** The statements of none, each compared as the count of a narrative pattern. */
const NONE_STATEMENTS: readonly NoneStatement[] = [
  {
    as: NARRATIVE_PATTERNS.find((p) => p.rule === "NARR-RECEIVED") as NarrativePattern,
    // Not 未发生因政府信息公开申请引起的行政复议 (a review), nor 未受理 of part of the applications.
    pattern: `(?:未|没有)(?:收到|接到)${NONE_GAP}(?:政府)?信息公开申请(?![^，,。；;]{0,8}(?:复议|诉讼|投诉))`,
  },
  {
    as: NARRATIVE_PATTERNS.find((p) => p.rule === "NARR-REVIEW") as NarrativePattern,
    // Not 未出现被行政复议纠错 (no corrected case, not no case).
    pattern: `${NONE_VERB}${NONE_GAP}行政复议(?!纠错|纠正|撤销|败诉)`,
  },
  {
    as: NARRATIVE_PATTERNS.find((p) => p.rule === "NARR-LITIGATION") as NarrativePattern,
    pattern: `${NONE_VERB}${NONE_GAP}行政诉讼(?!纠错|纠正|撤销|败诉)`,
  },
];

const STATEMENTS = NONE_STATEMENTS.map((s) => ({ ...s, re: new RegExp(s.pattern, "gu") }));
/** A verb of none (every statement starts with one): a text without one states none of anything (one native scan). */
const NONE_GATE = new RegExp(NONE_VERB);
/** Words that make a statement of none about part of the applications or cases only (a channel, a kind, an outcome). */
const QUALIFIERS = [
  "通过",
  "方式",
  "信函",
  "网上",
  "网络",
  "当面",
  "现场",
  "涉及",
  "属于",
  "败诉",
  "纠正",
  "纠错",
  "撤销",
  "被",
  "不当",
];

/** Sentence ends (the sentences `sentencesWith` splits at). */
const SENTENCE_END = new RegExp(`[${SENTENCE_ENDS}]`, "g");
const YEAR = /((?:19|20)\d{2})\s*年/g;

/** Whether a text names a year other than `year`. */
function namesOtherYear(text: string, year: number | null): boolean {
  if (year === null) return false;
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m !== null; m = YEAR.exec(text)) if (Number(m[1]) !== year) return true;
  return false;
}

/**
 * The statements of none in a text (a section's), as claims of 0 placed where each statement starts;
 * `heading`, the section's heading; `year`, the report's statistical year when known.
 */
export function noneClaims(text: string, heading: string, year: number | null): NarrativeClaim[] {
  if (!NONE_GATE.test(text)) return [];
  const joined = asciiDigits(joinWrapped(text));
  const out: NarrativeClaim[] = [];
  let offsets: Int32Array | undefined;
  for (const { as, re } of STATEMENTS) {
    re.lastIndex = 0;
    for (let m = re.exec(joined); m !== null; m = re.exec(joined)) {
      const claim = noneClaim(joined, m.index, m.index + m[0].length, heading, year);
      if (claim === undefined) continue;
      // Where the statement starts in the text (mapped once): a place of one character there, so that the
      // locator, which keeps the map of the last stretch by its start, never mixes it with a claim's.
      offsets ??= joinedOffsets(text, 0, text.length);
      const at = offsets[m.index] ?? 0;
      out.push({ ...claim, pattern: as, place: { from: at, to: at + 1, index: 0 } });
    }
  }
  return out;
}

/** The claim of a statement of none at start … end of the joined text, unless its sentence or clause rules it out. */
function noneClaim(
  joined: string,
  start: number,
  end: number,
  heading: string,
  year: number | null,
): Omit<NarrativeClaim, "pattern"> | undefined {
  // The sentence's start, found back from the statement (a scan from the text's start for each statement was
  // quadratic: 20,000 sentences took 7 s).
  let from = start;
  while (from > 0 && !isSentenceEnd(joined.charCodeAt(from - 1))) from--;
  SENTENCE_END.lastIndex = end;
  const to = SENTENCE_END.exec(joined)?.index ?? joined.length;
  const raw = joined.slice(from, to);
  const sentence = raw.trim();
  const lead = raw.length - raw.trimStart().length;
  if (NARRATIVE_SCOPE_EXCLUDE.some((w) => sentence.includes(w))) return undefined;
  const at = start - from - lead;
  const clauses = new ClauseExclusion(sentence, NARRATIVE_EXCLUDE);
  if (clauses.excludes(at, end - from - lead)) return undefined;
  // The clause before the statement: 其中某局未收到 (a part), 2022年未发生 (another year).
  const clauseStart = Math.max(sentence.lastIndexOf("，", at), sentence.lastIndexOf(",", at)) + 1;
  const before = sentence.slice(clauseStart, at);
  if (/其中./u.test(before) || namesOtherYear(before, year)) return undefined;
  // A qualified statement is about part of the applications or cases (未收到通过信函方式提交的申请, 未发生…败诉, 未出现…
  // 被纠正): not that there were none.
  const commas = [sentence.indexOf("，", end - from - lead), sentence.indexOf(",", end - from - lead)].filter(
    (i) => i >= 0,
  );
  const clause = sentence.slice(clauseStart, commas.length > 0 ? Math.min(...commas) : sentence.length);
  if (QUALIFIERS.some((w) => clause.includes(w))) return undefined;
  const statement = sentence.slice(at, end - from - lead);
  const aboutDisclosure = sentence.includes("信息公开") || /复议|诉讼/.test(heading);
  if (!statement.includes("信息公开申请") && !aboutDisclosure) return undefined;
  return { value: 0, sentence, at };
}
