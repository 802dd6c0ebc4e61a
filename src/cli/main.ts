#!/usr/bin/env node
/** The `xxgk` bin: runs the command line against the real process. */
import { nodeIO } from "./io.js";
import { EXIT_INTERNAL, run } from "./run.js";

/**
 * A failed write to stdout: a closed pipe (`xxgk parse … | head`) ends the command quietly with its exit code
 * so far (0); any other failure (a full disk, an I/O error) is one line on stderr and the internal-error exit
 * code, never a stack trace, and never 1 (which `check` uses for "errors found").
 */
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  try {
    process.stderr.write(`xxgk: cannot write the output: ${error.message}\n`);
  } catch {
    // stderr is gone too: the exit code alone tells.
  }
  process.exit(EXIT_INTERNAL);
});
// A closed or failing stderr (`xxgk … 2>&-`, a full disk) must not crash the command or change its exit code.
process.stderr.on("error", () => undefined);

process.exitCode = await run(process.argv.slice(2), nodeIO);
