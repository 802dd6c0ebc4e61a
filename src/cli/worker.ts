/**
 * Worker-thread entry (built as dist/worker.js). Its first message is the batch (WorkerSetup); it then claims
 * blocks of consecutive documents from the shared counter until none are left, reads each file itself, and
 * posts one WorkerReply per block (text as UTF-8 views on one transferred buffer), then `{ end: true }`.
 */
import { parentPort } from "node:worker_threads";
import { claimBlock, type WorkerJob, type WorkerReply, type WorkerSetup } from "./batch.js";
import { readFileLimitedSync } from "./read-limited.js";
import { runTask, type TaskOutcome } from "./tasks.js";

/**
 * Processes one document: reads the file within the size limit (unless it is stdin, sent as bytes) and runs
 * the task.
 */
function handle(setup: WorkerSetup, job: WorkerJob): TaskOutcome {
  const bytes = job.file === null ? (setup.stdin ?? new Uint8Array()) : readFileLimitedSync(job.file);
  if ("reason" in bytes) return { ok: false, reason: bytes.reason };
  return runTask(setup.task, { path: job.path, bytes }, setup.options);
}

const encoder = new TextEncoder();

/** Encodes the text chunks of a block into one buffer; each chunk becomes a view on it. */
function encodeChunks(outcomes: TaskOutcome[]): ArrayBuffer | null {
  let size = 0;
  for (const o of outcomes) if (o.ok && typeof o.value.chunk === "string") size += Buffer.byteLength(o.value.chunk);
  if (size === 0) return null;
  const buffer = new Uint8Array(size);
  let at = 0;
  for (const o of outcomes) {
    if (!o.ok || typeof o.value.chunk !== "string") continue;
    const { written } = encoder.encodeInto(o.value.chunk, buffer.subarray(at));
    o.value.chunk = buffer.subarray(at, at + written);
    at += written;
  }
  return buffer.buffer;
}

parentPort?.once("message", (setup: WorkerSetup) => {
  for (let start = claimBlock(setup); start < setup.jobs.length; start = claimBlock(setup)) {
    const end = Math.min(start + setup.block, setup.jobs.length);
    const outcomes: TaskOutcome[] = [];
    for (let i = start; i < end; i++) outcomes.push(handle(setup, setup.jobs[i] as WorkerJob));
    const buffer = encodeChunks(outcomes);
    const reply: WorkerReply = { start, outcomes };
    parentPort?.postMessage(reply, buffer ? [buffer] : []);
  }
  parentPort?.postMessage({ end: true } satisfies WorkerReply);
});
