/** The registry of `xxgk` commands, in the order `--help` lists them. */
import type { Command } from "./command.js";
import { checkCommand } from "./commands-check.js";
import { diffCommand } from "./commands-diff.js";
import { normalizeCommand } from "./commands-normalize.js";
import { parseCommand } from "./commands-parse.js";
import { schemaCommand } from "./commands-schema.js";

/** Every registered command. */
export const COMMANDS: readonly Command[] = [parseCommand, checkCommand, normalizeCommand, diffCommand, schemaCommand];
