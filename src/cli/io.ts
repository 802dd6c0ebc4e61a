/** The world the CLI talks to, as one injectable object (so `run()` is testable in-process). */
import os from "node:os";

/** A text sink: process.stdout, process.stderr, or a test buffer. */
export interface TextSink {
  /** Writes text or UTF-8 bytes; returns false when the caller should wait for `drain` (streams only). */
  write(chunk: string | Uint8Array): boolean | undefined | unknown;
  /** Present on Node streams: used to wait for `drain` after a full buffer. */
  once?(event: "drain", listener: () => void): unknown;
}

/** Everything `run()` needs from the outside world. */
export interface CliIO {
  /** Where results go. */
  stdout: TextSink;
  /** Where reasons, summaries and the progress line go. */
  stderr: TextSink;
  /** Read when an input is `-`. */
  stdin: AsyncIterable<Uint8Array | string>;
  /** Directory relative inputs are resolved against. */
  cwd: string;
  /** True when stderr is a terminal: only then is the progress line drawn. */
  isTTY: boolean;
  /** Clock in milliseconds (for the progress rate and ETA); defaults to `performance.now()`. */
  now?: () => number;
  /**
   * Location of the parallel worker script. Undefined: `worker.js` next to the CLI bundle (falls back to
   * in-process work when that file does not exist, e.g. when running from TypeScript sources); null: never
   * use workers.
   */
  workerUrl?: URL | null;
  /** Default for `--jobs`; defaults to `os.availableParallelism()`. */
  defaultJobs?: number;
  /** The CPUs `--jobs` is capped at (see `workerCount`); defaults to `os.availableParallelism()`. */
  cpus?: number;
}

/** The real process's IO. */
export const nodeIO: CliIO = {
  stdout: process.stdout,
  stderr: process.stderr,
  // A getter: touching process.stdin creates its stream, which only `-` inputs need.
  get stdin() {
    return process.stdin;
  },
  cwd: process.cwd(),
  isTTY: Boolean(process.stderr.isTTY),
  defaultJobs: os.availableParallelism(),
};

/** Writes text (or UTF-8 bytes) to a sink and waits for `drain` when the sink's buffer is full. */
export async function writeText(sink: TextSink, text: string | Uint8Array): Promise<void> {
  if (text.length === 0) return;
  const ok = sink.write(text);
  if (ok === false && typeof sink.once === "function") {
    await new Promise<void>((resolve) => sink.once?.("drain", resolve));
  }
}

/** Reads a whole async stream (stdin) into bytes. */
export async function readAll(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const chunk of stream) parts.push(typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk);
  return Buffer.concat(parts);
}
