/** Worker-thread entry (built as dist/worker.js): runs the batch task on each document it is sent. */
import { readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import type { WorkerJob, WorkerReply, WorkerSetup } from "./batch.js";
import { readFailureReason } from "./files.js";
import { runTask, type TaskOutcome } from "./tasks.js";

const setup = workerData as WorkerSetup;

/** Processes one job: reads the file (unless bytes were sent) and runs the task. */
function handle(job: WorkerJob): TaskOutcome {
  let bytes: Uint8Array;
  try {
    bytes = job.bytes ?? readFileSync(job.file ?? "");
  } catch (error) {
    return { ok: false, reason: readFailureReason(error) };
  }
  return runTask(setup.task, { path: job.path, bytes }, setup.options);
}

const encoder = new TextEncoder();

parentPort?.on("message", (job: WorkerJob) => {
  const outcome = handle(job);
  // Text goes back as UTF-8 bytes in a transferred buffer: no copy, and the main thread writes them as they are.
  if (outcome.ok && typeof outcome.value.chunk === "string") {
    const bytes = encoder.encode(outcome.value.chunk);
    outcome.value.chunk = bytes;
    const reply: WorkerReply = { index: job.index, outcome };
    parentPort?.postMessage(reply, [bytes.buffer]);
    return;
  }
  const reply: WorkerReply = { index: job.index, outcome };
  parentPort?.postMessage(reply);
});
