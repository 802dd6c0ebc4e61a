/**
 * Parse diagnostics as findings: a warning or error met while reading the report (a row of 8 values in a
 * 7-column table, a cell that is not a number) is shown by `check` beside the validation findings. The rule id
 * is the diagnostic code (lower case, as in the diagnostic reference: `row-extra-values`), the severity the
 * diagnostic's, the message its catalogue description with what it concerns.
 */
import { DIAGNOSTIC_CODES } from "../diagnostic-codes.js";
import type { Diagnostic } from "../schema/common.js";
import type { Finding } from "../schema/finding.js";
import type { Bilingual } from "../templates/types.js";
import { excerpt } from "./types.js";

const DESCRIPTIONS = new Map<string, Bilingual>(DIAGNOSTIC_CODES.map((info) => [info.code, info.description]));

/** The diagnostic of each parse finding that names a cell (`field`): for `withoutExplained`. */
const ROW_DIAGNOSTICS = new WeakMap<Finding, Diagnostic>();

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
    const finding: Finding = {
      rule: d.code,
      severity: d.severity,
      message: { zh, en: `parse: ${d.message}` },
      expected: null,
      actual: null,
      delta: null,
      operands: [],
      ...(d.source ? { source: d.source } : {}),
    };
    if (d.field !== undefined || d.code === TABLE_NOT_FOUND) ROW_DIAGNOSTICS.set(finding, d);
    out.push(finding);
  }
  return out;
}

/** The structure rule that names a row printed but not read, at the row: it explains the parse warning there. */
const EXPLAINS = "STRUCT-ROW-UNREAD";
/** The structure rule that names the cells a row lacks: with a short row's parse warning, one finding. */
const LACKS = "STRUCT-ROW-MISSING";
/** The parse diagnostic of a row with fewer values than the layout's columns. */
const SHORT_ROW = "row-missing-values";

/** The row of a field id (all but its last segment). */
const rowOf = (field: string): string => field.slice(0, field.lastIndexOf("."));

/** Whether a STRUCT-ROW-MISSING finding is about one row's cells (not the rows a table lacks altogether). */
const oneRow = (f: Finding): boolean => f.operands.every((o) => rowOf(o.field) === rowOf(f.operands[0]?.field ?? ""));

/**
 * A row's STRUCT-ROW-MISSING finding saying, besides the columns it lacks, what the parse warning of the short
 * row said and what it means for the checks: one finding at the row's values, not two (the parse warning's
 * place is the start of the row's label, in HTML and Markdown the section heading spanning the rows).
 */
function shortRowFinding(lacks: Finding): Finding {
  const line = lacks.source?.line;
  const n = lacks.operands.length;
  const at = line === undefined ? "" : `第${line}行`;
  const atEn = line === undefined ? "the row" : `line ${line}`;
  const cells = n === 1 ? "it" : "them";
  return {
    ...lacks,
    message: {
      zh: `${lacks.message.zh}（${at}比格式少${n}个数值：读到的数值依次填入前面的列，所缺的记为不存在，涉及它们的勾稽关系无法核对；若漏的是中间某列，其后的数值都错了列，本行所涉勾稽关系的报错可能由此而来）`,
      en: `${lacks.message.en} (${atEn} has ${n} value${n === 1 ? "" : "s"} fewer than the layout: the values read fill the first columns and the missing cells are absent, so the identities over ${cells} cannot be checked; if a value in the middle is what is missing, the values after it are in the wrong columns, and errors of identities over this row may come from that)`,
    },
  };
}

/** The structure rule of a missing table, and the table's number in its message (缺少表格“四、…”). */
const TABLE_MISSING = "STRUCT-TABLE-MISSING";
const MISSING_TABLE = /^缺少表格“([一二三四])、/;
/** The reader's diagnostic of a table not found (its text names the table: 表四). */
const TABLE_NOT_FOUND = "table-not-found";

/**
 * The findings without the parse findings a structure finding explains: a STRUCT-TABLE-MISSING of the table a
 * `table-not-found` names; a STRUCT-ROW-UNREAD finding at the
 * same place (a row of PDF text whose values could not be placed: the structure finding says what it means
 * for the checks), or the STRUCT-ROW-MISSING finding of a short row's `row-missing-values` (the row's lacking
 * cells among its operands), which then also says what the parse warning said (`shortRowFinding`).
 */
export function withoutExplained(findings: Finding[]): Finding[] {
  const places = new Set<string>();
  const lacking = new Map<string, Finding>();
  const missingTables = new Set<string>();
  for (const f of findings) {
    if (f.rule === EXPLAINS && f.source) places.add(`${f.source.line}:${f.source.column}`);
    if (f.rule === LACKS && f.source && oneRow(f)) for (const o of f.operands) lacking.set(o.field, f);
    const table = f.rule === TABLE_MISSING ? MISSING_TABLE.exec(f.message.zh)?.[1] : undefined;
    if (table) missingTables.add(`表${table}`);
  }
  if (places.size === 0 && lacking.size === 0 && missingTables.size === 0) return findings;
  // First the STRUCT-ROW-MISSING findings a short row's parse warning joins, then the findings without those.
  const merged = new Map<Finding, Finding>();
  const joined = new Set<Finding>();
  for (const f of findings) {
    const field = f.rule === SHORT_ROW ? ROW_DIAGNOSTICS.get(f)?.field : undefined;
    const lacks = field === undefined ? undefined : lacking.get(field);
    if (!lacks) continue;
    joined.add(f);
    if (!merged.has(lacks)) merged.set(lacks, shortRowFinding(lacks));
  }
  const out: Finding[] = [];
  for (const f of findings) {
    if (joined.has(f)) continue;
    // The reader's table-not-found, when STRUCT-TABLE-MISSING says it (at the table's place, by its title).
    if (f.rule === TABLE_NOT_FOUND && missingTables.has(ROW_DIAGNOSTICS.get(f)?.text ?? "")) continue;
    if (isParseRule(f.rule) && f.source && places.has(`${f.source.line}:${f.source.column}`)) continue;
    out.push(merged.get(f) ?? f);
  }
  return out;
}
