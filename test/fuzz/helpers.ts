/**
 * Shared checks of the fuzz suite: what must hold for ANY input given to parseReport, and a guard that runs
 * parseReport on the built package in a worker thread so that a hang fails the test instead of the suite.
 */
import { readdirSync, readFileSync } from "node:fs";
import { Worker } from "node:worker_threads";
import { expect } from "vitest";
import { diffReports } from "../../src/diff/diff-reports.js";
import { decodeInput } from "../../src/input/decode.js";
import { normalizedRows, normalizeReport, toDelimited } from "../../src/normalize/index.js";
import { parseReport } from "../../src/parse.js";
import { readCellValue } from "../../src/recognize/cell-value.js";
import { toRecords } from "../../src/records.js";
import type { Cell, Shape } from "../../src/schema/common.js";
import { emptyReport } from "../../src/schema/empty.js";
import { type AnnualReport, type ParseResult, ParseResultSchema } from "../../src/schema/report.js";
import { validateReport } from "../../src/validate/validate-report.js";

const FIXTURE_DIRS = ["seeds", "corpus"] as const;

/** Every real report of the fixtures (seeds 000–004, corpus 023–025 and the two pdftotext -layout copies). */
export const FIXTURES: { name: string; text: string }[] = FIXTURE_DIRS.flatMap((dir) => {
  const url = new URL(`../fixtures/${dir}/`, import.meta.url);
  return readdirSync(url)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({ name: `${dir}/${f}`, text: readFileSync(new URL(f, url), "utf8") }));
});

/** A parsed real report to diff fuzzed reports against (corpus 024, Hongze 2024). */
export const REFERENCE: AnnualReport = parseReport(
  FIXTURES.find((f) => f.name.includes("024_2024"))?.text ?? "",
).report;

const SEVERITIES = new Set(["error", "warning", "info"]);

/** Every value cell of a report: gb cells, extra rows and legacy rows. */
export function allCells(report: AnnualReport): Cell[] {
  return [
    ...Object.values(report.cells).filter((c): c is Cell => c !== undefined),
    ...report.extraRows.flatMap((r) => r.cells),
    ...report.legacy.flatMap((t) => t.rows.map((r) => r.cell)),
  ];
}

/** Own property names and descriptors of the built-in prototypes, to compare before and after. */
export function prototypeSnapshot(): string {
  const describe = (proto: object) =>
    Reflect.ownKeys(proto)
      .map((k) => {
        const d = Object.getOwnPropertyDescriptor(proto, k);
        return `${String(k)}:${typeof d?.value}:${typeof d?.get}:${String(d?.writable)}`;
      })
      .sort()
      .join(",");
  return [Object.prototype, Array.prototype, String.prototype, Map.prototype].map(describe).join("\n");
}

/** The text positions refer to: the decoded input (undefined when the decoder refused it). */
export function decodedText(input: string | Uint8Array, maxBytes?: number): string | undefined {
  const decoded = decodeInput(input, maxBytes === undefined ? {} : { maxBytes });
  return decoded.ok ? decoded.text : undefined;
}

/**
 * Asserts what must hold for any parse result: it matches the ParseResult schema; every diagnostic is
 * well-formed; every cell's raw text stands in the decoded input at its source offset and reads back to the
 * cell's value and status (no invented value); and the later stages (validate, normalize, records, diff
 * against itself, an empty report and a real report) accept the report without throwing.
 */
