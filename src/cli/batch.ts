/**
 * Runs a task over many documents, in parallel with worker threads or in-process, delivering results in
 * input order: each result is handed over as soon as it and every earlier one are done.
 */
import { existsSync } from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { InputItem } from "./files.js";
import type { CliIO } from "./io.js";
import { Progress } from "./progress.js";
import { type LimitedBytes, readFileLimited, readStreamLimited } from "./read-limited.js";
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
   * Parallelism asked for: 1 runs in-process; more uses up to that many worker threads (see `workerCount`)
   * when the worker script exists.
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
  /** Worker threads started (0 in-process). */
  workers: number;
}

/** One document as a worker sees it. */
export interface WorkerJob {
  /** Display path. */
  path: string;
  /** File to read, or null for stdin (whose bytes are in WorkerSetup.stdin). */
  file: string | null;
}

/** A message from a worker: the outcomes of one block of consecutive documents, or the end of its work. */
export interface WorkerReply {
  /** Index of the block's first document. */
  start?: number;
  /** The block's outcomes, in order. */
  outcomes?: TaskOutcome[];
  /** Set on the last message: the worker found no documents left. */
  end?: boolean;
}

/** The first (and only) message a worker receives: the whole batch and where to claim work. */
export interface WorkerSetup {
  /** Task to run. */
  task: TaskName;
  /** Task options. */
  options: TaskOptions;
  /** Every document of the batch, by index. */
  jobs: WorkerJob[];
  /** Stdin's bytes (or why it is unusable: too large) when a document is stdin. */
  stdin: LimitedBytes | null;
  /** Shared claim state: [0] the next unclaimed index; [slot] the start of the block this worker last claimed. */
  shared: Int32Array;
  /** This worker's slot in `shared` (1 + its number). */
  slot: number;
  /** Documents claimed at once. */
  block: number;
}

/**
 * Claims the next block of `setup.block` documents for `setup.slot` (recording its start in that slot first,
 * so the block can be finished elsewhere if the worker dies); returns its start, `jobs.length` or more when none
 * are left.
 */
export function claimBlock(setup: Pick<WorkerSetup, "shared" | "slot" | "block" | "jobs">): number {
  const { shared, slot, block } = setup;
  for (;;) {
    const next = Atomics.load(shared, 0);
    if (next >= setup.jobs.length) return next;
    Atomics.store(shared, slot, next);
    if (Atomics.compareExchange(shared, 0, next, next + block) === next) return next;
  }
}

