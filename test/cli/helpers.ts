/** In-memory IO for running the CLI in-process. */
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import type { CliIO } from "../../src/cli/io.js";
import { run } from "../../src/cli/run.js";

/** Repository root (absolute). */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** What one in-process run produced. */
export interface RunOutput {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `xxgk argv` in-process from the repository root, with optional stdin and IO overrides. */
export async function xxgk(
  argv: string[],
  options: { stdin?: string | Uint8Array; io?: Partial<CliIO> } = {},
): Promise<RunOutput> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    stdout: {
      write: (s: string | Uint8Array) => {
        stdout += typeof s === "string" ? s : Buffer.from(s).toString("utf8");
        return true;
      },
    },
    stderr: {
      write: (s: string | Uint8Array) => {
        stderr += typeof s === "string" ? s : Buffer.from(s).toString("utf8");
        return true;
      },
    },
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
    cwd: ROOT,
    isTTY: false,
    defaultJobs: 1,
    ...options.io,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}
