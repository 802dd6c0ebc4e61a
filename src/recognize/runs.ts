/**
 * Splits a table region's tokens into label runs: consecutive text tokens (re-joining labels wrapped
 * across lines or split one character per line) followed by the value tokens up to the next text token.
 * On reliable grid rows, a run's values also stop at the end of its label's row.
 */
import { normalizeLabel } from "./labels.js";
import type { Line, Token } from "./lines.js";

/** A label run and the values that follow it. */
export interface Run {
  /** Text tokens of the label, in order (empty for values with no label before them). */
  texts: Token[];
  /** Value tokens after the label. */
  values: Token[];
  /** True when the label's last token sits on a reliable grid row. */
  reliable: boolean;
}

/** A label run with its label joined as printed and normalised (computed once per region, for every era). */
export interface LabelledRun extends Run {
  /** The label tokens' texts joined by a space. */
  raw: string;
  /** `raw` normalised (normalizeLabel). */
  label: string;
}

/** A run with its label joined as printed (texts by a space) and normalised. */
export function withLabel(run: Run): LabelledRun {
  const raw = run.texts.length === 1 ? run.texts[0]!.raw : run.texts.map((t) => t.raw).join(" ");
  return { texts: run.texts, values: run.values, reliable: run.reliable, raw, label: normalizeLabel(raw) };
}

/** Whether a token is a number (not blank, dash or text). */
export const isNumber = (token: Token): boolean => token.reading.status === "number";

/** Whether a token is a non-blank value (number or na). */
export function isFilled(token: Token): boolean {
  return token.kind === "value" && token.reading.status !== "blank";
}

/**
 * The region's tokens in order, reused between calls (labelRuns never re-enters): a run's texts and then
 * its values are consecutive tokens, so each run's two lists are slices of it, arrays of their exact
 * length (a pushed-to array reserves 17 slots on its first push). Its entries are cleared after each call;
 * its length stays that of the largest region read (8 bytes a slot).
 */
const flat: (Token | undefined)[] = [];

/** Groups the tokens of the given lines into label runs. */
export function labelRuns(lines: readonly Line[]): Run[] {
  const runs: Run[] = [];
  let n = 0;
  // The run being read: its texts are flat[start, split), its values flat[split, n).
  let open = false;
  let start = 0;
  let split = 0;
  let reliable = false;
  let labelLine = -1;
  const close = (): void => {
    if (open)
      runs.push({ texts: flat.slice(start, split) as Token[], values: flat.slice(split, n) as Token[], reliable });
  };
  for (const line of lines) {
    // A token belongs to the line it is listed in (token.line === line.index).
    for (const token of line.tokens) {
      if (token.kind === "text") {
        if (!open || split < n) {
          close();
          open = true;
          start = n;
        }
        flat[n++] = token;
        split = n;
        labelLine = token.line;
        reliable = line.reliable;
        continue;
      }
      const crossesRow = open && reliable && token.line !== labelLine && split > start;
      if (!open || crossesRow) {
        close();
        open = true;
        start = n;
        split = n;
        reliable = line.reliable;
        labelLine = token.line;
      }
      flat[n++] = token;
    }
  }
  close();
  for (let i = 0; i < n; i++) flat[i] = undefined;
  return mergeOrphans(runs);
}

/**
 * Values that stand with no label (a row of numbers under a label row that has none) go to the run
 * before them when that run has no filled value of its own; blank-only orphans (empty trailing cells)
 * are dropped.
 */
function mergeOrphans(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    if (run.texts.length > 0) {
      out.push(run);
      continue;
    }
    if (!run.values.some(isFilled)) continue;
    const prev = out.at(-1);
    if (prev && !prev.values.some(isFilled)) prev.values = [...prev.values.filter(isFilled), ...run.values];
    else out.push(run);
  }
  return out;
}
