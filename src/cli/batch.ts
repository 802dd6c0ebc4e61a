/**
 * Runs a task over many documents, in parallel with worker threads or in-process, delivering results in
 * input order: each result is handed over as soon as it and every earlier one are done.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { type InputItem, readFailureReason } from "./files.js";
import { type CliIO, readAll } from "./io.js";
import { Progress } from "./progress.js";
import { runTask, type TaskName, type TaskOptions, type TaskOutcome } from "./tasks.js";

/** What a batch run needs. */
export interface BatchRequest {
  /** Documents, in output order. */
  items: readonly InputItem[];
  /** Task to run on each document (see tasks.ts). */
  task: TaskName;
  /** Task options; must be structured-cloneable (they are sent to the workers). */
  options: TaskOptions;
  /**
   * Parallelism: 1 runs in-process; more uses that many worker threads when the worker script exists and
   * there are more documents than jobs.
   */
  jobs: number;
  /** Suppresses the progress line. */
  quiet: boolean;
  /** Receives each outcome in input order; the batch waits for it before delivering the next. */
  onResult: (item: InputItem, outcome: TaskOutcome, index: number) => Promise<void> | void;
}

/** How a batch ran. */
export interface BatchSummary {
  /** `workers` when worker threads did the work, else `in-process`. */
  mode: "workers" | "in-process";
  /** Number of documents processed. */
  done: number;
  /** Number of outcomes that were failures (`ok: false`). */
  failed: number;
}

/** A message to a worker: one document to process. */
export interface WorkerJob {
  /** Index of the item in the batch. */
  index: number;
  /** Display path. */
  path: string;
  /** File to read, or null when `bytes` holds the document (stdin). */
  file: string | null;
  /** The document's bytes when it is not a file. */
  bytes?: Uint8Array;
}

/** A message from a worker: the outcome for one document. */
export interface WorkerReply {
  /** Index of the item in the batch. */
  index: number;
  /** Its outcome. */
  outcome: TaskOutcome;
}

/** The data a worker starts with. */
export interface WorkerSetup {
  /** Task to run. */
  task: TaskName;
  /** Task options. */
  options: TaskOptions;
}

/** Reads one document's bytes, as a failure outcome when it cannot be read. */
async function readItem(item: InputItem, stdin: Uint8Array | null): Promise<Uint8Array | string> {
  if (item.file === null) return stdin ?? new Uint8Array();
  try {
    return await readFile(item.file);
  } catch (error) {
    return readFailureReason(error);
  }
}

/** Resolves the worker script location: explicit, or `worker.js` next to this module when it exists. */
export function workerLocation(io: CliIO): URL | null {
  if (io.workerUrl === null) return null;
  const url = io.workerUrl ?? new URL("./worker.js", import.meta.url);
  return url.protocol === "file:" && existsSync(fileURLToPath(url)) ? url : null;
}

/** Delivers outcomes in input order, waiting for each consumer call before the next. */
class Sequencer {
  readonly #pending = new Map<number, TaskOutcome>();
  #next = 0;
  #chain: Promise<void> = Promise.resolve();
  failed = 0;

  constructor(
    readonly request: BatchRequest,
    readonly progress: Progress,
  ) {}

  get delivered(): number {
    return this.#next;
  }

  put(index: number, outcome: TaskOutcome): Promise<void> {
    this.#pending.set(index, outcome);
    this.#chain = this.#chain.then(() => this.#flush());
    return this.#chain;
  }

