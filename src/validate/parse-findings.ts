/**
 * Parse diagnostics as findings: a warning or error met while reading the report (a row of 8 values in a
 * 7-column table, a cell that is not a number) is shown by `check` beside the validation findings. The rule id
 * is the diagnostic code (lower case, as in the diagnostic reference: `row-extra-values`), the severity the
 * diagnostic's, the message its catalogue description with what it concerns.
 */
import { DIAGNOSTIC_CODES } from "../diagnostic-codes.js";
import type { Diagnostic } from "../schema/common.js";
import type { Finding } from "../schema/finding.js";
import { excerpt } from "./types.js";

const DESCRIPTIONS = new Map(DIAGNOSTIC_CODES.map((info) => [info.code, info.description]));

/** Whether a rule id is a parse diagnostic's code (lower case), not a validation rule's (upper case). */
export const isParseRule = (rule: string): boolean => DESCRIPTIONS.has(rule);

/**
 * The findings of a report's parse diagnostics of severity warning or error, in their order: zh is the code's
 * description with the text concerned (the row's label) and the line, en the diagnostic's own message.
 */
export function parseFindings(diagnostics: readonly Diagnostic[]): Finding[] {
  const out: Finding[] = [];
  for (const d of diagnostics) {
    if (d.severity === "info") continue;
    const description = DESCRIPTIONS.get(d.code);
    const line = d.source ? `第${d.source.line}行` : "";
    const what = d.text ? `“${excerpt(d.text.replace(/\s+/g, ""))}”` : "";
    const zh = description ? `解析：${line}${what}${line || what ? "：" : ""}${description.zh}` : `解析：${d.message}`;
    out.push({
      rule: d.code,
      severity: d.severity,
      message: { zh, en: `parse: ${d.message}` },
      expected: null,
      actual: null,
      delta: null,
      operands: [],
      ...(d.source ? { source: d.source } : {}),
    });
  }
  return out;
}

/** The structure rule that names a row printed but not read, at the row: it explains the parse warning there. */
const EXPLAINS = "STRUCT-ROW-UNREAD";

/**
 * The findings without the parse findings that a STRUCT-ROW-UNREAD finding at the same place explains (a row of
 * PDF text whose values could not be placed: the structure finding says what it means for the checks).
 */
export function withoutExplained(findings: Finding[]): Finding[] {
  const places = new Set<string>();
  for (const f of findings) if (f.rule === EXPLAINS && f.source) places.add(`${f.source.line}:${f.source.column}`);
  if (places.size === 0) return findings;
  return findings.filter(
    (f) => !(isParseRule(f.rule) && f.source && places.has(`${f.source.line}:${f.source.column}`)),
  );
}
