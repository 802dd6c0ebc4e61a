/** The progress line drawn on stderr while a batch runs (only when stderr is a terminal). */
import type { TextSink } from "./io.js";

/** Formats seconds as `1h02m`, `3m05s` or `12s`. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s >= 3600) return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
  if (s >= 60) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
  return `${s}s`;
}

/** The text of the progress line: count, rate and ETA. */
export function progressText(done: number, total: number, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const eta = rate > 0 ? formatDuration((total - done) / rate) : "?";
  return `${done}/${total} reports · ${rate.toFixed(rate >= 10 ? 0 : 1)}/s · ETA ${eta}`;
}

/** A throttled progress line; a no-op when disabled (not a TTY, or --quiet). */
export class Progress {
  readonly #sink: TextSink;
  readonly #enabled: boolean;
  readonly #now: () => number;
  readonly #total: number;
  readonly #start: number;
  #last = Number.NEGATIVE_INFINITY;
  #drawn = false;
  #wasDrawn = false;

  /** Creates a progress line for `total` items. */
  constructor(sink: TextSink, total: number, enabled: boolean, now: () => number) {
    this.#sink = sink;
    this.#enabled = enabled && total > 1;
    this.#now = now;
    this.#total = total;
    this.#start = now();
  }

  /**
   * Records that `done` items are finished; redraws at most every 100 ms, or at once when `redraw` is set and
   * the line was erased (after a result was written below it).
   */
  update(done: number, redraw = false): void {
    if (!this.#enabled) return;
    const t = this.#now();
    if (t - this.#last < 100 && done < this.#total && !(redraw && this.#wasDrawn && !this.#drawn)) return;
    this.#last = t;
    this.#drawn = true;
    this.#wasDrawn = true;
    this.#sink.write(`\r\x1b[K${progressText(done, this.#total, t - this.#start)}`);
  }

  /** Erases the line. */
  clear(): void {
    if (this.#drawn) this.#sink.write("\r\x1b[K");
    this.#drawn = false;
  }
}
