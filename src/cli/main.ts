#!/usr/bin/env node
/** The `xxgk` bin: runs the command line against the real process. */
import { nodeIO } from "./io.js";
import { run } from "./run.js";

// `xxgk parse … | head`: a closed stdout pipe ends the command quietly instead of with a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await run(process.argv.slice(2), nodeIO);
