/** formatFindings: one line per finding, like a compiler or vfile-reporter (`file:line:column  severity  RULE  message`). */
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
