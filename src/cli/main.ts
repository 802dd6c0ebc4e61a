#!/usr/bin/env node
/** The `xxgk` bin: runs the command line against the real process. */
import { nodeIO } from "./io.js";
import { run } from "./run.js";

process.exitCode = await run(process.argv.slice(2), nodeIO);
