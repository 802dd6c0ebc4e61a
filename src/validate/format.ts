/**
 * Findings as text: formatFindings, one line per finding like a compiler or vfile-reporter
 * (`file:line:column  severity  RULE  message`), and findingsToDelimited, one TSV / CSV row per finding.
 */
import { type DelimitedFormat, delimitedLine } from "../cli/delimited.js";
import type { Finding } from "../schema/finding.js";

/** Options of formatFindings. */
export interface FormatOptions {
  /** Message language (default zh). */
  lang?: "zh" | "en";
  /** File name printed before the position (default: none). */
  file?: string;
}

const SEVERITY_WIDTH = 7;

/**
 * Formats findings one per line: `file:line:column  severity  RULE  message`. A finding without a
 * position prints `file:0:0` (or `0:0` without a file), like vfile-reporter for file-level messages.
 */
export function formatFindings(findings: readonly Finding[], options: FormatOptions = {}): string {
  const lang = options.lang ?? "zh";
  // A loop, not Math.max(...): spreading 125,000 findings into arguments overflows the stack.
  let ruleWidth = 0;
  for (const f of findings) ruleWidth = Math.max(ruleWidth, f.rule.length);
  return findings
    .map((f) => {
      const pos = f.source ? `${f.source.line}:${f.source.column}` : "0:0";
      const where = options.file ? `${options.file}:${pos}` : pos;
      return `${where}  ${f.severity.padEnd(SEVERITY_WIDTH)}  ${f.rule.padEnd(ruleWidth)}  ${f.message[lang]}`;
    })
    .join("\n");
}

/**
 * The columns of `findingsToDelimited` after the optional `path`: the rule, severity, position, the operands'
 * field ids (`;`-separated), expected, actual, delta and the message.
 */
export const FINDING_COLUMNS: readonly string[] = Object.freeze([
  "rule",
  "severity",
  "line",
  "column",
  "fields",
  "expected",
  "actual",
  "delta",
  "message",
]);

/** Options of findingsToDelimited. */
export interface DelimitedFindingsOptions {
  /** Message language (default zh). */
  lang?: "zh" | "en";
  /** A `path` column first, with this value on every row (default: no such column). */
  path?: string;
  /** Write the header line first (default true). */
  header?: boolean;
}

/**
 * One TSV or CSV line per finding (escaping and line ends as `toDelimited`), after a header line of
 * FINDING_COLUMNS (`path` first when `options.path` is given). A finding without a position has empty line
 * and column; null expected, actual and delta are empty.
 */
export function findingsToDelimited(
  findings: readonly Finding[],
  format: DelimitedFormat,
  options: DelimitedFindingsOptions = {},
): string {
  const lang = options.lang ?? "zh";
  const withPath = options.path !== undefined;
  let out = "";
  if (options.header !== false) out += delimitedLine(withPath ? ["path", ...FINDING_COLUMNS] : FINDING_COLUMNS, format);
  for (const f of findings) {
    const row = [
      f.rule,
      f.severity,
      f.source?.line,
      f.source?.column,
      f.operands.map((o) => o.field).join(";"),
      f.expected,
      f.actual,
      f.delta,
      f.message[lang],
    ];
    out += delimitedLine(withPath ? [options.path, ...row] : row, format);
  }
  return out;
}
