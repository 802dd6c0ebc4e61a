/** In-memory IO for running the CLI in-process, and a fresh build of the CLI for the tests that need one. */
import { execFileSync } from "node:child_process";
import { copyFileSync, symlinkSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { CliIO } from "../../src/cli/io.js";
import { run } from "../../src/cli/run.js";
import { tempDir } from "../helpers/temp-dir.js";

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
    // The --jobs cap (the CPU count) fixed, so that `-j 2` starts workers on any machine.
    cpus: 8,
    ...options.io,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

/** The CLI built from the current sources. */
export interface BuiltCli {
  /** The bin (`cli.js`), to run with node. */
  cli: string;
  /** The worker script (`worker.js`) next to it. */
  worker: URL;
}

let built: BuiltCli | undefined;

/**
 * Bundles the CLI and its worker from `src/` with esbuild into a fresh temporary folder laid out like the
 * package (`dist/cli.js`, `dist/worker.js`, `package.json`, a `node_modules` link), once per test file, so the
 * worker and bin tests run the sources under test and never a stale or shared `dist/`.
 */
export function buildCli(): BuiltCli {
  if (built) return built;
  const dir = tempDir("xxgk-cli-build-");
  const out = path.join(dir, "dist");
  execFileSync(
    path.join(ROOT, "node_modules/.bin/esbuild"),
    [
      "cli=src/cli/main.ts",
      "worker=src/cli/worker.ts",
      "--bundle",
      "--splitting",
      "--format=esm",
      "--platform=node",
      "--target=node20",
      "--packages=external",
      "--log-level=warning",
      `--outdir=${out}`,
    ],
    { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] },
  );
  copyFileSync(path.join(ROOT, "package.json"), path.join(dir, "package.json"));
  symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  built = { cli: path.join(out, "cli.js"), worker: pathToFileURL(path.join(out, "worker.js")) };
  return built;
}