export function checkResult(input: string | Uint8Array, result: ParseResult, maxBytes?: number): void {
  const schema = ParseResultSchema.safeParse(result);
  if (!schema.success) expect.fail(`ParseResult schema: ${schema.error.message.slice(0, 500)}`);
  for (const d of result.diagnostics) {
    expect(typeof d.code).toBe("string");
    expect(SEVERITIES.has(d.severity)).toBe(true);
    expect(typeof d.message).toBe("string");
  }
  const text = decodedText(input, maxBytes);
  const cells = allCells(result.report);
  if (text === undefined) expect(cells).toEqual([]);
  const markup = result.report.meta.shape === "html" || result.report.meta.shape === "markdown";
  for (const cell of cells) {
    const at = text?.slice(cell.source.offset, cell.source.offset + cell.raw.length);
    const found = at === cell.raw || (markup && text !== undefined && spelledFrom(text, cell.source.offset, cell.raw));
    if (!found) expect.fail(`cell raw ${JSON.stringify(cell.raw)} is not at offset ${cell.source.offset}`);
    const reading = readCellValue(cell.raw);
    expect([cell.value, cell.status]).toEqual([reading.value, reading.status]);
  }
  const report = result.report;
  expect(Array.isArray(validateReport(report))).toBe(true);
  expect(normalizeReport(report).metrics.length).toBeGreaterThan(0);
  expect(typeof toDelimited(normalizedRows([{ report }]), "csv")).toBe("string");
  expect(toRecords(report).length).toBe(Object.keys(report.cells).length);
  diffReports(report, report);
  diffReports(emptyReport(), report);
  diffReports(REFERENCE, report);
  diffReports(report, REFERENCE);
}

/** How far apart two consecutive characters of a cell may stand in markup (a tag or an entity between them). */
const MARKUP_GAP = 64;

/**
 * In markup (HTML, and HTML inside Markdown) a cell's text is pieced together: `<td>0</td|<td>0</td>` is one
 * cell reading `00`, `<td>1<b>2</b></td>` reads `12`. Its characters must stand in the input in order from
 * its offset (the first one there, or an entity starting there), each within MARKUP_GAP of the one before.
 */
function spelledFrom(text: string, offset: number, raw: string): boolean {
  if (raw === "") return true;
  // The first character stands at the offset, or is written there as an entity (&#48;, &amp;).
  if (text[offset] !== raw[0] && text[offset] !== "&") return false;
  let at = offset;
  for (let i = 1; i < raw.length; i++) {
    const next = text.indexOf(raw[i]!, at + 1);
    if (next < 0 || next - at > MARKUP_GAP) return false;
    at = next;
  }
  return true;
}

/** parseReport + checkResult, returning the result. */
export function parseAndCheck(input: string | Uint8Array, options: { shape?: Shape; maxBytes?: number } = {}) {
  const result = parseReport(input, options);
  checkResult(input, result, options.maxBytes);
  return result;
}

/** The shortest CPU time of `runs` calls of `fn`, in ms: the run least disturbed by collections and other load. */
export function fastestMs(fn: () => void, runs: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const { user, system } = process.cpuUsage();
    fn();
    const after = process.cpuUsage();
    best = Math.min(best, (after.user + after.system - user - system) / 1000);
  }
  return best;
}

const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
import(workerData.dist).then(({ parseReport }) => {
  const t0 = performance.now();
  try {
    const r = parseReport(workerData.input, workerData.options);
    parentPort.postMessage({ ms: performance.now() - t0, codes: r.diagnostics.map((d) => d.code) });
  } catch (e) {
    parentPort.postMessage({ ms: performance.now() - t0, threw: String(e && e.stack || e) });
  }
});
`;

/** What {@link parseInWorker} reports: the parse time, or that it did not finish within the limit. */
export type WorkerOutcome =
  | { finished: true; ms: number; codes: string[] }
  | { finished: true; ms: number; threw: string }
  | { finished: false; ms: number };

/**
 * Runs parseReport of the BUILT package (dist/index.js) on `input` in a worker thread and terminates it after
 * `limitMs`: a hang (or a superlinear blow-up) becomes a failed assertion instead of a stuck test run.
 */
export function parseInWorker(input: string, limitMs: number, options: { shape?: Shape } = {}): Promise<WorkerOutcome> {
  const dist = new URL("../../dist/index.js", import.meta.url).href;
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { dist, input, options } });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve({ finished: false, ms: performance.now() - t0 });
    }, limitMs);
    worker.once("message", (m: { ms: number; codes: string[] } | { ms: number; threw: string }) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve({ finished: true, ...m });
    });
    worker.once("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}