  async #flush(): Promise<void> {
    for (let outcome = this.#pending.get(this.#next); outcome; outcome = this.#pending.get(this.#next)) {
      this.#pending.delete(this.#next);
      if (!outcome.ok) {
        this.failed++;
        this.progress.clear(); // the failure line goes on stderr: do not write it into the progress line
      }
      const item = this.request.items[this.#next] as InputItem;
      await this.request.onResult(item, outcome, this.#next);
      this.#next++;
      this.progress.update(this.#next);
    }
  }

  done(): Promise<void> {
    return this.#chain;
  }
}

/** Reads and processes one document on this thread. */
async function processHere(request: BatchRequest, item: InputItem, stdin: Uint8Array | null): Promise<TaskOutcome> {
  const bytes = await readItem(item, stdin);
  return typeof bytes === "string"
    ? { ok: false, reason: bytes }
    : runTask(request.task, { path: item.path, bytes }, request.options);
}

async function runInProcess(request: BatchRequest, seq: Sequencer, stdin: Uint8Array | null): Promise<void> {
  for (const [index, item] of request.items.entries()) await seq.put(index, await processHere(request, item, stdin));
}

/**
 * Documents queued per worker: deep enough that a worker never idles while the main thread waits for the CPU
 * (on a busy machine the main thread may not run for tens of milliseconds).
 */
const IN_FLIGHT = 16;

/** Runs the batch on `count` workers, each with up to IN_FLIGHT documents queued; crashes fall back in-process. */
async function runWorkers(
  request: BatchRequest,
  seq: Sequencer,
  stdin: Uint8Array | null,
  url: URL,
  count: number,
): Promise<void> {
  const setup: WorkerSetup = { task: request.task, options: request.options };
  let nextIndex = 0;
  const puts: Promise<void>[] = [];
  const jobOf = (index: number): WorkerJob => {
    const item = request.items[index] as InputItem;
    return item.file === null
      ? { index, path: item.path, file: null, bytes: stdin ?? new Uint8Array() }
      : { index, path: item.path, file: item.file };
  };
  const takeNext = (): number | undefined => (nextIndex < request.items.length ? nextIndex++ : undefined);
  const one = (): Promise<void> =>
    new Promise<void>((resolve) => {
      const worker = new Worker(url, { workerData: setup });
      const inFlight = new Set<number>();
      let ended = false;
      const feed = (): void => {
        for (let index = inFlight.size < IN_FLIGHT ? takeNext() : undefined; index !== undefined; ) {
          inFlight.add(index);
          worker.postMessage(jobOf(index));
          index = inFlight.size < IN_FLIGHT ? takeNext() : undefined;
        }
        if (inFlight.size === 0 && !ended) {
          ended = true;
          void worker.terminate().then(() => resolve());
        }
      };
      const died = (): void => {
        // The worker died: finish its documents, and take further ones, here, so a crash never stops the batch.
        if (ended) return;
        ended = true;
        const orphans = [...inFlight];
        inFlight.clear();
        void (async () => {
          for (let index = orphans.shift() ?? takeNext(); index !== undefined; index = orphans.shift() ?? takeNext()) {
            const item = request.items[index] as InputItem;
            puts.push(seq.put(index, await processHere(request, item, stdin)));
          }
          resolve();
        })();
      };
      worker.on("message", (reply: WorkerReply) => {
        inFlight.delete(reply.index);
        puts.push(seq.put(reply.index, reply.outcome));
        feed();
      });
      worker.on("error", died);
      worker.on("exit", died);
      feed();
    });
  await Promise.all(Array.from({ length: count }, one));
  await Promise.all(puts);
}

/**
 * Runs `request.task` over every item and hands the outcomes to `request.onResult` in input order. One
 * failing document never stops the batch: its outcome is `{ ok: false, reason }`. Draws a progress line on
 * stderr when `io.isTTY` and not quiet.
 */
export async function runBatch(request: BatchRequest, io: CliIO): Promise<BatchSummary> {
  const total = request.items.length;
  const now = io.now ?? (() => performance.now());
  const progress = new Progress(io.stderr, total, io.isTTY && !request.quiet, now);
  const seq = new Sequencer(request, progress);
  const stdin = request.items.some((item) => item.file === null) ? await readAll(io.stdin) : null;
  // Workers pay off only when each gets more than one document (starting one costs a few hundred ms).
  const url = request.jobs > 1 && total > request.jobs ? workerLocation(io) : null;
  if (url) await runWorkers(request, seq, stdin, url, Math.min(request.jobs, total));
  else await runInProcess(request, seq, stdin);
  await seq.done();
  progress.clear();
  return { mode: url ? "workers" : "in-process", done: seq.delivered, failed: seq.failed };
}
