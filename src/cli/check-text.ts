/**
 * The text output of `xxgk check` for a clerk: one line per finding (formatFindings), except the identities a
 * table's blank cells leave unchecked. A table that prints its zeros as blanks makes one UNVERIFIED info per
 * identity (37 for Table 三), which buries the real findings: in the text they are one line per table, at the
 * first one's place, naming the first blank cells; `--verbose` prints them one by one. The JSON, TSV and CSV
 * outputs keep every finding (the data contract).
 */
import { formatFindings } from "../index.js";
import type { Finding, Operand } from "../schema/finding.js";
import { fields, isFieldId } from "../templates/index.js";
import { cellName } from "../validate/cell-names.js";
import { UNVERIFIED_RULE } from "../validate/identity-findings.js";

/** English table names by the printed table number. */
const TABLE_EN: Readonly<Record<string, string>> = { 二: "Table 2", 三: "Table 3", 四: "Table 4" };

/** How many blank cells a grouped line names before "…". */
const NAMED_CELLS = 3;

/** Options of checkText. */
export interface CheckTextOptions {
  lang: "zh" | "en";
  /** File name printed before each position. */
  file: string;
  /** Every finding on its own line, none grouped. */
  verbose?: boolean;
}

/** The operands that make an identity unverifiable: not numbers, and not blanks taken as 0. */
const unreadable = (f: Finding): Operand[] => f.operands.filter((o) => o.status !== "number" && !o.assumedZero);

/**
 * The printed number of the table (三) whose blank cells alone leave an identity unchecked: an UNVERIFIED
 * finding whose unreadable operands are all blank cells of one gb table, and which would hold with them as 0
 * (no `delta`); undefined for any other finding.
 */
export function blankTableOf(finding: Finding): string | undefined {
  // An identity its blanks as 0 would break (delta given) is shown on its own line: a number may be missing.
  if (finding.rule !== UNVERIFIED_RULE || finding.delta !== null) return undefined;
  const bad = unreadable(finding);
  if (bad.length === 0 || !bad.every((o) => o.status === "blank")) return undefined;
  let table: string | undefined;
  for (const o of bad) {
    if (!isFieldId(o.field)) return undefined;
    const number = fields[o.field].tableNumber;
    if (table !== undefined && number !== table) return undefined;
    table = number;
  }
  return table;
}

/** The one info standing for a table's unchecked identities (`group`, two or more), at the first one's place. */
function groupedFinding(table: string, group: readonly Finding[]): Finding {
  const cells = new Map<string, Operand>();
  for (const f of group) for (const o of unreadable(f)) if (!cells.has(o.field)) cells.set(o.field, o);
  const first = [...cells.values()].slice(0, NAMED_CELLS);
  const more = cells.size > first.length;
  const tableEn = TABLE_EN[table] ?? `Table ${table}`;
  // The line names the table first: each cell without it.
  const inTable = (name: string, prefix: string): string =>
    name.startsWith(prefix) ? name.slice(prefix.length) : name;
  const zh = first.map((o) => inTable(cellName(o.field, o.label, "zh"), `表${table} `)).join("、");
  const en = first.map((o) => inTable(cellName(o.field, o.label, "en"), `${tableEn} / `)).join("; ");
  const { source } = group[0] as Finding;
  return {
    rule: UNVERIFIED_RULE,
    severity: "info",
    message: {
      zh: `表${table}：${group.length}条勾稽关系因空白单元格无法核对（空白未按0计）：${zh}${more ? "等" : ""}${cells.size}个空白单元格（格式要求填数，没有的填0；--verbose 逐条列出，--blank-as-zero 按0核对）`,
      en: `${tableEn}: ${group.length} identities not checked: blank cells (blanks are not read as 0): ${en}${more ? " …" : ""} (${cells.size} blank cells; the layout asks for a number, 0 when none; --verbose lists them one by one, --blank-as-zero checks blanks as 0)`,
    },
    expected: null,
    actual: null,
    delta: null,
    operands: [],
    ...(source ? { source } : {}),
  };
}

/**
 * The findings as printed: each table's identities unchecked for blank cells alone (`blankTableOf`), when
 * two or more, as one grouped info at the first one's place; the other findings as they are, in order.
 */
export function groupUnchecked(findings: readonly Finding[]): Finding[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const table = blankTableOf(f);
    if (table === undefined) continue;
    const group = groups.get(table);
    if (group) group.push(f);
    else groups.set(table, [f]);
  }
  const grouped = new Map<Finding, Finding | null>();
  for (const [table, group] of groups) {
    if (group.length < 2) continue;
    for (const f of group) grouped.set(f, null);
    grouped.set(group[0] as Finding, groupedFinding(table, group));
  }
  if (grouped.size === 0) return [...findings];
  const out: Finding[] = [];
  for (const f of findings) {
    const shown = grouped.get(f);
    if (shown === undefined) out.push(f);
    else if (shown !== null) out.push(shown);
  }
  return out;
}

/** `check`'s text output of one report: one line per finding, with `groupUnchecked` unless verbose. */
export function checkText(findings: readonly Finding[], options: CheckTextOptions): string {
  const shown = options.verbose ? findings : groupUnchecked(findings);
  return formatFindings(shown, { lang: options.lang, file: options.file });
}
