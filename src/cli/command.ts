/** The shape of a CLI command and the helpers commands share for reading their options. */
import type { ParseArgsConfig } from "node:util";
import { normalizeEncoding } from "../input/decode.js";
import type { CliIO } from "./io.js";

/** Option definitions as `node:util` parseArgs takes them. */
export type OptionSpecs = NonNullable<ParseArgsConfig["options"]>;

/** Parsed option values. */
export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** What a command runs with. */
export interface CommandContext {
  /** The outside world. */
  io: CliIO;
  /** Option values (parseArgs `values`). */
  values: OptionValues;
  /** Positional arguments after the command name. */
  positionals: string[];
}

/** One `xxgk` sub-command. */
export interface Command {
  /** Name typed after `xxgk`. */
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Full `--help` text. */
  help: string;
  /** Its options (`--help` is added by the runner). */
  options: OptionSpecs;
  /** Runs it; resolves to the exit code. */
  run(ctx: CommandContext): Promise<number>;
}

/** A bad command line: the runner prints the message and exits 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** Reads a string option restricted to a set of values (or the default when not given). */
export function choice<T extends string>(values: OptionValues, name: string, allowed: readonly T[], fallback: T): T;
/** Reads a string option restricted to a set of values (or undefined when not given). */
export function choice<T extends string>(values: OptionValues, name: string, allowed: readonly T[]): T | undefined;
export function choice<T extends string>(
  values: OptionValues,
  name: string,
  allowed: readonly T[],
  fallback?: T,
): T | undefined {
  const value = values[name];
  if (value === undefined) return fallback;
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(", ")} (got "${String(value)}")`);
  }
  return value as T;
}

/** Reads an optional string option. */
export function text(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === "string" ? value : undefined;
}

/**
 * Reads `--encoding`: undefined when not given; a label the decoder does not know (after the same label
 * mapping the decoder applies, `normalizeEncoding`) is a usage error, raised before any file is read.
 */
export function encodingOption(values: OptionValues): string | undefined {
  const label = text(values, "encoding");
  if (label === undefined) return undefined;
  try {
    new TextDecoder(normalizeEncoding(label));
  } catch {
    throw new UsageError(`--encoding: unknown encoding "${label}" (e.g. utf-8, gb18030, gbk, big5, utf-16le)`);
  }
  return label;
}

/** Options every batch command takes. */
export const BATCH_OPTIONS: OptionSpecs = {
  jobs: { type: "string", short: "j" },
  quiet: { type: "boolean", short: "q" },
};

/** Help lines for BATCH_OPTIONS. */
export const BATCH_HELP = `  -j, --jobs N        parse up to N documents in parallel (worker threads; default and maximum: the
                      CPU count; and fewer workers than documents)
  -q, --quiet         no progress line on stderr
Inputs: files, folders (recursive: .txt .md .markdown .html .htm, any letter case), globs (* ** ?,
case-insensitive), - for stdin. An input over 20 MB is refused (input-too-large) without being read
whole (a file from its size; stdin, a FIFO or a device after 20 MB).`;

/** Reads `--jobs` (a positive integer) or the default. */
export function jobsOf(values: OptionValues, fallback: number): number {
  const raw = text(values, "jobs");
  if (raw === undefined) return Math.max(1, fallback);
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--jobs must be a positive integer (got "${raw}")`);
  return n;
}