/** Reads one document's bytes within the size limit, or the reason it cannot be read. */
async function readItem(item: InputItem, stdin: LimitedBytes | null): Promise<LimitedBytes> {
  if (item.file === null) return stdin ?? new Uint8Array();
  return readFileLimited(item.file);
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
  #flushing = false;
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
    if (!this.#flushing) {
      this.#flushing = true;
      this.#chain = this.#flush();
    }
    return this.#chain;
  }

  async #flush(): Promise<void> {
    for (let outcome = this.#pending.get(this.#next); outcome; outcome = this.#pending.get(this.#next)) {
      this.#pending.delete(this.#next);
      if (!outcome.ok) this.failed++;
      // A result is written to stdout (a failure line to stderr): erase the progress line first, so that the
      // two never share a line on a terminal, and draw it again below the result.
      const writes = !outcome.ok || (outcome.value.chunk !== undefined && outcome.value.chunk.length > 0);
      if (writes) this.progress.clear();
      const item = this.request.items[this.#next] as InputItem;
      const delivered = this.request.onResult(item, outcome, this.#next);
      if (delivered) await delivered;
      this.#next++;
      this.progress.update(this.#next, writes);
    }
    this.#flushing = false;
  }

  done(): Promise<void> {
    return this.#chain;
  }
}

/** Reads and processes one document on this thread. */
async function processHere(request: BatchRequest, item: InputItem, stdin: LimitedBytes | null): Promise<TaskOutcome> {
  const bytes = await readItem(item, stdin);
  return "reason" in bytes
    ? { ok: false, reason: bytes.reason }
    : runTask(request.task, { path: item.path, bytes }, request.options);
}

async function runInProcess(request: BatchRequest, seq: Sequencer, stdin: LimitedBytes | null): Promise<void> {
  for (const [index, item] of request.items.entries()) await seq.put(index, await processHere(request, item, stdin));
}

/** Documents a worker claims at once: enough to make messages rare, few enough to end the workers together. */
function blockSize(total: number, count: number): number {
  return Math.max(1, Math.min(16, Math.floor(total / (count * 32))));
}

/**
 * Runs the batch on `count` workers that claim blocks of documents from a shared counter and read the files
 * themselves (this thread only writes results); a crashed worker's documents, and further ones, are finished
 * here.
 */
async function runWorkers(
  request: BatchRequest,
  seq: Sequencer,
  stdin: LimitedBytes | null,
  url: URL,
  count: number,
): Promise<void> {
  const total = request.items.length;
  const jobs: WorkerJob[] = request.items.map((item) => ({ path: item.path, file: item.file }));
  const shared = new Int32Array(new SharedArrayBuffer(4 * (1 + count)));
  const block = blockSize(total, count);
  const received = new Uint8Array(total);
  const puts: Promise<void>[] = [];
  const put = (index: number, outcome: TaskOutcome): void => {
    if (received[index] === 1) return;
    received[index] = 1;
    puts.push(seq.put(index, outcome));
  };
  const takeNext = (): number | undefined => {
    const index = Atomics.add(shared, 0, 1);
    return index < total ? index : undefined;
  };
  const one = (slot: number): Promise<void> =>
    new Promise<void>((resolve) => {
      const worker = new Worker(url);
      let ended = false;
      const died = (): void => {
        // The worker died: finish its claimed block, and take further documents, here.
        if (ended) return;
        ended = true;
        const claimed = Atomics.load(shared, slot);
        const orphans: number[] = [];
        for (let i = claimed; i >= 0 && i < Math.min(claimed + block, total); i++)
          if (received[i] !== 1) orphans.push(i);
        void (async () => {
          for (let index = orphans.shift() ?? takeNext(); index !== undefined; index = orphans.shift() ?? takeNext()) {
            const item = request.items[index] as InputItem;
            put(index, await processHere(request, item, stdin));
          }
          resolve();
        })();
      };
      worker.on("message", (reply: WorkerReply) => {
        if (reply.end) {
          ended = true;
          void worker.terminate().then(() => resolve());
          return;
        }
        const start = reply.start ?? 0;
        for (const [offset, outcome] of (reply.outcomes ?? []).entries()) put(start + offset, outcome);
      });
      worker.on("error", died);
      worker.on("exit", died);
      Atomics.store(shared, slot, -1);
      const setup: WorkerSetup = { task: request.task, options: request.options, jobs, stdin, shared, slot, block };
      worker.postMessage(setup);
    });
  await Promise.all(Array.from({ length: count }, (_, i) => one(i + 1)));
  await Promise.all(puts);
}

/**
 * The worker threads a batch starts: `--jobs`, but never more than the CPUs (more only add memory and
 * contention) and only when each worker gets more than one document (starting one costs a few hundred ms);
 * 0 means in-process.
 */
export function workerCount(jobs: number, documents: number, cpus: number = os.availableParallelism()): number {
  const count = Math.min(jobs, Math.max(1, cpus));
  return count > 1 && documents > count ? count : 0;
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
  const stdin = request.items.some((item) => item.file === null) ? await readStreamLimited(io.stdin) : null;
  const count = workerCount(request.jobs, total, io.cpus);
  const url = count > 0 ? workerLocation(io) : null;
  if (url) await runWorkers(request, seq, stdin, url, count);
  else await runInProcess(request, seq, stdin);
  await seq.done();
  progress.clear();
  return {
    mode: url ? "workers" : "in-process",
    done: seq.delivered,
    failed: seq.failed,
    workers: url ? count : 0,
  };
}
